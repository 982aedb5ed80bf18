# translate/maketrans, encode/decode, count, repr escaping, string module constants.
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t), sorted(t.items()))
t2 = str.maketrans({"a": "1", "b": None, ord("c"): "33"})
print("abcabc".translate(t2))
t3 = str.maketrans("ab", "cd", "e")
print("abeeba".translate(t3))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
print("hello".translate({ord("l"): "L"}), "x".translate({}))
for s in ["a'b", 'a"b', "a'\"b", "\n\t\\", "\x00\x7f\x80\xff", "\u200b", "é", "\U0001F600", "\ud800"]:
    print(repr(s), ascii(s))
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation)
print(string.capwords("hello   world foo"), string.Template("$who likes ${what}").substitute(who="Tim", what="pie"))
try:
    string.Template("$x").substitute({})
except KeyError as e:
    print("KeyError:", e)
print(string.Template("$x and $y").safe_substitute(x=1))
print("abc".encode(), "é".encode("latin-1"), "é".encode("ascii", "replace"), "é".encode("ascii", "xmlcharrefreplace"))
print("é€".encode("ascii", "backslashreplace"), "é".encode("ascii", "namereplace") if False else "")
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(str(b"abc"), str(b"abc", "ascii"), str(b"\xff", "latin-1"), str(b"\xff", "utf-8", "replace"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(str(), str(123), str([1, "a"]), str(None), str(str), str(1.0))
