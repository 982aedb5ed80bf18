# Set method argument handling: iterables of all kinds, unhashable members, errors from mutation methods.
s = set()
s.update("ab", [1, 2], (3,), {4: "x"}, range(5, 7), b"\x08")
print(sorted(map(str, s)))
for bad in [[[]], [{}], [set()], [bytearray()]]:
    try:
        set(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    {1}.remove([1])
except TypeError as e:
    print("TypeError:", e)
print({frozenset([1])}.__contains__(frozenset([1])), {frozenset([1])}.__contains__({1}))
t = {frozenset([1, 2])}
t.discard({1, 2})
print(t)
try:
    {1}.update(5)
except TypeError as e:
    print("TypeError:", e)
try:
    {1}.issubset(None)
except TypeError as e:
    print("TypeError:", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError:", e)
print({1} == [1], {1} != (1,), {1}.__eq__([1]), {1}.__lt__([1]))
try:
    {1, 2}.pop.__call__(1)
except TypeError as e:
    print("TypeError:", e)
s2 = {10, 20}
print(s2.pop() in (10, 20), len(s2), s2.copy() == s2, s2.copy() is not s2, set(s2) == s2)
s3 = set(range(100))
s3.difference_update(range(0, 100, 2))
s3.intersection_update(range(0, 50))
print(len(s3), min(s3), max(s3), sum(s3))
fs = frozenset(range(3))
print(fs.isdisjoint([5]), fs.issuperset(iter([0, 1])), fs.issubset(range(3)), fs.__class__.__name__)
class Weird:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, Weird)
print(len({Weird(), Weird()}), Weird() in {Weird()}, len({1, Weird(), True}))
