# find/index/count/startswith/endswith/partition and their argument rules.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("the", 1, 10), s.find("cat"), s.find(""), s.find("", 100))
print(s.rfind("the"), s.rfind("o"), s.rfind("o", 0, 15), s.rindex("dog"))
print(s.index("fox"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("the"), s.startswith(("a", "t")), s.startswith("quick", 4), s.endswith("dog"))
print(s.endswith(("cat", "dog")), s.endswith("lazy", 0, -4), "".startswith(""), "abc".startswith("", 3))
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
print(s.partition(" "), s.rpartition(" "), s.partition("zzz"), s.rpartition("zzz"))
try:
    s.partition("")
except ValueError as e:
    print("ValueError:", e)
print("a,b,,c".split(","), "a b  c ".split(), "  a  b ".split(None, 1), "a,b,c".rsplit(",", 1))
print("".split(), "".split(","), "x".split("x"), "1\n2\r\n3\r4".splitlines(), "a\nb\n".splitlines(True))
print("line1\x0bline2\x1cline3\u2028end".splitlines())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("abc" in "xabcx", "" in "abc", "abd" not in "abc")
print(s.find("o", -10), s[-10:], s.count("o", -10), s.find("z", None, None))
print("mississippi".replace("ss", "SS"), "mississippi".replace("s", "", 2), "abc".replace("", "-"))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "ab".replace("", "", 5))
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
