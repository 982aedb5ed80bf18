# Keys with user-defined __hash__/__eq__: collisions, equality calls, errors from hash.
class K:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print("  eq", self.name, other.name)
        return isinstance(other, K) and self.name == other.name
    def __repr__(self):
        return f"K({self.name})"
d = {}
d[K("a", 1)] = 1
d[K("b", 1)] = 2
print(d)
print(d[K("b", 1)])
print(K("c", 1) in d)
print(K("a", 2) in d)
class BadHash:
    def __hash__(self):
        raise ValueError("no hash for you")
try:
    {BadHash(): 1}
except ValueError as e:
    print("ValueError:", e)
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class StrHash:
    def __hash__(self):
        return "x"
try:
    hash(StrHash())
except TypeError as e:
    print("TypeError:", e)
print(hash(1) == hash(1.0) == hash(True), hash(0.5) == hash(0.5), hash(-1) == hash(-2), hash(float("inf")))
print(hash(None) == hash(None), {1.0: "f"}[1], {(1, 2.0): "t"}[(1.0, 2)])
print(hash(float("nan")) == hash(float("nan")) if False else "nan hash by identity")
