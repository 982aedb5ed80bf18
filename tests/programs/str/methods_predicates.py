# is* predicates across ASCII and Unicode.
samples = ["abc", "ABC", "abc123", "123", "½", "²", "٣", "Ⅻ", " \t\n", "", "a b", "_x", "x1",
           "class", "é", "ǅ", "\u00a0", "\x00", "Ab", "𝔸", "-1", "1.5", "ⅷ"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii(), s.islower(), s.isupper())
import keyword
print([w for w in ["if", "match", "case", "_", "type", "soft", "None", "print"] if keyword.iskeyword(w)])
print([w for w in ["if", "match", "case", "_", "type"] if keyword.issoftkeyword(w)])
