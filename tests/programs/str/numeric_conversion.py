# Conversions between str and numbers: str/repr of numbers, int/float parsing, locale-independent formatting.
for v in [0, -0, 1, -1, 10 ** 18, 2 ** 63, -(2 ** 64), True, False]:
    print(repr(v), str(v), format(v), f"{v!r}", "%s %r %d" % (v, v, v))
for v in [0.0, -0.0, 1.0, 0.1, 1e-7, 1e16, 1.5e300, 123.456, float("inf"), float("-inf"), float("nan"), 2 ** 0.5]:
    print(repr(v), str(v), format(v), format(v, ".3"), "%s %r %.2f" % (v, v, v))
for s in ["0", "-0", "+12", " 7 ", "1_000", "0x10", "١٢", "1e3", "1.5", "inf", "-nan", ".5", "5.", "1e-3"]:
    out = []
    for conv in (int, float, complex):
        try:
            out.append(repr(conv(s)))
        except ValueError:
            out.append("ValueError")
    print(repr(s), out)
print(int("z", 36), int("Z", 36), int("0b101", 0), int("0o17", 8), int("0x1f", 16), int("1f", 16), int(" -0b11 ", 0))
print(str(1 / 3), repr(1 / 3), str(10 / 3), str(2 / 3)[:6], str(1e22), str(1e21), str(1e-4), str(1e-5), str(123456789.123456789))
print(float(str(0.1)) == 0.1, float(repr(1 / 3)) == 1 / 3, all(float(repr(x)) == x for x in [0.1 * i for i in range(100)]))
print(round(0.1 + 0.2, 2), "{:.2f}".format(2.675), "{:.1f}".format(0.05), "{:.0f}".format(0.5), "{:.0f}".format(1.5), "{:g}".format(0.0001))
