# hash, id-free identity, __eq__ defaults, object() behaviour, NotImplemented and Ellipsis.
o1, o2 = object(), object()
print(o1 == o1, o1 == o2, o1 != o2, o1 is not o2, hash(o1) == hash(o1), type(o1).__name__)
try:
    o1.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__doc__[:20], object.__name__, object.__bases__, object.__mro__)
print(NotImplemented, repr(NotImplemented), Ellipsis, repr(...), type(NotImplemented).__name__)
try:
    bool(NotImplemented)
    print("bool(NotImplemented) allowed")
except TypeError as e:
    print("TypeError:", e)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    bool(NotImplemented)
    print([x.category.__name__ for x in w], [str(x.message) for x in w])
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return NotImplemented
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) == 1)
a = Eq(1)
print(a == a, a != a)
print(None.__eq__(None), None.__eq__(1), (1).__eq__(1.0), "a".__ne__("b"))
print(object.__eq__(o1, o1), object.__eq__(o1, o2), object.__ne__(o1, o2))
print(object().__reduce_ex__(2)[0].__name__ if False else "reduce skipped", object.__init_subclass__ is not None)
print(sorted(n for n in dir(object()) if n in ("__class__", "__eq__", "__hash__", "__repr__", "__str__", "__dir__")))
print(object.__str__(5), object.__format__(5, ""), int.__str__(5))
try:
    object.__format__(5, "d")
except TypeError as e:
    print("TypeError:", e)
print(None.__bool__(), type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
try:
    type(None)(1)
except TypeError as e:
    print("TypeError:", e)
