# str.__repr__ quoting and escaping rules for every kind of character.
cases = ["", "'", '"', "'\"", "\\", "\x00", "\x1f", "\x7f", "\x80", "\x9f", "\xa0", "\xad", "\u00ff", "\u0100",
         "\u2028", "\u200e", "\ufeff", "\ue000", "\U0001F600", "\U000E0001", "\U0010FFFF", "\ud800", "\udfff",
         "tab\tnl\ncr\r", "bell\a bs\b ff\f vt\v", "é", "日本", "\u0378", "\u0300"]
for c in cases:
    print(repr(c), ascii(c), c.isprintable())
print(repr("a'b\"c"), repr('a"b'), repr("it's"), repr(b"it's"), repr(b'say "x"'), repr(b"'\""))
print(str(["é", "\n"]), repr({"k\t": "\x00"}), repr(("\u2028",)))
