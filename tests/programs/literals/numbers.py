# Numeric literal forms: bases, underscores, floats, exponents, imaginary.
print(0, 00, 0_0, 42, 1_000_000, 0x_FF, 0XaB, 0o777, 0O1_7, 0b1010, 0B1_0, 0x7fffffffffffffffffff)
print(3.14, 3., .5, 1e10, 1E-3, 1_0.0_1, 1_0e1_0, 0e0, 00.5, 1e+5, 0.0, 1_2.3_4e-5)
print(1j, 2.5J, 1e3j, 0j, 1_0j, .5j, 3.j)
print(type(1), type(1.0), type(1j), type(0x1), type(1e0))
print(0xdead_beef, 0o17_7, 0b_1, 0x_1_2)
for bad in ["1__0", "1_", "0x", "0b2", "0o8", "09", "1e", "1.e_1", "0x_", "1_.5", "0_7", "1.5_", "0b1_", "1e1_"]:
    try:
        compile(bad, "<lit>", "eval")
        print(bad, "compiled")
    except SyntaxError as e:
        print(repr(bad), "SyntaxError:", e.msg)
print(123456789012345678901234567890, -0, -0.0, +1, 1if True else 2)
print(0.1 + 0.2, 1e308 * 10, 1e-324, 5e-324, 2.2250738585072014e-308)
print(999999999999999999999.0, 1e21, 1e16, 1.0e15, 123e-2)
print(0xFFFF_FFFF_FFFF_FFFF + 1, 0b1111_1111 == 255, 0o777 == 511)
