namespace Taipan.Runtime;

/// <summary>The str constructor: str(), str(object), str(bytes_like, encoding='utf-8', errors='strict').</summary>
public partial class PyStr
{
    static PyObject NewStr(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        BytesConstruction.ParseArgs("str", args, kwnames, "object", out var obj, out var encoding, out var errors);
        PyStr value;
        if (obj == null) value = Empty;
        else if (encoding == null && errors == null) value = Ops.Str(obj);
        else
        {
            if (obj is not IPyBuffer buf)
                throw PyException.TypeError($"decoding to str: need a bytes-like object, {obj.Type.Name} found");
            value = Codecs.Decode(obj, buf.ReadOnlyBytes, encoding is PyStr e ? e.Value : "utf-8",
                errors is PyStr r ? r.Value : "strict");
        }
        if (type == TypeObject) return value.Type == TypeObject ? value : new PyStr(TypeObject, value);
        return new PyStr(type, value);
    }
}
