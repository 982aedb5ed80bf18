# Rich comparisons, reflected comparisons, __hash__ rules when __eq__ is defined, functools.total_ordering.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, Money):
            return self.cents < other.cents
        return NotImplemented
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
a, b = Money(150), Money(99)
print(a == Money(150), a != b, b < a, a > b, sorted([a, b, Money(1)]), {a, Money(150)} == {a})
print(a == 150, a != "x")
for expr in ["a <= b", "a >= b", "a < 1"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)
class Child(Money):
    def __eq__(self, other):
        print("Child.__eq__ called first")
        return super().__eq__(other)
print(Money(5) == Child(5))
class EqNoHash:
    def __eq__(self, other):
        return True
print(EqNoHash.__hash__, EqNoHash() == 5)
class InheritsHash(Money):
    pass
print(hash(InheritsHash(5)) == hash(5))
class EqInSubclass(Money):
    def __eq__(self, other):
        return False
print(EqInSubclass.__hash__)
class Ne:
    def __eq__(self, other):
        return "custom eq result"
print(Ne() == 1, Ne() != 1)
class Weird:
    def __lt__(self, other):
        return "truthy string"
print(Weird() < Weird(), sorted([3, 1], key=lambda x: Weird()) is not None)
class Both:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("Both.__gt__", self.v, other.v)
        return self.v > other.v
print(Both(1) < Both(2))
