# float() from strings: spellings of inf/nan, underscores, whitespace, errors.
good = ["1", " 2.5 ", "-3.", ".5", "1e3", "1E-3", "+1.5e+2", "inf", "-Infinity", "nan", "NaN",
        "-nan", "1_000.5", "0x1p3" if False else "7", "\u0661.\u0662", "1e-400", "  -0.0\n"]
for s in good:
    print(repr(s), float(s))
bad = ["", "1.2.3", "abc", "1e", "e5", "1__0", "_1", "0x10", "infinit", "--1", "1 2", "1_e5"]
for s in bad:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
print(float(b"1.5"), float(bytearray(b" 2 ")), float(True), float(10 ** 20))
class F:
    def __float__(self):
        return 4.25
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
class Bad:
    def __float__(self):
        return "x"
try:
    float(Bad())
except TypeError as e:
    print("TypeError:", e)
print(float.fromhex("0x1.ffffffffffffffp1023") if False else float.fromhex("0x1.fffffffffffffp1023"))
try:
    float.fromhex("0x1p2000")
except OverflowError as e:
    print("OverflowError:", e)
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
