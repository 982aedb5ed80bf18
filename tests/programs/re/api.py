# The re module's functions and objects on top of _sre: flags, reprs, errors, templates, types.
import re
import copy

print(re.match(r'\w+', 'hello world'))
print(re.search(r'o\w', 'hello world'))
print(re.fullmatch(r'\d+', '12345'), re.fullmatch(r'\d+', '123a'))
print(re.findall(r'(\w)(\d)', 'a1 b2 c'))
print(re.sub(r'(?P<word>\w+)', r'<\g<word>>', 'ab cd'))
print(re.subn(r'\s+', ' ', 'a   b \t c'))
print(re.split(r'[,;]\s*', 'a, b;c,  d'))
print(re.split(r'(\d)', 'a1b2c', maxsplit=1))
print(re.escape('a.b*c?d[e]'), re.escape(b'x.y'))
print(re.compile(r'a', re.I | re.M))
print(re.compile(r'a', re.X | re.S | re.A))
print(re.compile(rb'a', re.L))
print(re.compile(r'a', re.U))
print(re.compile(r'(?i)a').flags == re.I | re.U)
print(type(re.compile('')), type(re.match('', '')))
print(re.Pattern, re.Match, re.Pattern[str], re.Match[bytes])
p = re.compile(r'(?P<key>\w+)=(?P<value>\w*)')
print(p.groupindex, p.groups, p.pattern, p.flags)
m = p.search('  a=1 ')
print(m, m.re is p, m.string, m.pos, m.endpos)
print(m.group(0, 'key', 2), m.groupdict(), m.span('value'), m.start(1), m.end(2))
print(m[0], m['key'], m[2])
print(m.expand(r'\g<value>:\1'), m.expand(r'\\n'))
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m, copy.deepcopy(m) is m)
print(p == re.compile(p.pattern), p != re.compile(p.pattern, re.I))
for bad in [r'(', r'a**', r'[a', r'(?P<1>a)', r'\1', r'(?<=a+)b', r'a{3,2}']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), 'error:', e, e.pos)
for f, args in [(m.group, (5,)), (m.group, ('nope',)), (m.start, (9,)), (m.expand, (r'\9',)),
                (p.search, (b'x',)), (re.compile(b'x').search, ('x',)), (p.search, (None,)),
                (re.sub, ('a', r'\g<zz>', 'a')), (re.sub, ('(a)', r'\2', 'a'))]:
    try:
        print(f(*args))
    except (IndexError, TypeError, re.error) as e:
        print(type(e).__name__, e)
print(re.sub('a', lambda m: m.group().upper() * 2, 'banana'))
print(re.sub('x*', '-', 'abc'), re.sub('(?:)', '|', 'ab'))
print(re.findall(r'\b\w', 'one two  three'), re.findall('', 'ab'))
print(list(m.span() for m in re.finditer(r'\d*', 'a12b')))
sc = re.compile(r'\d').scanner('1a2')
print(sc.search(), sc.search(), sc.search(), sc.pattern)
print(re.match(r'(a)|(b)', 'b').groups(), re.match(r'(a)|(b)', 'b').groups('-'))
print(re.match(r'(?P<x>a)|(?P<y>b)', 'b').groupdict('?'), re.match(r'(?P<x>a)|(?P<y>b)', 'b').lastgroup)
print(re.search(r'x', 'x' * 300), repr(re.compile('y' * 300))[:40])
print(re.compile('a', re.I).match('A'), re.compile('[a-z]', re.I).findall('XyZ'))
print(re.purge())
print(hasattr(re, 'template'))
