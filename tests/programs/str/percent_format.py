# printf-style % formatting.
print("%s %r %a" % ("x", "y", "é"))
print("%d %i %u %o %x %X %e %f %g %c %c %%" % (42, -42, 7, 8, 255, 255, 1.5, 1.5, 1.5, 65, "z"))
print("%5d|%-5d|%05d|%+d|% d|%x|%#x|%#o|%#X" % (42, 42, 42, 42, 42, 255, 255, 8, 255))
print("%.3s|%10.3s|%-10s|" % ("abcdef", "abcdef", "ab"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)s%(x)s" % {"x": 1})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (1, 2), "%s" % ((1, 2),))
print("%d" % 3.99, "%x" % -255, "%o" % -8, "%e" % 0, "%g" % 1e-5, "%g" % 123456789)
print("%c" % 0x1F600, "%5c|" % "a", "%-3c|" % 66)
errors = [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%c", "ab"), ("%(k)s", 5),
          ("%d", None), ("%x", 1.5), ("%c", -1), ("%", ()), ("%(a)s %s", {"a": 1})]
for fmt, arg in errors:
    try:
        fmt % arg
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
print(b"%s %d %x %c %b" % (b"ab", 5, 255, 65, b"cd"), b"%a %r" % ("é", b"x"))
print("%s" % "", "x" % () if False else "x", "%%s" % ())
class Obj:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
print("%s %r %a" % (Obj(), Obj(), Obj()))
