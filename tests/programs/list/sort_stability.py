# list.sort is stable (timsort) and handles keys, reverse and mutation during sort.
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[0]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1]))
data = [(i * 7919) % 101 for i in range(200)]
s = sorted(data)
print(s[:10], s[-5:], s == sorted(data, reverse=True)[::-1])
pairs = [(x % 5, i) for i, x in enumerate(data)]
st = sorted(pairs, key=lambda p: p[0])
print(all(st[i][1] < st[i + 1][1] for i in range(len(st) - 1) if st[i][0] == st[i + 1][0]))
class Key:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Key.calls += 1
        return self.v < other.v
ks = sorted([Key(v) for v in [3, 1, 2]])
print([k.v for k in ks], Key.calls > 0)
lst = [3, 2, 1]
def bad_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e)
print(sorted([1.5, 1, True, 0.5]), sorted("hello"), sorted({3: 1, 1: 2}), sorted([], reverse=True))
print(sorted([-3, 2, -1], key=abs), sorted(["10", "9", "100"], key=int), sorted(["10", "9", "100"]))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
nan = float("nan")
print(len(sorted([3, nan, 1])))
class NoLt:
    pass
try:
    sorted([NoLt(), NoLt()])
except TypeError as e:
    print("TypeError:", e)
