# os.path and pathlib pure operations (no filesystem access needed).
import os.path as p
from pathlib import PurePosixPath
print(p.join("a", "b", "c.txt"), p.join("/root", "x"), p.join("a", "/abs", "b"), p.join("a", ""))
print(p.split("/a/b/c.txt"), p.splitext("archive.tar.gz"), p.splitext(".bashrc"), p.basename("/x/y/"), p.dirname("/x/y/z"))
print(p.normpath("/a/./b/../c//d/"), p.normpath("a/../../b"), p.isabs("/x"), p.isabs("x"), p.commonprefix(["abc", "abd"]))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.relpath("/a/b/c", "/a/d"), p.expanduser("no_tilde"))
print(p.splitdrive("/x/y"), p.normcase("MiXeD"), p.sep, p.extsep, p.pardir, p.curdir)
pp = PurePosixPath("/home/user/docs/report.final.pdf")
print(pp.name, pp.stem, pp.suffix, pp.suffixes, pp.parent, pp.parts, pp.anchor, pp.root)
print(pp.with_suffix(".txt"), pp.with_name("other.md"), pp.with_stem("draft"), pp.relative_to("/home"), pp.is_absolute())
print(PurePosixPath("a") / "b" / "c", PurePosixPath("a/b").joinpath("c", "d"), list(pp.parents)[:2], pp.match("*.pdf"))
print(PurePosixPath("a/b") == PurePosixPath("a//b/"), PurePosixPath("x/../y"), str(PurePosixPath()), repr(PurePosixPath("q")))
try:
    pp.relative_to("/other")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("noext").with_suffix("bad")
except ValueError as e:
    print("ValueError:", e)
print(sorted([PurePosixPath("b"), PurePosixPath("a/z"), PurePosixPath("a")]), PurePosixPath("A") < PurePosixPath("a"))
