using Taipan.Hosting;
using Taipan.Runtime;

namespace Taipan.Modules.Io;

/// <summary>
/// _io.FileIO (Modules/_io/fileio.c): raw unbuffered bytes over a host file. File descriptors 0, 1 and 2 are
/// the host's standard streams; other descriptors are the host's real ones where it has them.
/// </summary>
public sealed partial class PyFileIO : PyRawIOBase
{
    public static new readonly PyType TypeObject = PyType.Builtin("FileIO", PyRawIOBase.TypeObject, typeof(PyFileIO), SetupType,
        TypeFlags.BaseType | TypeFlags.HasDict);

    Stream? _stream;
    int _fd = -1;
    bool _readable, _writable, _appending, _created, _closefd = true;
    int _seekable = -1;
    bool _stdio;
    Taipan.Hosting.IHost? _host;

    public PyFileIO(PyType type) : base(type) { }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) => new PyFileIO(type);
        t.Init = static (self, args, kw) =>
        {
            var a = IoModule.Bind(ref s_initSig, "FileIO(file, mode='r', closefd=True, opener=None)", args, kw);
            ((PyFileIO)self).Init(a[0]!, a[1] is PyStr m ? m.Value : a[1] == null ? "r"
                : throw PyException.TypeError($"FileIO() argument 'mode' must be str, not {a[1]!.Type.Name}"),
                a[2] == null || Ops.IsTrue(a[2]!), a[3]);
        };
        t.Repr = static o => ((PyFileIO)o).Repr();
        SetupCommon(t);
        SetupMembers(t);
    }

    static PySignature? s_initSig;

    internal void Init(PyObject file, string mode, bool closefd, PyObject? opener)
    {
        if (_stream != null) { try { CloseStream(); } catch (PyException) { } }
        _closefd = true;
        if (file is PyFloat) throw PyException.TypeError("integer argument expected, got float");
        int fd = -1;
        if (file is PyInt fi)
        {
            if (!fi.IsSmall || fi.Small > int.MaxValue) throw PyException.OverflowError("fd is greater than maximum");
            fd = (int)fi.Small;
            if (fd < 0) throw PyException.ValueError("negative file descriptor");
        }
        bool rwa = false, plus = false;
        _readable = _writable = _appending = _created = false;
        foreach (char c in mode)
        {
            switch (c)
            {
                case 'x': if (rwa) throw BadMode(); rwa = true; _created = _writable = true; break;
                case 'r': if (rwa) throw BadMode(); rwa = true; _readable = true; break;
                case 'w': if (rwa) throw BadMode(); rwa = true; _writable = true; break;
                case 'a': if (rwa) throw BadMode(); rwa = true; _writable = _appending = true; break;
                case 'b': break;
                case '+': if (plus) throw BadMode(); _readable = _writable = true; plus = true; break;
                default: throw PyException.ValueError($"invalid mode: {mode}");
            }
        }
        if (!rwa) throw BadMode();

        var host = _host = IoModule.Host;
        if (fd >= 0)
        {
            _closefd = closefd;
            _fd = fd;
            _stream = fd switch
            {
                0 => host.StandardInput,
                1 => host.StandardOutput,
                2 => host.StandardError,
                _ => throw ExceptionBehaviours.OSErrorFromErrno(HostIOException.EBADF, "Bad file descriptor"),
            };
            _stdio = true;
            _seekable = 0;
        }
        else
        {
            if (!closefd) throw PyException.ValueError("Cannot use closefd=False with file name");
            if (opener != null && opener is not PyNone)
                throw PyException.NotImplementedError("FileIO: opener is not supported by this host");
            string path = file switch
            {
                PyStr s => s.Value,
                PyBytes b => System.Text.Encoding.UTF8.GetString(b.Span),
                _ => Ops.GetAttr(file, "__fspath__") is var fsp && Ops.Call(fsp) is PyStr ps ? ps.Value
                    : throw PyException.TypeError($"expected str, bytes or os.PathLike object, not {file.Type.Name}"),
            };
            if (path.Contains('\0')) throw PyException.ValueError("embedded null byte");
            var flags = (HostFileMode)0;
            if (_readable) flags |= HostFileMode.Read;
            if (_writable) flags |= HostFileMode.Write;
            if (_created) flags |= HostFileMode.Create | HostFileMode.Exclusive;
            else if (_appending) flags |= HostFileMode.Create | HostFileMode.Append;
            else if (_writable && !plus) flags |= HostFileMode.Create | HostFileMode.Truncate;
            try { _stream = host.OpenFile(path, flags); }
            catch (HostIOException e) { throw IoModule.OSError(e, file); }
            _fd = host.FileDescriptor(_stream);
            if (_fd < 0) _fd = 3;
        }
        Dict!.SetItem("name", file);
    }

    static PyException BadMode() => PyException.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");

    PyObject Repr()
    {
        if (_stream == null) return new PyStr("<_io.FileIO [closed]>");
        var mode = ModeString();
        if (Dict!.TryGetValue(PyStr.Intern("name"), out var name))
            return new PyStr($"<_io.FileIO name={Ops.Repr(name).Value} mode='{mode}' closefd={(_closefd ? "True" : "False")}>");
        return new PyStr($"<_io.FileIO fd={_fd} mode='{mode}' closefd={(_closefd ? "True" : "False")}>");
    }

    string ModeString()
    {
        if (_created) return _readable ? "xb+" : "xb";
        if (_appending) return _readable ? "ab+" : "ab";
        if (_readable) return _writable ? "rb+" : "rb";
        return "wb";
    }

    public override bool ClosedNow => _stream == null;

    Stream S => _stream ?? throw PyException.ValueError("I/O operation on closed file");

    void CheckCanRead()
    {
        if (_stream == null) throw PyException.ValueError("I/O operation on closed file");
        if (!_readable) throw IoModule.Unsupported("File not open for reading");
    }

    void CheckCanWrite()
    {
        if (_stream == null) throw PyException.ValueError("I/O operation on closed file");
        if (!_writable) throw IoModule.Unsupported("File not open for writing");
    }

    internal bool IsTty() => _stdio && _host!.IsTerminal(_fd);

    /// <summary>FileIO(fd, mode, closefd=False) for a standard stream, without needing a running thread state.</summary>
    internal void InitStdio(IHost host, int fd, bool read)
    {
        _host = host;
        _fd = fd;
        _readable = read;
        _writable = !read;
        _closefd = false;
        _stdio = true;
        _seekable = 0;
        _stream = fd switch { 0 => host.StandardInput, 1 => host.StandardOutput, _ => host.StandardError };
    }

    internal bool IsStdio => _stdio;

    // ---- reading ----

    /// <summary>Reads up to count bytes into the span; 0 at end of file.</summary>
    internal int ReadInto(Span<byte> dest)
    {
        CheckCanRead();
        try { return S.Read(dest); }
        catch (IOException e) { throw IoModule.OSError(e); }
        catch (NotSupportedException) { throw IoModule.Unsupported("File not open for reading"); }
    }

    [PyMethod("read($self, size=-1, /)", Doc = "Read at most size bytes, returned as bytes.")]
    public PyObject Read(PyObject? size = null)
    {
        long n = IoModule.SizeArg(size);
        CheckCanRead();
        if (n < 0) return ReadAll();
        if (n == 0) return PyBytes.Empty;
        var buf = new byte[Math.Min(n, int.MaxValue - 64)];
        int got = ReadInto(buf);
        if (got == buf.Length) return new PyBytes(buf);
        return PyBytes.FromSpan(buf.AsSpan(0, got));
    }

    [PyMethod("readall($self, /)", Doc = "Read all data from the file, returned as bytes.")]
    public PyObject ReadAll()
    {
        CheckCanRead();
        var ms = new MemoryStream();
        var buf = new byte[IoModule.DefaultBufferSize * 4];
        try
        {
            if (!_stdio && S.CanSeek)
            {
                long remaining = S.Length - S.Position;
                if (remaining > 0 && remaining < int.MaxValue - 64) buf = new byte[remaining + 1];
            }
            int n;
            while ((n = S.Read(buf)) > 0) ms.Write(buf, 0, n);
        }
        catch (IOException e) { throw IoModule.OSError(e); }
        return new PyBytes(ms.ToArray());
    }

    [PyMethod("readinto($self, buffer, /)", Doc = "Same as RawIOBase.readinto().")]
    public PyObject ReadIntoMethod(PyObject buffer)
    {
        if (buffer is not IPyBuffer b || b.IsReadOnly)
            throw PyException.TypeError($"readinto() argument must be read-write bytes-like object, not {buffer.Type.Name}");
        return PyInt.Get(ReadInto(b.WritableBytes));
    }

    // ---- writing ----

    internal int WriteSpan(ReadOnlySpan<byte> data)
    {
        CheckCanWrite();
        try
        {
            if (_appending && S.CanSeek) S.Seek(0, SeekOrigin.End);
            S.Write(data);
            if (_stdio) S.Flush();
        }
        catch (IOException e) { throw IoModule.OSError(e); }
        return data.Length;
    }

    [PyMethod("write($self, b, /)", Doc = "Write buffer b to file, return number of bytes written.")]
    public PyObject Write(PyObject b)
    {
        if (b is not IPyBuffer buf) throw PyException.TypeError($"a bytes-like object is required, not '{b.Type.Name}'");
        return PyInt.Get(WriteSpan(buf.ReadOnlyBytes));
    }

    // ---- positioning ----

    internal long SeekTo(long pos, int whence)
    {
        if (_stream == null) throw PyException.ValueError("I/O operation on closed file");
        if (_stdio || !S.CanSeek) throw ExceptionBehaviours.OSErrorFromErrno(29, "Illegal seek");
        var origin = whence switch
        {
            0 => SeekOrigin.Begin,
            1 => SeekOrigin.Current,
            2 => SeekOrigin.End,
            _ => throw ExceptionBehaviours.OSErrorFromErrno(HostIOException.EINVAL, "Invalid argument"),
        };
        long target = origin switch { SeekOrigin.Begin => pos, SeekOrigin.Current => S.Position + pos, _ => S.Length + pos };
        if (target < 0) throw ExceptionBehaviours.OSErrorFromErrno(HostIOException.EINVAL, "Invalid argument");
        try { return S.Seek(target, SeekOrigin.Begin); }
        catch (IOException e) { throw IoModule.OSError(e); }
    }

    [PyMethod("seek($self, pos, whence=0, /)", Doc = "Move to new file position and return the file position.")]
    public PyObject Seek(PyObject pos, int whence = 0)
    {
        if (pos is PyFloat) throw PyException.TypeError("an integer is required");
        return PyInt.Get(SeekTo(Ops.AsIndex(pos), whence));
    }

    internal long TellPos()
    {
        if (_stream == null) throw PyException.ValueError("I/O operation on closed file");
        if (_stdio || !S.CanSeek) throw ExceptionBehaviours.OSErrorFromErrno(29, "Illegal seek");
        return S.Position;
    }

    [PyMethod("tell($self, /)", Doc = "Current file position.")]
    public PyObject Tell() => PyInt.Get(TellPos());

    internal long TruncateTo(long? size)
    {
        CheckCanWrite();
        long n = size ?? TellPos();
        if (n < 0) throw ExceptionBehaviours.OSErrorFromErrno(HostIOException.EINVAL, "Invalid argument");
        // ftruncate leaves the file position alone; FileStream.SetLength would clamp it.
        try { long keep = S.Position; S.SetLength(n); S.Position = keep; }
        catch (IOException e) { throw IoModule.OSError(e); }
        catch (NotSupportedException) { throw ExceptionBehaviours.OSErrorFromErrno(HostIOException.EINVAL, "Invalid argument"); }
        return n;
    }

    [PyMethod("truncate($self, size=None, /)", Doc = "Truncate the file to at most size bytes and return the truncated size.")]
    public PyObject Truncate(PyObject? size = null) =>
        PyInt.Get(TruncateTo(size is null or PyNone ? null : Ops.AsIndex(size)));

    // ---- state ----

    void CloseStream()
    {
        var s = _stream;
        _stream = null;
        if (s == null) return;
        try
        {
            if (_stdio) { if (_writable) s.Flush(); }
            else if (_closefd) s.Dispose();
            else s.Flush();
        }
        catch (IOException e) { throw IoModule.OSError(e); }
    }

    [PyMethod("close($self, /)", Doc = "Close the file.")]
    public void Close()
    {
        if (_stream == null) return;
        try { if (!_baseClosed) _baseClosed = true; }
        finally { CloseStream(); }
    }

    [PyMethod("seekable($self, /)", Doc = "True if file supports random-access.")]
    public bool Seekable()
    {
        if (_stream == null) throw PyException.ValueError("I/O operation on closed file");
        if (_seekable < 0) _seekable = !_stdio && S.CanSeek ? 1 : 0;
        return _seekable == 1;
    }

    [PyMethod("readable($self, /)", Doc = "True if file was opened in a read mode.")]
    public bool Readable()
    {
        if (_stream == null) throw PyException.ValueError("I/O operation on closed file");
        return _readable;
    }

    [PyMethod("writable($self, /)", Doc = "True if file was opened in a write mode.")]
    public bool Writable()
    {
        if (_stream == null) throw PyException.ValueError("I/O operation on closed file");
        return _writable;
    }

    [PyMethod("fileno($self, /)", Doc = "Return the underlying file descriptor (an integer).")]
    public long Fileno()
    {
        if (_stream == null) throw PyException.ValueError("I/O operation on closed file");
        return _fd;
    }

    [PyMethod("isatty($self, /)", Doc = "True if the file is connected to a TTY device.")]
    public bool IsAtty()
    {
        if (_stream == null) throw PyException.ValueError("I/O operation on closed file");
        return IsTty();
    }

    [PyGetter("closed")]
    public PyObject Closed() => PyBool.Get(_stream == null);

    [PyGetter("closefd")]
    public PyObject CloseFd() => PyBool.Get(_closefd);

    [PyGetter("mode")]
    public PyObject Mode() => new PyStr(ModeString());

    [PyGetter("_blksize")]
    public PyObject BlkSize() => PyInt.Get(IoModule.DefaultBufferSize);

    internal void FlushStream()
    {
        try { _stream?.Flush(); }
        catch (IOException e) { throw IoModule.OSError(e); }
    }
}
