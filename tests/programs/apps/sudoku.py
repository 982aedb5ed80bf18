# A constraint-propagation sudoku solver on a fixed puzzle.
puzzle = (
    "530070000"
    "600195000"
    "098000060"
    "800060003"
    "400803001"
    "700020006"
    "060000280"
    "000419005"
    "000080079"
)
grid = [int(ch) for ch in puzzle]
def candidates(g, i):
    r, c = divmod(i, 9)
    used = {g[r * 9 + k] for k in range(9)} | {g[k * 9 + c] for k in range(9)}
    br, bc = r // 3 * 3, c // 3 * 3
    used |= {g[(br + dr) * 9 + bc + dc] for dr in range(3) for dc in range(3)}
    return [d for d in range(1, 10) if d not in used]
def solve(g):
    empties = [i for i, v in enumerate(g) if v == 0]
    if not empties:
        return True
    best = min(empties, key=lambda i: len(candidates(g, i)))
    for d in candidates(g, best):
        g[best] = d
        if solve(g):
            return True
    g[best] = 0
    return False
print(solve(grid))
for r in range(9):
    row = grid[r * 9:(r + 1) * 9]
    print(" ".join(str(v) for v in row[:3]), "|", " ".join(str(v) for v in row[3:6]), "|", " ".join(str(v) for v in row[6:]))
    if r in (2, 5):
        print("-" * 21)
print(all(sorted(grid[r * 9:(r + 1) * 9]) == list(range(1, 10)) for r in range(9)))
