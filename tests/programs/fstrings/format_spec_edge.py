# Format specs on every built-in type, via f-strings and format().
print(f"{'abc':5}|{'abc':>5}|{'abc':^5}|{'abc':.2}|{'abc':x<6}|")
print(f"{42:5}|{42:<5}|{42:^5}|{42:05}|{-42:05}|{42:+05}|{42:=+6}|")
print(f"{3.5:5}|{3.5:<8}|{3.5:08.2f}|{-3.5:08.2f}|{3.5:e}|{3.5:%}|")
print(f"{True:5}|{True!s:5}|{None!s:>6}|{[1]!s:>6}|")
print(f"{1e-10:g}|{1e10:g}|{123456789:g}|{0.0001:g}|{0.00001:g}|{1.0:g}|{10.0:.0g}|")
print(f"{12345.678:,.2f}|{-0.5:.0f}|{0.5:.0f}|{1.5:.0f}|{2.5:.0f}|")
print(f"{1j:}|{(1+2j):.1f}|{(-1-2j):>12}|")
print(f"{65:c}|{0x1F600:c}|{10:o}|{10:X}|{10:#b}|{10:#X}|")
print(f"{123456789:,d}|{123456789:_x}|{0b1111_0000:_b}|")
print(f"{'x':=^9}|{'y':\u2022>4}|")
for spec in ["=5s", ",s", "c", "x", "5.2s"]:
    try:
        print(spec, format("ab", spec))
    except ValueError as e:
        print(spec, "ValueError:", e)
for spec in [".2s", "s", ",x", "_c", "c"]:
    try:
        print(spec, format(65, spec))
    except ValueError as e:
        print(spec, "ValueError:", e)
try:
    format(1.5, "c")
except ValueError as e:
    print("ValueError:", e)
try:
    format([], "5")
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(10**20, ","), format(-1234.5, ",.1f"), format(float("inf"), "08.2f"), format(float("nan"), "+"))
print(format(0.1, ".17f"), format(1/7, ".25f"), format(2**0.5, ".30g"))
print(format(1234.5, "n"), format(1234, "n"), format(-0.0, "z.2f") if True else "", format(0.0001234, ".2e"))
print(format("é", "^5") + "|", format("日本", ">6") + "|")
