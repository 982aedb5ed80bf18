# bytes methods mirror str methods on ASCII bytes.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.lower(), b.upper(), b.swapcase(), b.title())
print(b.split(), b.split(b","), b"a,b,,c".split(b",", 1), b"a b c".rsplit(None, 1), b"x\ny\r\nz".splitlines())
print(b.find(b"World"), b.index(b"o"), b.rfind(b"o"), b.count(b"l"), b.count(ord("l")), b.find(111))
print(b"-".join([b"a", b"b"]), b"".join([bytearray(b"x"), memoryview(b"y")]), b.replace(b"l", b"L", 2))
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
print(b"abc".startswith(b"a"), b"abc".endswith((b"c", b"d")), b"abc".partition(b"b"), b"abc".rpartition(b"x"))
print(b"42".zfill(5), b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"a\tb".expandtabs(4))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"Ab".istitle(), b"AB".isupper(), b"\x80".isascii())
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcabc".translate(None, b"b"))
print(b"hello".removeprefix(b"he"), b"hello".removesuffix(b"lo"), b"abc".capitalize())
print(b"%d-%s" % (5, b"x"), b"abc".hex(), bytes.fromhex("41 42").decode())
print(list(b"ab"), sorted(b"cab"), max(b"abc"), sum(b"\x01\x02"), b"\x00" * 3)
print(bytes(reversed(b"abc")), b"abc".__getitem__(1), b"abc".__len__())
print(b"A".isupper(), b"a\xe9".upper(), b"\xe9".isalpha())
