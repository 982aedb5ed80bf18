using Taipan.Runtime;

namespace Taipan.Modules.Io;

/// <summary>_io.BytesIO (Modules/_io/bytesio.c): an in-memory bytes stream; getbuffer() exports a live view.</summary>
public sealed partial class PyBytesIO : PyBufferedIOBase
{
    public static new readonly PyType TypeObject = PyType.Builtin("BytesIO", PyBufferedIOBase.TypeObject, typeof(PyBytesIO), SetupType,
        TypeFlags.BaseType | TypeFlags.HasDict);

    byte[]? _buf = [];
    int _size, _pos;
    internal int _exports;

    public PyBytesIO(PyType type) : base(type) { }

    static PySignature? s_initSig;

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) => new PyBytesIO(type);
        t.Init = static (self, args, kw) =>
        {
            var a = IoModule.Bind(ref s_initSig, "BytesIO(initial_bytes=b'')", args, kw);
            var b = (PyBytesIO)self;
            b.CheckExports();
            b._pos = 0;
            b._size = 0;
            b._buf = [];
            if (a[0] != null && a[0] is not PyNone)
            {
                var data = BytesLike.Require(a[0]!);
                b._buf = data.ToArray();
                b._size = data.Length;
            }
        };
        SetupCommon(t);
        SetupMembers(t);
    }

    public override bool ClosedNow => _buf == null;

    void CheckOpen()
    {
        if (_buf == null) throw PyIOBase.ClosedError();
    }

    void CheckExports()
    {
        if (_exports > 0) throw PyException.Create(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
    }

    internal Span<byte> Bytes => _buf.AsSpan(0, _size);

    [PyMethod("getbuffer($self, /)", Doc = "Get a read-write view over the contents of the BytesIO object.")]
    public PyObject GetBuffer()
    {
        CheckOpen();
        return PyMemoryView.FromObject(new BytesIOBuffer(this));
    }

    [PyMethod("getvalue($self, /)", Doc = "Retrieve the entire contents of the BytesIO object.")]
    public PyObject GetValue()
    {
        CheckOpen();
        return PyBytes.FromSpan(Bytes);
    }

    [PyMethod("isatty($self, /)")]
    public bool IsAtty() { CheckOpen(); return false; }

    [PyMethod("readable($self, /)")]
    public bool Readable() { CheckOpen(); return true; }

    [PyMethod("writable($self, /)")]
    public bool Writable() { CheckOpen(); return true; }

    [PyMethod("seekable($self, /)")]
    public bool Seekable() { CheckOpen(); return true; }

    [PyMethod("flush($self, /)")]
    public void Flush() => CheckOpen();

    [PyMethod("tell($self, /)")]
    public long Tell() { CheckOpen(); return _pos; }

    ReadOnlySpan<byte> Take(long size)
    {
        CheckOpen();
        long n = _size - _pos;
        if (size >= 0 && size < n) n = size;
        if (n <= 0) return default;
        var r = _buf.AsSpan(_pos, (int)n);
        _pos += (int)n;
        return r;
    }

    [PyMethod("read($self, size=-1, /)")]
    public PyObject Read(PyObject? size = null)
    {
        long n = IoModule.SizeArg(size);
        CheckOpen();
        // A whole-buffer read of an unshared buffer could hand the array over; copy for simplicity.
        return PyBytes.FromSpan(Take(n));
    }

    [PyMethod("read1($self, size=-1, /)")]
    public PyObject Read1(PyObject? size = null) => Read(size);

    int LineEnd(long limit)
    {
        int start = _pos, end = _size;
        if (start >= end) return start;
        int nl = _buf.AsSpan(start, end - start).IndexOf((byte)'\n');
        int stop = nl < 0 ? end : start + nl + 1;
        if (limit >= 0 && stop - start > limit) stop = start + (int)limit;
        return stop;
    }

    [PyMethod("readline($self, size=-1, /)")]
    public PyObject ReadLine(PyObject? size = null)
    {
        long limit = IoModule.SizeArg(size);
        CheckOpen();
        int stop = LineEnd(limit);
        var r = PyBytes.FromSpan(_buf.AsSpan(_pos, stop - _pos));
        _pos = Math.Max(_pos, stop);
        return r;
    }

    protected override PyObject? NextLine()
    {
        CheckOpen();
        if (_pos >= _size) return null;
        int stop = LineEnd(-1);
        var r = PyBytes.FromSpan(_buf.AsSpan(_pos, stop - _pos));
        _pos = stop;
        return r;
    }

    [PyMethod("readlines($self, size=None, /)")]
    public PyObject ReadLinesBytes(PyObject? size = null)
    {
        long hint = IoModule.SizeArg(size);
        CheckOpen();
        var result = new PyList();
        long total = 0;
        while (_pos < _size)
        {
            int stop = LineEnd(-1);
            result.Append(PyBytes.FromSpan(_buf.AsSpan(_pos, stop - _pos)));
            total += stop - _pos;
            _pos = stop;
            if (hint > 0 && total >= hint) break;
        }
        return result;
    }

    [PyMethod("readinto($self, buffer, /)")]
    public PyObject ReadInto(PyObject buffer)
    {
        if (buffer is not IPyBuffer b || b.IsReadOnly)
            throw PyException.TypeError($"readinto() argument must be read-write bytes-like object, not {buffer.Type.Name}");
        var dest = b.WritableBytes;
        var src = Take(dest.Length);
        src.CopyTo(dest);
        return PyInt.Get(src.Length);
    }

    [PyMethod("truncate($self, size=None, /)")]
    public PyObject Truncate(PyObject? size = null)
    {
        CheckOpen();
        CheckExports();
        long n = size is null or PyNone ? _pos : Ops.AsIndex(size);
        if (n < 0) throw PyException.ValueError($"negative size value {n}");
        if (n < _size) _size = (int)n;
        return PyInt.Get(n);
    }

    [PyMethod("seek($self, pos, whence=0, /)")]
    public PyObject Seek(PyObject pos, int whence = 0)
    {
        long p = Ops.AsIndex(pos);
        CheckOpen();
        if (whence < 0 || whence > 2) throw PyException.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        if (whence == 0 && p < 0) throw PyException.ValueError($"negative seek value {p}");
        if (whence == 1) p += _pos;
        else if (whence == 2) p += _size;
        if (p < 0) p = 0;
        if (p > int.MaxValue) throw PyException.OverflowError("new position too large");
        _pos = (int)p;
        return PyInt.Get(p);
    }

    internal int WriteSpan(ReadOnlySpan<byte> data)
    {
        CheckOpen();
        CheckExports();
        if (data.Length == 0) return 0;
        long end = (long)_pos + data.Length;
        if (end > int.MaxValue) throw PyException.OverflowError("new buffer size too large");
        if (end > _buf!.Length) Array.Resize(ref _buf, (int)Math.Max(end, Math.Min(int.MaxValue, _buf.Length * 2L)));
        // Writing past the end fills the gap with zero bytes.
        if (_pos > _size) Array.Clear(_buf, _size, _pos - _size);
        data.CopyTo(_buf.AsSpan(_pos));
        _pos = (int)end;
        if (_pos > _size) _size = _pos;
        return data.Length;
    }

    [PyMethod("write($self, b, /)")]
    public long Write(PyObject b)
    {
        if (b is not IPyBuffer buf) throw PyException.TypeError($"a bytes-like object is required, not '{b.Type.Name}'");
        return WriteSpan(buf.ReadOnlyBytes);
    }

    [PyMethod("writelines($self, lines, /)")]
    public void WriteLinesBytes(PyObject lines)
    {
        CheckOpen();
        var it = Ops.GetIter(lines);
        while (Ops.Next(it) is { } line) Write(line);
    }

    [PyMethod("close($self, /)")]
    public void Close()
    {
        CheckExports();
        _buf = null;
        _baseClosed = true;
    }

    [PyGetter("closed")]
    public PyObject Closed() => PyBool.Get(_buf == null);

    [PyMethod("__getstate__($self, /)")]
    public PyObject GetState()
    {
        CheckOpen();
        PyObject d = Dict is { Count: > 0 } dd ? dd.Copy() : PyNone.Instance;
        return new PyTuple([GetValue(), PyInt.Get(_pos), d]);
    }

    [PyMethod("__setstate__($self, state, /)")]
    public void SetState(PyObject state)
    {
        if (state is not PyTuple t || t.Count < 3)
            throw PyException.TypeError($"{Type.Name}.__setstate__ argument should be 3-tuple, got {state.Type.Name}");
        CheckExports();
        var data = BytesLike.Require(t[0]);
        _buf = data.ToArray();
        _size = data.Length;
        if (t[1] is not PyInt pi) throw PyException.TypeError($"second item of state must be an integer, not {t[1].Type.Name}");
        long p = pi.IsSmall ? pi.Small : long.MaxValue;
        if (p < 0) throw PyException.ValueError("position value cannot be negative");
        _pos = (int)Math.Min(p, int.MaxValue);
        if (t[2] is PyDict d)
        {
            Dict ??= new PyDict();
            var pos = 0;
            while (d.Next(ref pos, out var k, out var v)) Dict.SetItem(k, v);
        }
        else if (t[2] is not PyNone)
            throw PyException.TypeError($"third item of state should be a dict, got a {t[2].Type.Name}");
    }

    /// <summary>The exporter behind getbuffer(): a live view of the BytesIO's bytes that blocks resizing while held.</summary>
    sealed class BytesIOBuffer : PyObject, IPyBuffer
    {
        static readonly PyType s_type = PyType.Builtin("_BytesIOBuffer", null, typeof(BytesIOBuffer), static t => t.BuiltinModule = "_io", TypeFlags.None);
        readonly PyBytesIO _owner;

        public BytesIOBuffer(PyBytesIO owner) : base(s_type) { _owner = owner; }

        public ReadOnlySpan<byte> ReadOnlyBytes => _owner.Bytes;
        public Span<byte> WritableBytes => _owner.Bytes;
        public Memory<byte> Memory => _owner._buf.AsMemory(0, _owner._size);
        public bool IsReadOnly => false;
        public void AddExport() => _owner._exports++;
        public void ReleaseExport() => _owner._exports--;
    }
}
