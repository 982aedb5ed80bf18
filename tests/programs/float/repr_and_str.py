# Shortest float repr and str, exponents, special values.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001,
        1.0, -0.0, 0.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.5, 100.0, 1e100, 3.14159,
        float("inf"), float("-inf"), float("nan"), 1.5e300 * 1.5e300, 12345.678, 0.30000000000000004]
for v in vals:
    print(repr(v), str(v))
print(float("1e500"), float("-1e500"), float("1e-500"))
print(1.0 * 10, 2.0 ** 0.5, 10 / 4, 7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1e300, 1e-300)[1])
print(0.1 * 3, 1.1 * 1.1, 100 * 1.1, 3 * 0.1 == 0.3)
print(float.hex(1.0), float.hex(0.1), float.hex(-2.5), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (1e300).is_integer())
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2))
print(round(1234.5678, -2), round(1e300, 2), round(-0.0), round(0.5), round(1.5))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0))
print(int(1e18), int(-0.9), float(10 ** 18), float(-5))
print(abs(-0.0), -0.0 == 0.0, str(-0.0), 0.0 * -1)
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
