"""Comprehensions: list, dict, set and generator comprehensions, nested and filtered, matrix math."""
# QUICK_SIZE: 10
import sys


def matmul(a, b):
    bt = [list(col) for col in zip(*b)]
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 240
    a = [[(i * j + 1) % 17 for j in range(n)] for i in range(n)]
    b = [[(i + 2 * j) % 13 for j in range(n)] for i in range(n)]
    c = matmul(a, b)
    trace = sum(c[i][i] for i in range(n))
    total = 0
    sizes = []
    for rep in range(n // 3):
        m = n * 50 + rep
        squares = [x * x for x in range(m) if x % 3 != rep % 3]
        lookup = {x: x % 101 for x in squares if x % 2}
        residues = {v for v in lookup.values()}
        pairs = [(x, y) for x in range(rep % 10 + 10) for y in range(x) if (x + y) % 3 == 0]
        flat = [v for row in c[rep % n: rep % n + 5] for v in row if v % 2 == 0]
        inverted = {v: k for k, v in lookup.items()}
        words = [f"w{x % 37}" for x in range(200)]
        uniq = {w: len(w) for w in words}
        gen_total = sum(x for x in squares if x % 7 == 1)
        total += len(squares) + len(lookup) + len(residues) + len(pairs) + sum(flat)
        total += len(inverted) + sum(uniq.values()) + gen_total % 1000
        sizes.append(len(residues))
    print(f"trace {trace} corner {c[0][:5]}")
    print(f"residue sizes {sorted(set(sizes))}")
    print(f"checksum {total}")


main()
