# open() in text and binary modes on a temporary file: write, read, seek, lines, modes and errors.
import os, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "data.txt")
with open(path, "w", encoding="utf-8") as f:
    print(f.write("line one\nline two\n"), f.mode, f.name == path, f.closed, f.encoding)
    f.write("café\n")
print(f.closed)
with open(path, encoding="utf-8") as f:
    print(f.readline(), end="")
    print(f.readlines())
    print(repr(f.read()), f.tell() > 0)
with open(path, "rb") as f:
    data = f.read()
    print(data, len(data), type(data).__name__)
    f.seek(5)
    print(f.read(3), f.tell())
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    print([line.rstrip("\n") for line in f])
with open(path, "r+b") as f:
    f.write(b"LINE")
with open(path, "rb") as f:
    print(f.read(10))
for mode in ["rw", "x", "q"]:
    try:
        open(path, mode)
    except (ValueError, FileExistsError) as e:
        print(mode, type(e).__name__ + ":", str(e).replace(d, "<tmp>"))
try:
    open(os.path.join(d, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, os.path.basename(e.filename))
try:
    open(path, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
with open(path, "w", newline="") as f:
    f.write("a\r\nb\rc\n")
with open(path, newline=None) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(repr(f.read()))
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
os.remove(path)
os.rmdir(d)
print(os.path.exists(d))
