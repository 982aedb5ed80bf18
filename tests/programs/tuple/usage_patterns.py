# Tuples as records and keys: sorting by fields, swapping, returning multiple values, comparisons.
points = [(3, 4), (1, 2), (3, 1), (0, 5)]
print(sorted(points), sorted(points, key=lambda p: p[1]), max(points), min(points, key=sum))
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([4, 8, 6])
print(lo, hi, mean, stats([1]))
a, b = 1, 2
a, b = b, a
print(a, b)
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(1, 2)], grid[2, 0], sorted(k for k, v in grid.items() if v % 4 == 0))
print((1, 2) == (1, 2), (1, 2) != (2, 1), (1, (2, 3)) < (1, (2, 4)), () < (0,), (1,) * 3, tuple(reversed((1, 2))))
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(2), t.index(2, 2), t[1:-1], t[::2], len(t), 3 in t, sum(t), sorted(t))
record = ("Ann", 30, ("Main St", 5))
name, age, (street, number) = record
print(name, age, street, number, record[2][0])
print(tuple(i * i for i in range(4)), tuple({"a": 1}), tuple("abc"), tuple(range(0)), (1,) + (2,) * 2)
nested = ((1, 2), (3, 4))
print([x for pair in nested for x in pair], dict(nested), list(zip(*nested)))
print(hash((1, "a", None)) == hash((1, "a", None)), hash((1, 2)) != hash((2, 1)), {(): "empty"}[()])
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print("TypeError:", e)
print(repr(tuple()), repr((None,)), str(((),)), type((1,)) is tuple, isinstance((), tuple))
