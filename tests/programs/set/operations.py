# Set and frozenset operations on ints (ordering of small-int sets is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference(range(3)))
print(a <= {1, 2, 3, 4, 5}, a < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
s = set()
s.add(1); s.add(1); s.update([2, 3], (4,)); print(s)
s.discard(10); s.remove(1); print(s, s.pop(), s)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
s |= {7}; s &= {3, 4, 7}; s -= {4}; s ^= {8}; print(s)
s.intersection_update([3, 8, 9]); s.difference_update([8]); s.symmetric_difference_update([1]); print(s)
f = frozenset([1, 2, 3])
print(f, frozenset(), f | {4}, type(f | {4}).__name__, type({4} | f).__name__, hash(f) == hash(frozenset([3, 2, 1])))
print({f: "ok"}[frozenset({1, 2, 3})], f == {1, 2, 3}, set() == frozenset())
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print(set("aab") == {"a", "b"}, sorted({"b", "a", "c"}), len({1, 1.0, True}), {0, False, 0.0})
print(set(range(5)), {x % 3 for x in range(10)}, set(), repr(set()), repr(frozenset()))
c = {1, 2, 3}
try:
    for x in c:
        c.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print({1, 2} == {2, 1}, {1, 2}.copy(), min({5, 3}), max(frozenset([5, 3])), sum({1, 2}))
