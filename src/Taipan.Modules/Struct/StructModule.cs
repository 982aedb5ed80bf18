using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>_struct: pack and unpack binary records; struct.py re-exports everything.</summary>
[PyModule("_struct")]
public static partial class StructModule
{
    static StructModule()
    {
        BuiltinTypes.Register(PyStruct.TypeObject);
        BuiltinTypes.Register(UnpackIterator.TypeObject);
    }

    [ThreadStatic] static PyType? t_error;
    [ThreadStatic] static Dictionary<string, PyStruct>? t_cache;

    internal static PyException Error(string message) =>
        t_error != null ? PyException.Create(t_error, message) : PyException.ValueError(message);

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("_struct", "Functions to convert between Python values and C structs.");
        RegisterFunctions(m.Dict, m);
        var ns = new PyDict();
        ns.SetItem("__module__", new PyStr("struct"));
        var error = ClassBuilder.Create(PyType.TypeType, new PyStr("error"), PyTuple.Create(PyExc.Exception), ns, null);
        t_error = error;
        m.Set("error", error);
        m.Set("Struct", PyStruct.TypeObject);
        return m;
    }

    internal static PyStruct Get(PyObject format)
    {
        string key = PyStruct.FormatString(format);
        var cache = t_cache ??= new();
        if (cache.TryGetValue(key, out var s)) return s;
        if (cache.Count >= 100) cache.Clear();
        s = new PyStruct(PyStruct.TypeObject, format);
        cache[key] = s;
        return s;
    }

    [PyMethod("_clearcache($module, /)", Doc = "Clear the internal cache.")]
    static void ClearCache() => t_cache?.Clear();

    [PyMethod("calcsize($module, format, /)", Doc = "Return size in bytes of the struct described by the format string.")]
    static long CalcSize(PyObject format) => Get(format).Format.Size;

    [PyMethod("pack($module, format, /, *v)", Doc = "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings.", HideSignature = true)]
    static PyObject Pack(PyObject format, ReadOnlySpan<PyObject> v) => Get(format).PackValues(v);

    [PyMethod("pack_into($module, format, buffer, offset, /, *v)", Doc = "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non format strings.", HideSignature = true)]
    static void PackInto(PyObject format, PyObject buffer, PyObject offset, ReadOnlySpan<PyObject> v) =>
        Get(format).PackIntoValues(buffer, offset, v);

    [PyMethod("unpack($module, format, buffer, /)", Doc = "Return a tuple containing values unpacked according to the format string.")]
    static PyObject Unpack(PyObject format, PyObject buffer) => Get(format).UnpackBuffer(buffer);

    [PyMethod("unpack_from($module, format, /, buffer, offset=0)", Doc = "Return a tuple containing values unpacked according to the format string.")]
    static PyObject UnpackFrom(PyObject format, PyObject buffer, long offset = 0) => Get(format).UnpackFromBuffer(buffer, offset);

    [PyMethod("iter_unpack($module, format, buffer, /)", Doc = "Return an iterator yielding tuples.")]
    static PyObject IterUnpack(PyObject format, PyObject buffer) => Get(format).IterUnpackBuffer(buffer);
}

/// <summary>_struct.Struct: a compiled format.</summary>
public sealed partial class PyStruct : PyObject
{
    public static readonly PyType TypeObject = ModuleHelpers.Type("Struct", "_struct", typeof(PyStruct), SetupType);

    internal StructFormat Format = null!;
    PyObject _format = PyNone.Instance;

    internal PyStruct(PyType type, PyObject format) : base(type) => SetFormat(format);

    internal static string FormatString(PyObject format) => format switch
    {
        PyStr s => s.Value,
        PyBytes b => System.Text.Encoding.Latin1.GetString(((IPyBuffer)b).ReadOnlyBytes),
        _ => throw PyException.TypeError($"Struct() argument 1 must be a str or bytes object, not {format.Type.Name}"),
    };

    void SetFormat(PyObject format)
    {
        var s = FormatString(format);
        Format = StructFormat.Compile(s);
        _format = format is PyStr ? format : new PyStr(s);
    }

    static readonly PySignature s_sig = new("Struct(format)");

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            var a = s_sig.Bind(args, kw, out _, out _);
            return new PyStruct(type, a[0]!);
        };
        t.Init = static (self, args, kw) => { };
        SetupMembers(t);
    }

    internal PyObject PackValues(ReadOnlySpan<PyObject> v)
    {
        if (v.Length != Format.Items.Length)
            throw StructModule.Error($"pack expected {Format.Items.Length} items for packing (got {v.Length})");
        var buf = new byte[Format.Size];
        Format.Pack(buf, v);
        return new PyBytes(buf);
    }

    internal void PackIntoValues(PyObject buffer, PyObject offsetObj, ReadOnlySpan<PyObject> v)
    {
        if (v.Length != Format.Items.Length)
            throw StructModule.Error($"pack_into expected {Format.Items.Length} items for packing (got {v.Length})");
        if (buffer is not IPyBuffer pb || pb.IsReadOnly)
            throw PyException.TypeError($"argument must be read-write bytes-like object, not {buffer.Type.Name}");
        long offset = Ops.AsIndex(offsetObj);
        var span = pb.WritableBytes;
        long len = span.Length;
        if (offset < 0)
        {
            if (offset + Format.Size > 0) throw StructModule.Error($"no space to pack {Format.Size} bytes at offset {offset}");
            if (offset + len < 0) throw StructModule.Error($"offset {offset} out of range for {len}-byte buffer");
            offset += len;
        }
        if (len - offset < Format.Size)
        {
            throw StructModule.Error($"pack_into requires a buffer of at least {Format.Size + offset} bytes for packing {Format.Size} bytes at offset {offset} (actual buffer size is {len})");
        }
        var tmp = new byte[Format.Size];
        Format.Pack(tmp, v);
        tmp.CopyTo(span.Slice((int)offset));
    }

    static ReadOnlySpan<byte> Bytes(PyObject buffer) =>
        BytesLike.TryGet(buffer, out var b) ? b : throw PyException.TypeError($"a bytes-like object is required, not '{buffer.Type.Name}'");

    internal PyObject UnpackBuffer(PyObject buffer)
    {
        var b = Bytes(buffer);
        if (b.Length != Format.Size) throw StructModule.Error($"unpack requires a buffer of {Format.Size} bytes");
        return Format.Unpack(b);
    }

    internal PyObject UnpackFromBuffer(PyObject buffer, long offset)
    {
        var b = Bytes(buffer);
        long len = b.Length;
        if (offset < 0)
        {
            if (offset + len < 0) throw StructModule.Error($"offset {offset} out of range for {len}-byte buffer");
            offset += len;
        }
        if (len - offset < Format.Size)
        {
            throw StructModule.Error($"unpack_from requires a buffer of at least {Format.Size + offset} bytes for unpacking {Format.Size} bytes at offset {offset} (actual buffer size is {len})");
        }
        return Format.Unpack(b.Slice((int)offset, Format.Size));
    }

    internal PyObject IterUnpackBuffer(PyObject buffer)
    {
        var b = Bytes(buffer);
        if (Format.Size == 0) throw StructModule.Error("cannot iteratively unpack with a struct of length 0");
        if (b.Length % Format.Size != 0)
            throw StructModule.Error($"iterative unpacking requires a buffer of a multiple of {Format.Size} bytes");
        return new UnpackIterator(this, b.ToArray());
    }

    [PyMethod("pack($self, /, *v)", Doc = "S.pack(v1, v2, ...) -> bytes", HideSignature = true)]
    PyObject Pack(ReadOnlySpan<PyObject> v) => PackValues(v);

    [PyMethod("pack_into($self, buffer, offset, /, *v)", Doc = "S.pack_into(buffer, offset, v1, v2, ...)", HideSignature = true)]
    void PackInto(PyObject buffer, PyObject offset, ReadOnlySpan<PyObject> v) => PackIntoValues(buffer, offset, v);

    [PyMethod("unpack($self, buffer, /)", Doc = "Return a tuple containing unpacked values.")]
    PyObject Unpack(PyObject buffer) => UnpackBuffer(buffer);

    [PyMethod("unpack_from($self, /, buffer, offset=0)", Doc = "Return a tuple containing unpacked values.")]
    PyObject UnpackFrom(PyObject buffer, long offset = 0) => UnpackFromBuffer(buffer, offset);

    [PyMethod("iter_unpack($self, buffer, /)", Doc = "Return an iterator yielding tuples.")]
    PyObject IterUnpack(PyObject buffer) => IterUnpackBuffer(buffer);

    [PyMethod("__sizeof__($self, /)")]
    long SizeOf() => 48 + 16L * Format.Items.Length;

    [PyGetter("format", Doc = "struct format string")]
    PyObject FormatGetter() => _format;

    [PyGetter("size", Doc = "struct size in bytes")]
    long SizeGetter() => Format.Size;
}

/// <summary>_struct.unpack_iterator.</summary>
public sealed partial class UnpackIterator : PyObject
{
    public static readonly PyType TypeObject = ModuleHelpers.Type("unpack_iterator", "_struct", typeof(UnpackIterator), SetupType, flags: TypeFlags.None);

    readonly PyStruct _s;
    readonly byte[] _data;
    int _pos;

    internal UnpackIterator(PyStruct s, byte[] data) : base(TypeObject)
    {
        _s = s;
        _data = data;
    }

    static void SetupType(PyType t)
    {
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (UnpackIterator)o;
            int size = z._s.Format.Size;
            if (z._pos + size > z._data.Length) return null;
            var r = z._s.Format.Unpack(z._data.AsSpan(z._pos, size));
            z._pos += size;
            return r;
        };
        SetupMembers(t);
    }

    [PyMethod("__length_hint__($self, /)")]
    long LengthHint() => (_data.Length - _pos) / Math.Max(1, _s.Format.Size);
}
