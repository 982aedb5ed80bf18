# Round trips between str and bytes in many encodings, plus case-insensitive comparison via casefold and NFC.
import unicodedata
words = ["Straße", "STRASSE", "café", "cafe\u0301", "Ångström", "A\u030angstro\u0308m", "ﬁle", "file"]
for w in words:
    print(repr(w), len(w), w.casefold(), unicodedata.normalize("NFC", w) == w, len(w.encode()))
def same(a, b):
    return unicodedata.normalize("NFKC", a).casefold() == unicodedata.normalize("NFKC", b).casefold()
print(same("Straße", "STRASSE"), same("café", "cafe\u0301"), same("ﬁle", "FILE"), same("a", "b"))
for enc in ["utf-8", "utf-16", "utf-32", "latin-1", "cp1252", "ascii", "utf-16-be"]:
    ok = []
    for w in words:
        try:
            ok.append(w.encode(enc).decode(enc) == w)
        except UnicodeEncodeError:
            ok.append(None)
    print(enc, ok)
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: unicodedata.normalize("NFD", w)))
