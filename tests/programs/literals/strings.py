# String literal forms: quotes, triple quotes, escapes, raw strings, \N{...}, adjacent concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab\there", "new\nline", "back\\slash", "bell\a".encode(), "nul\0".encode(), "\x41\101\u0041\U00000041")
print("\N{LATIN SMALL LETTER SHARP S}", "\N{SNOWMAN}", "\N{DIGIT ONE}", len("\N{CJK UNIFIED IDEOGRAPH-4E00}"))
print(r"raw\n\t", R"raw\\", r"\N{x}", r'\'', len(r"\'"))
print("adjacent" " strings" ' concatenate', ("across "
      "lines"))
print("""line one
line two\
 continued""")
print(repr("\r\n\v\f\b"), repr('\''), repr("\""), repr("'\""))
print("\777" if False else "\77", "\1", repr("\x7f"), len("\u00e9"), len("e\u0301"))
print(u"unicode prefix", type(u"").__name__)
for bad in [r'"\N{NOT A REAL NAME}"', r'"\x4"', r'"\u12"', r'"\U00110000"', '"unterminated', "'''never closed",
            r'"\N"', r'"\N{"']:
    try:
        compile(bad, "<str>", "eval")
        print(bad, "compiled")
    except SyntaxError as e:
        print(repr(bad), "SyntaxError:", e.msg)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile(r'"\d"', "<str>", "eval")
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
print("a" "b" == "ab", "x" * 0 == "", "\
continued")
