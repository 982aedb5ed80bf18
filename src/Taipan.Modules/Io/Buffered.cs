using Taipan.Runtime;

namespace Taipan.Modules.Io;

/// <summary>
/// The buffered layer (Modules/_io/bufferedio.c): one implementation with a read buffer and a write buffer
/// over a raw stream; BufferedReader, BufferedWriter and BufferedRandom expose the parts that apply.
/// A raw FileIO is called directly; any other raw object through its Python methods.
/// </summary>
public abstract partial class PyBuffered : PyBufferedIOBase
{
    protected PyObject? _raw;
    PyFileIO? _fastRaw;
    int _bufferSize = IoModule.DefaultBufferSize;
    byte[] _rbuf = [];
    int _rpos, _rlen;
    byte[] _wbuf = [];
    int _wlen;
    protected bool _canRead, _canWrite;

    protected PyBuffered(PyType type) : base(type) { }

    static PySignature? s_initSig;

    /// <summary>Fills the type's dict and removes the methods the class does not have (a reader has no write).</summary>
    protected static void SetupBuffered(PyType t, bool reads, bool writes, Func<PyType, PyBuffered> create)
    {
        t.New = (type, args, kw) => create(type);
        t.Init = static (self, args, kw) =>
        {
            var name = self.Type.Name;
            var a = IoModule.Bind(ref s_initSig, "BufferedReader(raw, buffer_size=8192)", args, kw);
            long size = a[1] == null ? IoModule.DefaultBufferSize : Ops.AsIndex(a[1]!);
            ((PyBuffered)self).InitBuffered(a[0]!, size);
        };
        t.Repr = static o => ((PyBuffered)o).Repr();
        SetupCommon(t);
        SetupMembers(t);
        if (!reads)
            foreach (var n in new[] { "read", "read1", "readinto", "readinto1", "readline", "peek" }) t.Dict.Remove(new PyStr(n));
        if (!writes) t.Dict.Remove(new PyStr("write"));
    }

    internal void InitBuffered(PyObject raw, long bufferSize)
    {
        if (_canRead && !Ops.IsTrue(IoModule.CallMethod(raw, "readable")))
            throw IoModule.Unsupported("File or stream is not readable.");
        if (_canWrite && !Ops.IsTrue(IoModule.CallMethod(raw, "writable")))
            throw IoModule.Unsupported("File or stream is not writable.");
        if (this is PyBufferedRandom && !Ops.IsTrue(IoModule.CallMethod(raw, "seekable")))
            throw IoModule.Unsupported("File or stream is not seekable.");
        if (bufferSize <= 0) throw PyException.ValueError("buffer size must be strictly positive");
        _raw = raw;
        _fastRaw = raw is PyFileIO f && raw.Type == PyFileIO.TypeObject ? f : null;
        _bufferSize = (int)Math.Min(bufferSize, 1 << 30);
        _rbuf = _canRead ? new byte[_bufferSize] : [];
        _wbuf = _canWrite ? new byte[_bufferSize] : [];
        _rpos = _rlen = _wlen = 0;
    }

    /// <summary>Wraps a FileIO already known to fit (the standard streams): no Python calls.</summary>
    internal void InitBufferedTrusted(PyFileIO raw, int bufferSize)
    {
        _raw = raw;
        _fastRaw = raw;
        _bufferSize = bufferSize;
        _rbuf = _canRead ? new byte[_bufferSize] : [];
        _wbuf = _canWrite ? new byte[_bufferSize] : [];
    }

    PyObject Raw => _raw ?? throw PyException.ValueError("raw stream has been detached");

    PyObject Repr()
    {
        var tn = Type.IsHeapType ? Type.Name : "_io." + Type.Name;
        PyObject? name = null;
        try { name = Ops.TryGetAttr(this, "name"); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.ValueError) || e.Value.Type.IsSubtypeOf(PyExc.AttributeError)) { }
        return new PyStr(name == null ? $"<{tn}>" : $"<{tn} name={Ops.Repr(name).Value}>");
    }

    public override bool ClosedNow => _fastRaw != null ? _fastRaw.ClosedNow : Ops.IsTrue(Ops.GetAttr(Raw, "closed"));

    void CheckClosed(string what)
    {
        if (_raw == null) throw PyException.ValueError("raw stream has been detached");
        if (ClosedNow) throw PyException.ValueError(what);
    }

    // ---- raw access ----

    /// <summary>One raw read; -1 when the raw stream returned None (no data available yet).</summary>
    int RawRead(Span<byte> dest)
    {
        if (_fastRaw != null) return _fastRaw.ReadInto(dest);
        var tmp = new PyByteArray(new byte[dest.Length]);
        var r = IoModule.CallMethod(Raw, "readinto", PyMemoryView.FromObject(tmp));
        if (r is PyNone) return -1;
        long n = Ops.AsIndex(r);
        if (n < 0 || n > dest.Length)
            throw PyException.Create(PyExc.OSError, $"raw readinto() returned invalid length {n} (should have been between 0 and {dest.Length})");
        tmp.ReadOnlyBytes[..(int)n].CopyTo(dest);
        return (int)n;
    }

    int RawWrite(ReadOnlySpan<byte> data)
    {
        if (_fastRaw != null) return _fastRaw.WriteSpan(data);
        var r = IoModule.CallMethod(Raw, "write", PyBytes.FromSpan(data));
        if (r is PyNone) return -1;
        long n = Ops.AsIndex(r);
        if (n < 0 || n > data.Length)
            throw PyException.Create(PyExc.OSError, $"raw write() returned invalid length {n} (should have been between 0 and {data.Length})");
        return (int)n;
    }

    long RawSeek(long pos, int whence) => _fastRaw != null ? _fastRaw.SeekTo(pos, whence)
        : Ops.AsIndex(IoModule.CallMethod(Raw, "seek", PyInt.Get(pos), PyInt.Get(whence)));

    long RawTell()
    {
        long p = _fastRaw != null ? _fastRaw.TellPos() : Ops.AsIndex(IoModule.CallMethod(Raw, "tell"));
        if (p < 0) throw PyException.Create(PyExc.OSError, $"Raw stream returned invalid position {p}");
        return p;
    }

    // ---- write side ----

    void FlushWrites()
    {
        int done = 0;
        while (done < _wlen)
        {
            int n = RawWrite(_wbuf.AsSpan(done, _wlen - done));
            if (n < 0)
            {
                Array.Copy(_wbuf, done, _wbuf, 0, _wlen - done);
                _wlen -= done;
                throw PyException.Create(PyExc.BlockingIOError, "write could not complete without blocking");
            }
            done += n;
        }
        _wlen = 0;
    }

    /// <summary>Drops read-ahead data, moving the raw position back to where the caller is.</summary>
    void UndoReadAhead()
    {
        int ahead = _rlen - _rpos;
        if (ahead > 0) RawSeek(-ahead, 1);
        _rpos = _rlen = 0;
    }

    internal int WriteSpan(ReadOnlySpan<byte> data)
    {
        CheckClosed("write to closed file");
        if (_rlen > _rpos) UndoReadAhead();
        else _rpos = _rlen = 0;
        if (_wlen + data.Length <= _wbuf.Length)
        {
            data.CopyTo(_wbuf.AsSpan(_wlen));
            _wlen += data.Length;
            if (_wlen == _wbuf.Length) FlushWrites();
            return data.Length;
        }
        FlushWrites();
        if (data.Length >= _wbuf.Length)
        {
            int done = 0;
            while (done < data.Length)
            {
                int n = RawWrite(data[done..]);
                if (n < 0) throw PyException.Create(PyExc.BlockingIOError, "write could not complete without blocking");
                done += n;
            }
            return data.Length;
        }
        data.CopyTo(_wbuf);
        _wlen = data.Length;
        return data.Length;
    }

    [PyMethod("write($self, buffer, /)")]
    public long Write(PyObject buffer)
    {
        if (buffer is not IPyBuffer b) throw PyException.TypeError($"a bytes-like object is required, not '{buffer.Type.Name}'");
        return WriteSpan(b.ReadOnlyBytes);
    }

    internal void FlushAll()
    {
        CheckClosed("flush of closed file");
        if (_canWrite) FlushWrites();
        if (_fastRaw != null) _fastRaw.FlushStream();
        else IoModule.CallMethod(Raw, "flush");
    }

    [PyMethod("flush($self, /)")]
    public void Flush()
    {
        if (!_canWrite)
        {
            if (_raw == null) throw PyException.ValueError("raw stream has been detached");
            if (ClosedNow) throw PyIOBase.ClosedError();
            IoModule.CallMethod(Raw, "flush");
            return;
        }
        FlushAll();
    }

    // ---- read side ----

    void PrepareRead()
    {
        if (_wlen > 0) FlushWrites();
    }

    /// <summary>Refills the read buffer with one raw read; returns the count, 0 at EOF, -1 for no data.</summary>
    int Fill()
    {
        _rpos = _rlen = 0;
        int n = RawRead(_rbuf);
        if (n > 0) _rlen = n;
        return n;
    }

    internal PyObject ReadBytes(long size)
    {
        CheckClosed("read of closed file");
        PrepareRead();
        if (size < 0)
        {
            var ms = new MemoryStream();
            ms.Write(_rbuf, _rpos, _rlen - _rpos);
            _rpos = _rlen = 0;
            if (_fastRaw != null)
            {
                var rest = (PyBytes)_fastRaw.ReadAll();
                if (ms.Length == 0) return rest;
                ms.Write(rest.Span);
                return new PyBytes(ms.ToArray());
            }
            while (true)
            {
                var chunk = IoModule.CallMethod(Raw, "read");
                if (chunk is PyNone) { if (ms.Length == 0) return chunk; break; }
                var span = BytesLike.Require(chunk);
                if (span.Length == 0) break;
                ms.Write(span);
            }
            return new PyBytes(ms.ToArray());
        }
        int avail = _rlen - _rpos;
        if (size <= avail)
        {
            var r = PyBytes.FromSpan(_rbuf.AsSpan(_rpos, (int)size));
            _rpos += (int)size;
            return r;
        }
        var result = new byte[size];
        _rbuf.AsSpan(_rpos, avail).CopyTo(result);
        int got = avail;
        _rpos = _rlen = 0;
        while (got < size)
        {
            int want = (int)size - got;
            if (want >= _rbuf.Length)
            {
                int n = RawRead(result.AsSpan(got));
                if (n <= 0) { if (n < 0 && got == 0) return PyNone.Instance; break; }
                got += n;
            }
            else
            {
                int n = Fill();
                if (n <= 0) { if (n < 0 && got == 0) return PyNone.Instance; break; }
                int take = Math.Min(n, want);
                _rbuf.AsSpan(0, take).CopyTo(result.AsSpan(got));
                _rpos = take;
                got += take;
            }
        }
        return got == result.Length ? new PyBytes(result) : PyBytes.FromSpan(result.AsSpan(0, got));
    }

    [PyMethod("read($self, size=-1, /)")]
    public PyObject Read(PyObject? size = null) => ReadBytes(IoModule.SizeArg(size));

    [PyMethod("read1($self, size=-1, /)")]
    public PyObject Read1(PyObject? size = null)
    {
        long n = IoModule.SizeArg(size);
        CheckClosed("read of closed file");
        PrepareRead();
        if (n < 0) n = _bufferSize;
        if (n == 0) return PyBytes.Empty;
        if (_rlen == _rpos && Fill() <= 0) return PyBytes.Empty;
        int take = (int)Math.Min(n, _rlen - _rpos);
        var r = PyBytes.FromSpan(_rbuf.AsSpan(_rpos, take));
        _rpos += take;
        return r;
    }

    [PyMethod("peek($self, size=0, /)")]
    public PyObject Peek(long size = 0)
    {
        CheckClosed("peek of closed file");
        PrepareRead();
        if (_rlen == _rpos) Fill();
        return PyBytes.FromSpan(_rbuf.AsSpan(_rpos, _rlen - _rpos));
    }

    PyObject ReadIntoImpl(PyObject buffer, bool one)
    {
        if (buffer is not IPyBuffer b || b.IsReadOnly)
            throw PyException.TypeError($"readinto() argument must be read-write bytes-like object, not {buffer.Type.Name}");
        CheckClosed("readinto of closed file");
        PrepareRead();
        var dest = b.WritableBytes;
        int got = 0;
        while (got < dest.Length)
        {
            int avail = _rlen - _rpos;
            if (avail > 0)
            {
                int take = Math.Min(avail, dest.Length - got);
                _rbuf.AsSpan(_rpos, take).CopyTo(dest[got..]);
                _rpos += take;
                got += take;
                continue;
            }
            if (one && got > 0) break;
            if (dest.Length - got >= _rbuf.Length)
            {
                int n = RawRead(dest[got..]);
                if (n <= 0) break;
                got += n;
                if (one) break;
                continue;
            }
            if (Fill() <= 0) break;
        }
        return PyInt.Get(got);
    }

    [PyMethod("readinto($self, buffer, /)")]
    public PyObject ReadInto(PyObject buffer) => ReadIntoImpl(buffer, false);

    [PyMethod("readinto1($self, buffer, /)")]
    public PyObject ReadInto1(PyObject buffer) => ReadIntoImpl(buffer, true);

    internal PyBytes ReadLineBytes(long limit)
    {
        CheckClosed("readline of closed file");
        PrepareRead();
        MemoryStream? acc = null;
        while (true)
        {
            int avail = _rlen - _rpos;
            if (avail == 0)
            {
                if (Fill() <= 0) break;
                avail = _rlen;
            }
            int have = (int)(acc?.Length ?? 0);
            int room = limit < 0 ? avail : (int)Math.Min(avail, limit - have);
            int nl = _rbuf.AsSpan(_rpos, room).IndexOf((byte)'\n');
            int take = nl >= 0 ? nl + 1 : room;
            if (acc == null && (nl >= 0 || (limit >= 0 && take == limit)))
            {
                var r = PyBytes.FromSpan(_rbuf.AsSpan(_rpos, take));
                _rpos += take;
                return r;
            }
            acc ??= new MemoryStream();
            acc.Write(_rbuf, _rpos, take);
            _rpos += take;
            if (nl >= 0 || (limit >= 0 && acc.Length >= limit)) break;
        }
        return acc == null ? PyBytes.Empty : new PyBytes(acc.ToArray());
    }

    [PyMethod("readline($self, size=-1, /)")]
    public PyObject ReadLine(PyObject? size = null) => ReadLineBytes(IoModule.SizeArg(size));

    protected override PyObject? NextLine()
    {
        if (!_canRead) return base.NextLine();
        var line = ReadLineBytes(-1);
        return line.Length == 0 ? null : line;
    }

    // ---- positioning ----

    [PyMethod("seek($self, target, whence=0, /)")]
    public long Seek(PyObject target, int whence = 0)
    {
        if (whence < 0 || whence > 2) throw PyException.ValueError($"whence value {whence} unsupported");
        CheckClosed("seek of closed file");
        long pos = Ops.AsIndex(target);
        if (_wlen > 0) FlushWrites();
        if (whence == 1) pos -= _rlen - _rpos;
        // A seek inside the read buffer just moves within it.
        long result = RawSeek(pos, whence);
        _rpos = _rlen = 0;
        return result;
    }

    [PyMethod("tell($self, /)")]
    public long Tell()
    {
        if (_raw == null) throw PyException.ValueError("raw stream has been detached");
        long p = RawTell() - (_rlen - _rpos) + _wlen;
        return p < 0 ? 0 : p;
    }

    [PyMethod("truncate($self, pos=None, /)")]
    public PyObject Truncate(PyObject? pos = null)
    {
        CheckClosed("truncate of closed file");
        if (!_canWrite) throw IoModule.Unsupported("truncate");
        if (_wlen > 0) FlushWrites();
        if (pos is null or PyNone) pos = PyInt.Get(Tell());
        if (_rlen > _rpos) UndoReadAhead();
        _rpos = _rlen = 0;
        if (_fastRaw != null) return PyInt.Get(_fastRaw.TruncateTo(Ops.AsIndex(pos)));
        return IoModule.CallMethod(Raw, "truncate", pos);
    }

    // ---- state ----

    [PyMethod("close($self, /)")]
    public void Close()
    {
        if (_raw == null) throw PyException.ValueError("raw stream has been detached");
        if (ClosedNow) return;
        PyException? flushError = null;
        try { if (_canWrite) FlushAll(); }
        catch (PyException e) { flushError = e; }
        _baseClosed = true;
        if (_fastRaw != null) _fastRaw.Close();
        else IoModule.CallMethod(_raw, "close");
        if (flushError != null) throw flushError;
    }

    [PyMethod("detach($self, /)")]
    public PyObject Detach()
    {
        if (_raw == null) throw PyException.ValueError("raw stream has been detached");
        if (_canWrite) FlushAll();
        else if (ClosedNow) throw PyIOBase.ClosedError();
        var raw = _raw;
        _raw = null;
        _fastRaw = null;
        return raw;
    }

    [PyMethod("seekable($self, /)")]
    public PyObject Seekable() => IoModule.CallMethod(Raw, "seekable");

    [PyMethod("readable($self, /)")]
    public PyObject Readable() => IoModule.CallMethod(Raw, "readable");

    [PyMethod("writable($self, /)")]
    public PyObject Writable() => IoModule.CallMethod(Raw, "writable");

    [PyMethod("fileno($self, /)")]
    public PyObject Fileno() => IoModule.CallMethod(Raw, "fileno");

    [PyMethod("isatty($self, /)")]
    public PyObject IsAtty() => IoModule.CallMethod(Raw, "isatty");

    [PyMethod("__getstate__($self, /)")]
    public PyObject GetState() => throw PyException.TypeError($"cannot pickle '{(Type.IsHeapType ? Type.Name : "_io." + Type.Name)}' instances");

    [PyGetter("raw")]
    public PyObject RawGetter() => _raw ?? PyNone.Instance;

    [PyGetter("closed")]
    public PyObject Closed() => Ops.GetAttr(Raw, "closed");

    [PyGetter("name")]
    public PyObject Name() => Ops.GetAttr(Raw, "name");

    [PyGetter("mode")]
    public PyObject Mode() => Ops.GetAttr(Raw, "mode");

    internal bool IsExactBuiltin => !Type.IsHeapType;
    internal PyFileIO? FastRaw => _fastRaw;
}

public sealed partial class PyBufferedReader : PyBuffered
{
    public static new readonly PyType TypeObject = PyType.Builtin("BufferedReader", PyBufferedIOBase.TypeObject, typeof(PyBufferedReader),
        static t => SetupBuffered(t, true, false, static type => new PyBufferedReader(type)), TypeFlags.BaseType | TypeFlags.HasDict);

    public PyBufferedReader(PyType type) : base(type) { _canRead = true; }
}

public sealed partial class PyBufferedWriter : PyBuffered
{
    public static new readonly PyType TypeObject = PyType.Builtin("BufferedWriter", PyBufferedIOBase.TypeObject, typeof(PyBufferedWriter),
        static t => SetupBuffered(t, false, true, static type => new PyBufferedWriter(type)), TypeFlags.BaseType | TypeFlags.HasDict);

    public PyBufferedWriter(PyType type) : base(type) { _canWrite = true; }
}

public sealed partial class PyBufferedRandom : PyBuffered
{
    public static new readonly PyType TypeObject = PyType.Builtin("BufferedRandom", PyBufferedIOBase.TypeObject, typeof(PyBufferedRandom),
        static t => SetupBuffered(t, true, true, static type => new PyBufferedRandom(type)), TypeFlags.BaseType | TypeFlags.HasDict);

    public PyBufferedRandom(PyType type) : base(type) { _canRead = _canWrite = true; }
}

/// <summary>_io.BufferedRWPair: a reader and a writer over two raw streams, as one object.</summary>
public sealed partial class PyBufferedRWPair : PyBufferedIOBase
{
    public static new readonly PyType TypeObject = PyType.Builtin("BufferedRWPair", PyBufferedIOBase.TypeObject, typeof(PyBufferedRWPair),
        SetupType, TypeFlags.BaseType | TypeFlags.HasDict);

    PyBufferedReader? _reader;
    PyBufferedWriter? _writer;

    public PyBufferedRWPair(PyType type) : base(type) { }

    static PySignature? s_initSig;

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) => new PyBufferedRWPair(type);
        t.Init = static (self, args, kw) =>
        {
            var a = IoModule.Bind(ref s_initSig, "BufferedRWPair(reader, writer, buffer_size=8192, /)", args, kw);
            long size = a[2] == null ? IoModule.DefaultBufferSize : Ops.AsIndex(a[2]!);
            var p = (PyBufferedRWPair)self;
            p._reader = new PyBufferedReader(PyBufferedReader.TypeObject);
            p._reader.InitBuffered(a[0]!, size);
            p._writer = new PyBufferedWriter(PyBufferedWriter.TypeObject);
            p._writer.InitBuffered(a[1]!, size);
        };
        SetupCommon(t);
        SetupMembers(t);
    }

    PyBufferedReader R => _reader ?? throw PyException.ValueError("I/O operation on uninitialized object");
    PyBufferedWriter W => _writer ?? throw PyException.ValueError("I/O operation on uninitialized object");

    public override bool ClosedNow => W.ClosedNow;

    [PyMethod("read($self, size=-1, /)")]
    public PyObject Read(PyObject? size = null) => R.Read(size);

    [PyMethod("peek($self, size=0, /)")]
    public PyObject Peek(long size = 0) => R.Peek(size);

    [PyMethod("read1($self, size=-1, /)")]
    public PyObject Read1(PyObject? size = null) => R.Read1(size);

    [PyMethod("readinto($self, buffer, /)")]
    public PyObject ReadInto(PyObject buffer) => R.ReadInto(buffer);

    [PyMethod("readinto1($self, buffer, /)")]
    public PyObject ReadInto1(PyObject buffer) => R.ReadInto1(buffer);

    [PyMethod("write($self, buffer, /)")]
    public long Write(PyObject buffer) => W.Write(buffer);

    [PyMethod("flush($self, /)")]
    public void Flush() => W.Flush();

    [PyMethod("readable($self, /)")]
    public PyObject Readable() => R.Readable();

    [PyMethod("writable($self, /)")]
    public PyObject Writable() => W.Writable();

    [PyMethod("isatty($self, /)")]
    public PyObject IsAtty()
    {
        var r = W.IsAtty();
        return Ops.IsTrue(r) ? r : R.IsAtty();
    }

    [PyMethod("close($self, /)")]
    public void Close()
    {
        try { W.Close(); }
        finally { R.Close(); }
    }

    [PyGetter("closed")]
    public PyObject Closed() => W.Closed();
}
