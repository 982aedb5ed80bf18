using Taipan.Runtime;

namespace Taipan.Tests.Runtime.Strings;

/// <summary>bytearray mutation, memoryview views and the iterator types; expected values printed by CPython 3.12.</summary>
public class MutationTests
{
    static string R(PyObject o) => Ops.Repr(o).Value;
    static PyObject B(string s) => new PyBytes(s.Select(c => (byte)c).ToArray());
    static PyObject Call(PyObject o, string name, params PyObject[] args) => Ops.Call(Ops.GetAttr(o, name), args);
    static PyObject Slice(long? a, long? b, long? c = null) =>
        new PySlice(a is long x ? PyInt.Get(x) : PyNone.Instance, b is long y ? PyInt.Get(y) : PyNone.Instance, c is long z ? PyInt.Get(z) : PyNone.Instance);

    [Fact]
    public void ByteArrayMutation()
    {
        BuiltinTypes.EnsureInitialized();
        var b = Ops.Call(PyByteArray.TypeObject, B("hello"));
        Call(b, "append", PyInt.Get(33));
        Assert.Equal("bytearray(b'hello!')", R(b));
        Call(b, "extend", B(" wo"));
        Call(b, "extend", new PyList([PyInt.Get(114), PyInt.Get(108), PyInt.Get(100)]));
        Assert.Equal("bytearray(b'hello! world')", R(b));
        Call(b, "insert", PyInt.Get(0), PyInt.Get(62));
        Call(b, "insert", PyInt.Get(-1), PyInt.Get(95));
        Call(b, "insert", PyInt.Get(100), PyInt.Get(46));
        Assert.Equal("bytearray(b'>hello! worl_d.')", R(b));
        Assert.Equal("46", R(Call(b, "pop")));
        Assert.Equal("62", R(Call(b, "pop", PyInt.Get(0))));
        Call(b, "remove", PyInt.Get(95));
        Call(b, "reverse");
        Assert.Equal("bytearray(b'dlrow !olleh')", R(b));
        Ops.SetItem(b, PyInt.Get(0), PyInt.Get(65));
        Ops.SetItem(b, Slice(1, 3), B("XYZ"));
        Assert.Equal("bytearray(b'AXYZow !olleh')", R(b));
        Ops.SetItem(b, Slice(null, null, 2), Ops.Call(PyBytes.TypeObject, PyInt.Get(7)));
        Assert.Equal("bytearray(b'\\x00X\\x00Z\\x00w\\x00!\\x00l\\x00e\\x00')", R(b));
        Ops.DelItem(b, Slice(null, null, 3));
        Assert.Equal("bytearray(b'X\\x00\\x00w!\\x00\\x00e')", R(b));
        Ops.DelItem(b, PyInt.Get(1));
        Ops.SetItem(b, Slice(2, 2), new PyList([PyInt.Get(1), PyInt.Get(2)]));
        Ops.SetItem(b, Slice(5, 1), B("q"));
        Assert.Equal("bytearray(b'X\\x00\\x01\\x02wq!\\x00\\x00e')", R(b));
        b = Ops.InPlaceAdd(b, B("++"));
        b = Ops.InPlaceMultiply(b, PyInt.Get(2));
        Assert.Equal("bytearray(b'X\\x00\\x01\\x02wq!\\x00\\x00e++X\\x00\\x01\\x02wq!\\x00\\x00e++')", R(b));
        var c = Call(b, "copy");
        Call(b, "clear");
        Assert.Equal("bytearray(b'')", R(b));
        Assert.Equal(24L, Ops.Len(c));

        var x = Ops.Call(PyByteArray.TypeObject, B("abc"));
        Ops.SetItem(x, Slice(null, null), x);
        Ops.SetItem(x, Slice(1, null), x);
        Assert.Equal("bytearray(b'aabc')", R(x));
    }

    [Fact]
    public void MemoryViewChains()
    {
        BuiltinTypes.EnsureInitialized();
        var m = Ops.Call(PyMemoryView.TypeObject, B("abcdefgh"));
        Assert.Equal("[1684234849, 1751606885]", R(Call(Call(m, "cast", new PyStr("i")), "tolist")));
        Assert.Equal("25699", R(Ops.GetItem(Call(m, "cast", new PyStr("h")), PyInt.One)));
        Assert.Equal("b'aceg'", R(Call(Ops.GetItem(m, Slice(null, null, 2)), "tobytes")));
        Assert.Equal("b'hgfedcba'", R(Call(Ops.GetItem(m, Slice(null, null, -1)), "tobytes")));
        Assert.Equal("b'de'", R(Call(Ops.GetItem(Ops.GetItem(m, Slice(2, 6)), Slice(1, 3)), "tobytes")));
        Assert.Equal("[97, 100, 103]", R(Call(Ops.GetItem(Call(m, "cast", new PyStr("b")), Slice(null, null, 3)), "tolist")));
        Assert.Equal("False", R(Ops.GetAttr(Ops.GetItem(m, Slice(null, null, 2)), "contiguous")));

        var y = Ops.Call(PyByteArray.TypeObject, B("abcd"));
        var v = Ops.Call(PyMemoryView.TypeObject, y);
        Ops.SetItem(v, Slice(1, 3), B("XY"));
        Assert.Equal("bytearray(b'aXYd')", R(y));
        var w = Call(v, "cast", new PyStr("H"));
        Ops.SetItem(w, PyInt.Zero, PyInt.Get(0x4142));
        Assert.Equal("bytearray(b'BAYd')", R(y));
        Assert.Equal("[16706, 25689]", R(Call(w, "tolist")));
        var e = Assert.Throws<PyException>(() => Ops.SetItem(w, PyInt.One, PyInt.Get(70000)));
        Assert.Equal("memoryview: invalid value for format 'H'", Ops.Str(e.Value).Value);

        var z = Call(Ops.Call(PyMemoryView.TypeObject, B("\xff\xfe\0\0")), "cast", new PyStr("i"));
        Assert.Equal("65279", R(Ops.GetItem(z, PyInt.Zero)));
        Assert.Equal("(4,)", R(Ops.GetAttr(z, "strides")));

        Assert.Equal(Ops.Hash(B("abc")), Ops.Hash(Ops.Call(PyMemoryView.TypeObject, B("abc"))));

        // Released views refuse every operation; with-blocks release on exit.
        Call(v, "__enter__");
        Call(v, "__exit__", PyNone.Instance, PyNone.Instance, PyNone.Instance);
        e = Assert.Throws<PyException>(() => Ops.GetItem(v, PyInt.Zero));
        Assert.Equal("operation forbidden on released memoryview object", Ops.Str(e.Value).Value);
        Assert.StartsWith("<released memory at 0x", R(v));
    }

    [Fact]
    public void IteratorsAndHashes()
    {
        BuiltinTypes.EnsureInitialized();
        Assert.Equal("str_ascii_iterator", Ops.GetIter(new PyStr("ab")).Type.Name);
        Assert.Equal("str_iterator", Ops.GetIter(new PyStr("é")).Type.Name);
        Assert.Equal("bytes_iterator", Ops.GetIter(B("")).Type.Name);
        Assert.Equal("bytearray_iterator", Ops.GetIter(new PyByteArray()).Type.Name);
        Assert.Equal("memory_iterator", Ops.GetIter(PyMemoryView.FromObject(B("a"))).Type.Name);
        Assert.Equal(Ops.Hash(B("abc")), Ops.Hash(new PyStr("abc")));
        var e = Assert.Throws<PyException>(() => Ops.Hash(new PyByteArray()));
        Assert.Equal("unhashable type: 'bytearray'", Ops.Str(e.Value).Value);
        // Code-point exactness: a lone surrogate pair is two code points, an astral character one.
        var lone = new PyStr(new[] { 0xD83D, 0xDE00 });
        var pair = new PyStr("\U0001F600");
        Assert.Equal(2, lone.Length);
        Assert.Equal(1, pair.Length);
        Assert.False(lone.EqualsStr(pair));
        Assert.Equal("'\\ud83d\\ude00'", R(lone));
    }
}
