# collections.namedtuple: fields, defaults, _replace, _asdict, _make, repr.
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, repr(p), p.x, p[1], p == (1, 2), len(p), isinstance(p, tuple))
print(Point._fields, p._asdict(), p._replace(y=5), Point._make([7, 8]))
x, y = p
print(x + y, Point(x=3, y=4), Point(5, y=6))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    namedtuple("Bad", "class def")
except ValueError as e:
    print("ValueError:", e)
R = namedtuple("R", "class def", rename=True)
print(R._fields)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v).__name__, Vec.__mro__[1].__name__)
print(Point.__name__, Point.x.__doc__ if hasattr(Point.x, "__doc__") else None)
from typing import NamedTuple
class Emp(NamedTuple):
    name: str
    id: int = 3
print(Emp("Ann"), Emp("Bob", 5)._asdict(), Emp.__annotations__, Emp._field_defaults)
