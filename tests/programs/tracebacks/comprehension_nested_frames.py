# An error inside a nested comprehension and a generator expression consumed by sum().
rows = [[1, 2], [3, 0]]
print([[10 // v for v in row] for row in rows[:1]])
print(sum(100 // v for row in rows for v in row))
