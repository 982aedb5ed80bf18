# IndexError deep in nested data accessed inside a function called from a loop; earlier iterations print.
grid = [[1, 2, 3], [4, 5], [6]]
def third(row):
    return row[2]
for i, row in enumerate(grid):
    print(i, third(row))
