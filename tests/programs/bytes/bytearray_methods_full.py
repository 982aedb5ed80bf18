# bytearray methods that mutate or return new objects, and their return types.
ba = bytearray(b"Hello, World")
print(ba.upper(), ba.lower(), ba.title(), ba.swapcase(), ba.capitalize(), type(ba.upper()).__name__)
print(ba.replace(b"l", b"L"), ba.split(b", "), ba.partition(b","), ba.strip(b"Hd"), ba.center(16, b"*"))
print(ba.find(b"o"), ba.rfind(b"o"), ba.index(b"W"), ba.count(b"l"), ba.startswith(b"He"), ba.endswith(b"ld"))
print(ba.hex(), ba.hex(" ", 4), bytearray.fromhex("48 69"), ba.isalpha(), bytearray(b"abc").isalpha(), ba.isascii())
ba2 = bytearray(b"abc")
ba2.extend(range(100, 103))
ba2.extend(b"xyz")
ba2.extend(bytearray(b"!"))
print(ba2)
ba2[0:3] = b"ABCDEF"
print(ba2, len(ba2))
ba2[1] = 0
print(ba2[:4], ba2.pop(1), ba2.remove(ord("C")), ba2[:4])
print(bytearray(b"a b c").split(), bytearray(b"a\nb").splitlines(), bytearray(b"  x  ").lstrip(), bytearray(b"x").ljust(3, b"-"))
ba3 = bytearray(b"\x00\x01")
ba3 += b"\x02"
ba3 *= 2
print(ba3, ba3 * 0, ba3.count(0), list(ba3), bytes(ba3) == ba3, ba3 == bytearray(ba3))
try:
    ba3[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    ba3.extend([1, "x"])
except TypeError as e:
    print("TypeError:", e)
try:
    ba3.insert(0, b"x")
except TypeError as e:
    print("TypeError:", e)
print(bytearray(5), bytearray(range(3)), bytearray(b"ab").decode(), bytearray("é", "utf-8"), bytearray(memoryview(b"mv")))
print(bytearray(b"abc").translate(bytes.maketrans(b"a", b"z")), bytearray(b"aXbXc").split(b"X", 1), bytearray(b"%d") % 5 if False else bytearray(b"%d") % (5,))
