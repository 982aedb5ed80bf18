using Taipan.Runtime;

namespace Taipan.Modules.Io;

/// <summary>
/// _io._IOBase (Modules/_io/iobase.c): the root of the hierarchy. Its generic methods (readline, readlines,
/// iteration, writelines, close) work through the object's own attributes, so Python subclasses that
/// provide read/peek/write get them; the concrete C# classes override them with direct code.
/// </summary>
public partial class PyIOBase : PyObject, IHasDict
{
    public static readonly PyType TypeObject = PyType.Builtin("_IOBase", null, typeof(PyIOBase), SetupType,
        TypeFlags.BaseType | TypeFlags.HasDict);

    public PyDict? Dict { get; set; }
    /// <summary>CPython's __IOBase_closed: set by _IOBase.close.</summary>
    protected bool _baseClosed;

    public PyIOBase(PyType type) : base(type) { Dict = new PyDict(); }

    static void SetupType(PyType t)
    {
        t.BuiltinModule = "_io";
        t.New = static (type, args, kw) => new PyIOBase(type);
        SetupCommon(t);
        SetupMembers(t);
    }

    /// <summary>Iteration and the module name, shared by every type of the hierarchy.</summary>
    protected static void SetupCommon(PyType t)
    {
        t.BuiltinModule = "_io";
        t.Iter = static o =>
        {
            if (IsClosed(o)) throw ClosedError();
            return o;
        };
        t.Next = static o =>
        {
            if (o is PyIOBase io && !o.Type.IsHeapType) return io.NextLine();
            var line = IoModule.CallMethod(o, "readline");
            return Ops.Len(line) == 0 ? null : line;
        };
    }

    public static PyException ClosedError() => PyException.ValueError("I/O operation on closed file.");

    /// <summary>Whether the object is closed, asking its `closed` attribute when a Python class may override it.</summary>
    public static bool IsClosed(PyObject o) =>
        o is PyIOBase io && !o.Type.IsHeapType ? io.ClosedNow : Ops.IsTrue(Ops.GetAttr(o, "closed"));

    /// <summary>The value of `closed` for the built-in classes.</summary>
    public virtual bool ClosedNow => _baseClosed;

    /// <summary>__next__ for built-in classes: one line, or null at the end.</summary>
    protected virtual PyObject? NextLine()
    {
        var line = IoModule.CallMethod(this, "readline");
        return Ops.Len(line) == 0 ? null : line;
    }

    protected void CheckClosed()
    {
        if (IsClosed(this)) throw ClosedError();
    }

    [PyMethod("seek($self, offset, whence=0, /)", Doc = "Change the stream position to the given byte offset.")]
    public PyObject SeekBase(PyObject offset, PyObject? whence = null) => throw IoModule.Unsupported("seek");

    [PyMethod("tell($self, /)", Doc = "Return current stream position.")]
    public PyObject TellBase() => IoModule.CallMethod(this, "seek", PyInt.Zero, PyInt.Get(1));

    [PyMethod("truncate($self, size=None, /)", Doc = "Truncate file to size bytes.")]
    public PyObject TruncateBase(PyObject? size = null) => throw IoModule.Unsupported("truncate");

    [PyMethod("flush($self, /)", Doc = "Flush write buffers, if applicable.")]
    public void FlushBase()
    {
        if (IsClosed(this)) throw ClosedError();
    }

    [PyMethod("close($self, /)", Doc = "Flush and close the IO object.\n\nThis method has no effect if the file is already closed.")]
    public void CloseBase()
    {
        if (IsClosed(this)) return;
        try { IoModule.CallMethod(this, "flush"); }
        finally { _baseClosed = true; }
    }

    [PyGetter("closed")]
    public PyObject ClosedBase() => PyBool.Get(_baseClosed);

    [PyMethod("seekable($self, /)", Doc = "Return whether object supports random access.")]
    public bool SeekableBase() => false;

    [PyMethod("readable($self, /)", Doc = "Return whether object was opened for reading.")]
    public bool ReadableBase() => false;

    [PyMethod("writable($self, /)", Doc = "Return whether object was opened for writing.")]
    public bool WritableBase() => false;

    [PyMethod("_checkClosed($self, /)")]
    public void CheckClosedMethod()
    {
        if (IsClosed(this)) throw ClosedError();
    }

    [PyMethod("_checkSeekable($self, /)")]
    public PyObject CheckSeekable()
    {
        var r = IoModule.CallMethod(this, "seekable");
        if (!Ops.IsTrue(r)) throw IoModule.Unsupported("File or stream is not seekable.");
        return r;
    }

    [PyMethod("_checkReadable($self, /)")]
    public PyObject CheckReadable()
    {
        var r = IoModule.CallMethod(this, "readable");
        if (!Ops.IsTrue(r)) throw IoModule.Unsupported("File or stream is not readable.");
        return r;
    }

    [PyMethod("_checkWritable($self, /)")]
    public PyObject CheckWritable()
    {
        var r = IoModule.CallMethod(this, "writable");
        if (!Ops.IsTrue(r)) throw IoModule.Unsupported("File or stream is not writable.");
        return r;
    }

    [PyMethod("fileno($self, /)", Doc = "Return underlying file descriptor if one exists.")]
    public PyObject FilenoBase() => throw IoModule.Unsupported("fileno");

    [PyMethod("isatty($self, /)", Doc = "Return whether this is an 'interactive' stream.")]
    public bool IsAttyBase()
    {
        if (IsClosed(this)) throw ClosedError();
        return false;
    }

    [PyMethod("__enter__($self, /)")]
    public PyObject Enter()
    {
        if (IsClosed(this)) throw ClosedError();
        return this;
    }

    [PyMethod("__exit__($self, /, *args)")]
    public PyObject Exit(ReadOnlySpan<PyObject> args) => IoModule.CallMethod(this, "close");

    [PyMethod("readline($self, size=-1, /)", Doc = "Read and return a line from the stream.")]
    public PyObject ReadLineBase(PyObject? size = null)
    {
        long limit = IoModule.SizeArg(size);
        var peek = Ops.TryGetAttr(this, "peek");
        var res = new List<byte>();
        while (limit < 0 || res.Count < limit)
        {
            long n = 1;
            if (peek != null)
            {
                var ahead = Ops.Call(peek, [PyInt.Get(1)]);
                if (ahead is not PyBytes ab)
                    throw PyException.Create(PyExc.OSError, $"peek() should have returned a bytes object, not '{ahead.Type.Name}'");
                if (ab.Length == 0) break;
                int nl = ab.Span.IndexOf((byte)'\n');
                n = nl >= 0 ? nl + 1 : ab.Length;
                if (limit >= 0) n = Math.Min(n, limit - res.Count);
            }
            var b = IoModule.CallMethod(this, "read", PyInt.Get(n));
            if (b is PyNone) break;
            if (b is not PyBytes bb)
                throw PyException.Create(PyExc.OSError, $"read() should have returned a bytes object, not '{b.Type.Name}'");
            if (bb.Length == 0) break;
            res.AddRange(bb.Span);
            if (res[^1] == (byte)'\n') break;
        }
        return new PyBytes(res.ToArray());
    }

    [PyMethod("readlines($self, hint=-1, /)", Doc = "Return a list of lines from the stream.")]
    public PyObject ReadLines(PyObject? hint = null)
    {
        long h = IoModule.SizeArg(hint);
        var result = new PyList();
        var it = Ops.GetIter(this);
        long total = 0;
        while (Ops.Next(it) is { } line)
        {
            result.Append(line);
            if (h > 0)
            {
                total += Ops.Len(line);
                if (total >= h) break;
            }
        }
        return result;
    }

    [PyMethod("writelines($self, lines, /)", Doc = "Write a list of lines to stream.")]
    public void WriteLines(PyObject lines)
    {
        if (IsClosed(this)) throw ClosedError();
        var it = Ops.GetIter(lines);
        var write = Ops.GetAttr(this, "write");
        while (Ops.Next(it) is { } line) Ops.Call(write, [line]);
    }
}

/// <summary>_io._RawIOBase: read() and readall() in terms of readinto().</summary>
public partial class PyRawIOBase : PyIOBase
{
    public static new readonly PyType TypeObject = PyType.Builtin("_RawIOBase", PyIOBase.TypeObject, typeof(PyRawIOBase), SetupType,
        TypeFlags.BaseType | TypeFlags.HasDict);

    public PyRawIOBase(PyType type) : base(type) { }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) => new PyRawIOBase(type);
        SetupCommon(t);
        SetupMembers(t);
    }

    [PyMethod("read($self, size=-1, /)")]
    public PyObject ReadRaw(PyObject? size = null)
    {
        long n = IoModule.SizeArg(size);
        if (n < 0) return IoModule.CallMethod(this, "readall");
        var b = new PyByteArray(new byte[n]);
        var r = IoModule.CallMethod(this, "readinto", b);
        if (r is PyNone) return r;
        long got = Ops.AsIndex(r);
        if (got < 0 || got > n) throw PyException.ValueError($"readinto returned {got} outside buffer size {n}");
        return PyBytes.FromSpan(b.ReadOnlyBytes[..(int)got]);
    }

    [PyMethod("readall($self, /)", Doc = "Read until EOF, using multiple read() call.")]
    public PyObject ReadAllRaw()
    {
        var acc = new List<byte>();
        while (true)
        {
            var data = IoModule.CallMethod(this, "read", PyInt.Get(IoModule.DefaultBufferSize));
            if (data is PyNone)
            {
                if (acc.Count == 0) return data;
                break;
            }
            if (data is not PyBytes d) throw PyException.TypeError("read() should return bytes");
            if (d.Length == 0) break;
            acc.AddRange(d.Span);
        }
        return new PyBytes(acc.ToArray());
    }

    [PyMethod("readinto($self, buffer, /)")]
    public PyObject ReadIntoRaw(PyObject buffer) => throw PyException.Create(PyExc.NotImplementedError);

    [PyMethod("write($self, b, /)")]
    public PyObject WriteRaw(PyObject b) => throw PyException.Create(PyExc.NotImplementedError);
}

/// <summary>_io._BufferedIOBase: readinto() in terms of read(); the rest raise UnsupportedOperation.</summary>
public partial class PyBufferedIOBase : PyIOBase
{
    public static new readonly PyType TypeObject = PyType.Builtin("_BufferedIOBase", PyIOBase.TypeObject, typeof(PyBufferedIOBase), SetupType,
        TypeFlags.BaseType | TypeFlags.HasDict);

    public PyBufferedIOBase(PyType type) : base(type) { }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) => new PyBufferedIOBase(type);
        SetupCommon(t);
        SetupMembers(t);
    }

    [PyMethod("detach($self, /)")]
    public PyObject DetachBase() => throw IoModule.Unsupported("detach");

    [PyMethod("read($self, size=-1, /)")]
    public PyObject ReadBase(PyObject? size = null) => throw IoModule.Unsupported("read");

    [PyMethod("read1($self, size=-1, /)")]
    public PyObject Read1Base(PyObject? size = null) => throw IoModule.Unsupported("read1");

    [PyMethod("readinto($self, buffer, /)")]
    public PyObject ReadIntoBase(PyObject buffer) => ReadIntoVia(buffer, "read");

    [PyMethod("readinto1($self, buffer, /)")]
    public PyObject ReadInto1Base(PyObject buffer) => ReadIntoVia(buffer, "read1");

    PyObject ReadIntoVia(PyObject buffer, string method)
    {
        if (buffer is not IPyBuffer buf || buf.IsReadOnly)
            throw PyException.TypeError($"{method}into() argument must be read-write bytes-like object, not {buffer.Type.Name}");
        int len = buf.WritableBytes.Length;
        var data = IoModule.CallMethod(this, method, PyInt.Get(len));
        if (data is not PyBytes d) throw PyException.TypeError("read() should return bytes");
        if (d.Length > len) throw PyException.ValueError($"read() returned too much data: {len} bytes requested, {d.Length} returned");
        d.Span.CopyTo(buf.WritableBytes);
        return PyInt.Get(d.Length);
    }

    [PyMethod("write($self, b, /)")]
    public PyObject WriteBase(PyObject b) => throw IoModule.Unsupported("write");
}

/// <summary>_io._TextIOBase: the text interface, all unsupported here.</summary>
public partial class PyTextIOBase : PyIOBase
{
    public static new readonly PyType TypeObject = PyType.Builtin("_TextIOBase", PyIOBase.TypeObject, typeof(PyTextIOBase), SetupType,
        TypeFlags.BaseType | TypeFlags.HasDict);

    public PyTextIOBase(PyType type) : base(type) { }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) => new PyTextIOBase(type);
        SetupCommon(t);
        SetupMembers(t);
    }

    [PyMethod("detach($self, /)")]
    public PyObject DetachText() => throw IoModule.Unsupported("detach");

    [PyMethod("read($self, size=-1, /)")]
    public PyObject ReadText(PyObject? size = null) => throw IoModule.Unsupported("read");

    [PyMethod("readline($self, size=-1, /)")]
    public PyObject ReadLineText(PyObject? size = null) => throw IoModule.Unsupported("readline");

    [PyMethod("write($self, s, /)")]
    public PyObject WriteText(PyObject s) => throw IoModule.Unsupported("write");

    [PyGetter("encoding")]
    public virtual PyObject EncodingGetter() => PyNone.Instance;

    [PyGetter("newlines")]
    public virtual PyObject NewlinesGetter() => PyNone.Instance;

    [PyGetter("errors")]
    public virtual PyObject ErrorsGetter() => PyNone.Instance;
}
