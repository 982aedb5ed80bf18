# Tuple comparison is lexicographic with element-wise ==, short-circuiting at the first difference.
calls = []
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        calls.append(("eq", self.v, o.v))
        return self.v == o.v
    def __lt__(self, o):
        calls.append(("lt", self.v, o.v))
        return self.v < o.v
print((Cmp(1), Cmp(2)) < (Cmp(1), Cmp(3)), calls)
calls.clear()
print((Cmp(1), Cmp(5)) == (Cmp(2), Cmp(5)), calls)
calls.clear()
print((Cmp(0),) < (Cmp(0), Cmp(1)), calls)
print((1, 2) < (1, 2.5), (1, "a") < (1, "b"), () == (), (1,) != (1.0,), (0, 0) <= (0, 0), (2,) > (1, 99))
records = [("bob", 3), ("amy", 3), ("cal", 1)]
print(sorted(records), sorted(records, key=lambda r: (-r[1], r[0])), max(records, key=lambda r: r[::-1]))
nan = float("nan")
t = (nan,)
print(t == t, (nan,) == (nan,), [t] == [t], t < (1,) if False else "nan comparisons skipped")
try:
    (1, None) < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print(sorted([(1, [2]), (1, [1])]), min([(3, "c"), (3, "a")]), sorted([(True, 1), (False, 2), (1, 0)]))
