# bytes literal forms and their restrictions.
print(b"abc", B"ABC", b'q', b"""triple""", rb"\n", br"\d", Rb"\\", b"\x00\xff\n\t\\\'")
print(b"a" b"b", len(b"\x00"), b"\101\102", b"\777"[0] if False else b"\77")
for bad in ['b"é"', 'b"\\u0041"' if False else 'b"caf\u00e9"', 'b"x" "y"', '"x" b"y"', 'rb"\\N{DASH}"' if False else 'f"x" b"y"']:
    try:
        print(repr(bad), eval(bad))
    except SyntaxError as e:
        print(repr(bad), "SyntaxError:", e.msg)
print(b"\u0041", b"\N{DASH}" if False else b"\\N", len(b"\u0041"))
print(type(b""), type(rb""), b"" == bytes(), b"\x80".hex())
print(bytes([0x68, 0x69]) == b"hi", b"hi"[0] == ord("h"), list(b"\x01\x02"))
