# A broad sample of pure-Python stdlib modules import and do something deterministic.
import json, re, collections, functools, itertools, textwrap, string, fractions, heapq, bisect, copy
import dataclasses, enum, typing, operator, pprint, difflib, shlex, fnmatch, base64, binascii, struct
print(json.dumps({"b": [1, 2.5, None], "a": "é"}, sort_keys=True), json.loads('{"x": [true, false, null]}'))
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"(\w)(\w*)", lambda m: m[1].upper() + m[2], "hello world"))
print(textwrap.wrap("The quick brown fox jumps over the lazy dog", 15), textwrap.dedent("  a\n  b"))
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 6), fractions.Fraction("0.125"), fractions.Fraction(1.5))
h = [5, 1, 4, 2]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(4)], heapq.nlargest(2, [3, 9, 1]), bisect.bisect([1, 3, 5], 4))
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.add(1, 2), operator.neg(5))
pprint.pprint({"key" + str(i): list(range(i)) for i in range(6)}, width=50)
print(list(difflib.unified_diff(["a\n", "b\n"], ["a\n", "c\n"], lineterm="")))
print(shlex.split("a 'b c' \"d e\" f\\ g"), shlex.quote("it's"), fnmatch.fnmatch("file.py", "*.py"))
print(base64.b64encode(b"hello"), base64.b64decode("aGVsbG8="), binascii.hexlify(b"\x01\xff"), base64.b32encode(b"x"))
print(struct.pack("<hI", -2, 7), struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.calcsize("=iq"))
print(copy.deepcopy({"a": [1, {"b": 2}]}), typing.get_type_hints(lambda: 0) if False else typing.Optional[int])
print(functools.reduce(operator.mul, range(1, 7)), list(itertools.accumulate(range(5))))
print(collections.Counter("mississippi").most_common(2), string.capwords("a b"))
