# Text files: modes, encodings, newline translation, seek/tell, truncate, append, errors.
import os

DIR = "io_files_text_tmp"
os.mkdir(DIR)
P = DIR + "/a.txt"

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

try:
    with open(P, "w") as f:
        print(f.name, f.mode, f.encoding, f.errors, f.line_buffering, f.write_through, f.closed)
        print(f.readable(), f.writable(), f.seekable(), f.isatty())
        print(f.write("héllo\n"), f.write("wörld\r\nend"))
        print(f.tell())
        print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.name, f.buffer.mode, f.buffer.raw.mode)
    print(f.closed)
    with open(P, "rb") as f:
        print(f.read())
    with open(P) as f:
        print(repr(f.read()), f.newlines)
    with open(P, newline="") as f:
        print(f.readlines())
    with open(P, newline="\r\n") as f:
        print(f.readlines())
    with open(P, newline="\n") as f:
        print(f.readlines())
    with open(P) as f:
        print(repr(f.read(3)), f.tell())
        print(repr(f.readline()), f.tell())
        print(repr(f.readline(2)), f.tell())
        pos = f.tell()
        print(repr(f.read()))
        f.seek(pos)
        print(repr(f.read(4)))
        f.seek(0)
        print(repr(f.readline()))
        print(f.seek(0, 2))
        print(repr(f.read()))
        attempt("cur seek", lambda: f.seek(1, 1))
        attempt("end seek", lambda: f.seek(1, 2))
        attempt("neg seek", lambda: f.seek(-1))
        attempt("whence", lambda: f.seek(0, 3))
        attempt("write", lambda: f.write("x"))

    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(P, "w", newline=nl) as f:
            f.write("a\nb\n")
        with open(P, "rb") as f:
            print(repr(nl), f.read())

    with open(P, "a") as f:
        print(f.tell())
        f.write("appended\n")
    with open(P) as f:
        print(repr(f.read()))
    with open(P, "r+") as f:
        f.write("Z")
        f.seek(0)
        print(repr(f.read()))
        f.seek(2)
        print(f.truncate(), f.tell())
    with open(P) as f:
        print(repr(f.read()))
    with open(P, "w", encoding="latin-1") as f:
        f.write("café")
    with open(P, "rb") as f:
        print(f.read())
    with open(P, encoding="utf-8", errors="replace") as f:
        print(repr(f.read()))
    with open(P, encoding="utf-8", errors="surrogateescape") as f:
        print(ascii(f.read()))
    with open(P, encoding="ascii") as f:
        attempt("decode", f.read)
    with open(P, "w", encoding="ascii", errors="backslashreplace") as f:
        f.write("naïve")
    with open(P, "rb") as f:
        print(f.read())
    with open(P, "w", encoding="utf-16") as f:
        f.write("hi\n")
    with open(P, "rb") as f:
        print(f.read())
    with open(P, encoding="utf-16") as f:
        print(repr(f.read()))
    with open(P, "w", encoding="utf-8-sig") as f:
        f.write("bom")
    with open(P, "rb") as f:
        print(f.read())
    with open(P, encoding="utf-8-sig") as f:
        print(repr(f.read()))

    # long lines across buffer boundaries
    text = "".join("line %d %s\n" % (i, "x" * (i % 50)) for i in range(2000))
    with open(P, "w") as f:
        f.write(text)
    with open(P) as f:
        lines = f.readlines()
    print(len(lines), lines[1999], "".join(lines) == text)
    with open(P) as f:
        n = 0
        for line in f:
            n += len(line)
        print(n == len(text))
    with open(P) as f:
        f.read(10000)
        t = f.tell()
        rest = f.read()
        f.seek(t)
        print(f.read() == rest, t)

    with open(P, "x" if False else "w") as f:
        pass
    attempt("exclusive", lambda: open(P, "x"))
    f = open(P, "w")
    f.close()
    f.close()
    for name in ["read", "write", "readline", "seek", "tell", "flush", "fileno", "isatty"]:
        args = ("x",) if name == "write" else (0,) if name == "seek" else ()
        attempt(name, lambda: getattr(f, name)(*args))
    attempt("closed iter", lambda: iter(f))
    f = open(P, "w")
    f.writelines(["a\n", "b\n"])
    d = f.detach()
    print(type(d).__name__)
    attempt("detached", lambda: f.write("x"))
    attempt("detached exit", lambda: f.__exit__(None, None, None))
    d.close()
    with open(P) as f:
        print(f.read())
        f.reconfigure(encoding="latin-1")
        print(f.encoding)
finally:
    for name in os.listdir(DIR):
        os.remove(DIR + "/" + name)
    os.rmdir(DIR)
print(os.path.exists(DIR))
