# Attributes of specific exceptions: OSError errno mapping, KeyError str, SyntaxError fields, StopIteration value.
e = OSError(2, "No such file or directory", "foo.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)
print(type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__, type(OSError(9999, "x")).__name__)
print(str(OSError("just message")), OSError(1, "a", "f", None, "g").filename2)
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, str(e))
print(str(KeyError("a")), str(KeyError("a", "b")), str(KeyError(1)), repr(KeyError("a")))
s = StopIteration(5)
print(s.value, StopIteration().value, StopIteration(1, 2).value)
se = SyntaxError("msg", ("file.py", 3, 5, "x = (", 3, 7))
print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, str(se))
ie = ImportError("boom", name="mod", path="/p")
print(ie.name, ie.path, ie.msg, str(ie))
ae = AttributeError("a", name="x", obj=5)
print(ae.name, ae.obj)
ne = NameError("n", name="foo")
print(ne.name)
ue = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason, str(ue))
uee = UnicodeEncodeError("ascii", "héllo", 1, 2, "ordinal not in range(128)")
print(str(uee))
se2 = SystemExit(3)
print(se2.code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
ex = Exception()
ex.custom = 1
print(ex.custom, ex.__dict__, ex.__traceback__)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
    def __str__(self):
        return f"MyErr[{self.code}]"
try:
    raise MyErr(7)
except MyErr as m:
    print(m, repr(m), m.args, m.code)
print(BaseException.__new__(ValueError).args, ValueError(*range(3)).args)
print(ZeroDivisionError.__mro__)
e2 = ValueError("x")
e2.args = ("changed", 2)
print(str(e2), e2.with_traceback(None) is e2)
