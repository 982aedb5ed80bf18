using Taipan.Runtime;

namespace Taipan.Tests.Generators;

/// <summary>list's generated method table: messages as CPython 3.12 prints them for the same calls.</summary>
public class ListMethodTableTests
{
    static PyTuple Kw(params string[] names) => new(names.Select(n => (PyObject)new PyStr(n)).ToArray());

    static string Error(Action a)
    {
        BuiltinTypes.EnsureInitialized();
        var e = Assert.Throws<PyException>(a);
        Assert.Same(PyExc.TypeError, e.Value.Type);
        return Ops.Str(e.Value).Value;
    }

    static PyObject M(PyList l, string name)
    {
        BuiltinTypes.EnsureInitialized();
        return Ops.GetAttr(l, name);
    }

    [Fact]
    public void Messages()
    {
        var l = new PyList();
        Assert.Equal("pop expected at most 1 argument, got 2", Error(() => Ops.Call(M(l, "pop"), PyInt.One, PyInt.One)));
        Assert.Equal("list.append() takes exactly one argument (0 given)", Error(() => Ops.Call(M(l, "append"))));
        Assert.Equal("list.clear() takes no arguments (1 given)", Error(() => Ops.Call(M(l, "clear"), PyInt.One)));
        Assert.Equal("sort() takes no positional arguments", Error(() => Ops.Call(M(l, "sort"), PyInt.One)));
        Assert.Equal("'foo' is an invalid keyword argument for sort()", Error(() => Ops.Call(M(l, "sort"), [PyInt.One], Kw("foo"))));
        Assert.Equal("insert expected 2 arguments, got 1", Error(() => Ops.Call(M(l, "insert"), PyInt.One)));
        Assert.Equal("index expected at least 1 argument, got 0", Error(() => Ops.Call(M(l, "index"))));
    }

    [Fact]
    public void Introspection()
    {
        BuiltinTypes.EnsureInitialized();
        var append = PyList.TypeObject.Dict.GetOrNull("append")!;
        Assert.Equal("list.append", ((PyStr)Ops.GetAttr(append, "__qualname__")).Value);
        Assert.Equal("($self, object, /)", ((PyStr)Ops.GetAttr(append, "__text_signature__")).Value);
        var pop = PyList.TypeObject.Dict.GetOrNull("pop")!;
        Assert.Equal("Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range.",
            ((PyStr)Ops.GetAttr(pop, "__doc__")).Value);
    }
}
