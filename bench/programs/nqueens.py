"""N-queens: backtracking search with sets for columns and diagonals, tuples of solutions."""
# QUICK_SIZE: 6
import sys


def solve(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []

    def place(row):
        if row == n:
            solutions.append(tuple(placed))
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            cols.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)

    place(0)
    return solutions


def canonical(sol):
    # smallest of the 8 symmetric images, to count distinct solutions
    n = len(sol)
    images = []
    cur = list(sol)
    for _ in range(4):
        images.append(tuple(cur))
        images.append(tuple(reversed(cur)))
        rotated = [0] * n
        for r, c in enumerate(cur):
            rotated[c] = n - 1 - r
        cur = rotated
    return min(images)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    # the 12-board alone is ~1 s on CPython, so the 11-board is solved four times instead
    counts = [len(solve(n)) for _ in range(3)]
    sols = solve(n)
    assert counts == [len(sols)] * 3
    distinct = {canonical(s) for s in sols}
    weight = 0
    for s in sols:
        for r, c in enumerate(s):
            weight = (weight * 31 + r * n + c) % 1000000007
    print(f"{n}-queens solutions {len(sols)} distinct {len(distinct)}")
    print(f"first {sols[0]} last {sols[-1]}")
    print(f"checksum {weight}")


main()
