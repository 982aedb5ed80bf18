# StringIO: reading, writing, seeking, newline modes, state and errors.
import io

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = io.StringIO("line one\nline two\nthree")
print(repr(s.read(4)), s.tell())
print(repr(s.readline()), s.tell())
print(repr(s.readline(3)))
print(s.readlines())
print(repr(s.read()), s.tell())
s.seek(0)
print([line for line in s])

s = io.StringIO()
print(s.write("abc"), s.write("défg"), s.tell(), repr(s.getvalue()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(0, 1))
attempt("nonzero cur", lambda: s.seek(1, 1))
attempt("negative", lambda: s.seek(-1))
attempt("whence", lambda: s.seek(0, 5))
attempt("trunc neg", lambda: s.truncate(-1))
attempt("write bytes", lambda: s.write(b"x"))
attempt("init int", lambda: io.StringIO(5))
attempt("newline int", lambda: io.StringIO(newline=5))
attempt("newline bad", lambda: io.StringIO(newline="x"))

# astral code points count as one position
s = io.StringIO("a\U0001F600b")
print(s.read(2), s.tell(), s.read())

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write("a\nb\rc\r\nd")
    print(repr(nl), repr(s.getvalue()), s.newlines)
    s.seek(0)
    print("  ", [l for l in s])

s = io.StringIO("x\r\ny", newline=None)
print(repr(s.getvalue()), repr(s.newlines))

s = io.StringIO("state", newline="\r")
s.seek(2)
s.extra = 1
st = s.__getstate__()
print(st)
t = io.StringIO()
t.__setstate__(("abc\n", None, 1, {"k": 2}))
print(repr(t.read()), t.k)

print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering, s.encoding, s.errors)
s.close()
print(s.closed)
for name in ["read", "write", "getvalue", "tell", "readable"]:
    attempt(name, lambda: getattr(s, name)("x") if name == "write" else getattr(s, name)())
attempt("iter", lambda: iter(s))
s.close()

with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase))
