# io.StringIO and io.BytesIO: reading, writing, seeking, lines, newline handling and errors.
import io
s = io.StringIO("line1\nline2\r\nline3")
print(s.readline(), s.readline(), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines(), s.tell())
w = io.StringIO()
print(w.write("abc"), w.write("déf"), w.getvalue(), w.tell())
w.seek(1)
w.write("X")
print(w.getvalue(), w.read(), w.seek(0, io.SEEK_END))
w.truncate(2)
print(repr(w.getvalue()))
n = io.StringIO(newline=None)
n.write("a\r\nb\rc\n")
n.seek(0)
print(repr(n.read()))
b = io.BytesIO(b"0123456789")
print(b.read(3), b.read(), b.read(), b.seek(-3, 2), b.read(2), b.tell())
b.seek(0)
b.write(b"ab")
print(b.getvalue(), b.getbuffer().nbytes, b.readable(), b.writable(), b.seekable())
print(list(io.BytesIO(b"x\ny\n")), list(io.StringIO("p\nq")))
closed = io.StringIO("z")
closed.close()
for op in [closed.read, closed.getvalue]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    io.BytesIO().write("text")
except TypeError as e:
    print("TypeError:", e)
t = io.TextIOWrapper(io.BytesIO("héllo\nwörld\n".encode("utf-8")), encoding="utf-8")
print(t.readline(), t.read(), t.encoding)
raw = io.BytesIO()
tw = io.TextIOWrapper(raw, encoding="utf-16-le", newline="\r\n")
tw.write("a\nb")
tw.flush()
print(raw.getvalue())
br = io.BufferedReader(io.BytesIO(b"buffered data"))
print(br.peek(3)[:3], br.read(8), br.read())
