# -*- coding: utf-8 -*-
# An encoding declaration on the first or second line is honoured; non-ASCII identifiers work.
café = "coffee"
naïve = 1
Σ = sum
ℕ = range(5)
print(café, naïve, Σ(ℕ))
def größe(x):
    return x * 2
print(größe(21), größe.__name__)
class Ünïcode:
    pass
print(Ünïcode.__name__)
ﬁ = "ligature normalised"
print(fi)
ｘ = "fullwidth normalised to x"
print(x)
print("μ" == "\u03bc", "µ" == "\u00b5")
µ = "micro sign becomes mu"
print(μ)
import unicodedata
print(unicodedata.normalize("NFKC", "ﬁ"), "ℌ".isidentifier(), "1a".isidentifier(), "_".isidentifier())
for src in ["a€ = 1", "x = 1 ∞ 2", "😀 = 1"]:
    try:
        compile(src, "<id>", "exec")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
src = b"# -*- coding: latin-1 -*-\nprint('\xe9')\n"
exec(compile(src, "<latin1>", "exec"))
try:
    compile(b"# coding: nonexistent\nx=1\n", "<enc>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile(b"x = '\xff'\n", "<bad utf8>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(compile(b"\xef\xbb\xbfx = 1", "<bom>", "exec").co_names)
try:
    compile("\ufeffx = 1", "<bom in str>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
