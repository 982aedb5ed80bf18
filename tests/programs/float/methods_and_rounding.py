# float methods (hex, fromhex, as_integer_ratio, is_integer, conjugate) and round-half-even details.
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1e-10, 12345.6789, -0.0, 2.0 ** 52 + 0.5]:
    print(repr(v), v.hex(), v.as_integer_ratio(), v.is_integer(), round(v), round(v, 2), round(v, -1), v.conjugate(), v.real, v.imag)
for s in ["0x1p0", "0x1.8p1", "-0x1.fffffffffffffp+1023", "0x0.0000000000001p-1022", "0x1P-1074", "  0xA.8p0  ", "inf", "-0x0p0"]:
    print(s.strip(), float.fromhex(s), float.fromhex(s).hex())
print(float.fromhex("0x1p-1075"), float.fromhex("0x1.00000000000008p0"), float.fromhex("0x1.00000000000018p0"))
print(round(0.5, 0), round(-0.5, 0), round(1e15 + 0.5), round(2 ** 53 + 1.0), round(123.456, 10), round(5e-324, 400))
print(round(1.23456789e-5, 8), round(98765.4321, -3), round(-98765.4321, -4), round(0.05, 1), round(0.15, 1), round(0.25, 1), round(0.35, 1))
import math
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), int(-0.5), math.floor(1e300) == 1e300, math.modf(-0.0))
print(float.__round__(2.5), float.__round__(2.5, 0), float.__trunc__(2.9), float.__floor__(-2.1), float.__ceil__(-2.1))
print((7.0).__divmod__(2), (7.0).__rdivmod__(2.0), (2.0).__rpow__(3), (0.1).__mul__(3), (1.0).__eq__(1), (1.0).__eq__("1"))
