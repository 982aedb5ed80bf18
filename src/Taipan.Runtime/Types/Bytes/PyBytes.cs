namespace Taipan.Runtime;

/// <summary>Python bytes: an immutable array of bytes.</summary>
public partial class PyBytes : PyObject, IPyBuffer
{
    public static readonly PyType TypeObject = PyType.Builtin("bytes", null, typeof(PyBytes), SetupType,
        TypeFlags.BaseType | TypeFlags.BytesSubclass);

    public static readonly PyBytes Empty = new([]);

    readonly byte[] _data;
    long _hash = -1;

    /// <summary>Takes ownership of the array.</summary>
    public PyBytes(byte[] data) : base(TypeObject) { _data = data; }
    public PyBytes(PyType type, byte[] data) : base(type) { _data = data; }

    public static PyBytes FromSpan(ReadOnlySpan<byte> s) => s.Length == 0 ? Empty : new PyBytes(s.ToArray());

    public int Length => _data.Length;
    public ReadOnlySpan<byte> Span => _data;
    /// <summary>The backing array; callers must not modify it.</summary>
    public byte[] UnsafeArray => _data;

    public ReadOnlySpan<byte> ReadOnlyBytes => _data;
    public Span<byte> WritableBytes => throw PyException.TypeError("cannot modify read-only memory");
    public Memory<byte> Memory => _data;
    public bool IsReadOnly => true;
    public void AddExport() { }
    public void ReleaseExport() { }

    public long GetHash()
    {
        if (_hash != -1) return _hash;
        return _hash = BytesHash(_data);
    }

    /// <summary>The same function as str's hash over the values, so hash(b'abc') == hash('abc') as in CPython.</summary>
    internal static long BytesHash(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0) return 0;
        ulong x = HashSecret.StrSeed;
        foreach (byte c in data) x = (x ^ c) * 0x100000001B3UL;
        x ^= x >> 29; x *= 0xBF58476D1CE4E5B9UL; x ^= x >> 32;
        long r = (long)x;
        return r == -1 ? -2 : r;
    }

    PyBytes Exact() => Type == TypeObject ? this : new PyBytes(_data);

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) => BytesConstruction.NewBytes(type, args, kw);
        // int/float parsing of bytes-like arguments and int.to_bytes reach the bytes types through these hooks.
        PyInt.BytesLikeReader = static o => o is IPyBuffer b ? b.ReadOnlyBytes.ToArray() : null;
        PyInt.BytesFactory = static data => new PyBytes(data);
        t.Hash = static o => ((PyBytes)o).GetHash();
        t.Repr = static o => new PyStr(BytesRepr.Repr(((PyBytes)o)._data, "", ""));
        t.Str = static o => new PyStr(BytesRepr.Repr(((PyBytes)o)._data, "", ""));
        t.Len = static o => ((PyBytes)o)._data.Length;
        t.Bool = static o => ((PyBytes)o)._data.Length != 0;
        t.RichCompare = static (a, b, op) => BytesMethods.Compare(((PyBytes)a)._data, b, op);
        t.Add = static (a, b) => BytesMethods.Concat<BytesKind>(a, b, "bytes");
        t.Multiply = static (a, b) => BytesMethods.Repeat<BytesKind>(a, b);
        t.Remainder = static (a, b) => a is PyBytes x ? PercentFormat.FormatBytes(x._data, b, false) : PyNotImplemented.Instance;
        t.Contains = static (o, item) => BytesMethods.Contains(((PyBytes)o)._data, item);
        t.GetItem = static (o, key) => ((PyBytes)o).GetItem(key);
        t.Iter = static o => new PyBytesIterator(o);
        SetupMembers(t);
    }

    public PyObject GetItem(PyObject key)
    {
        if (key is PyInt || (key.Type.Index != null && key is not PyFloat))
        {
            var iv = Ops.Index(key);
            if (!iv.IsSmall) throw PyException.IndexError("cannot fit 'int' into an index-sized integer");
            long i = iv.Small;
            if (i < 0) i += _data.Length;
            if (i < 0 || i >= _data.Length) throw PyException.IndexError("index out of range");
            return PyInt.Get(_data[i]);
        }
        if (SliceSupport.TryIndices(key, _data.Length, out long start, out _, out long step, out long count))
        {
            if (step == 1 && count == _data.Length && Type == TypeObject) return this;
            return new PyBytes(BytesMethods.SliceArray(_data, start, step, count));
        }
        throw PyException.TypeError($"byte indices must be integers or slices, not {key.Type.Name}");
    }
}

/// <summary>Iterator over the ints of a bytes or bytearray (CPython's bytes_iterator / bytearray_iterator).</summary>
public sealed partial class PyBytesIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("bytes_iterator", null, typeof(PyBytesIterator), SetupType, TypeFlags.None);
    public static readonly PyType ByteArrayTypeObject = PyType.Builtin("bytearray_iterator", null, typeof(PyBytesIterator), SetupType, TypeFlags.None);

    PyObject? _seq;
    int _i;

    public PyBytesIterator(PyObject seq) : base(seq is PyByteArray ? ByteArrayTypeObject : TypeObject) { _seq = seq; }

    public PyObject? Next()
    {
        if (_seq is not IPyBuffer b) return null;
        var span = b.ReadOnlyBytes;
        if (_i < span.Length) return PyInt.Get(span[_i++]);
        _seq = null;
        return null;
    }

    [PyMethod("__length_hint__($self, /)")]
    public long LengthHint() => _seq is IPyBuffer b ? Math.Max(0, b.ReadOnlyBytes.Length - _i) : 0;

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        t.Iter = static o => o;
        t.Next = static o => ((PyBytesIterator)o).Next();
        SetupMembers(t);
    }
}

/// <summary>repr() of bytes and bytearray: CPython's quote choice and escapes.</summary>
public static class BytesRepr
{
    public static string Repr(ReadOnlySpan<byte> data, string prefix, string suffix)
    {
        bool single = data.Contains((byte)'\''), dbl = data.Contains((byte)'"');
        char quote = single && !dbl ? '"' : '\'';
        var sb = new System.Text.StringBuilder(data.Length + 3 + prefix.Length + suffix.Length);
        sb.Append(prefix).Append('b').Append(quote);
        foreach (byte c in data)
        {
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c >= 0x7F) sb.Append("\\x").Append(c.ToString("x2"));
            else sb.Append((char)c);
        }
        sb.Append(quote).Append(suffix);
        return sb.ToString();
    }
}
