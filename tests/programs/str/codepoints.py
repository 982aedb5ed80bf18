# Code-point semantics: astral characters, surrogates, len and indexing, ord/chr.
s = "a\U0001F600b\u00e9\U00010348"
print(len(s), [hex(ord(c)) for c in s], s[1] == "\U0001F600", s[::-1] == "\U00010348\u00e9b\U0001F600a")
print(repr(s), ascii(s))
lone = "\ud800"
pair = "\ud83d\ude00"
print(len(lone), len(pair), pair == "\U0001F600", repr(lone), repr(pair), ascii(pair))
print(chr(0x1F600) == "\U0001F600", ord("\U0001F600"), chr(0), repr(chr(0x10FFFF)))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print("\U0001F600".encode("utf-8"), "é".encode("utf-16-le"), "\U0001F600".encode("utf-16-be"))
try:
    lone.encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(lone.encode("utf-8", "surrogatepass"), lone.encode("utf-8", "replace"), lone.encode("utf-8", "ignore"))
print(sorted(["b", "\U0001F600", "a", "\uffff", "é"]) == ["a", "b", "é", "\uffff", "\U0001F600"])
print("\U0001F600" > "\uffff", max("a\U0001F600z"), min("zé"))
t = "x" + "\U0001F600" * 3 + "y"
print(t.find("\U0001F600"), t.rfind("\U0001F600"), t.index("y"), t[2:4] == "\U0001F600" * 2)
print(t.split("\U0001F600"), t.replace("\U0001F600", "-"), t.count("\U0001F600"))
print(t.center(9, "\U0001F600") == "\U0001F600" * 2 + t + "\U0001F600" * 2 if False else len(t.center(9, "*")))
print(str(b"\xf0\x9f\x98\x80", "utf-8") == "\U0001F600", len(str(b"\xf0\x9f\x98\x80", "utf-8")))
print("\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}\N{grinning face}", len("\N{LATIN SMALL LETTER E WITH ACUTE}"))
import unicodedata
print(unicodedata.name("é"), unicodedata.category("\U0001F600"), unicodedata.normalize("NFD", "é") == "e\u0301")
