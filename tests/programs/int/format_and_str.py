# int formatting: format specs, bases, grouping, str() and repr() of big and negative values.
for n in [0, 7, -7, 255, -255, 2 ** 40, -(10 ** 12)]:
    print(n, format(n, "d"), format(n, "+d"), format(n, "x"), format(n, "#X"), format(n, "o"), format(n, "#b"),
          format(n, ","), format(n, "_"), format(n, "010"), format(n, "^12"), format(n, "e"), format(n, "%"))
print(format(1234567, "_x"), format(1234567, ",.2f"), format(5, "c"), format(42, "n"), format(42, ""))
print(format(-0, "+"), format(123, ">+8"), format(123, "=+8"), format(123, "*<8"), format(123, "08_"))
for bad in [".2d", "s", "z", ",b", "#c"]:
    try:
        print(bad, format(10, bad))
    except ValueError as e:
        print(bad, "ValueError:", e)
print(str(10 ** 20), repr(-(10 ** 20)), str(-0), str(True + 0), f"{2 ** 64:,}")
print(int.__format__(255, "x"), (255).__format__("08b"), "{:>6}".format(-12), "%5d|%-5d|%05d" % (3, 3, -3))
print(f"{0b1010:#010b}", f"{0xff:#06x}", f"{0o17:#o}", f"{1000000:,d}", f"{-1000000:_d}")
print(bin(2 ** 65 + 1), oct(-(8 ** 10)), hex(16 ** 15), int(bin(12345), 0), int(hex(-999), 16))
print(format(10 ** 6, ".2e"), format(12345678901234567890, "e"), format(7, ".3f"), format(7, "g"), format(10 ** 17, "g"))
