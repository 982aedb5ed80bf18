# frozenset specifics, sets built from dict views, set methods taking multiple iterables, operators vs methods.
fs = frozenset("abc")
print(sorted(fs), len(fs), "a" in fs, fs == set("cba"), type(fs.copy()).__name__)
print(sorted(fs.union("d", ["e"])), sorted(fs.intersection("ab", "bc")), sorted(fs.difference("a", "b")), sorted(fs.symmetric_difference("cd")))
try:
    fs | "d"
except TypeError as e:
    print("TypeError:", e)
d1 = {"a": 1, "b": 2, "c": 3}
d2 = {"b": 20, "d": 40}
print(sorted(d1.keys() & d2.keys()), sorted(d1.keys() | d2), sorted(d1.keys() - d2.keys()), sorted(d1.keys() ^ d2.keys()))
print(sorted(d1.items() & {("a", 1), ("b", 5)}), d1.keys() == {"a", "b", "c"}, d1.keys() <= {"a", "b", "c", "z"})
s = {1, 2, 3}
s.update([4], (5,), {6: None})
print(s)
s.difference_update([1], {2})
print(s)
s.intersection_update(range(5), [4, 3, 9])
print(s)
s.symmetric_difference_update({4, 10})
print(s)
print({1, 2}.issubset([1, 2, 3]), {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2}.issuperset((1,)), frozenset() <= set())
print(set().union(), set().union([1], [2]), set.union({1}, {2}), frozenset.union(frozenset(), [3]))
print(len({frozenset({1, 2}), frozenset({2, 1})}), {frozenset(): 0}, set([frozenset([1])]))
s2 = {1, 2, 3}
s2 -= {1}
s2 |= {9}
s2 &= {2, 9, 10}
s2 ^= {2, 5}
print(s2)
print(set(range(3)) == frozenset(range(3)), hash(frozenset()) == hash(frozenset([])), frozenset([1, 2]) in {frozenset([2, 1])})
class NonEq:
    pass
a, b = NonEq(), NonEq()
print(len({a, b, a}), a in {a}, b in {a})
