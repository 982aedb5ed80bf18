# int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, is_integer.
for n in [0, 1, -1, 5, 255, 256, -256, 2 ** 64, -(2 ** 64)]:
    print(n, n.bit_length(), n.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print((0).to_bytes(0, "big"), (65535).to_bytes(4))
for args in [(256, 1, "big"), (-1, 2, "big")]:
    try:
        args[0].to_bytes(args[1], args[2])
    except OverflowError as e:
        print("OverflowError", e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "little", signed=True))
try:
    (5).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError", e)
print((7).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())
print((5).is_integer() if hasattr(int, "is_integer") else "no is_integer")
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print(int.__index__(42), (42).__index__())
print((3).__round__(), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5, 3), round(-15, -1), round(25, -1))
print(type(round(5)), type(round(5, 1)))
import math
print(math.trunc(7), math.floor(-7), math.ceil(7))
print(int.__floor__(9), int.__ceil__(9), int.__trunc__(9))
print((10).__sizeof__() > 0, int.__bool__(0), int.__bool__(-3))
print(sorted([3, -1, 2, 10 ** 20, -(10 ** 20)]))
print(max(3, 7, 2), min(3, 7, 2))
print(int.__hash__(5) == hash(5), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(10 ** 30) == (10 ** 30) % (2 ** 61 - 1))
