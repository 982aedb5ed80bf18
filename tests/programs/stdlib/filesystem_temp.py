# File-system operations inside a temporary directory: os, shutil, pathlib, glob, with sorted listings.
import os, shutil, tempfile, glob
from pathlib import Path
root = Path(tempfile.mkdtemp())
(root / "sub" / "deep").mkdir(parents=True)
(root / "a.txt").write_text("alpha\n")
(root / "b.log").write_bytes(b"\x00\x01")
(root / "sub" / "c.txt").write_text("gamma\ngamma\n")
print(sorted(p.name for p in root.iterdir()))
print(sorted(str(p.relative_to(root)) for p in root.rglob("*.txt")))
print(sorted(os.path.relpath(g, root) for g in glob.glob(str(root / "**" / "*"), recursive=True)))
print((root / "a.txt").read_text(), (root / "b.log").stat().st_size, (root / "sub").is_dir(), (root / "zz").exists())
walked = [(os.path.relpath(d, root), sorted(dirs), sorted(files)) for d, dirs, files in os.walk(root)]
print(sorted(walked))
shutil.copy(root / "a.txt", root / "sub" / "copy.txt")
shutil.move(str(root / "b.log"), str(root / "sub" / "moved.log"))
print(sorted(os.listdir(root / "sub")))
os.rename(root / "a.txt", root / "renamed.txt")
print(sorted(e.name for e in os.scandir(root)), [e.is_file() for e in sorted(os.scandir(root), key=lambda e: e.name)])
try:
    (root / "sub").rmdir()
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(root / "missing")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
with open(root / "renamed.txt", "a") as f:
    f.write("more\n")
print((root / "renamed.txt").read_text().splitlines())
shutil.rmtree(root)
print(root.exists())
