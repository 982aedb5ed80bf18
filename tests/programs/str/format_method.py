# str.format: fields, indexing, attributes, conversions, nested specs and errors.
print("{} {} {}".format(1, "a", None), "{0}{1}{0}".format("ab", "cd"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {0[key]} {1.real} {1.imag}".format([5, 6], 3 + 4j) if False else "{0[1]} {1.real}".format([5, 6], 3 + 4j))
print("{d[key]} {d[0]}".format(d={"key": "v", 0: "zero"}), "{!r} {!s} {!a}".format("x", "y", "é"))
print("{:>{w}} {:.{p}f} {:{fill}^{w}}".format("r", 3.14159, "c", w=6, p=2, fill="*"))
print("{{}} {{{}}}".format(5), "{:%Y}".format(__import__("datetime").date(2024, 1, 2)))
print("{:,} {:_} {:_b} {:#x} {:#o} {:+} {: } {:08.3f} {:e}".format(1234567, 1234567, 255, 255, 8, 5, 5, -3.14159, 12345.0))
print("{:c} {:d} {:n} {:%} {:.0%}".format(97, 42, 1234, 0.25, 0.5))
print("{:=+8d}|{:=8}|{:<08}|{:^+9.2f}".format(42, -7, 5, 2.5))
errors = ["{", "}", "{0", "{:d}", "{0[}", "{!x}", "{a}", "{1}", "{0:{1:{2}}}", "{:,d}", "{:=s}", "{:+s}", "{} {0}"]
for fmt in errors:
    try:
        print(fmt.format("s") if fmt not in ("{:,d}",) else fmt.format("s"))
    except (ValueError, KeyError, IndexError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
print("{0:{1:{2}}}".format if False else "nested")
class P:
    def __format__(self, spec):
        return f"P({spec})"
print("{:abc}".format(P()), format(P(), "xyz"), f"{P():q}")
print("{0.__class__.__name__}".format(1.5), "{[0]}".format("xyz"))
print("{:s}".format("abc"), "{:10}|".format("abc"), "{:10}|".format(12), "{!r:>6}".format("a"))
print("{a}{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {zz}".format_map(Default(a="A")))
print(str.format("{}", 1), "{:x<4}".format(1), "{:.3}".format("abcdef"), "{:.3}".format(1.23456))
