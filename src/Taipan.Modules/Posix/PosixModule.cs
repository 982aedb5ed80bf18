using System.Text;
using Taipan.Hosting;
using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>
/// posix: the operating-system interface os.py builds on, through IHost's os-level services. Errors
/// become OSError subclasses with Linux errno values and glibc's messages. fork/waitpid/exec are absent,
/// as on platforms without them; paths are str (bytes paths are decoded as UTF-8).
/// </summary>
[PyModule("posix")]
public static partial class PosixModule
{
    public static readonly PyType StatResult = PyStructSeq.NewType("os.stat_result",
        ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
         "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"], 10,
        "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information.");
    public static readonly PyType TerminalSize = PyStructSeq.NewType("os.terminal_size", ["columns", "lines"], 2,
        "A tuple of (columns, lines) for holding terminal window size");
    public static readonly PyType TimesResult = PyStructSeq.NewType("posix.times_result",
        ["user", "system", "children_user", "children_system", "elapsed"], 5,
        "times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, children_user, children_system,\nand elapsed.\n\nSee os.times for more information.");
    public static readonly PyType UnameResult = PyStructSeq.NewType("posix.uname_result",
        ["sysname", "nodename", "release", "version", "machine"], 5,
        "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, version, and machine.\n\nSee os.uname for more information.");

    static IHost Host => Taipan.Runtime.ThreadState.Current.Interpreter.Host;

    static PosixModule()
    {
        BuiltinTypes.Register(PyDirEntry.TypeObject);
        BuiltinTypes.Register(PyScandirIterator.TypeObject);
    }

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("posix", "This module provides access to operating system functionality that is\nstandardized by the C Standard and POSIX (a thinly disguised Unix interface).\nRefer to the library manual and corresponding Unix manual entries for more information on calls.");
        RegisterFunctions(m.Dict, m);
        m.Set("stat_result", StatResult);
        m.Set("terminal_size", TerminalSize);
        m.Set("times_result", TimesResult);
        m.Set("uname_result", UnameResult);
        m.Set("DirEntry", PyDirEntry.TypeObject);
        m.Set("error", PyExc.OSError);
        var env = new PyDict();
        foreach (var kv in interp.Host.EnvironmentVariables)
            env.SetItem(new PyBytes(Encoding.UTF8.GetBytes(kv.Key)), new PyBytes(Encoding.UTF8.GetBytes(kv.Value)));
        m.Set("environ", env);
        m.Set("_have_functions", new PyList([new PyStr("HAVE_FTRUNCATE"), new PyStr("HAVE_LSTAT")]));
        foreach (var (name, value) in s_constants) m.Set(name, PyInt.Get(value));
        return m;
    }

    static readonly (string, long)[] s_constants =
    [
        ("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1),
        ("O_RDONLY", 0), ("O_WRONLY", 1), ("O_RDWR", 2), ("O_APPEND", 0x400), ("O_CREAT", 0x40), ("O_EXCL", 0x80),
        ("O_TRUNC", 0x200), ("O_NONBLOCK", 0x800), ("O_NDELAY", 0x800), ("O_SYNC", 0x101000), ("O_DSYNC", 0x1000),
        ("O_RSYNC", 0x101000), ("O_NOCTTY", 0x100), ("O_CLOEXEC", 0x80000), ("O_DIRECTORY", 0x10000),
        ("O_NOFOLLOW", 0x20000), ("O_ACCMODE", 3), ("O_ASYNC", 0x2000), ("O_DIRECT", 0x4000),
        ("O_LARGEFILE", 0), ("O_NOATIME", 0x40000), ("O_PATH", 0x200000), ("O_TMPFILE", 0x410000),
        ("SEEK_DATA", 3), ("SEEK_HOLE", 4),
        ("EX_OK", 0), ("EX_USAGE", 64), ("EX_DATAERR", 65), ("EX_NOINPUT", 66), ("EX_NOUSER", 67), ("EX_NOHOST", 68),
        ("EX_UNAVAILABLE", 69), ("EX_SOFTWARE", 70), ("EX_OSERR", 71), ("EX_OSFILE", 72), ("EX_CANTCREAT", 73),
        ("EX_IOERR", 74), ("EX_TEMPFAIL", 75), ("EX_PROTOCOL", 76), ("EX_NOPERM", 77), ("EX_CONFIG", 78),
        ("WNOHANG", 1), ("WUNTRACED", 2), ("F_LOCK", 1), ("F_TLOCK", 2), ("F_ULOCK", 0), ("F_TEST", 3),
        ("NGROUPS_MAX", 65536), ("TMP_MAX", 238328),
    ];

    // ---------------- helpers ----------------

    internal static PyException Error(HostOSError e, PyObject? path = null, PyObject? path2 = null)
    {
        var msg = ErrnoTable.StrError(e.Errno);
        var args = new List<PyObject> { PyInt.Get(e.Errno), new PyStr(msg) };
        if (path != null)
        {
            args.Add(path);
            if (path2 != null) { args.Add(PyNone.Instance); args.Add(path2); }
        }
        return new PyException((PyBaseException)PyExc.OSError.New!(PyExc.OSError, args.ToArray(), null));
    }

    /// <summary>os.fspath semantics: str or bytes, or what __fspath__ returns.</summary>
    internal static PyObject FsPath(PyObject path)
    {
        if (path is PyStr || path is PyBytes) return path;
        var f = Ops.TryGetAttr(path.Type, "__fspath__")
            ?? throw PyException.TypeError($"expected str, bytes or os.PathLike object, not {path.Type.Name}");
        var r = Ops.Call(f, [path]);
        if (r is PyStr || r is PyBytes) return r;
        throw PyException.TypeError($"expected {path.Type.Name}.__fspath__() to return str or bytes, not {r.Type.Name}");
    }

    internal static string PathString(PyObject path, string func, string arg = "path")
    {
        if (path is PyStr s) return CheckNul(s.Value, func, arg);
        if (path is PyBytes b) return CheckNul(Encoding.UTF8.GetString(b.Span), func, arg);
        if (Ops.TryGetAttr(path.Type, "__fspath__") != null) return PathString(FsPath(path), func, arg);
        throw PyException.TypeError($"{func}: {arg} should be string, bytes or os.PathLike, not {path.Type.Name}");
    }

    static string CheckNul(string s, string func, string arg) =>
        s.Contains('\0') ? throw PyException.ValueError($"{func}: embedded null character in {arg}") : s;

    static PyObject Ns(long ns) => PyInt.Get(ns);
    static PyObject Sec(long ns) => PyInt.Get(Math.DivRem(ns, 1_000_000_000L, out var r) - (r < 0 ? 1 : 0));
    static PyObject FSec(long ns) => new PyFloat(ns / 1e9);

    internal static PyObject MakeStat(HostStat s) => PyStructSeq.Create(StatResult,
        PyInt.Get(s.Mode), PyInt.Get(s.Ino), PyInt.Get(s.Dev), PyInt.Get(s.Nlink), PyInt.Get(s.Uid), PyInt.Get(s.Gid),
        PyInt.Get(s.Size), Sec(s.AtimeNs), Sec(s.MtimeNs), Sec(s.CtimeNs),
        FSec(s.AtimeNs), FSec(s.MtimeNs), FSec(s.CtimeNs), Ns(s.AtimeNs), Ns(s.MtimeNs), Ns(s.CtimeNs),
        PyInt.Get(s.BlkSize), PyInt.Get(s.Blocks), PyInt.Get(s.Rdev));

    // ---------------- files and directories ----------------

    [PyMethod("stat($module, /, path, *, dir_fd=None, follow_symlinks=True)", Doc = "Perform a stat system call on the given path.")]
    static PyObject Stat(PyObject path, PyObject? dirFd, bool followSymlinks = true)
    {
        try
        {
            if (path is PyInt) return MakeStat(Host.StatFd((int)Ops.AsIndex(path)));
            return MakeStat(Host.Stat(PathString(path, "stat"), followSymlinks));
        }
        catch (HostOSError e) { throw Error(e, path is PyInt ? null : path); }
    }

    [PyMethod("lstat($module, /, path, *, dir_fd=None)", Doc = "Perform a stat system call on the given path, without following symbolic links.")]
    static PyObject LStat(PyObject path, PyObject? dirFd)
    {
        try { return MakeStat(Host.Stat(PathString(path, "lstat"), false)); }
        catch (HostOSError e) { throw Error(e, path); }
    }

    [PyMethod("fstat($module, /, fd)", Doc = "Perform a stat system call on the given file descriptor.")]
    static PyObject FStat(int fd)
    {
        try { return MakeStat(Host.StatFd(fd)); }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("listdir($module, /, path=None)", Doc = "Return a list containing the names of the files in the directory.")]
    static PyObject ListDir(PyObject? path)
    {
        if (path is PyNone) path = null;
        var p = path == null ? "." : PathString(path, "listdir");
        bool bytes = path != null && FsPath(path) is PyBytes;
        try
        {
            var l = new PyList();
            foreach (var n in Host.ListDirectoryChecked(p))
                l.Append(bytes ? new PyBytes(Encoding.UTF8.GetBytes(n)) : new PyStr(n));
            return l;
        }
        catch (HostOSError e) { throw Error(e, path ?? new PyStr(".")); }
    }

    [PyMethod("scandir($module, /, path=None)", Doc = "Return an iterator of DirEntry objects for given path.")]
    static PyObject Scandir(PyObject? path)
    {
        if (path is PyNone) path = null;
        var p = path == null ? "." : PathString(path, "scandir");
        bool bytes = path != null && FsPath(path) is PyBytes;
        try
        {
            var names = Host.ListDirectoryChecked(p);
            return new PyScandirIterator(path == null ? "." : p, names, bytes);
        }
        catch (HostOSError e) { throw Error(e, path ?? new PyStr(".")); }
    }

    [PyMethod("getcwd($module, /)", Doc = "Return a unicode string representing the current working directory.")]
    static PyObject GetCwd()
    {
        try { return new PyStr(Host.GetCurrentDirectoryChecked()); }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("getcwdb($module, /)", Doc = "Return a bytes string representing the current working directory.")]
    static PyObject GetCwdb()
    {
        try { return new PyBytes(Encoding.UTF8.GetBytes(Host.GetCurrentDirectoryChecked())); }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("chdir($module, /, path)", Doc = "Change the current working directory to the specified path.")]
    static void ChDir(PyObject path)
    {
        try { Host.ChangeDirectory(PathString(path, "chdir")); }
        catch (HostOSError e) { throw Error(e, path); }
    }

    [PyMethod("mkdir($module, /, path, mode=511, *, dir_fd=None)", Doc = "Create a directory.")]
    static void MkDir(PyObject path, int mode, PyObject? dirFd)
    {
        try { Host.MakeDirectory(PathString(path, "mkdir"), mode); }
        catch (HostOSError e) { throw Error(e, path); }
    }

    [PyMethod("rmdir($module, /, path, *, dir_fd=None)", Doc = "Remove a directory.")]
    static void RmDir(PyObject path, PyObject? dirFd)
    {
        try { Host.RemoveDirectory(PathString(path, "rmdir")); }
        catch (HostOSError e) { throw Error(e, path); }
    }

    [PyMethod("unlink($module, /, path, *, dir_fd=None)", Doc = "Remove a file (same as remove()).")]
    static void Unlink(PyObject path, PyObject? dirFd)
    {
        try { Host.Unlink(PathString(path, "unlink")); }
        catch (HostOSError e) { throw Error(e, path); }
    }

    [PyMethod("remove($module, /, path, *, dir_fd=None)", Doc = "Remove a file (same as unlink()).")]
    static void Remove(PyObject path, PyObject? dirFd)
    {
        try { Host.Unlink(PathString(path, "remove")); }
        catch (HostOSError e) { throw Error(e, path); }
    }

    [PyMethod("rename($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)", Doc = "Rename a file or directory.")]
    static void Rename(PyObject src, PyObject dst, PyObject? a, PyObject? b)
    {
        try { Host.Rename(PathString(src, "rename", "src"), PathString(dst, "rename", "dst")); }
        catch (HostOSError e) { throw Error(e, src, dst); }
    }

    [PyMethod("replace($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)", Doc = "Rename a file or directory, overwriting the destination.")]
    static void Replace(PyObject src, PyObject dst, PyObject? a, PyObject? b)
    {
        try { Host.Rename(PathString(src, "replace", "src"), PathString(dst, "replace", "dst")); }
        catch (HostOSError e) { throw Error(e, src, dst); }
    }

    [PyMethod("chmod($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)", Doc = "Change the access permissions of a file.")]
    static void Chmod(PyObject path, int mode, PyObject? dirFd, bool followSymlinks = true)
    {
        try { Host.Chmod(PathString(path, "chmod"), mode, followSymlinks); }
        catch (HostOSError e) { throw Error(e, path); }
    }

    [PyMethod("utime($module, /, path, times=None, *, ns=<unrepresentable>, dir_fd=None, follow_symlinks=True)", Doc = "Set the access and modified time of path.")]
    static void Utime(PyObject path, PyObject? times, PyObject? ns, PyObject? dirFd, bool followSymlinks = true)
    {
        if (times is PyNone) times = null;
        if (times != null && ns != null) throw PyException.ValueError("utime: you may specify either 'times' or 'ns' but not both");
        long a, m;
        if (times != null)
        {
            if (times is not PyTuple { Count: 2 } t) throw PyException.TypeError("utime: 'times' must be either a tuple of two ints or None");
            a = ToNs(t[0]); m = ToNs(t[1]);
        }
        else if (ns != null)
        {
            if (ns is not PyTuple { Count: 2 } t) throw PyException.TypeError("utime: 'ns' must be a tuple of two ints");
            a = Ops.AsIndex(t[0]); m = Ops.AsIndex(t[1]);
        }
        else a = m = Host.TimeNanoseconds();
        try { Host.SetTimes(PathString(path, "utime"), a, m, followSymlinks); }
        catch (HostOSError e) { throw Error(e, path); }
    }

    static long ToNs(PyObject v) => v is PyFloat f ? (long)Math.Round(f.Value * 1e9) : Ops.AsIndex(v) * 1_000_000_000;

    [PyMethod("access($module, /, path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)", Doc = "Use the real uid/gid to test for access to a path.")]
    static bool Access(PyObject path, int mode, PyObject? dirFd, bool effectiveIds = false, bool followSymlinks = true) =>
        Host.Access(PathString(path, "access"), mode);

    [PyMethod("link($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)", Doc = "Create a hard link to a file.")]
    static void Link(PyObject src, PyObject dst, PyObject? a, PyObject? b, bool followSymlinks = true)
    {
        try { Host.Link(PathString(src, "link", "src"), PathString(dst, "link", "dst")); }
        catch (HostOSError e) { throw Error(e, src, dst); }
    }

    [PyMethod("symlink($module, /, src, dst, target_is_directory=False, *, dir_fd=None)", Doc = "Create a symbolic link pointing to src named dst.")]
    static void Symlink(PyObject src, PyObject dst, bool targetIsDirectory, PyObject? dirFd)
    {
        try { Host.Symlink(PathString(src, "symlink", "src"), PathString(dst, "symlink", "dst")); }
        catch (HostOSError e) { throw Error(e, src, dst); }
    }

    [PyMethod("readlink($module, /, path, *, dir_fd=None)", Doc = "Return a string representing the path to which the symbolic link points.")]
    static PyObject ReadLink(PyObject path, PyObject? dirFd)
    {
        try
        {
            var r = Host.ReadLink(PathString(path, "readlink"));
            return FsPath(path) is PyBytes ? new PyBytes(Encoding.UTF8.GetBytes(r)) : new PyStr(r);
        }
        catch (HostOSError e) { throw Error(e, path); }
    }

    [PyMethod("fspath($module, /, path)", Doc = "Return the file system path representation of the object.\n\nIf the object is str or bytes, then allow it to pass through as-is. If the\nobject defines __fspath__(), then return the result of that method. All other\ntypes raise a TypeError.")]
    static PyObject FsPathPy(PyObject path) => FsPath(path);

    // ---------------- file descriptors ----------------

    [PyMethod("open($module, /, path, flags, mode=511, *, dir_fd=None)", Doc = "Open a file for low level IO.  Returns a file descriptor (integer).")]
    static long Open(PyObject path, int flags, int mode, PyObject? dirFd)
    {
        try { return Host.OpenFd(PathString(path, "open"), flags | 0x80000 /* O_CLOEXEC: PEP 446 */, mode); }
        catch (HostOSError e) { throw Error(e, path); }
    }

    [PyMethod("read($module, fd, length, /)", Doc = "Read from a file descriptor.  Returns a bytes object.")]
    static PyObject Read(int fd, long length)
    {
        if (length < 0) throw Error(new HostOSError(HostOSError.EINVAL));
        var buf = new byte[Math.Min(length, 1 << 30)];
        try
        {
            int n = Host.ReadFd(fd, buf);
            return new PyBytes(n == buf.Length ? buf : buf[..n]);
        }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("write($module, fd, data, /)", Doc = "Write a bytes object to a file descriptor.")]
    static long Write(int fd, PyObject data)
    {
        ReadOnlySpan<byte> span = data is IPyBuffer buf ? buf.ReadOnlyBytes
            : throw PyException.TypeError($"a bytes-like object is required, not '{data.Type.Name}'");
        try { return Host.WriteFd(fd, span); }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("close($module, /, fd)", Doc = "Close a file descriptor.")]
    static void Close(int fd)
    {
        try { Host.CloseFd(fd); }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("closerange($module, fd_low, fd_high, /)", Doc = "Closes all file descriptors in [fd_low, fd_high), ignoring errors.")]
    static void CloseRange(int low, int high)
    {
        for (int fd = low; fd < high; fd++) { try { Host.CloseFd(fd); } catch (HostOSError) { } }
    }

    [PyMethod("lseek($module, fd, position, whence, /)", Doc = "Set the position of a file descriptor.  Return the new position.")]
    static long LSeek(int fd, long position, int whence)
    {
        try { return Host.SeekFd(fd, position, whence); }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("isatty($module, fd, /)", Doc = "Return True if the fd is connected to a terminal.")]
    static bool IsATty(int fd) => Host.IsTerminalFd(fd);

    [PyMethod("pipe($module, /)", Doc = "Create a pipe.\n\nReturns a tuple of two file descriptors:\n  (read_fd, write_fd)")]
    static PyObject Pipe()
    {
        try { var (r, w) = Host.Pipe(); return new PyTuple([PyInt.Get(r), PyInt.Get(w)]); }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("dup($module, fd, /)", Doc = "Return a duplicate of a file descriptor.")]
    static long Dup(int fd)
    {
        try { return Host.Dup(fd); }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("dup2($module, /, fd, fd2, inheritable=True)", Doc = "Duplicate file descriptor.")]
    static long Dup2(int fd, int fd2, bool inheritable = true)
    {
        try { return Host.Dup2(fd, fd2, inheritable); }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("get_inheritable($module, fd, /)", Doc = "Get the close-on-exe flag of the specified file descriptor.")]
    static bool GetInheritable(int fd)
    {
        try { return Host.GetInheritable(fd); }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("set_inheritable($module, fd, inheritable, /)", Doc = "Set the inheritable flag of the specified file descriptor.")]
    static void SetInheritable(int fd, int inheritable)
    {
        try { Host.SetInheritable(fd, inheritable != 0); }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("get_blocking($module, fd, /)", Doc = "Get the blocking mode of the file descriptor.\n\nReturn False if the O_NONBLOCK flag is set, True if the flag is cleared.")]
    static bool GetBlocking(int fd)
    {
        try { return Host.GetBlocking(fd); }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("set_blocking($module, fd, blocking, /)", Doc = "Set the blocking mode of the specified file descriptor.\n\nSet the O_NONBLOCK flag if blocking is False,\nclear the O_NONBLOCK flag otherwise.")]
    static void SetBlocking(int fd, bool blocking)
    {
        try { Host.SetBlocking(fd, blocking); }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("ftruncate($module, fd, length, /)", Doc = "Truncate a file, specified by file descriptor, to a specific length.")]
    static void FTruncate(int fd, long length)
    {
        try { Host.TruncateFd(fd, length); }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("fsync($module, /, fd)", Doc = "Force write of fd to disk.")]
    static void FSync(PyObject fd)
    {
        int n = fd is PyInt ? (int)Ops.AsIndex(fd) : (int)Ops.AsIndex(Ops.Call(Ops.GetAttr(fd, "fileno"), []));
        try { Host.SyncFd(n); }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("device_encoding($module, /, fd)", Doc = "Return a string describing the encoding of a terminal's file descriptor.\n\nThe file descriptor must be attached to a terminal.\nIf the device is not a terminal, return None.")]
    static PyObject DeviceEncoding(int fd) => Host.IsTerminalFd(fd) ? new PyStr("UTF-8") : PyNone.Instance;

    [PyMethod("get_terminal_size($module, fd=<unrepresentable>, /)", Doc = "Return the size of the terminal window as (columns, lines).")]
    static PyObject GetTerminalSize(int fd = 1)
    {
        try
        {
            var (c, l) = Host.TerminalSize(fd);
            return PyStructSeq.Create(TerminalSize, PyInt.Get(c), PyInt.Get(l));
        }
        catch (HostOSError e) { throw Error(e); }
    }

    // ---------------- process ----------------

    [PyMethod("getpid($module, /)", Doc = "Return the current process id.")]
    static long GetPid() => Host.ProcessId;

    [PyMethod("getppid($module, /)", Doc = "Return the parent's process id.")]
    static long GetPPid() => Host.ParentProcessId;

    [PyMethod("getuid($module, /)", Doc = "Return the current process's user id.")]
    static long GetUid() => Host.UserId;

    [PyMethod("geteuid($module, /)", Doc = "Return the current process's effective user id.")]
    static long GetEUid() => Host.UserId;

    [PyMethod("getgid($module, /)", Doc = "Return the current process's group id.")]
    static long GetGid() => Host.GroupId;

    [PyMethod("getegid($module, /)", Doc = "Return the current process's effective group id.")]
    static long GetEGid() => Host.GroupId;

    [PyMethod("urandom($module, size, /)", Doc = "Return a bytes object containing random bytes suitable for cryptographic use.")]
    static PyObject URandom(long size)
    {
        if (size < 0) throw PyException.ValueError("negative argument not allowed");
        var b = new byte[size];
        Host.GetRandomBytes(b);
        return new PyBytes(b);
    }

    [PyMethod("cpu_count($module, /)", Doc = "Return the number of CPUs in the system; return None if indeterminable.\n\nThis number is not equivalent to the number of CPUs the current process can\nuse.  The number of usable CPUs can be obtained with\n``len(os.sched_getaffinity(0))``")]
    static PyObject CpuCount() => Host.CpuCount > 0 ? PyInt.Get(Host.CpuCount) : PyNone.Instance;

    [PyMethod("strerror($module, code, /)", Doc = "Translate an error code to a message string.")]
    static string StrError(int code) => ErrnoTable.StrError(code);

    [PyMethod("uname($module, /)", Doc = "Return an object identifying the current operating system.\n\nThe object behaves like a named tuple with the following fields:\n  (sysname, nodename, release, version, machine)")]
    static PyObject Uname()
    {
        try
        {
            var u = Host.Uname();
            return PyStructSeq.Create(UnameResult, new PyStr(u[0]), new PyStr(u[1]), new PyStr(u[2]), new PyStr(u[3]), new PyStr(u[4]));
        }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("times($module, /)", Doc = "Return a collection containing process timing information.\n\nThe object returned behaves like a named tuple with these fields:\n  (utime, stime, cutime, cstime, elapsed_time)\nAll fields are floating point numbers.")]
    static PyObject Times()
    {
        var t = Host.ProcessTimes();
        return PyStructSeq.Create(TimesResult, new PyFloat(t[0]), new PyFloat(t[1]), new PyFloat(t[2]), new PyFloat(t[3]), new PyFloat(t[4]));
    }

    [PyMethod("umask($module, mask, /)", Doc = "Set the current numeric umask and return the previous umask.")]
    static long Umask(int mask) => Host.Umask(mask);

    [PyMethod("kill($module, pid, signal, /)", Doc = "Kill a process with a signal.")]
    static void Kill(int pid, int signal)
    {
        try { Host.Kill(pid, signal); }
        catch (HostOSError e) { throw Error(e); }
    }

    [PyMethod("_exit($module, /, status)", Doc = "Exit to the system with specified status, without normal exit processing.")]
    static void Exit(int status) => Host.Exit(status);

    [PyMethod("putenv($module, name, value, /)", Doc = "Change or add an environment variable.")]
    static void PutEnv(PyObject name, PyObject value)
    {
        var n = PathString(name, "putenv", "name");
        if (n.Length == 0 || n.Contains('=')) throw PyException.ValueError("illegal environment variable name");
        Host.SetEnvironmentVariable(n, PathString(value, "putenv", "value"));
    }

    [PyMethod("unsetenv($module, name, /)", Doc = "Delete an environment variable.")]
    static void UnsetEnv(PyObject name)
    {
        var n = PathString(name, "unsetenv", "name");
        if (n.Length == 0 || n.Contains('=')) throw PyException.ValueError("illegal environment variable name");
        Host.SetEnvironmentVariable(n, null);
    }

    [PyMethod("getlogin($module, /)", Doc = "Return the actual login name.")]
    static PyObject GetLogin() => Host.LoginName is string s ? new PyStr(s) : throw Error(new HostOSError(6 /* ENXIO */));

    [PyMethod("register_at_fork($module, /, *, before=<unrepresentable>, after_in_child=<unrepresentable>, after_in_parent=<unrepresentable>)", Doc = "Register callables to be called when forking a new process.")]
    static void RegisterAtFork(PyObject? before, PyObject? afterInChild, PyObject? afterInParent)
    {
        // fork() is unsupported, so the hooks can never run.
        if (before == null && afterInChild == null && afterInParent == null)
            throw PyException.TypeError("At least one argument is required.");
    }
}
