# Encoding and decoding across codecs for a fixed set of characters, with error positions and reasons.
samples = ["A", "é", "€", "中", "\U0001F600", "\x00", "\u00ff"]
codecs_list = ["ascii", "latin-1", "cp1252", "utf-8", "utf-16-le", "utf-32-be", "cp437", "mac-roman"]
for ch in samples:
    row = []
    for enc in codecs_list:
        try:
            row.append(ch.encode(enc).hex())
        except UnicodeEncodeError as e:
            row.append(f"!{e.reason[:12]}")
    print(repr(ch), row)
for data, enc in [(b"\x80", "ascii"), (b"\xc3", "utf-8"), (b"\xed\xa0\x80", "utf-8"), (b"\xff\xfe\x00", "utf-16-le"),
                  (b"\x81", "cp1252"), (b"\x00\x00\x11\x00", "utf-32-be")]:
    try:
        print(data, enc, repr(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(data, enc, "UnicodeDecodeError:", e.start, e.end, e.reason)
print(b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800", "\ud800".encode("utf-16-le", "surrogatepass"))
print("é".encode("utf-8").decode("latin-1"), "Ã©".encode("latin-1").decode("utf-8"), "x".encode("utf_8"), "x".encode("UTF8"))
