# int() from strings: bases, prefixes, underscores, whitespace and the error messages.
cases = [("42",), ("  -17  ",), ("+8",), ("0x1F", 16), ("0x1F", 0), ("1F", 16), ("0o17", 0),
         ("0b1011", 0), ("z", 36), ("ZZ", 36), ("1_000_000",), ("0_0",), ("10", 2), ("777", 8),
         ("-0b11", 0), ("\u0663\u0664",), ("\uff11\uff12",), ("00",), ("0", 0)]
for c in cases:
    print(repr(c[0]), c[1:] , "->", int(*c))
bad = [("",), ("1.5",), ("0x",), ("12a",), ("1__0",), ("_1",), ("1_",), ("08", 0), ("2", 2),
       ("0x1F", 10), ("abc", 37), (" ",), ("--1",)]
for c in bad:
    try:
        int(*c)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int(b"42"), int(bytearray(b"-7")), int(3.99), int(-3.99), int(True))
print(int(), int(" 0x10 ", 16), int("0X10", 0))
class WithIndex:
    def __index__(self):
        return 12
class WithInt:
    def __int__(self):
        return 99
class WithTrunc:
    def __trunc__(self):
        return 7
print(int(WithInt()), int(WithIndex()))
import warnings
warnings.simplefilter("ignore")
print(int(WithTrunc()))
for v in [float("inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
