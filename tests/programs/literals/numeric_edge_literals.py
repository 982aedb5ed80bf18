# Numeric literal edge cases: very long literals, leading zeros, float precision at parse time, imaginary forms.
print(0o0, 0b0, 0x0, 0_0, 000, 0.0e0, 0e-0, 0j, 00.0)
print(1_2_3_4, 0b_1_0, 0o_7_7, 0x_f_f, 1_0.0_5, 1e1_0, 1_0j)
print(123456789012345678901234567890123456789012345678901234567890)
print(0.1234567890123456789, 1.00000000000000011, 9.999999999999999e22, 1e23, 4.9e-324, 2.4703282292062328e-324)
print(1.7976931348623158e308, 1.7976931348623159e308, 1e309, -1e309, 0.000001, 0.0000001)
print(1j * 1j, 3.14j, 1e-3j, 0.j, 1_000j, (1 + 2j).imag, type(5j).__name__, -0j, +0j, 0j.real)
print(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF, 0o7777777777777777777777777, 0b1111111111111111111111111111111111111111111111111111111111111111111)
print(1if 1else 2, 0x1for x in[]if False else "0x1for parses as 0x1f or", [0x1 for x in "ab"])
x = 5
print(x.real, 5 .real, (5).imag, 5.0.is_integer(), 1e0.is_integer(), 0b101.bit_length(), 0o17.bit_count())
for src in ["5.real", "1__2", "0b", "0x_", "1e", "1.e+", "0o9", "0b12", "1_e2", "1.2e3.4", "08.5j" if False else "09"]:
    try:
        compile(src, "<num>", "eval")
        print(repr(src), "compiled ->", eval(src))
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
print(08.5, 09.0j, 0e5, 00e1, 0_0.0_0)
