# Unicode semantics of _sre: categories follow str.isdigit/isalnum/isspace, case-insensitive matching
# uses simple case folding with re._casefix's extra equivalences, and (?a)/(?u)/(?L) switch them.
import re

samples = ['abc', 'ABC', 'héllo', 'ÉCOLE', '١٢٣', '²³', '½', 'x_y', '\u00a0', '\u2028', '\x1c', '日本語',
           'ǅǄǆ', 'ΣσςΣ', 'ſs', 'Kk\u212a', 'µΜμ', 'ßẞ', 'İıi', 'ﬁ', '\U00010400\U00010428', '𝟘𝟙']
pats = [r'\w+', r'\W+', r'\d+', r'\D+', r'\s+', r'\S+', r'\b\w', r'(?a)\w+', r'(?a)\d+', r'(?a)\s+',
        r'(?i)s', r'(?i)k', r'(?i)σ', r'(?i)µ', r'(?i)ß', r'(?i)i', r'(?i)[a-z]+', r'(?i)[ǅ]', r'(?i)\u0130',
        r'(?i)[^k]+', r'(?ia)k', r'(?i)[\U00010400]', r'.', r'(?s).']
for p in pats:
    r = re.compile(p)
    print(repr(p), [r.findall(s) for s in samples])
print(re.findall(r'(?i)(.)\1', 'aA ǅǆ σΣ ß'))
print(re.findall(r'[\u0041-\u005a]', 'AbCd'), re.findall(r'(?i)[\u0041-\u005a]', 'AbCd'))
print(re.match(r'(?x) \w+ \s* = \s* \d+', 'abc = 12'))
print(re.match(rb'(?L)\w+', b'abc\xe9'), re.match(rb'\w+', b'ab\xe9'), re.match(rb'(?i)AB', b'ab'))
print(re.findall(rb'[\x80-\xff]+', b'a\x80\xffb'), re.findall(rb'(?i)[A-C]', b'abcABC'))
