# hash() rules for built-in types: numeric equality implies equal hashes, unhashable types, hash of -1.
import sys
vals = [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 10 ** 20, 0.5, 1.5, -0.5, 1e100, 1.0, 2.0 ** 61]
for v in vals:
    print(repr(v), hash(v))
from fractions import Fraction
from decimal import Decimal
print(hash(Fraction(1, 2)) == hash(0.5), hash(Decimal("0.5")) == hash(0.5), hash(1 + 0j) == hash(1), hash(complex(0, 1)))
print(hash((1, 2)), hash(()), hash((1,)), hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None), hash(True), hash(False), hash(...) == hash(...), hash(range(3)) == hash(range(3)))
for t in [[], {}, set(), bytearray(), slice(1, 2) if sys.version_info < (3, 12) else [1]]:
    try:
        hash(t)
    except TypeError as e:
        print("TypeError:", e)
print(hash(slice(1, 2)) == hash(slice(1, 2)) if sys.version_info >= (3, 12) else True)
print(hash(float("inf")), hash(float("-inf")), sys.hash_info.inf, hash(-1) == hash(-2))
class H:
    def __hash__(self):
        return -1
print(hash(H()))
class H2:
    def __hash__(self):
        return 2 ** 64 + 5
print(hash(H2()))
class H3(int):
    pass
print(hash(H3(7)) == hash(7), hash(type) == hash(type), hash(len) == hash(len))
print(hash((1, (2, 3))) == hash((1, (2, 3))), hash((1.0, 2)) == hash((1, 2.0)))
print(hash("") == hash(""), hash(b"") == hash(b""), hash("a") == hash(b"a") or True)
