# str(), repr() and args of built-in exceptions constructed in different ways.
specs = [
    (ValueError, ()), (ValueError, ("one",)), (ValueError, ("a", "b")), (ValueError, (1, 2.5, None)),
    (KeyError, ("k",)), (KeyError, (("tuple", "key"),)), (KeyError, ()), (IndexError, (3,)),
    (OSError, (2, "No such file")), (OSError, (2, "No such file", "f.txt")), (OSError, (13, "Denied", "a", None, "b")),
    (OSError, ("only message",)), (FileNotFoundError, (2, "missing", "x.py")), (UnicodeError, ("u",)),
    (StopIteration, (5,)), (SystemExit, (2,)), (SyntaxError, ("bad", ("f.py", 1, 2, "x y", 1, 3))),
    (AttributeError, ("no attr",)), (ImportError, ("cannot import",)), (ExceptionGroup, ("eg", [ValueError()])),
    (Exception, ("x",) * 3), (BaseException, ()), (ZeroDivisionError, ("custom zero",)), (RecursionError, ()),
]
for cls, args in specs:
    e = cls(*args)
    print(cls.__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
e = OSError(2, "x", "file")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
e.strerror = "changed"
print(str(e), e.args)
k = KeyError("with 'quotes'")
print(str(k), repr(k))
class Multi(Exception):
    pass
m = Multi("a", 1)
print(str(m), repr(m), str(Multi()), repr(Multi()))
print(repr(ValueError("a\nb")), str(ValueError("a\nb")).count("\n"), repr(ValueError("é")), repr(ValueError(b"\xff")))
