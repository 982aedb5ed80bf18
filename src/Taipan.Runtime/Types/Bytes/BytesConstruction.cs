namespace Taipan.Runtime;

/// <summary>The constructors bytes(...) and bytearray(...) (and str(bytes, encoding, errors)): argument handling as CPython.</summary>
internal static class BytesConstruction
{
    /// <summary>Splits (source, encoding, errors) from a vectorcall argument list.</summary>
    public static void ParseArgs(string fname, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string firstName,
        out PyObject? source, out PyObject? encoding, out PyObject? errors)
    {
        source = encoding = errors = null;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos > 3) throw PyException.TypeError($"{fname}() takes at most 3 arguments ({args.Length} given)");
        if (npos > 0) source = args[0];
        if (npos > 1) encoding = args[1];
        if (npos > 2) errors = args[2];
        for (int k = 0; k < nkw; k++)
        {
            var name = ((PyStr)kwnames!.Items[k]).Value;
            var v = args[npos + k];
            int slot = name == firstName ? 0 : name == "encoding" ? 1 : name == "errors" ? 2 : -1;
            if (slot < 0) throw PyException.TypeError($"'{name}' is an invalid keyword argument for {fname}()");
            if (slot < npos)
                throw PyException.TypeError($"argument for {fname}() given by name ('{name}') and position ({slot + 1})");
            if (slot == 0) source = v; else if (slot == 1) encoding = v; else errors = v;
        }
        if (encoding != null && encoding is not PyStr)
            throw PyException.TypeError($"{fname}() argument 'encoding' must be str, not {encoding.Type.Name}");
        if (errors != null && errors is not PyStr)
            throw PyException.TypeError($"{fname}() argument 'errors' must be str, not {errors.Type.Name}");
    }

    public static PyObject NewBytes(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        ParseArgs("bytes", args, kwnames, "source", out var source, out var encoding, out var errors);
        byte[] data;
        if (source == null)
        {
            if (encoding != null || errors != null)
                throw PyException.TypeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            data = [];
        }
        else if (encoding != null || errors != null)
        {
            if (source is not PyStr s)
                throw PyException.TypeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            if (encoding == null) throw PyException.TypeError("string argument without an encoding");
            data = Codecs.Encode(s, ((PyStr)encoding).Value, errors is PyStr e ? e.Value : "strict").UnsafeArray;
        }
        else
        {
            var bytesMethod = source is PyBytes ? null : source.Type.Lookup(PyStr.Intern("__bytes__"));
            if (bytesMethod != null)
            {
                var r = Ops.CallBound(bytesMethod, source, []);
                if (r is not PyBytes rb) throw PyException.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
                if (type == PyBytes.TypeObject) return rb;
                data = rb.UnsafeArray;
            }
            else if (source is PyBytes pb && type == PyBytes.TypeObject && pb.Type == PyBytes.TypeObject) return pb;
            else data = FromObject(source, "bytes");
        }
        if (type == PyBytes.TypeObject) return data.Length == 0 ? PyBytes.Empty : new PyBytes(data);
        return new PyBytes(type, data);
    }

    /// <summary>bytes(x)/bytearray(x) for one positional argument without encoding.</summary>
    public static byte[] FromObject(PyObject source, string fname)
    {
        if (source is PyStr) throw PyException.TypeError("string argument without an encoding");
        if (source is IPyBuffer b) return b.ReadOnlyBytes.ToArray();
        if (source is PyInt || (source.Type.Index != null && source is not PyFloat))
        {
            var n = Ops.Index(source);
            if (!n.IsSmall) throw PyException.OverflowError("cannot fit 'int' into an index-sized integer");
            if (n.Small < 0) throw PyException.ValueError("negative count");
            if (n.Small > int.MaxValue) throw PyException.MemoryError();
            return new byte[n.Small];
        }
        bool ba = fname == "bytearray";
        if (source is PyList l) return FromItems(l.AsSpan(), ba);
        if (source is PyTuple t) return FromItems(t.Items, ba);
        if (source.Type.Iter == null && source.Type.GetItem == null)
            throw PyException.TypeError($"cannot convert '{source.Type.Name}' object to {fname}");
        var it = Ops.GetIter(source);
        var r = new List<byte>();
        while (Ops.Next(it) is PyObject x) r.Add(ItemByte(x, ba));
        return [.. r];
    }

    static byte[] FromItems(ReadOnlySpan<PyObject> items, bool ba)
    {
        var r = new byte[items.Length];
        for (int i = 0; i < items.Length; i++) r[i] = ItemByte(items[i], ba);
        return r;
    }

    static byte ItemByte(PyObject x, bool ba)
    {
        if (ba) return BytesLike.ByteValue(x);
        var i = Ops.Index(x);
        if (!i.IsSmall || i.Small < 0 || i.Small > 255) throw PyException.ValueError("bytes must be in range(0, 256)");
        return (byte)i.Small;
    }
}
