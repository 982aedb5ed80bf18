# BytesIO: reading, writing, seeking past the end, getbuffer, state and errors.
import io

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = io.BytesIO(b"first\nsecond\nthird")
print(b.read(3), b.tell(), b.readline(), b.readline(2), b.readlines())
b.seek(0)
print(list(b))
print(b.read(), b.read(), b.tell())

b = io.BytesIO()
print(b.write(b"hello"), b.write(bytearray(b" world")), b.write(memoryview(b"!")))
print(b.getvalue(), b.tell())
b.seek(8)
b.write(b"X")
b.seek(15)
b.write(b"end")
print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
print(b.seek(-2, 2), b.read())
print(b.seek(-100, 1), b.tell())
buf = bytearray(3)
b.seek(1)
print(b.readinto(buf), buf)
print(b.read1(1), b.read1())

v = io.BytesIO(b"abcdef")
m = v.getbuffer()
m[0] = ord("Z")
print(bytes(m), v.getvalue(), len(m))
# (BufferError while a view is exported needs memoryview to report its exports: not checked here.)
m.release()
print(v.write(b"ok"), v.getvalue())

attempt("seek neg", lambda: b.seek(-1))
attempt("seek whence", lambda: b.seek(0, 3))
attempt("trunc neg", lambda: b.truncate(-1))
attempt("write str", lambda: b.write("x"))
attempt("read str", lambda: b.read("x"))
attempt("init str", lambda: io.BytesIO("x"))

s = io.BytesIO(b"st")
s.seek(1)
print(s.__getstate__())
t = io.BytesIO()
t.__setstate__((b"xyz", 2, None))
print(t.read(), t.tell())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
b.close()
print(b.closed)
for name in ["read", "getvalue", "tell", "seekable", "flush", "getbuffer"]:
    attempt(name, lambda: getattr(b, name)())
attempt("write", lambda: b.write(b"x"))
with io.BytesIO(b"ctx") as c:
    print(c.read())
print(c.closed)
print(isinstance(io.BytesIO(), io.BufferedIOBase))
