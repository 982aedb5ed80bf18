# int subclasses: arithmetic returns int, overridden operators, __index__ users, bool-like subclasses.
class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"
    def __add__(self, other):
        return Meters(int(self) + int(other))
m = Meters(5)
print(m, repr(m), m + 3, type(m + 3).__name__, type(3 + m).__name__, type(m * 2).__name__, type(-m).__name__, type(abs(m)).__name__)
print(m == 5, hash(m) == hash(5), m < 6, isinstance(m, int), [0, 1, 2, 3, 4, 5, 6][m], range(m), f"{m:03d}", str(m), int(m) is not m)
class Flags(int):
    def __new__(cls, value, names=()):
        obj = super().__new__(cls, value)
        obj.names = names
        return obj
f = Flags(6, ("a", "b"))
print(f, f.names, f | 1, type(f | 1).__name__, f.bit_length(), f.to_bytes(1, "big"))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print("abcdef"[i], "abcdef"[i:Idx(5)], [1, 2, 3][Idx(-1)], bin(i), oct(i), hex(i), int(i) if hasattr(Idx, "__int__") else "no __int__")
print(range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))), (1).__add__(True), operator_index := __import__("operator").index(i))
print(bytes(Idx(3)), bytearray(Idx(2)), "ab" * Idx(3), [0] * Idx(2))
try:
    pow(2, Idx(5))
except TypeError as e:
    print("TypeError:", e)
try:
    "ab" * Idx("x")
except TypeError as e:
    print("TypeError:", e)
import math
print(math.factorial(Idx(5)), math.comb(Idx(5), 2), round(12345, Idx(-2)) if False else round(12345, -2))
class BigInt(int):
    pass
b = BigInt(2 ** 100)
print(b, b.bit_length(), type(b // 3).__name__, b % 7, divmod(b, 2 ** 99))
print(int.__new__(BigInt, 7), type(int.__new__(BigInt, 7)).__name__, BigInt("ff", 16), BigInt(3.9))
