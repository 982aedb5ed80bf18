# The format mini-language on floats.
x = 1234.5678
specs = ["", "f", ".2f", "10.3f", "<12.1f", "^12.1f", ">12.1f", "+.1f", " .1f", "e", ".3e", "E",
         "g", ".3g", ".10g", "G", "%", ".1%", ",.2f", "_.2f", "012.2f", "+012.2f", "=+12.2f", "*^15.3f",
         "n", ".0f", "#.0f", "#g", ".0e", "a<10"]
for s in specs:
    print(repr(s), repr(format(x, s)))
for v in [0.0, -0.0, 1e-7, 1e16, 123456789.0, 0.5, 1.5, 2.5, float("inf"), float("-inf"), float("nan")]:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".2f"), format(v, "e"), format(v, "10.3"))
print(format(1e100, ",.0f")[:20])
print("%f %e %g %.3f %10.2f %-10.2f| %+f %G %E" % (x, x, x, x, x, x, x, 1e-10, x))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%r %s %a" % (0.1, 0.1, 0.1))
print(f"{x:.3}", f"{x:.{2}f}", f"{x:{'>'}{12}}", f"{-x:z.1f}" if False else "", f"{-0.0:z.1f}")
try:
    format(x, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(x, ".2x")
except ValueError as e:
    print("ValueError:", e)
print(format(2.0 ** 70, "f"), format(1 / 3, ".20f"))
print(round(x, 2), round(x, -1), str(round(x, 1)))
