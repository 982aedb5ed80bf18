# User elements in sets: equality protocol, frozenset subclasses, set comprehension.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {P(1, 2), P(1, 2), P(2, 1)}
print(len(pts), P(1, 2) in pts, P(3, 3) in pts, sorted(pts, key=lambda p: (p.x, p.y)))
class FS(frozenset):
    def describe(self):
        return f"FS of {len(self)}"
fs = FS([1, 2])
print(fs, fs.describe(), type(fs | {3}).__name__, isinstance(fs, frozenset), fs == frozenset([1, 2]))
class S(set):
    pass
s = S([1])
print(s, type(s.copy()).__name__, type(s | s).__name__)
print(set([1, 2]) == frozenset([1, 2]), frozenset([1]) in {frozenset([1])}, {1} in [{1}])
try:
    {1} in {frozenset()}
    print("set in set of frozensets works")
except TypeError as e:
    print("TypeError:", e)
words = ["apple", "banana", "avocado", "cherry"]
print(sorted({w[0] for w in words}), sorted(set(map(len, words))))
print(sorted({1, 2, 3} - {2}), sorted(frozenset("hello")))
evens = set(range(0, 20, 2)); threes = set(range(0, 20, 3))
print(sorted(evens & threes), len(evens | threes), sorted(evens ^ threes)[:5])
print(set.__name__, frozenset.__name__, type({1}).__name__, {1}.__class__.__mro__)
print(sorted({(1, "a"), (0, "b")}), {None}, {(): 1} if False else {()})
