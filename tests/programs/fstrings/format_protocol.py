# How f-strings call __format__, __str__ and __repr__, and errors from bad __format__ results.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec.endswith("c"):
            return f"{self.cents:{spec[:-1]}d}c"
        return format(self.cents / 100, spec)
    def __str__(self):
        return "Money(str)"
    def __repr__(self):
        return "Money(repr)"
m = Money(1234)
print(f"{m}", f"{m:c}", f"{m:>8c}", f"{m:.1f}", f"{m!s}", f"{m!r}", f"{m!s:>12}", format(m), str(m), "{:c}".format(m))
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
class NoFormat:
    pass
try:
    f"{NoFormat():x}"
except TypeError as e:
    print("TypeError:", e)
print(f"{NoFormat.__name__}", f"{[1, 'a']!s}", f"{(1,)}", f"{ {1: 2} }", f"{None}", f"{...}")
class Sub(str):
    def __format__(self, spec):
        return "Sub.__format__"
print(f"{Sub('x')}", f"{Sub('x')!s}", format(Sub("y")), str.__format__(Sub("z"), ">3"))
import decimal, fractions, datetime
print(f"{decimal.Decimal('1.50'):.3f}", f"{fractions.Fraction(1, 3):.4f}", f"{datetime.time(9, 5):%H:%M}", f"{complex(1, 2):.1f}")
calls = []
class Tracker:
    def __format__(self, spec):
        calls.append(spec)
        return "T"
w = 5
print(f"{Tracker():{w}}{Tracker():>{w}.{w}}{Tracker()!s:5}"[:3] if False else f"{Tracker():{w}}{Tracker():>{w}.{w}}", calls)
