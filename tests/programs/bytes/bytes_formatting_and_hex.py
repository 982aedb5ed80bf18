# bytes %-formatting, hex/fromhex variants, bytes.translate/maketrans, and iteration/int conversion.
print(b"%s|%5s|%-5s|%b" % (b"ab", b"cd", b"ef", bytearray(b"gh")))
print(b"%d %i %x %X %o %c %c %%" % (42, -7, 255, 255, 8, 65, b"z"))
print(b"%r %a" % (b"x", "é"), b"%(k)s" % {b"k": b"v"}, b"%05.1f" % 3.14159)
for fmt, arg in [(b"%s", "str"), (b"%c", 256), (b"%c", b"ab"), (b"%d", b"1"), (b"%y", 1)]:
    try:
        fmt % arg
    except (TypeError, OverflowError, ValueError) as e:
        print(fmt, type(e).__name__ + ":", e)
print(b"\x00\xff\x10".hex(), b"\x00\xff\x10".hex("-"), b"abcdef".hex(":", -2), b"abcdef".hex(b"|", 3), bytes.fromhex("0a 0B  cc"))
for bad in ["0", "zz", "0 a"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
t = bytes.maketrans(b"abc", b"ABC")
print(len(t), b"aabbcc".translate(t), b"aabbcc".translate(t, b"b"), b"hello".translate(None, b"l"))
print(list(b"hi"), [hex(x) for x in b"\x01\x7f"], int.from_bytes(b"\x01\x00", "little"), bytes([104, 105]).decode())
print(b"abc" < b"abd", b"" < b"\x00", b"Z" < b"a", max([b"b", b"ab"]), sorted([b"\xff", b"a", b"\x00"]))
print(b"a,b,,c".split(b","), b"  x  y ".split(), b"x".join([b"1", b"2"]), b"abc".center(7, b"*"), b"Hello".swapcase())
