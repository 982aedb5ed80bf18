using System.Text;
using Taipan.Hosting;
using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>posix.DirEntry: one scandir() result; lstat is taken when the entry is made, stat lazily.</summary>
public sealed partial class PyDirEntry : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    static PyType MakeType()
    {
        var t = PyType.Builtin("DirEntry", null, typeof(PyDirEntry), SetupType, TypeFlags.None);
        t.BuiltinModule = "posix";
        return t;
    }

    readonly string _name, _path;
    readonly bool _bytes;
    readonly HostStat? _lstat;
    HostStat? _stat;

    internal PyDirEntry(string dir, string name, bool bytes) : base(TypeObject)
    {
        _name = name;
        _path = dir.EndsWith('/') ? dir + name : dir + "/" + name;
        _bytes = bytes;
        try { _lstat = Taipan.Runtime.ThreadState.Current.Interpreter.Host.Stat(_path, false); }
        catch (HostOSError) { _lstat = null; }
    }

    static void SetupType(PyType t)
    {
        t.Repr = static o => new PyStr($"<DirEntry {Ops.Repr(((PyDirEntry)o).Name()).Value}>");
        SetupMembers(t);
    }

    static partial void SetupMembers(PyType t);

    PyObject Wrap(string s) => _bytes ? new PyBytes(Encoding.UTF8.GetBytes(s)) : new PyStr(s);

    [PyGetter("name")]
    public PyObject Name() => Wrap(_name);

    [PyGetter("path")]
    public PyObject PathValue() => Wrap(_path);

    bool IsSymlinkCore => _lstat is HostStat l && (l.Mode & 0xF000) == 0xA000;

    HostStat? Resolved(bool follow)
    {
        if (!follow || !IsSymlinkCore) return _lstat;
        if (_stat == null)
        {
            try { _stat = Taipan.Runtime.ThreadState.Current.Interpreter.Host.Stat(_path, true); }
            catch (HostOSError) { return null; }
        }
        return _stat;
    }

    [PyMethod("is_dir($self, /, *, follow_symlinks=True)", Doc = "Return True if the entry is a directory; cached per entry.")]
    public bool IsDir(bool followSymlinks = true) => Resolved(followSymlinks) is HostStat s && (s.Mode & 0xF000) == 0x4000;

    [PyMethod("is_file($self, /, *, follow_symlinks=True)", Doc = "Return True if the entry is a file; cached per entry.")]
    public bool IsFile(bool followSymlinks = true) => Resolved(followSymlinks) is HostStat s && (s.Mode & 0xF000) == 0x8000;

    [PyMethod("is_symlink($self, /)", Doc = "Return True if the entry is a symbolic link; cached per entry.")]
    public bool IsSymlink() => IsSymlinkCore;

    [PyMethod("is_junction($self, /)", Doc = "Return True if the entry is a junction; cached per entry.")]
    public bool IsJunction() => false;

    [PyMethod("stat($self, /, *, follow_symlinks=True)", Doc = "Return stat_result object for the entry; cached per entry.")]
    public PyObject Stat(bool followSymlinks = true)
    {
        if (Resolved(followSymlinks) is HostStat s) return PosixModule.MakeStat(s);
        try { return PosixModule.MakeStat(Taipan.Runtime.ThreadState.Current.Interpreter.Host.Stat(_path, followSymlinks)); }
        catch (HostOSError e) { throw PosixModule.Error(e, PathValue()); }
    }

    [PyMethod("inode($self, /)", Doc = "Return inode of the entry; cached per entry.")]
    public long Inode() => _lstat?.Ino ?? 0;

    [PyMethod("__fspath__($self, /)", Doc = "Returns the path for the entry.")]
    public PyObject FsPath() => PathValue();

    [PyMethod("__class_getitem__($type, item, /)", Kind = PyMethodKind.Class, Doc = "See PEP 585")]
    static PyObject ClassGetItem(PyType type, PyObject item) => new PyGenericAlias(type, item);
}

/// <summary>The iterator scandir() returns; also a context manager.</summary>
public sealed partial class PyScandirIterator : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    static PyType MakeType()
    {
        var t = PyType.Builtin("ScandirIterator", null, typeof(PyScandirIterator), SetupType, TypeFlags.None);
        t.BuiltinModule = "posix";
        return t;
    }

    readonly string _dir;
    readonly IReadOnlyList<string> _names;
    readonly bool _bytes;
    int _pos;
    bool _closed;

    internal PyScandirIterator(string dir, IReadOnlyList<string> names, bool bytes) : base(TypeObject)
    {
        _dir = dir;
        _names = names;
        _bytes = bytes;
    }

    static void SetupType(PyType t)
    {
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var it = (PyScandirIterator)o;
            if (it._closed || it._pos >= it._names.Count) { it._closed = true; return null; }
            return new PyDirEntry(it._dir, it._names[it._pos++], it._bytes);
        };
        SetupMembers(t);
    }

    static partial void SetupMembers(PyType t);

    [PyMethod("close($self, /)")]
    public void Close() => _closed = true;

    [PyMethod("__enter__($self, /)")]
    public PyObject Enter() => this;

    [PyMethod("__exit__($self, *args)")]
    public bool Exit(PyTuple args) { _closed = true; return false; }
}
