# The regular expression engine (_sre) through re: match/search/fullmatch/findall/finditer/split/subn
# over many pattern shapes, group captures after backtracking, lastindex, deep repeats, str and bytes.
import re
IG, M, S, X, A, U, L = 2, 8, 16, 64, 256, 32, 4

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r))

def mrepr(m):
    if m is None: return None
    return (m.span(), m.groups(), m.lastindex, m.lastgroup, list(map(m.span, range(m.re.groups + 1))))

cases = [
    (r'a*', 'aaa'), (r'a*?', 'aaa'), (r'a+?b', 'aaab'), (r'(a*)*', 'b'), (r'(a*)+', 'b'), (r'(a|b)*', 'ab'),
    (r'(a|b)*?c', 'abac'), (r'(?:a|b)+c', 'xxababc'), (r'((a)|b)+', 'ab'), (r'(a)|(b)', 'b'),
    (r'(a)?(b)?', 'b'), (r'(?P<x>a)(?P<y>b)?', 'a'), (r'x(?=y)', 'xy'), (r'x(?!y)', 'xy xz'),
    (r'(?<=ab)c', 'abc'), (r'(?<!a)c', 'ac bc'), (r'\bfoo\b', 'a foo b'), (r'\Bo\B', 'foo'),
    (r'^abc$', 'abc\n'), (r'abc\Z', 'abc\n'), (r'\Aabc', 'abc'), (r'a.c', 'a\nc abc'), (r'(?s)a.c', 'a\nc'),
    (r'(?m)^\w+$', 'ab\ncd\n'), (r'[a-z]+', 'Hello World'), (r'(?i)[a-z]+', 'Hello World'),
    (r'[^\W\d]+', 'abc123def'), (r'\d{2,3}', '1 12 123 1234'), (r'\d{2,}?', '12345'), (r'a{3}', 'aaaa'),
    (r'(ab){2}', 'ababab'), (r'(a{2})*', 'aaaaa'), (r'(\w+)\s+\1', 'hello hello world'),
    (r'(?i)(\w+) \1', 'Hello hELLO'), (r'(a)(?(1)b|c)', 'ab'), (r'(a)?(?(1)b|c)', 'c'),
    (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" ok'), (r'(?>a|ab)c', 'abc'), (r'(?:a|ab)c', 'abc'),
    (r'a*+b', 'aaab'), (r'a?+a', 'a'), (r'(?:ab)++', 'ababx'), (r'(?:ab)*+ab', 'abab'), (r'a{2,3}+', 'aaaa'),
    (r'(a+)+b', 'aaaaab'), (r'(x+x+)+y', 'xxxxxxxxy'), (r'\s+', ' \t\n x'), (r'\S+', 'ab cd'),
    (r'[\d\s]+', '1 2 3x'), (r'[.]', 'a.b'), (r'[\]]', 'a]b'), (r'\w+', 'héllo wörld'),
    (r'(?a)\w+', 'héllo'), (r'\d+', '١٢٣ 123'), (r'(?a)\d+', '١٢٣ 123'), (r'(?i)σ', 'Σς'),
    (r'(?i)ǆ', 'ǅǄ'), (r'(?i)[k]', 'K\u212a'), (r'(?i)ﬀ', 'FF'), (r'(?i)İ', 'i'), (r'(?i)[ä-ü]', 'Ö'),
    (r'\u0100+', 'ĀĀ'), (r'[\U0001F600-\U0001F64F]+', 'x😀😃y'), (r'.', '😀'), (r'(?i)\U00010400', '\U00010428'),
    (r'', 'abc'), (r'\b', 'ab cd'), (r'x*', 'axbxx'), (r'(?:)', ''), (r'$', 'ab\n'), (r'(?m)$', 'a\nb\n'),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk'), (r'(?x) a b # comment', 'ab'),
    (r'[a-c\d]{2}', 'x1b'), (r'[^a]', 'aaab'), (r'(?i)[^a]', 'AAAb'), (r'a|', 'b'), (r'(|a)+', 'a'),
    (r'(a|)+b', 'aab'), (r'(?:a*)*b', 'aab'), (r'(?:a?)+?b', 'aab'), (r'((?:a|b)*?)c', 'abbc'),
    (r'(.*)(\d+)', 'abc123'), (r'(.*?)(\d+)', 'abc123'), (r'(?:(\d)|x)+', '1x2x'), (r'(?:x|(\d))+', '1x2x'),
]
for pat, s in cases:
    p = re.compile(pat)
    show('M %r %r' % (pat, s), lambda: mrepr(p.match(s)))
    show('S %r %r' % (pat, s), lambda: mrepr(p.search(s)))
    show('F %r %r' % (pat, s), lambda: mrepr(p.fullmatch(s)))
    show('A %r %r' % (pat, s), lambda: p.findall(s))
    show('I %r %r' % (pat, s), lambda: list(map(lambda m: m.span(), p.finditer(s))))
    show('P %r %r' % (pat, s), lambda: p.split(s))
    show('U %r %r' % (pat, s), lambda: p.subn('<\\g<0>>', s))
    show('R %r' % pat, lambda: repr(p))

p = re.compile(r'(?P<a>\w)(?P<b>\d)?')
m = p.search('  x1 y')
show('grp', lambda: (m.group(), m.group(1), m.group('a'), m.group('a', 'b', 0), m['b'], m.groupdict(), m.groups('z')))
show('grp2', lambda: m.group(3))
show('grp3', lambda: m.group('zz'))
show('grp4', lambda: m.start('b'))
show('exp', lambda: m.expand(r'[\g<b>\1\g<a>]'))
show('exp2', lambda: m.expand(r'\3'))
show('pos', lambda: (m.pos, m.endpos, m.string, m.re is p, m.regs))
show('pe', lambda: list(map(lambda x: x.span(), p.finditer('a1b2c3', 1, 5))))
show('pe2', lambda: p.search('a1b2c3', 2, 3).span())
show('bytes-str', lambda: p.search(b'abc'))
show('str-bytes', lambda: re.compile(b'a').search('abc'))
show('int', lambda: p.search(5))
show('ba', lambda: re.compile(b'b+').search(bytearray(b'abbc')).group())
show('mv', lambda: re.compile(b'b+').findall(memoryview(b'abbcbb')))
show('sub-fn', lambda: re.compile(r'\d').sub(lambda m: str(int(m.group()) * 2), 'a1b2c9'))
show('sub-count', lambda: re.compile(r'\d').subn('#', 'a1b2c9', count=2))
show('sub-bytes', lambda: re.compile(rb'(\d)').sub(rb'<\1>', b'a1b2'))
show('sub-empty', lambda: re.compile(r'').sub('-', 'abc'))
show('sub-bad', lambda: re.compile(r'a').sub(r'\2', 'abc'))
show('split-max', lambda: re.compile(r'(,)').split('a,b,c,d', maxsplit=2))
show('split-empty', lambda: re.compile(r'\b').split('ab cd'))
show('eq', lambda: (re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', IG), hash(re.compile('a')) == hash(re.compile('a'))))
show('gi', lambda: (re.compile('(?P<n>a)').groupindex['n'], dict(re.compile('a').groupindex)))
show('repr2', lambda: (repr(re.compile('a', IG | M)), repr(re.compile(b'a', L)), repr(re.compile('a' * 300))))
show('mrepr', lambda: repr(re.compile('.*').match('x' * 100)))
show('scanner', lambda: (lambda sc: (sc.match().span(), sc.match(), sc.search()))(re.compile(r'a').scanner('aab')))
show('lastindex', lambda: [re.compile(r'(a)(b)?').match('ab').lastindex, re.compile(r'((a)b)').match('ab').lastindex, re.compile(r'(a)|b').match('b').lastindex])
show('types', lambda: (type(re.compile('a')).__name__, type(re.compile('a')).__module__, type(re.compile('a').match('a')).__module__))
show('deep', lambda: re.compile(r'(a|b)*c').match('ab' * 50000 + 'c').span())
show('deep2', lambda: len(re.compile(r'(?:x+y)*').match('xy' * 30000).group()))
show('deep3', lambda: re.compile(r'(.)*?z').match('a' * 40000 + 'z').span())
