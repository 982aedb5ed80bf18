using Taipan.Runtime;

namespace Taipan.Tests.Runtime.Strings;

/// <summary>Instances of str/bytes subclasses: results of operations are exact str/bytes, as CPython 3.12 printed.</summary>
public class SubclassTests
{
    static PyType Sub(string name, PyType b) =>
        ClassBuilder.Create(PyType.TypeType, new PyStr(name), new PyTuple([b]), new PyDict(), null);

    [Fact]
    public void StrSubclass()
    {
        BuiltinTypes.EnsureInitialized();
        var S = Sub("S", PyStr.TypeObject);
        var s = Ops.Call(S, new PyStr("ab"));
        Assert.Same(S, s.Type);
        Assert.Equal("'ab'", Ops.Repr(s).Value);
        string T(PyObject o) => o.Type.Name;
        Assert.Equal("str", T(Ops.Call(Ops.GetAttr(s, "upper"))));
        Assert.Equal("str", T(Ops.Add(s, new PyStr("c"))));
        Assert.Equal("str", T(Ops.Multiply(s, PyInt.One)));
        Assert.Equal("str", T(Ops.Str(s)));
        Assert.Equal("str", T(Ops.GetItem(s, new PySlice(PyNone.Instance, PyNone.Instance, PyNone.Instance))));
        Assert.Equal("str", T(Ops.Call(Ops.GetAttr(s, "strip"))));
        Assert.Equal("str", T(Ops.Remainder(new PyStr("%s"), s)));
        Assert.True(Ops.EqBool(s, new PyStr("ab")));
        Assert.Equal(Ops.Hash(new PyStr("ab")), Ops.Hash(s));
        var e = Ops.Call(S, new PyBytes([0xC3, 0xA9]), new PyStr("utf-8"));
        Assert.Equal("'é'", Ops.Repr(e).Value);
        Assert.Same(S, e.Type);
    }

    [Fact]
    public void BytesSubclass()
    {
        BuiltinTypes.EnsureInitialized();
        var B = Sub("B", PyBytes.TypeObject);
        var b = Ops.Call(B, new PyBytes([97, 98]));
        Assert.Same(B, b.Type);
        Assert.Equal("b'ab'", Ops.Repr(b).Value);
        Assert.Equal("bytes", Ops.Add(b, new PyBytes([99])).Type.Name);
        Assert.Equal("bytes", Ops.GetItem(b, new PySlice(PyNone.Instance, PyNone.Instance, PyNone.Instance)).Type.Name);
        Assert.Equal("bytes", Ops.Call(PyBytes.TypeObject, b).Type.Name);
        var h = Ops.Call(Ops.GetAttr(B, "fromhex"), new PyStr("41"));
        Assert.Same(B, h.Type);
        Assert.Equal("b'A'", Ops.Repr(h).Value);
    }
}
