# Padding, stripping, expandtabs, zfill, join, center.
for w in ["abc", "", "abcdef"]:
    print(repr(w.ljust(5)), repr(w.rjust(5, "*")), repr(w.center(6, "-")), repr(w.center(7)), repr(w.zfill(5)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "a".zfill(3), "--".zfill(4))
print(repr("  xx  ".strip()), repr("  xx  ".lstrip()), repr("  xx  ".rstrip()), repr("xxabcxx".strip("x")))
print(repr("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u3000 a ".strip()))
print(repr("abcba".strip("ab")), repr("www.example.com".lstrip("cmowz.")), repr("".strip()))
try:
    "abc".ljust(5, "xy")
except TypeError as e:
    print("TypeError:", e)
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "ab\tc\nd\te".expandtabs(3), repr("\t".expandtabs(0)))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), ", ".join(map(str, range(5))))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
print("abc" * 3, 3 * "ab", "abc" * 0, "abc" * -1, "x" + "y")
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
print("%5s|%-5s|%.2s" % ("ab", "cd", "efgh"))
