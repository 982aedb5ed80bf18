using Taipan.Runtime;

namespace Taipan.Tests.Generators;

/// <summary>
/// Calls generated descriptors through Ops.Call. The expected messages are CPython 3.12's for the same
/// signature shapes (list.clear, list.append, list.pop, list.insert, list.sort, int.from_bytes, print).
/// </summary>
public class MethodTableTests
{
    static readonly SampleType Obj = new();

    static PyObject M(string name) => Ops.GetAttr(Obj, name);
    static PyTuple Kw(params string[] names) => new(names.Select(n => (PyObject)new PyStr(n)).ToArray());
    static PyStr S(string s) => new(s);

    static string Error(Action a, PyType? expected = null)
    {
        var e = Assert.Throws<PyException>(a);
        Assert.Same(expected ?? PyExc.TypeError, e.Value.Type);
        return Ops.Str(e.Value).Value;
    }

    [Fact]
    public void NoArgsShape()
    {
        Assert.Same(PyNone.Instance, Ops.Call(M("clear")));
        Assert.Equal("sample.clear() takes no arguments (1 given)", Error(() => Ops.Call(M("clear"), PyInt.One)));
        Assert.Equal("sample.clear() takes no keyword arguments", Error(() => Ops.Call(M("clear"), [PyInt.One], Kw("x"))));
    }

    [Fact]
    public void OneArgShape()
    {
        var o = new SampleType();
        Ops.Call(Ops.GetAttr(o, "append"), PyInt.Get(5));
        Assert.Single(o.Items);
        Assert.Equal("sample.append() takes exactly one argument (0 given)", Error(() => Ops.Call(M("append"))));
        Assert.Equal("sample.append() takes exactly one argument (2 given)", Error(() => Ops.Call(M("append"), PyInt.One, PyInt.One)));
        Assert.Equal("sample.append() takes no keyword arguments", Error(() => Ops.Call(M("append"), [PyInt.One], Kw("x"))));
    }

    [Fact]
    public void PositionalShapeWithDefault()
    {
        Assert.Equal(-1, ((PyInt)Ops.Call(M("pop"))).Small);
        Assert.Equal(3, ((PyInt)Ops.Call(M("pop"), PyInt.Get(3))).Small);
        Assert.Equal(1, ((PyInt)Ops.Call(M("pop"), PyBool.True)).Small);
        Assert.Equal("pop expected at most 1 argument, got 2", Error(() => Ops.Call(M("pop"), PyInt.One, PyInt.One)));
        Assert.Equal("sample.pop() takes no keyword arguments", Error(() => Ops.Call(M("pop"), [PyInt.One], Kw("index"))));
        Assert.Equal("'str' object cannot be interpreted as an integer", Error(() => Ops.Call(M("pop"), S("a"))));
        Assert.Equal("'float' object cannot be interpreted as an integer", Error(() => Ops.Call(M("pop"), new PyFloat(1.5))));
    }

    [Fact]
    public void PositionalShapeExact()
    {
        var r = (PyTuple)Ops.Call(M("insert"), PyInt.Get(2), S("x"));
        Assert.Equal(2, ((PyInt)r[0]).Small);
        Assert.Equal("insert expected 2 arguments, got 1", Error(() => Ops.Call(M("insert"), PyInt.One)));
        Assert.Equal("insert expected 2 arguments, got 3", Error(() => Ops.Call(M("insert"), [PyInt.One, PyInt.One, PyInt.One])));
    }

    [Fact]
    public void KeywordOnly()
    {
        var r = (PyTuple)Ops.Call(M("sort"), [PyInt.One, new PyList()], Kw("key", "reverse"));
        Assert.Same(PyInt.One, r[0]);
        Assert.Same(PyBool.False, r[1]);   // reverse=[] is false (truthiness)
        r = (PyTuple)Ops.Call(M("sort"), [PyInt.Get(7)], Kw("reverse"));
        Assert.Same(PyBool.True, r[1]);
        Assert.Equal("sort() takes no positional arguments", Error(() => Ops.Call(M("sort"), PyInt.One)));
        Assert.Equal("'foo' is an invalid keyword argument for sort()", Error(() => Ops.Call(M("sort"), [PyInt.One], Kw("foo"))));
        Assert.Equal("sort() takes at most 2 keyword arguments (3 given)",
            Error(() => Ops.Call(M("sort"), [PyNone.Instance, PyInt.One, PyInt.Get(2)], Kw("key", "reverse", "x"))));
    }

    [Fact]
    public void StringAndDoubleConversions()
    {
        var o = new SampleType();
        o.Items.Add(S("1"));
        o.Items.Add(S("2"));
        Assert.Equal("1, 2", ((PyStr)Ops.Call(Ops.GetAttr(o, "join"), S(", "))).Value);
        Assert.Equal("join() argument must be str, not int", Error(() => Ops.Call(M("join"), PyInt.One)));
        Assert.Equal("join() argument must be str, not None", Error(() => Ops.Call(M("join"), PyNone.Instance)));
        Assert.Equal(5.0, ((PyFloat)Ops.Call(M("scale"), new PyFloat(2.5))).Value);
        Assert.Equal(6.0, ((PyFloat)Ops.Call(M("scale"), PyInt.Get(3))).Value);
        Assert.Equal("must be real number, not str", Error(() => Ops.Call(M("scale"), S("a"))));
    }

    [Fact]
    public void KeywordsShapeOnClassMethod()
    {
        var f = Ops.GetAttr(SampleType.TypeObject, "from_parts");
        Assert.Equal("sample-ab", ((PyStr)Ops.Call(f, S("ab"))).Value);
        Assert.Equal("sample+AB", ((PyStr)Ops.Call(f, [S("ab"), S("+"), PyBool.True], Kw("upper"))).Value);
        Assert.Equal("sample:ab", ((PyStr)Ops.Call(f, [S(":"), S("ab")], Kw("sep", "head"))).Value);
        Assert.Equal("from_parts() missing required argument 'head' (pos 1)", Error(() => Ops.Call(f)));
        Assert.Equal("from_parts() takes at most 2 positional arguments (3 given)", Error(() => Ops.Call(f, [S("a"), S("b"), S("c")])));
        Assert.Equal("argument for from_parts() given by name ('sep') and position (2)",
            Error(() => Ops.Call(f, [S("a"), S("b"), S("c")], Kw("sep"))));
        Assert.Equal("'x' is an invalid keyword argument for from_parts()", Error(() => Ops.Call(f, [S("a"), S("b")], Kw("x"))));
        Assert.Equal("from_parts() argument 'head' must be str, not int", Error(() => Ops.Call(f, PyInt.One)));
    }

    [Fact]
    public void VarArgs()
    {
        Assert.Equal("1 2 3", ((PyStr)Ops.Call(M("collect"), [S("1"), S("2"), S("3")])).Value);
        Assert.Equal("1-2", ((PyStr)Ops.Call(M("collect"), [S("1"), S("2"), S("-")], Kw("sep"))).Value);
        Assert.Equal("", ((PyStr)Ops.Call(M("collect"))).Value);
        Assert.Equal("'end' is an invalid keyword argument for collect()", Error(() => Ops.Call(M("collect"), [S("-")], Kw("end"))));
    }

    [Fact]
    public void StaticMethodAndGetSet()
    {
        Assert.Same(PyInt.One, ((PyTuple)Ops.Call(Ops.GetAttr(SampleType.TypeObject, "twice"), PyInt.One))[1]);
        Assert.Same(PyInt.One, ((PyTuple)Ops.Call(Ops.GetAttr(Obj, "twice"), PyInt.One))[0]);
        var o = new SampleType();
        Assert.Equal(0, ((PyInt)Ops.GetAttr(o, "size")).Small);
        Ops.SetAttr(o, "label", S("x"));
        Assert.Equal("x", ((PyStr)Ops.GetAttr(o, "label")).Value);
        Assert.Equal("attribute 'size' of 'sample' objects is not writable",
            Error(() => Ops.SetAttr(o, "size", PyInt.One), PyExc.AttributeError));
        var size = SampleType.TypeObject.Dict.GetOrNull("size")!;
        Assert.Equal("the number of items", ((PyStr)Ops.GetAttr(size, "__doc__")).Value);
        Assert.Equal("sample.size", ((PyStr)Ops.GetAttr(size, "__qualname__")).Value);
    }

    [Fact]
    public void Introspection()
    {
        var d = SampleType.TypeObject.Dict.GetOrNull("append")!;
        Assert.Equal("method_descriptor", d.Type.Name);
        Assert.Equal("append", ((PyStr)Ops.GetAttr(d, "__name__")).Value);
        Assert.Equal("sample.append", ((PyStr)Ops.GetAttr(d, "__qualname__")).Value);
        Assert.Equal("($self, object, /)", ((PyStr)Ops.GetAttr(d, "__text_signature__")).Value);
        Assert.Equal("Append object to the end.", ((PyStr)Ops.GetAttr(d, "__doc__")).Value);
        Assert.Same(SampleType.TypeObject, Ops.GetAttr(d, "__objclass__"));
        Assert.Same(PyNone.Instance, Ops.GetAttr(SampleType.TypeObject.Dict.GetOrNull("pop")!, "__doc__"));
        var bound = M("append");
        Assert.Equal("sample.append", ((PyStr)Ops.GetAttr(bound, "__qualname__")).Value);
        Assert.Same(Obj, Ops.GetAttr(bound, "__self__"));
        Assert.Equal("classmethod_descriptor", SampleType.TypeObject.Dict.GetOrNull("from_parts")!.Type.Name);
        Assert.Equal("staticmethod", SampleType.TypeObject.Dict.GetOrNull("twice")!.Type.Name);
        // CPython: the unbound call checks self's type.
        Assert.Equal("descriptor 'append' for 'sample' objects doesn't apply to a 'int' object",
            Error(() => Ops.Call(d, PyInt.One, PyInt.One)));
    }

    [Fact]
    public void ModuleFunctions()
    {
        var m = SampleModule.Create();
        var dbl = m.Dict.GetOrNull("double")!;
        Assert.Equal(2, ((PyTuple)Ops.Call(dbl, PyInt.Get(3))).Count);
        Assert.Equal("double() takes exactly one argument (0 given)", Error(() => Ops.Call(dbl)));
        Assert.Equal("double", ((PyStr)Ops.GetAttr(dbl, "__qualname__")).Value);
        Assert.Equal("($module, x, /)", ((PyStr)Ops.GetAttr(dbl, "__text_signature__")).Value);
        Assert.Equal("Return (x, x).", ((PyStr)Ops.GetAttr(dbl, "__doc__")).Value);
        Assert.Equal("samplemod", ((PyStr)Ops.GetAttr(dbl, "__module__")).Value);
        Assert.Same(m, Ops.GetAttr(dbl, "__self__"));
        var greet = m.Dict.GetOrNull("greet")!;
        Assert.Equal("Hi, Bo", ((PyStr)Ops.Call(greet, [S("Bo"), S("Hi")], Kw("greeting"))).Value);
        Assert.Equal("Hello, Bo", ((PyStr)Ops.Call(greet, S("Bo"))).Value);
        Assert.Equal("greet() argument 'name' must be str, not int", Error(() => Ops.Call(greet, PyInt.One)));
    }
}
