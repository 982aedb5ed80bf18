# Binary files: raw FileIO and the buffered classes, reads and writes around the buffer size.
import io
import os

DIR = "io_files_binary_tmp"
os.mkdir(DIR)
P = DIR + "/b.bin"

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

try:
    with open(P, "wb") as f:
        print(type(f).__name__, f.name, f.mode, f.raw.closefd, f.seekable(), f.readable(), f.writable())
        print(f.write(b"0123456789"), f.write(bytearray(b"abc")), f.tell())
        attempt("read", lambda: f.read())
        attempt("peek", lambda: f.peek)
    with open(P, "rb") as f:
        print(type(f).__name__, f.read(4), f.peek(2)[:2], f.read1(3), f.tell())
        print(f.readline(), f.read(), f.read())
        f.seek(-3, 2)
        print(f.read(), f.seek(2), f.read(2), f.seek(1, 1), f.read(1))
        buf = bytearray(4)
        print(f.readinto(buf), buf)
        attempt("write", lambda: f.write(b"x"))
        attempt("truncate", lambda: f.truncate())
    with open(P, "r+b") as f:
        print(type(f).__name__)
        print(f.read(3))
        f.write(b"XYZ")
        print(f.tell())
        f.seek(0)
        print(f.read())
        print(f.truncate(5), f.tell())
        f.seek(0)
        print(f.read())
    with open(P, "ab") as f:
        print(f.tell(), f.write(b"++"))
        f.seek(0)
        f.write(b"!")
    with open(P, "rb", buffering=0) as f:
        print(type(f).__name__, f.mode, f.read(), f.read(), f.readall())
    with open(P, "wb", buffering=0) as f:
        print(f.write(b"raw"), f.tell(), repr(f))
    print(repr(f))
    with io.FileIO(P, "r") as f:
        print(f.readall(), f.seekable(), f.closefd)
        attempt("raw write", lambda: f.write(b"x"))
    data = bytes(range(256)) * 100
    with open(P, "wb", buffering=100) as f:
        for i in range(0, len(data), 77):
            f.write(data[i:i + 77])
    with open(P, "rb", buffering=64) as f:
        parts = []
        while True:
            p = f.read(50)
            if not p:
                break
            parts.append(p)
        print(b"".join(parts) == data, len(parts))
    with open(P, "rb") as f:
        print(len(list(f)), f.tell())
    r = io.BufferedReader(io.BytesIO(b"a\nbb\nccc"))
    print(r.readline(), r.peek(1)[:1], list(r))
    w = io.BufferedWriter(io.BytesIO())
    print(w.write(b"data"), w.raw.getvalue())
    w.flush()
    print(w.raw.getvalue())
    pair = io.BufferedRWPair(io.BytesIO(b"in"), io.BytesIO())
    print(pair.read(), pair.write(b"out"), pair.readable(), pair.writable())
    attempt("reader on writer", lambda: io.BufferedReader(open(P, "wb", buffering=0)))
    attempt("zero buffer", lambda: io.BufferedReader(io.BytesIO(), 0))
    f = open(P, "rb")
    f.close()
    for name in ["read", "read1", "peek", "readline", "seek", "tell", "fileno", "readable"]:
        args = (0,) if name == "seek" else ()
        attempt(name, lambda: getattr(f, name)(*args))
    print(repr(f))
finally:
    for name in os.listdir(DIR):
        os.remove(DIR + "/" + name)
    os.rmdir(DIR)
