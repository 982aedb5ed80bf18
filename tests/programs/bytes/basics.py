# bytes: literals, construction, repr, indexing and the errors of construction.
b = b"hello\x00\xff\n\t'\""
print(b, repr(b), len(b), b[0], b[-1], b[1:4], list(b[:3]))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"x"), bytes())
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), b"\xde\xad".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2))
for bad in [[256], [-1], ["a"], 1.5]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(b"a" + b"b", b"ab" * 3, b"a" in b"cat", 97 in b"cat", b"" in b"x")
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    300 in b"abc"
except ValueError as e:
    print("ValueError:", e)
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc", b"\x00" < b"\x00\x00")
print(repr(b"'"), repr(b'"'), repr(b"'\""), bytes([i for i in range(0, 256, 37)]))
print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"\xff".decode("latin-1"), b"\xff".decode("utf-8", "replace"))
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(hash(b"abc") == hash(b"abc"), bytes(memoryview(b"xyz")), bytes(bytearray(b"q")))
print(type(b"ab"[0]).__name__, type(b"ab"[0:1]).__name__, b"abc"[::-1], b"abcdef"[::2])
