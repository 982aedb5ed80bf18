# Conway's Game of Life on a small torus: a glider's positions after several generations.
def step(live, w, h):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % w, (y + dy) % h)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def show(live, w, h):
    for y in range(h):
        print("".join("#" if (x, y) in live else "." for x in range(w)))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
w = h = 6
state = glider
for gen in range(5):
    print(f"generation {gen}: {sorted(state)}")
    state = step(state, w, h)
show(state, w, h)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker, 5, 5)), step(step(blinker, 5, 5), 5, 5) == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block, 4, 4) == block, len(step(set(), 3, 3)))
