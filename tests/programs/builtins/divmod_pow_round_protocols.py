# Protocol methods behind builtins: __divmod__/__rdivmod__, __pow__ with modulo, __round__, __abs__, __index__ in slicing.
class Num:
    def __init__(self, v):
        self.v = v
    def __divmod__(self, o):
        return ("divmod", self.v, o)
    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)
    def __pow__(self, e, m=None):
        return ("pow", self.v, e, m)
    def __rpow__(self, b):
        return ("rpow", b, self.v)
    def __round__(self, nd=None):
        return ("round", nd)
    def __abs__(self):
        return "abs!"
    def __index__(self):
        return self.v
    def __trunc__(self):
        return 99
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
n = Num(2)
print(divmod(n, 5), divmod(5, n), pow(n, 3), pow(n, 3, 7), 3 ** n, round(n), round(n, 1), abs(n))
print([0, 1, 2, 3][n], "abcdef"[n:Num(4)], list(range(10))[::Num(3)], hex(n), bin(n), operator_index := n.__index__())
import math
print(math.trunc(n), math.floor(n), math.ceil(n))
try:
    pow(n, 2, "m")
    print("pow with odd modulo passed through")
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, Num(3), 5)
except TypeError as e:
    print("TypeError:", e)
class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][Num("x") if False else 1.0]
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self):
        return "not int"
try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
print(round(2.5), round(3.5), round(-0.5), round(5, -1), round(15, -1), round(1.25, 1), round(1.35, 1))
print(pow(3, -2, 11), pow(-3, 3), pow(2.0, 3), pow(-8.0, 1 / 3).real > 0, divmod(-7.5, 2), divmod(7, -2.0))
