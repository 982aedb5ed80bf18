"""Chaos game and an affine fractal: float arithmetic, tuples, a private LCG, grid counting."""
# QUICK_SIZE: 2000
import sys


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def uniform(self):
        return self.next() / 2147483648.0


def polygon(k, radius):
    # vertices of a regular polygon: rotate one vector by a fixed angle, step by step
    import math
    angle = 2.0 * math.pi / k
    ca, sa = math.cos(angle), math.sin(angle)
    x, y = 0.0, radius
    verts = []
    for _ in range(k):
        verts.append((x, y))
        x, y = x * ca - y * sa, x * sa + y * ca
    return verts


def chaos_game(rng, verts, steps, ratio, grid):
    x, y = 0.1, 0.2
    hits = {}
    k = len(verts)
    for i in range(steps):
        vx, vy = verts[rng.next() % k]
        x = x + (vx - x) * ratio
        y = y + (vy - y) * ratio
        if i > 20:
            cell = (int((x + 1.0) * grid), int((y + 1.0) * grid))
            hits[cell] = hits.get(cell, 0) + 1
    return hits


FERN = [
    (0.01, (0.0, 0.0, 0.0, 0.16, 0.0, 0.0)),
    (0.86, (0.85, 0.04, -0.04, 0.85, 0.0, 1.6)),
    (0.93, (0.2, -0.26, 0.23, 0.22, 0.0, 1.6)),
    (1.01, (-0.15, 0.28, 0.26, 0.24, 0.0, 0.44)),
]


def fern(rng, steps, grid):
    x = y = 0.0
    cells = set()
    sx = sy = 0.0
    for _ in range(steps):
        r = rng.uniform()
        for limit, (a, b, c, d, e, f) in FERN:
            if r < limit:
                x, y = a * x + b * y + e, c * x + d * y + f
                break
        sx += x
        sy += y
        cells.add((int(x * grid), int(y * grid)))
    return len(cells), sx / steps, sy / steps


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 250000
    rng = Lcg(42)
    total_cells = 0
    for k, ratio in ((3, 0.5), (5, 0.618), (6, 0.667)):
        hits = chaos_game(rng, polygon(k, 1.0), steps, ratio, 64)
        busiest = max(hits.values())
        total_cells += len(hits)
        print(f"polygon {k}: cells {len(hits)} busiest {busiest}")
    n, mx, my = fern(rng, steps, 40)
    print(f"fern cells {n} mean ({mx:.6f}, {my:.6f})")
    print(f"checksum {total_cells + n}")


main()
