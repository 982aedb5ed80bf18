# Class patterns: positional via __match_args__, keyword attributes, builtins matching self.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius
def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(radius=r) if r > 10:
            return "big circle"
        case Point() | Circle():
            return "some shape"
        case int(v) | float(v):
            return f"number {v}"
        case str(s):
            return f"string {s}"
        case list([int(), *_]):
            return "int list"
        case _:
            return "unknown"
for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(0, 0), 2), Circle(Point(1, 1), 20),
          Circle(Point(1, 1), 1), 7, 2.5, "hi", [1, "a"], ["a"], None]:
    print(where(s))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
class BadArgs:
    __match_args__ = ["a"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
match 5:
    case bool():
        print("bool")
    case int():
        print("int, not bool")
match True:
    case int(x):
        print("True matches int:", x)
