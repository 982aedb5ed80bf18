# Bit manipulation: a bitset class over int, popcount, masks, Gray code, and bit reversal.
class BitSet:
    def __init__(self, bits=0):
        self.bits = bits
    def add(self, i):
        self.bits |= 1 << i
    def discard(self, i):
        self.bits &= ~(1 << i)
    def __contains__(self, i):
        return self.bits >> i & 1 == 1
    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1
    def __len__(self):
        return self.bits.bit_count()
    def __or__(self, o):
        return BitSet(self.bits | o.bits)
    def __and__(self, o):
        return BitSet(self.bits & o.bits)
    def __repr__(self):
        return f"BitSet({list(self)})"
a = BitSet()
for i in [1, 5, 64, 100]:
    a.add(i)
b = BitSet(0b100110)
print(a, b, len(a), 64 in a, 63 in a, a | b, a & b, hex(a.bits))
a.discard(64)
print(a, a.bits.bit_length())
def gray(n):
    return n ^ (n >> 1)
print([format(gray(i), "04b") for i in range(8)])
def reverse_bits(x, width=8):
    return int(format(x, f"0{width}b")[::-1], 2)
print([reverse_bits(v) for v in (1, 2, 0b1011, 255)], reverse_bits(1, 32))
def lowest_set(x):
    return x & -x
print([lowest_set(v) for v in (12, 7, 8, 2 ** 70 + 2 ** 65)], (2 ** 70).bit_length(), (-1).bit_count() if False else (255).bit_count())
mask = (1 << 16) - 1
print(mask, (0xDEADBEEF >> 16) & mask, hex(0xDEADBEEF & ~mask), (-5) & 0xFF, (-5) >> 1, ~0 & 0xF)
subsets = [[i for i in range(3) if m >> i & 1] for m in range(1 << 3)]
print(subsets)
