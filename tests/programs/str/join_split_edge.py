# split/rsplit/splitlines/partition edge cases and maxsplit behaviour.
tests = ["", " ", "a", " a ", "a b", "a  b", "  a  b  ", "a\tb\nc\rd\fe\vf", "a,b,,c,", ",a,"]
for t in tests:
    print(repr(t), t.split(), t.split(" "), t.split(","), t.rsplit(None, 1), t.split(None, 0), t.split(",", 1))
print("a-b-c-d".split("-", 2), "a-b-c-d".rsplit("-", 2), "a-b".split("-", -1), "abc".split("abc"), "abcabc".split("abc"))
print("1\n2\n".splitlines(), "1\n2\n".split("\n"), "\n".splitlines(), "".splitlines(), "x\r\ny\n\rz".splitlines(keepends=True))
for sep in ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]:
    print(repr(sep), len(("a" + sep + "b").splitlines()))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("abc"), "".partition("x"))
print("".join(["a", "b"]), "ab".join("xyz"), "".join(reversed("abc")), ", ".join(sorted({"b", "a"})), "".join(map(chr, [72, 105])))
print(" ".join("a b  c".split()), "-".join(str(i) for i in range(3)), "x".join(""), "\n".join(["l1", "l2"]).count("\n"))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a,b,c".split(sep=",", maxsplit=1))
try:
    "a".split(None, "1")
except TypeError as e:
    print("TypeError:", e)
try:
    "a".join([b"x"])
except TypeError as e:
    print("TypeError:", e)
print(b" a  b ".split(), b"a,b".split(b","), bytearray(b"a b").split(), b"x\ny".splitlines(), b"".join([b"a", bytearray(b"b")]))
