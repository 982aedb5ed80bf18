# re: match, search, groups, named groups, flags, sub, split, findall, finditer, errors.
import re
m = re.match(r"(?P<user>\w+)@(?P<host>[\w.]+)", "alice@example.com rest")
print(m.group(0), m.group("user"), m.group(2), m.groups(), m.groupdict(), m.span(), m.start(2), m.end("user"))
print(m[0], m["host"], m.lastindex, m.lastgroup, m.re.pattern, m.string[-4:], repr(m)[:40])
print(re.search(r"\d+", "abc 123 def 45").group(), re.fullmatch(r"\d+", "123x"), re.match("b", "ab"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"\b\w{3}\b", "the cat sat on a mat"))
print([m.span() for m in re.finditer(r"o", "foo boo")], re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(,)", "a,b"))
print(re.sub(r"(\d+)", r"<\1>", "a1b22"), re.sub(r"x", "y", "xxx", count=2), re.subn(r"\s+", " ", "a  b   c"))
print(re.sub(r"(?P<w>\w+)", r"\g<w>!", "hi there"), re.sub("a", lambda m: m.group().upper(), "banana"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall(r"^\w", "ab\ncd", re.M), re.findall(r"a.b", "a\nb", re.S))
print(re.match(r"(?x) a  b  # comment", "ab"), re.escape("a.b*c?"), re.findall(r"\d", "١٢3"), re.findall(r"(?a)\d", "١٢3"))
print(re.match(r"(a)?b", "b").groups(), re.match(r"(a)?b", "b").group(1), re.match(r"(a|b)*", "abab").group(1))
print(re.findall(r"a*?", "aaa"), re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"(?<=a)b", "ab cb ab"), re.findall(r"b(?!c)", "bc bd"))
print(re.match(r"(\w+) \1", "hello hello").group(), re.match(r"(?P<x>a)(?P=x)", "aa").group())
print(re.findall(r"[^\W\d_]+", "abc_123 déf"), re.findall(r"\s", "a\tb\nc d"), re.findall(r"[a-c]+", "abcdcba"))
print(re.match(r"a++b", "aaab") is not None, re.match(r"(?>a+)b", "aab") is not None, re.match(r"a*+a", "aaa"))
p = re.compile(r"\d+", re.I)
print(p.pattern, p.flags & re.I != 0, p.groups, p.findall("1 22"), p.sub("#", "a1b2"), p.match("x1", 1).group())
for bad in [r"(", r"[a", r"a**", r"(?P<1>x)", r"\1", r"(?<=a+)b", "x{2,1}"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "re.error:", e, e.pos)
print(re.sub(r"", "-", "abc"), re.split(r"\b", "ab cd"), re.findall(r"", "ab"))
print(re.match(r"[\u00e9]", "é") is not None, re.findall(r"(?i)straße", "STRASSE straße"), re.purge() is None)
