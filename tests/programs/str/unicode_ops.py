# Unicode-aware str operations: case mapping, normalisation, combining marks, widths, sorting.
import unicodedata
s = "Ÿ ǆ ſ ﬀ ﬃ Ω K Å"
print(s.lower(), s.upper(), s.casefold(), s.title(), s.swapcase())
print("ǆ".title(), "ǅ".lower(), "ǅ".upper(), "ᾳ".upper(), "ᾳ".title(), "ŉ".upper())
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    t = unicodedata.normalize(form, "é ﬁ Å ①")
    print(form, [hex(ord(c)) for c in t], unicodedata.is_normalized(form, t))
for ch in "aA1 é€😀\u0301\u200b":
    print(repr(ch), unicodedata.category(ch), unicodedata.name(ch, "?"), unicodedata.east_asian_width(ch), unicodedata.combining(ch))
print(unicodedata.lookup("SNOWMAN"), unicodedata.decimal("٣"), unicodedata.digit("²"), unicodedata.numeric("½"), unicodedata.mirrored("("))
try:
    unicodedata.lookup("NO SUCH CHARACTER NAME")
except KeyError as e:
    print("KeyError:", e)
print(unicodedata.unidata_version, unicodedata.bidirectional("a"), unicodedata.decomposition("é"))
print(sorted(["é", "e", "f", "E", "É", "z"]), "é" < "f", "straße".upper(), "ΣΊΣΥΦΟΣ".lower())
print(len("e\u0301"), "e\u0301" == "é", unicodedata.normalize("NFC", "e\u0301") == "é", "é".encode("utf-8"), "e\u0301".encode())
print("İ".lower().encode(), "ﬁ".upper(), "ß".casefold(), "ΐ".upper(), len("ΐ".upper()))
print("x\u0300y".isalpha(), "\u0300".isalpha(), "Ⅷ".isnumeric(), "Ⅷ".isdigit(), "٣".isdecimal(), "①".isdigit())
print("ǈ".istitle(), "ǈ".isupper(), "ǈ".islower(), "ß".islower(), "ß".isupper(), "ʰ".islower())
print([c for c in "a\u00a0b\u2003c\u3000d" if c.isspace()], "a\u00a0b".split(), "\u2028".isspace(), "\x1c".isspace())
