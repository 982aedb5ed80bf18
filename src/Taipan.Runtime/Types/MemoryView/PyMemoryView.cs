using System.Buffers.Binary;

namespace Taipan.Runtime;

/// <summary>
/// Python memoryview, one-dimensional: a view of (start, step, count) items of a native single-character
/// format over a bytes-like exporter. Multi-dimensional shapes are not supported yet.
/// Unlike CPython, a view does not lock a bytearray against resizing for its whole lifetime (Taipan has no
/// reference counts to tell when an unreleased view dies); it reads the exporter's current storage on each access.
/// </summary>
public sealed partial class PyMemoryView : PyObject, IPyBuffer
{
    public static readonly PyType TypeObject = PyType.Builtin("memoryview", null, typeof(PyMemoryView), SetupType, TypeFlags.None);

    readonly PyObject _obj;
    readonly IPyBuffer _source;
    /// <summary>Byte offset of the first item, byte distance between items, item count.</summary>
    readonly int _start, _stride, _count;
    readonly char _format;
    readonly int _itemSize;
    readonly bool _readonly;
    bool _released;

    PyMemoryView(PyObject obj, IPyBuffer source, int start, int stride, int count, char format, bool readOnly)
        : base(TypeObject)
    {
        _obj = obj;
        _source = source;
        _start = start;
        _stride = stride;
        _count = count;
        _format = format;
        _itemSize = ItemSize(format);
        _readonly = readOnly;
    }

    public static PyMemoryView FromObject(PyObject obj)
    {
        if (obj is PyMemoryView mv)
        {
            mv.CheckReleased();
            return new PyMemoryView(mv._obj, mv._source, mv._start, mv._stride, mv._count, mv._format, mv._readonly);
        }
        if (obj is not IPyBuffer b)
            throw PyException.TypeError($"memoryview: a bytes-like object is required, not '{obj.Type.Name}'");
        return new PyMemoryView(obj, b, 0, 1, b.ReadOnlyBytes.Length, 'B', b.IsReadOnly);
    }

    static int ItemSize(char f) => f switch
    {
        'B' or 'b' or 'c' or '?' => 1,
        'h' or 'H' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'd' => 8,
        _ => 0,
    };

    void CheckReleased()
    {
        if (_released) throw PyException.ValueError("operation forbidden on released memoryview object");
    }

    bool Contiguous => _stride == _itemSize || _count <= 1;

    /// <summary>The exporter's bytes from this view's first byte on (re-read each time: the exporter may have changed).</summary>
    ReadOnlySpan<byte> SourceBytes
    {
        get
        {
            var all = _source.ReadOnlyBytes;
            long last = _count == 0 ? _start : _start + (long)(_count - 1) * _stride;
            if (_count > 0 && (last < 0 || last + _itemSize > all.Length || _start < 0 || _start + _itemSize > all.Length))
                throw PyException.Create(PyExc.BufferError, "memoryview: underlying buffer was resized");
            return all;
        }
    }

    /// <summary>The items' bytes in order (a copy when the view is strided).</summary>
    public byte[] ToArray()
    {
        CheckReleased();
        var src = SourceBytes;
        if (Contiguous) return src.Slice(_start, _count * _itemSize).ToArray();
        var r = new byte[_count * _itemSize];
        for (int k = 0; k < _count; k++) src.Slice(_start + k * _stride, _itemSize).CopyTo(r.AsSpan(k * _itemSize));
        return r;
    }

    // ---- IPyBuffer ----
    public ReadOnlySpan<byte> ReadOnlyBytes
    {
        get
        {
            CheckReleased();
            return Contiguous ? SourceBytes.Slice(_start, _count * _itemSize) : ToArray();
        }
    }

    public Span<byte> WritableBytes
    {
        get
        {
            CheckReleased();
            if (_readonly) throw PyException.TypeError("cannot modify read-only memory");
            if (!Contiguous) throw PyException.Create(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
            return _source.WritableBytes.Slice(_start, _count * _itemSize);
        }
    }

    public Memory<byte> Memory
    {
        get
        {
            CheckReleased();
            if (!Contiguous) return ToArray();
            return _source.Memory.Slice(_start, _count * _itemSize);
        }
    }

    public bool IsReadOnly => _readonly;
    public void AddExport() => _source.AddExport();
    public void ReleaseExport() => _source.ReleaseExport();

    // ---- items ----

    PyObject Unpack(ReadOnlySpan<byte> b) => _format switch
    {
        'B' => PyInt.Get(b[0]),
        'b' => PyInt.Get((sbyte)b[0]),
        'c' => new PyBytes([b[0]]),
        '?' => PyBool.Get(b[0] != 0),
        'h' => PyInt.Get(BinaryPrimitives.ReadInt16LittleEndian(b)),
        'H' => PyInt.Get(BinaryPrimitives.ReadUInt16LittleEndian(b)),
        'i' => PyInt.Get(BinaryPrimitives.ReadInt32LittleEndian(b)),
        'I' => PyInt.Get(BinaryPrimitives.ReadUInt32LittleEndian(b)),
        'l' or 'q' or 'n' => PyInt.Get(BinaryPrimitives.ReadInt64LittleEndian(b)),
        'L' or 'Q' or 'N' => PyInt.Get(new System.Numerics.BigInteger(BinaryPrimitives.ReadUInt64LittleEndian(b))),
        'f' => new PyFloat(BinaryPrimitives.ReadSingleLittleEndian(b)),
        _ => new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(b)),
    };

    void Pack(Span<byte> b, PyObject v)
    {
        PyException Invalid() => PyException.ValueError($"memoryview: invalid value for format '{_format}'");
        PyException BadType() => PyException.TypeError($"memoryview: invalid type for format '{_format}'");
        switch (_format)
        {
            case 'c':
                if (v is not PyBytes cb || cb.Length != 1) throw Invalid();
                b[0] = cb.Span[0];
                return;
            case '?':
                b[0] = Ops.IsTrue(v) ? (byte)1 : (byte)0;
                return;
            case 'f':
            case 'd':
                double d = v is PyFloat fl ? fl.Value : v is PyInt iv ? (double)iv.Big : throw BadType();
                if (_format == 'f') BinaryPrimitives.WriteSingleLittleEndian(b, (float)d);
                else BinaryPrimitives.WriteDoubleLittleEndian(b, d);
                return;
        }
        if (v is not PyInt && v.Type.Index == null) throw BadType();
        var big = Ops.Index(v).Big;
        bool signed = _format is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        var min = signed ? -(System.Numerics.BigInteger.One << (_itemSize * 8 - 1)) : System.Numerics.BigInteger.Zero;
        var max = signed ? (System.Numerics.BigInteger.One << (_itemSize * 8 - 1)) - 1 : (System.Numerics.BigInteger.One << (_itemSize * 8)) - 1;
        if (big < min || big > max) throw Invalid();
        var bytes = big.ToByteArray();
        byte fillByte = big.Sign < 0 ? (byte)0xFF : (byte)0;
        for (int k = 0; k < _itemSize; k++) b[k] = k < bytes.Length ? bytes[k] : fillByte;
    }

    public PyList ToList()
    {
        CheckReleased();
        var src = SourceBytes;
        var items = new PyObject[_count];
        for (int k = 0; k < _count; k++) items[k] = Unpack(src.Slice(_start + k * _stride, _itemSize));
        return new PyList(items);
    }

    PyObject GetItem(PyObject key)
    {
        CheckReleased();
        if (key is PyInt || (key.Type.Index != null && key is not PyFloat))
        {
            long i = Ops.AsIndex(key);
            if (i < 0) i += _count;
            if (i < 0 || i >= _count) throw PyException.IndexError("index out of bounds on dimension 1");
            return Unpack(SourceBytes.Slice(_start + (int)i * _stride, _itemSize));
        }
        if (SliceSupport.TryIndices(key, _count, out long start, out _, out long step, out long count))
            return new PyMemoryView(_obj, _source, _start + (int)start * _stride, _stride * (int)step, (int)count, _format, _readonly);
        if (key is PyTuple { Count: 0 }) return this;
        throw PyException.TypeError("memoryview: invalid slice key");
    }

    void SetItem(PyObject key, PyObject? value)
    {
        CheckReleased();
        if (value == null) throw PyException.TypeError("cannot delete memory");
        if (_readonly) throw PyException.TypeError("cannot modify read-only memory");
        var dst = _source.WritableBytes;
        if (key is PyInt || (key.Type.Index != null && key is not PyFloat))
        {
            long i = Ops.AsIndex(key);
            if (i < 0) i += _count;
            if (i < 0 || i >= _count) throw PyException.IndexError("index out of bounds on dimension 1");
            Pack(dst.Slice(_start + (int)i * _stride, _itemSize), value);
            return;
        }
        if (!SliceSupport.TryIndices(key, _count, out long start, out _, out long step, out long count))
            throw PyException.TypeError("memoryview: invalid slice key");
        if (value is not IPyBuffer vb) throw PyException.TypeError($"a bytes-like object is required, not '{value.Type.Name}'");
        var src = vb.ReadOnlyBytes.ToArray();
        char srcFormat = value is PyMemoryView vm ? vm._format : 'B';
        if (srcFormat != _format && !(srcFormat == 'B' && _format == 'c') || src.Length != count * _itemSize)
            throw PyException.ValueError("memoryview assignment: lvalue and rvalue have different structures");
        for (int k = 0; k < count; k++)
            src.AsSpan(k * _itemSize, _itemSize).CopyTo(dst.Slice(_start + (int)(start + k * step) * _stride, _itemSize));
    }

    // ---------------- methods ----------------

    [PyMethod("tobytes($self, /, order='C')")]
    public PyBytes ToBytes(PyObject? order = null) => new(ToArray());

    [PyMethod("tolist($self, /)")]
    public PyList ToListMethod() => ToList();

    [PyMethod("hex($self, /, sep=None, bytes_per_sep=1)")]
    public PyStr Hex(PyObject? sep = null, long bytes_per_sep = 1) => BytesMethods.Hex(ToArray(), sep, bytes_per_sep);

    [PyMethod("toreadonly($self, /)")]
    public PyMemoryView ToReadOnly()
    {
        CheckReleased();
        return new PyMemoryView(_obj, _source, _start, _stride, _count, _format, true);
    }

    [PyMethod("release($self, /)")]
    public void Release() => _released = true;

    [PyMethod("cast($self, /, format, shape=None)")]
    public PyMemoryView Cast(PyObject format, PyObject? shape = null)
    {
        CheckReleased();
        if (format is not PyStr fs) throw PyException.TypeError($"cast() argument 'format' must be str, not {format.Type.Name}");
        string f = fs.Value.StartsWith('@') ? fs.Value[1..] : fs.Value;
        if (f.Length != 1 || ItemSize(f[0]) == 0)
            throw PyException.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        char nf = f[0];
        if (!Contiguous) throw PyException.TypeError("memoryview: casts are restricted to C-contiguous views");
        bool byteFormat(char c) => c is 'B' or 'b' or 'c';
        if (!byteFormat(_format) && !byteFormat(nf)) throw PyException.TypeError("memoryview: cannot cast between two non-byte formats");
        int nbytes = _count * _itemSize;
        int size = ItemSize(nf);
        if (nbytes % size != 0) throw PyException.TypeError("memoryview: length is not a multiple of itemsize");
        if (shape != null && shape is not PyNone)
        {
            var dims = Ops.ToList(shape);
            if (dims.Count != 1 || Ops.AsIndex(dims[0]) * size != nbytes)
                throw PyException.NotImplementedError("memoryview: multi-dimensional casts are not supported yet");
        }
        return new PyMemoryView(_obj, _source, _start, size, nbytes / size, nf, _readonly);
    }

    [PyMethod("__enter__($self, /)")]
    public PyObject Enter()
    {
        CheckReleased();
        return this;
    }

    [PyMethod("__exit__($self, /, *exc_info)")]
    public void Exit(PyTuple exc_info) => Release();

    [PyGetter("obj")] public PyObject Obj() { CheckReleased(); return _obj; }
    [PyGetter("nbytes")] public long NBytes() { CheckReleased(); return (long)_count * _itemSize; }
    [PyGetter("readonly")] public bool ReadOnly() { CheckReleased(); return _readonly; }
    [PyGetter("itemsize")] public long ItemSizeGetter() { CheckReleased(); return _itemSize; }
    [PyGetter("format")] public PyStr FormatGetter() { CheckReleased(); return PyStr.FromCodePoint(_format); }
    [PyGetter("ndim")] public long NDim() { CheckReleased(); return 1; }
    [PyGetter("shape")] public PyTuple Shape() { CheckReleased(); return new PyTuple([PyInt.Get(_count)]); }
    [PyGetter("strides")] public PyTuple Strides() { CheckReleased(); return new PyTuple([PyInt.Get(_stride)]); }
    [PyGetter("suboffsets")] public PyTuple SubOffsets() { CheckReleased(); return PyTuple.Empty; }
    [PyGetter("c_contiguous")] public bool CContiguous() { CheckReleased(); return Contiguous; }
    [PyGetter("f_contiguous")] public bool FContiguous() { CheckReleased(); return Contiguous; }
    [PyGetter("contiguous")] public bool ContiguousGetter() { CheckReleased(); return Contiguous; }
    [PyGetter("released")] public bool Released() => _released;

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            if (args.Length != 1 || (nkw == 1 && ((PyStr)kw!.Items[0]).Value != "object"))
            {
                if (nkw == 1 && ((PyStr)kw!.Items[0]).Value != "object")
                    throw PyException.TypeError($"memoryview() got an unexpected keyword argument '{((PyStr)kw.Items[0]).Value}'");
                throw PyException.TypeError(args.Length == 0
                    ? "memoryview() missing required argument 'object' (pos 1)"
                    : $"memoryview() takes at most 1 argument ({args.Length} given)");
            }
            return FromObject(args[0]);
        };
        t.Repr = static o =>
        {
            var m = (PyMemoryView)o;
            return new PyStr((m._released ? "<released memory at " : "<memory at ") + Ops.AddressString(o) + ">");
        };
        t.Len = static o => { var m = (PyMemoryView)o; m.CheckReleased(); return m._count; };
        t.GetItem = static (o, key) => ((PyMemoryView)o).GetItem(key);
        t.Iter = static o => { ((PyMemoryView)o).CheckReleased(); return new PyMemoryIterator(o); };
        t.SetItem = static (o, key, value) => ((PyMemoryView)o).SetItem(key, value);
        t.Hash = static o =>
        {
            var m = (PyMemoryView)o;
            m.CheckReleased();
            if (!m._readonly) throw PyException.ValueError("cannot hash writable memoryview object");
            if (m._format is not ('B' or 'b' or 'c'))
                throw PyException.ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            return PyBytes.BytesHash(m.ToArray());
        };
        t.RichCompare = static (a, b, op) =>
        {
            if (op != CompareOp.Eq && op != CompareOp.Ne) return PyNotImplemented.Instance;
            var m = (PyMemoryView)a;
            if (m._released || (b is PyMemoryView bm && bm._released)) return PyBool.Get(ReferenceEquals(a, b) == (op == CompareOp.Eq));
            if (b is not IPyBuffer || b is PyStr) return PyNotImplemented.Instance;
            bool eq;
            var other = b as PyMemoryView ?? FromObject(b);
            if (m._format == 'B' && other._format == 'B') eq = m.ToArray().AsSpan().SequenceEqual(other.ToArray());
            else
            {
                var x = m.ToList();
                var y = other.ToList();
                eq = x.Count == y.Count;
                for (int k = 0; eq && k < x.Count; k++) eq = Ops.EqBool(x.Items[k], y.Items[k]);
            }
            return PyBool.Get(eq == (op == CompareOp.Eq));
        };
        SetupMembers(t);
    }
}

/// <summary>iter(memoryview): CPython's memory_iterator.</summary>
public sealed partial class PyMemoryIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("memory_iterator", null, typeof(PyMemoryIterator), SetupType, TypeFlags.None);

    PyObject? _view;
    long _i;

    public PyMemoryIterator(PyObject view) : base(TypeObject) { _view = view; }

    public PyObject? Next()
    {
        var v = _view;
        if (v == null) return null;
        if (_i < Ops.Len(v)) return Ops.GetItem(v, PyInt.Get(_i++));
        _view = null;
        return null;
    }

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        t.Iter = static o => o;
        t.Next = static o => ((PyMemoryIterator)o).Next();
        SetupMembers(t);
    }
}
