# repr, str, ascii, format, chr, ord, and print's keyword arguments.
for v in [1, 1.5, "s", b"b", None, [1, "a"], (1,), {"k": (1, 2)}, {1}, frozenset([1]), 1j, True, ..., range(3), slice(1, 2)]:
    print(repr(v), str(v), ascii(v))
print(ascii("ü€\U0001F600\n"), repr("ü€\U0001F600\n"), ascii(b"\xff"), ascii(["é"]))
print(chr(65), chr(0x20AC), ord("A"), ord("€"), ord(b"a"), ord(bytearray(b"z")))
print(format(42), format(42, "x"), format("s", "^5"), format(3.5, ".2e"), format(None), format([1, 2]))
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print("no newline", end="")
print()
print(*"xyz", sep=", ")
print(None, sep=None, end=None)
print("x", file=None)
import io
buf = io.StringIO()
print("to buffer", 1, 2, file=buf, sep="|")
print(repr(buf.getvalue()))
try:
    print(sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print(bogus=1)
except TypeError as e:
    print("TypeError:", e)
print(print.__name__, type(print).__name__, print.__self__.__name__ if hasattr(print, "__self__") else "")
print(repr(object.__new__(type("Custom", (), {"__repr__": lambda s: "custom repr"}))))
class S:
    def __str__(self):
        return "str!"
print(S(), str(S()), f"{S()}", [str(S())], "%s" % S())
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
