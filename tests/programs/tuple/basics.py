# Tuples: construction, packing/unpacking, immutability, methods and comparison.
t = (1, "a", 2.5, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], () , (1,), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print(t.index("a"), t.count(1), (1, 2) + (3,), (0,) * 3, 1 in t, (1, 2) < (1, 2, 3))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
a, b, *rest = range(6)
print(a, b, rest)
*init, last = "hello"
print(init, last)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *middle, final = [1]  if False else [1, 2]
print(first, middle, final)
for bad in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "a, b = 5", "a, *b, c = [1]"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__ + ":", e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "x"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested == ((1, 2), (3, (4, 5))))
t2 = ([1],)
t2[0].append(2)
print(t2)
try:
    t2[0] += [3]
except TypeError as e:
    print("TypeError:", e, t2)
print(repr((1,)), repr(()), str((1, "a")), tuple.__name__, type(()).__name__)
print(max((3, 1)), sorted((3, 1, 2)), sum((1, 2, 3)), tuple(x * 2 for x in (1, 2)))
