# Bitwise operators on ints, bools, sets and custom classes; precedence among shifts, &, ^, |.
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100, 1 << 3, 256 >> 4, -256 >> 4, -1 << 3)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__, ~True, ~False)
print({1, 2} & {2, 3}, {1, 2} | {3}, {1, 2} ^ {2, 3}, frozenset({1}) | {2}, {"a": 1}.keys() & {"a"})
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, (1 << 2) + 1, 8 >> 1 >> 1, 2 ** 3 << 1, -2 ** 2 & 0xFF)
x = 0b1010
x &= 0b0110; print(bin(x))
x |= 0b1000; print(bin(x))
x ^= 0b1111; print(bin(x))
x <<= 4; print(bin(x))
x >>= 2; print(bin(x))
class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o):
        return Bits(self.v & (o.v if isinstance(o, Bits) else o))
    __rand__ = __and__
    def __or__(self, o):
        return Bits(self.v | (o.v if isinstance(o, Bits) else o))
    def __ror__(self, o):
        return Bits(o | self.v)
    def __invert__(self):
        return Bits(~self.v & 0xFF)
    def __lshift__(self, n):
        return Bits((self.v << n) & 0xFF)
    def __rrshift__(self, o):
        return ("rrshift", o, self.v)
    def __repr__(self):
        return f"Bits({self.v:08b})"
b = Bits(0b1010)
print(b & 0b0011, 0b0110 & b, b | Bits(1), 1 | b, ~b, b << 5, 16 >> b)
for bad in ["1.5 & 1", "'a' | 'b'", "[1] ^ [2]", "1 << 1.0", "None >> 1"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "TypeError:", e)
print(0xFF & -1, -1 & 0xFFFFFFFF, (-1) ^ (2 ** 64), 2 ** 64 | 1, (2 ** 100 - 1) & ~(2 ** 50), int.bit_count(2 ** 100 - 1))
