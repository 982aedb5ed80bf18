# Sets in algorithms: deduplication preserving order, membership tests, set algebra over ranges.
data = [3, 1, 3, 2, 1, 5, 2]
seen = set()
unique = [x for x in data if not (x in seen or seen.add(x))]
print(unique, sorted(set(data)), len(set(data)), list(dict.fromkeys(data)))
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
a, b = set(range(0, 30, 2)), set(range(0, 30, 3))
print(sorted(a & b), sorted(a - b)[:5], len(a | b), sorted(a ^ b)[:6], a.isdisjoint({1, 3}), {6, 12} <= a & b)
pairs = {(x, y) for x in range(3) for y in range(3) if x != y}
print(sorted(pairs), len(pairs), (1, 0) in pairs)
words = "the quick brown fox jumps over the lazy dog".split()
letters = set("".join(words))
print(len(letters), sorted(set("abcdefghijklmnopqrstuvwxyz") - letters), sorted({len(w) for w in words}))
fs = frozenset(["x", "y"])
graph = {fs: "edge"}
print(graph[frozenset(["y", "x"])], sorted(fs | {"z"}), sorted(fs.union("q")))
s = {1, 2, 3}
t = s
s |= {4}
print(t, s is t)
s = s | {5}
print(t, s is t)
print(set() < {1}, {1} < {1}, {1, 2} > {1}, set([]) == set(), {0} == {False}, {1, 2}.issuperset(range(1, 2)))
print(sorted({-1, -5, 3}), sorted({2.5, 1, True}), min({7, 3, 9}), sum({1, 2, 3}), any({0}), all(set()))
