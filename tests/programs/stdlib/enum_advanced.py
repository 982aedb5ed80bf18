# enum in depth: Flag combinations and iteration, aliases, _missing_, member ordering, auto with _generate_next_value_, verify.
import enum
class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()
    RW = R | W
    ALL = R | W | X
print(list(Perm), Perm.RW, Perm.R | Perm.X, Perm.ALL & ~Perm.W, Perm(0), bool(Perm(0)), len(Perm.ALL), Perm.RW in Perm.ALL)
print([p.name for p in Perm.ALL], Perm["RW"], Perm(3), repr(Perm(5)), Perm.R.value, Perm.ALL.value)
class Color(enum.Enum):
    RED = 1
    CRIMSON = 1
    GREEN = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Color("green"), Color(1), Color.CRIMSON, list(Color), list(Color.__members__), Color.CRIMSON.name)
try:
    Color(99)
except ValueError as e:
    print("ValueError:", e)
class Named(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ALPHA = enum.auto()
    BETA = enum.auto()
print([m.value for m in Named], Named("beta1"))
class Ordered(enum.IntEnum):
    LOW = 10
    HIGH = 20
print(Ordered.LOW < Ordered.HIGH, Ordered.LOW + 5, sorted([Ordered.HIGH, Ordered.LOW]), Ordered(20).name, int(Ordered.HIGH), Ordered.LOW == 10)
class Shape(enum.Enum):
    SQUARE = 4
    TRIANGLE = 3
    @property
    def sides(self):
        return self.value
    def describe(self):
        return f"{self.name.title()} with {self.sides} sides"
print(Shape.SQUARE.describe(), Shape.TRIANGLE.sides, Shape.SQUARE in Shape, isinstance(Shape.SQUARE, Shape), type(Shape.SQUARE).__name__)
try:
    class Bad(enum.Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    @enum.verify(enum.CONTINUOUS)
    class Gap(enum.IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)
print(enum.Enum("Dyn", "x y z").y, list(enum.IntFlag("F", ["A", "B"])), Perm.R.__class__.__mro__[1].__name__)
