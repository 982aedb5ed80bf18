using Taipan.Runtime;

namespace Taipan.Tests.Builtins;

/// <summary>Builtins over ints, floats and bytes; expected values from CPython 3.12.</summary>
public class BuiltinsNumericTests
{
    static readonly PyDict B = new();
    static BuiltinsNumericTests() => BuiltinsModule.Populate(B);

    static PyObject Call(string name, params PyObject[] args) => Ops.Call(B.GetOrNull(name)!, args);
    static PyObject CallKw(string name, PyObject[] args, params string[] kw) =>
        Ops.Call(B.GetOrNull(name)!, args, new PyTuple(kw.Select(k => (PyObject)new PyStr(k)).ToArray()));
    static PyInt I(long v) => PyInt.Get(v);
    static PyList L(params PyObject[] items) => new(items);
    static string R(PyObject o) => Ops.Repr(o).Value;

    [Fact]
    public void SumMixesIntsAndFloats()
    {
        Assert.Equal("6.5", R(Call("sum", L(I(1), new PyFloat(2.5), I(3)))));
        var big = PyInt.Get(System.Numerics.BigInteger.Pow(2, 62));
        Assert.Equal("9.223372036854776e+18", R(Call("sum", L(big, big, new PyFloat(1.5)))));
        Assert.Equal("9223372036854775808", R(Call("sum", L(big, big))));
        // Ints in float mode are added without compensation in 3.12: sum([1e100, 1, -1e100]) == 0.0.
        Assert.Equal("0.0", R(Call("sum", L(new PyFloat(1e100), I(1), new PyFloat(-1e100)))));
        Assert.Equal("sum() can't sum bytes [use b''.join(seq) instead]",
            Assert.Throws<PyException>(() => Call("sum", L(), new PyBytes([]))).Value.ToStrValue());
    }

    [Fact]
    public void Numbers()
    {
        Assert.Equal("-3", R(CallKw("max", [L(I(-3), I(3)), B.GetOrNull("abs")!], "key")));
        Assert.Equal("(3, 1)", R(Call("divmod", I(7), I(2))));
        Assert.Equal("4", R(Call("pow", I(2), I(-1), I(7))));
        Assert.Equal("2", R(Call("round", new PyFloat(1.5))));
        Assert.Equal("2", R(Call("round", new PyFloat(2.5))));
        Assert.Equal("2.67", R(Call("round", new PyFloat(2.675), I(2))));
        Assert.Equal("'ff'", R(Call("format", I(255), new PyStr("x"))));
        Assert.Equal("-2", R(Call("hash", I(-1))));
        Assert.Equal("97", R(Call("ord", new PyBytes([97]))));
        Assert.Equal("ord() expected a character, but string of length 2 found",
            Assert.Throws<PyException>(() => Call("ord", new PyBytes([97, 98]))).Value.ToStrValue());
        var names = (PyList)Call("dir", I(1));
        Assert.Equal("['__abs__', '__add__', '__and__']", R(new PyList(names.AsSpan()[..3].ToArray())));
    }
}

static class ExcText
{
    public static string ToStrValue(this PyBaseException e) => Ops.Str(e).Value;
}
