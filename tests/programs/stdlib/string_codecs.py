# codecs and str.encode/bytes.decode across encodings and error handlers.
import codecs
s = "Grüße, 世界! \U0001F600"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1", "cp1252", "ascii", "utf-7", "idna" if False else "cp437"]:
    try:
        b = s.encode(enc)
        print(enc, b[:16], len(b), b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e.reason, e.start, e.end)
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape"]:
    try:
        print(errors, s.encode("ascii", errors))
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError")
bad = b"ok \xff\xfe end"
for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(errors, repr(bad.decode("utf-8", errors)))
print(repr(bad.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")))
print(codecs.encode("abc", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.encode(b"hi", "base64"))
print(codecs.lookup("UTF8").name, codecs.lookup("latin_1").name, codecs.BOM_UTF8, codecs.BOM_UTF16_LE)
print("\u00e9".encode("unicode_escape"), b"\\u00e9\\n".decode("unicode_escape"), "é\n".encode("raw_unicode_escape"))
print(b"\xef\xbb\xbfbom".decode("utf-8-sig"), "x".encode("utf-8-sig"))
try:
    codecs.lookup("definitely-not-a-codec")
except LookupError as e:
    print("LookupError:", e)
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe4")), repr(dec.decode(b"\xb8")), repr(dec.decode(b"\x96", final=True)))
try:
    b"\xe4\xb8".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
