import posix, errno, gc, atexit, _weakref

d = "_posix_basics_tmp"
posix.mkdir(d)
fd = posix.open(d + "/f.txt", posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print(posix.write(fd, b"hello world"))
posix.close(fd)
st = posix.stat(d + "/f.txt")
print(type(st).__name__, st.st_size, st[6], len(st), st.st_mode & 0o777)
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8])
print(posix.stat_result.n_sequence_fields, posix.stat_result.n_fields, posix.stat_result.n_unnamed_fields)
fd = posix.open(d + "/f.txt", posix.O_RDONLY)
print(posix.read(fd, 5), posix.lseek(fd, 0, 1), posix.fstat(fd).st_size)
print(posix.get_inheritable(fd), posix.get_blocking(fd))
posix.close(fd)
print(sorted(posix.listdir(d)))
for e in posix.scandir(d):
    print(repr(e), e.name, e.path, e.is_file(), e.is_dir(), e.stat().st_size, e.inode() == posix.stat(e.path).st_ino)
posix.rename(d + "/f.txt", d + "/g.txt")
print(posix.listdir(d))
try:
    posix.stat(d + "/nope")
except FileNotFoundError as ex:
    print(repr(ex), ex.errno, ex.filename)
try:
    posix.rmdir(d)
except OSError as ex:
    print(type(ex).__name__, ex)
try:
    posix.mkdir(d)
except FileExistsError as ex:
    print(ex)
posix.unlink(d + "/g.txt")
posix.rmdir(d)
print(posix.access(d, posix.F_OK))
r, w = posix.pipe()
posix.write(w, b"abc")
print(posix.read(r, 10))
posix.close(r); posix.close(w)
try:
    posix.close(r)
except OSError as ex:
    print(ex)
print(posix.strerror(2), posix.strerror(13), posix.strerror(99999))
print(errno.ENOENT, errno.errorcode[2], errno.errorcode[11])
print(type(posix.uname()).__name__, len(posix.uname()), posix.uname().sysname)
print(len(posix.urandom(7)), posix.cpu_count() >= 1, type(posix.getpid()).__name__)
print(posix.times_result((1, 2, 3, 4, 5)))
print(posix.terminal_size((80, 24)))
print(posix.fspath("a/b"))
t = posix.times_result((1.0, 2.0, 3.0, 4.0, 5.0))
print(t.user, t.elapsed, t.__reduce__())
try:
    posix.times_result((1, 2))
except TypeError as ex:
    print(ex)
print(gc.isenabled(), gc.collect() >= 0, gc.get_threshold())
class C: pass
c = C()
r = _weakref.ref(c)
print(r() is c, _weakref.getweakrefcount(c))
try:
    _weakref.ref(1)
except TypeError as ex:
    print(ex)
atexit.register(print, "bye", "now")
print(atexit._ncallbacks())
