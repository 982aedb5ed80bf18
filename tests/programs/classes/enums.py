# enum: members, values, iteration, Flag, IntEnum, auto, unique, lookups and errors.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color))
print(Color.RED.name, Color.RED.value, len(Color), Color.RED in Color, isinstance(Color.RED, Color))
print(list(Color.__members__), Color.__members__["CRIMSON"])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R, Perm(0), Perm(7))
class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, sorted([Num.TWO, Num.ONE]), f"{Num.ONE}", str(Num.TWO), format(Num.ONE, "03d"))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(Auto.A.value, Auto.B.value)
try:
    @enum.unique
    class Dup(enum.Enum):
        X = 1
        Y = 1
except ValueError as e:
    print("ValueError:", e)
class S(enum.StrEnum):
    HOT = enum.auto()
    COLD = "cold!"
print(S.HOT, S.COLD.upper(), S("hot"), repr(S.HOT))
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density_hint(self):
        return self.mass / self.radius
print(Planet.EARTH.mass, round(Planet.EARTH.density_hint))
class Shade(enum.Enum):
    LIGHT = "l"
    @classmethod
    def _missing_(cls, value):
        return cls.LIGHT
print(Shade("anything"))
