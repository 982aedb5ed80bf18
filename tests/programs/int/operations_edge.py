# Edge cases: shifts, negative modulo, floor division signs, pow with negative bases, bitwise on negatives.
print(1 << 0, 1 << 63, 1 << 64, -1 << 10, 5 >> 1, -5 >> 1, -1 >> 100, 2 ** 100 >> 99)
for bad in ["1 << -1", "1 >> -1", "1 << 2 ** 100"]:
    try:
        eval(bad)
    except (ValueError, OverflowError, MemoryError) as e:
        print(bad, type(e).__name__ + ":", e)
print(-7 & 3, -7 | 3, -7 ^ 3, ~-7, -(2 ** 70) & (2 ** 70 - 1), (2 ** 70) ^ -1)
for a in [-9, -1, 0, 1, 9]:
    for b in [-4, 4]:
        print(a, b, a // b, a % b, divmod(a, b), -(a // -b) if False else "", end=" | ")
    print()
print(pow(-2, 3), pow(-2, -3), pow(-8, 1 / 3).__class__.__name__, pow(0, 0), pow(0.0, 0), (-1) ** 0.5)
print(10 ** -1, 2 ** 0.5, 4 ** 0.5, (-4) ** 2, -4 ** 2, 0 ** 2)
print(abs(-2 ** 63), abs(-(2 ** 63)), -(-(2 ** 63)), (2 ** 63) * -1, (-(2 ** 63)) // -1)
print(max(2 ** 64, 2 ** 64 + 0.0), min(-(2 ** 63), -9.3e18), 2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64)
print(int("1" * 30) * int("9" * 30), (10 ** 30 + 1) % 97, pow(10 ** 30 + 7, 10 ** 5, 10 ** 9 + 7))
print(7 // 0.5, 7 % 0.5, -7 // 0.5, 7.0 // -2, -0.0 // 1, 0 * -1.0)
print(True << 3, False >> 1, True // True, True % 2, -True, True ** 10)
print(int.__add__(2 ** 62, 2 ** 62), int.__mul__(-(2 ** 32), 2 ** 32), int.__neg__(-(2 ** 63)), int.__abs__(-(2 ** 64)))
print(sum(range(-10 ** 6, 10 ** 6 + 1)), sum([2 ** 62] * 4), [2 ** 63 - 1 + 1, -(2 ** 63) - 1])
