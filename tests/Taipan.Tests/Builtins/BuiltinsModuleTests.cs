using System.Text;
using Taipan.Runtime;

namespace Taipan.Tests.Builtins;

/// <summary>
/// Calls the builtins through the dict Populate fills, with results and messages taken from CPython
/// 3.12 (python3.12 -c "..."). Ints are kept to cases that need no int arithmetic, which another
/// helper provides.
/// </summary>
public class BuiltinsModuleTests
{
    static readonly PyDict B = new();
    static readonly PyModule Module = BuiltinsModule.Populate(B);

    static PyObject F(string name) => B.GetOrNull(name) ?? throw new InvalidOperationException(name);
    static PyObject Call(string name, params PyObject[] args) => Ops.Call(F(name), args);
    static PyObject CallKw(string name, PyObject[] args, params string[] kw) =>
        Ops.Call(F(name), args, new PyTuple(kw.Select(k => (PyObject)new PyStr(k)).ToArray()));
    static PyStr S(string s) => new(s);
    static PyInt I(long v) => PyInt.Get(v);
    static string Str(PyObject o) => ((PyStr)o).Value;
    static PyList L(params PyObject[] items) => new(items);

    static string Error(Action a, PyType type)
    {
        var e = Assert.Throws<PyException>(a);
        Assert.Same(type, e.Value.Type);
        return Ops.Str(e.Value).Value;
    }

    static string TypeError(Action a) => Error(a, PyExc.TypeError);

    [Fact]
    public void PopulateNames()
    {
        Assert.Same(PyInt.TypeObject, B.GetOrNull("int"));
        Assert.Same(PyList.TypeObject, B.GetOrNull("list"));
        Assert.Same(PyType.ObjectType, B.GetOrNull("object"));
        Assert.Same(PyExc.ValueError, B.GetOrNull("ValueError"));
        Assert.Same(PyExc.OSError, B.GetOrNull("IOError"));
        Assert.Same(PyNone.Instance, B.GetOrNull("None"));
        Assert.Same(PyEllipsis.Instance, B.GetOrNull("Ellipsis"));
        Assert.Same(PyBool.True, B.GetOrNull("__debug__"));
        Assert.Null(B.GetOrNull("NoneType"));
        Assert.Null(B.GetOrNull("builtin_function_or_method"));
        Assert.Equal("builtins", Str(B.GetOrNull("__name__")!));
        Assert.Same(B, Module.Dict);
    }

    [Fact]
    public void FunctionIntrospection()
    {
        var len = F("len");
        Assert.Equal("<built-in function len>", Ops.Repr(len).Value);
        Assert.Equal("len", Str(Ops.GetAttr(len, "__qualname__")));
        Assert.Same(Module, Ops.GetAttr(len, "__self__"));
        Assert.Equal("builtins", Str(Ops.GetAttr(len, "__module__")));
        Assert.Equal("($module, obj, /)", Str(Ops.GetAttr(len, "__text_signature__")));
        Assert.Equal("Return the number of items in a container.", Str(Ops.GetAttr(len, "__doc__")));
        Assert.Equal("($module, /, *args, sep=' ', end='\\n', file=None, flush=False)", Str(Ops.GetAttr(F("print"), "__text_signature__")));
        Assert.StartsWith("Prints the values to a stream, or to sys.stdout by default.\n\n  sep\n", Str(Ops.GetAttr(F("print"), "__doc__")));
        Assert.Same(PyNone.Instance, Ops.GetAttr(F("max"), "__text_signature__"));
        Assert.StartsWith("max(iterable, *[, default=obj, key=func]) -> value\n", Str(Ops.GetAttr(F("max"), "__doc__")));
        Assert.Equal("($module, object, name, default=<unrepresentable>, /)", Str(Ops.GetAttr(F("getattr"), "__text_signature__")));
    }

    [Fact]
    public void AbsAllAnyCallable()
    {
        Assert.Equal("bad operand type for abs(): 'str'", TypeError(() => Call("abs", S("a"))));
        Assert.Same(PyBool.True, Call("all", L()));
        Assert.Same(PyBool.False, Call("all", L(S("a"), S(""))));
        Assert.Same(PyBool.False, Call("any", L()));
        Assert.Same(PyBool.True, Call("any", L(S(""), S("x"))));
        Assert.Equal("'int' object is not iterable", TypeError(() => Call("all", I(1))));
        Assert.Same(PyBool.True, Call("callable", F("len")));
        Assert.Same(PyBool.False, Call("callable", I(1)));
        Assert.Equal("'int' object is not an async iterable", TypeError(() => Call("aiter", I(1))));
        Assert.Equal("'int' object is not an async iterator", TypeError(() => Call("anext", I(1))));
    }

    [Fact]
    public void AsciiAndRadix()
    {
        Assert.Equal("'\\xe9\\U0001f600\\x7f'", Str(Call("ascii", S("é\U0001F600\x7f"))));
        Assert.Equal("'abc'", Str(Call("ascii", S("abc"))));
        Assert.Equal("-0b101", Str(Call("bin", I(-5))));
        Assert.Equal("-0xff", Str(Call("hex", I(-255))));
        Assert.Equal("0o10", Str(Call("oct", I(8))));
        Assert.Equal("0x0", Str(Call("hex", I(0))));
        Assert.Equal("0x400000000000000000", Str(Call("hex", PyInt.Get(System.Numerics.BigInteger.Pow(2, 70)))));
        Assert.Equal("-0x8000000000000000", Str(Call("hex", I(long.MinValue))));
        Assert.Equal("'float' object cannot be interpreted as an integer", TypeError(() => Call("bin", new PyFloat(1.5))));
    }

    [Fact]
    public void ChrOrd()
    {
        Assert.Equal("A", Str(Call("chr", I(65))));
        Assert.Equal("\U0001F600", Str(Call("chr", I(0x1F600))));
        Assert.Equal("chr() arg not in range(0x110000)", Error(() => Call("chr", I(-1)), PyExc.ValueError));
        Assert.Equal("Python int too large to convert to C int",
            Error(() => Call("chr", PyInt.Get(System.Numerics.BigInteger.Pow(2, 70))), PyExc.OverflowError));
        Assert.Equal("'str' object cannot be interpreted as an integer", TypeError(() => Call("chr", S("a"))));
        Assert.Equal(8364, ((PyInt)Call("ord", S("€"))).Small);
        Assert.Equal(0x1F600, ((PyInt)Call("ord", S("\U0001F600"))).Small);
        Assert.Equal("ord() expected a character, but string of length 2 found", TypeError(() => Call("ord", S("ab"))));
        Assert.Equal("ord() expected a character, but string of length 0 found", TypeError(() => Call("ord", S(""))));
        Assert.Equal("ord() expected string of length 1, but int found", TypeError(() => Call("ord", I(1))));
    }

    [Fact]
    public void Attributes()
    {
        Assert.Equal("attribute name must be string, not 'int'", TypeError(() => Call("getattr", I(1), I(2))));
        Assert.Equal("attribute name must be string, not 'int'", TypeError(() => Call("hasattr", I(1), I(2))));
        Assert.Equal("attribute name must be string, not 'int'", TypeError(() => Call("setattr", I(1), I(2), I(3))));
        Assert.Equal("attribute name must be string, not 'int'", TypeError(() => Call("delattr", I(1), I(2))));
        Assert.Equal("'int' object has no attribute 'x'", Error(() => Call("getattr", I(1), S("x")), PyExc.AttributeError));
        Assert.Same(PyNone.Instance, Call("getattr", I(1), S("x"), PyNone.Instance));
        Assert.Same(PyInt.TypeObject, Call("getattr", I(1), S("__class__")));
        Assert.Same(PyBool.False, Call("hasattr", I(1), S("x")));
        Assert.Same(PyBool.True, Call("hasattr", I(1), S("__class__")));
        Assert.Equal("getattr expected at least 2 arguments, got 1", TypeError(() => Call("getattr", I(1))));
    }

    [Fact]
    public void FormatHashIdLenRepr()
    {
        Assert.Equal("abc", Str(Call("format", S("abc"))));
        Assert.Equal("format() argument 2 must be str, not int", TypeError(() => Call("format", I(1), I(2))));
        Assert.Equal(((PyStr)S("x")).GetHash(), ((PyInt)Call("hash", S("x"))).Small);
        var o = S("x");
        Assert.Equal(((PyInt)Call("id", o)).Small, ((PyInt)Call("id", o)).Small);
        Assert.Equal(2, ((PyInt)Call("len", L(I(1), I(2)))).Small);
        Assert.Equal("object of type 'int' has no len()", TypeError(() => Call("len", I(5))));
        Assert.Equal("len() takes exactly one argument (0 given)", TypeError(() => Call("len")));
        Assert.Equal("len() takes no keyword arguments", TypeError(() => CallKw("len", [I(1)], "obj")));
        Assert.Equal("'a'", Str(Call("repr", S("a"))));
        Assert.Equal("type str doesn't define __round__ method", TypeError(() => Call("round", S("a"))));
    }

    [Fact]
    public void IsInstanceIsSubclass()
    {
        Assert.Same(PyBool.True, Call("isinstance", PyBool.True, PyInt.TypeObject));
        Assert.Same(PyBool.True, Call("isinstance", S("a"), PyTuple.Create(PyInt.TypeObject, PyStr.TypeObject)));
        Assert.Equal("isinstance() arg 2 must be a type, a tuple of types, or a union", TypeError(() => Call("isinstance", I(1), I(1))));
        Assert.Same(PyBool.True, Call("issubclass", PyBool.TypeObject, PyInt.TypeObject));
        Assert.Equal("issubclass() arg 1 must be a class", TypeError(() => Call("issubclass", I(1), PyInt.TypeObject)));
    }

    [Fact]
    public void IterNext()
    {
        var it = Call("iter", L(S("a")));
        Assert.Equal("a", Str(Call("next", it)));
        Assert.Equal("d", Str(Call("next", it, S("d"))));
        Error(() => Call("next", it), PyExc.StopIteration);
        Assert.Equal("'int' object is not an iterator", TypeError(() => Call("next", I(1))));
        Assert.Equal("next expected at most 2 arguments, got 3", TypeError(() => Call("next", I(1), I(2), I(3))));
        Assert.Equal("'int' object is not iterable", TypeError(() => Call("iter", I(1))));
        Assert.Equal("iter(object, sentinel): object must be callable", TypeError(() => Call("iter", I(1), I(2))));
        // iter(callable, sentinel): stops at the first result equal to the sentinel.
        var source = Call("iter", L(S("a"), S("b"), S("stop"), S("c")));
        var ci = Call("iter", Ops.GetAttr(source, "__next__"), S("stop"));
        Assert.Equal("callable_iterator", ci.Type.Name);
        var got = Ops.ToList(ci).Select(Str).ToArray();
        Assert.Equal(["a", "b"], got);
        Assert.Null(Ops.Next(ci));
    }

    [Fact]
    public void MaxMin()
    {
        Assert.Equal("c", Str(Call("max", L(S("a"), S("c"), S("b")))));
        Assert.Equal("a", Str(Call("min", S("b"), S("a"), S("c"))));
        Assert.Equal("max expected at least 1 argument, got 0", TypeError(() => Call("max")));
        Assert.Equal("'int' object is not iterable", TypeError(() => Call("max", I(1))));
        Assert.Equal("max() iterable argument is empty", Error(() => Call("max", L()), PyExc.ValueError));
        Assert.Equal("min() iterable argument is empty", Error(() => CallKw("min", [L(), F("len")], "key"), PyExc.ValueError));
        Assert.Equal(5, ((PyInt)CallKw("max", [L(), I(5)], "default")).Small);
        Assert.Equal("Cannot specify a default for max() with multiple positional arguments",
            TypeError(() => CallKw("max", [S("a"), S("b"), S("c")], "default")));
        Assert.Equal("'x' is an invalid keyword argument for max()", TypeError(() => CallKw("max", [L(S("a")), I(1)], "x")));
        // Equal items: the first one wins.
        PyStr x1 = S("x"), x2 = S("x");
        Assert.Same(x1, Call("max", L(x1, x2)));
        Assert.Same(x1, Call("min", x1, x2));
        // The key is applied once per item: ascii() keys order "'b'" after "'a'".
        Assert.Equal("b", Str(CallKw("max", [L(S("a"), S("b")), F("ascii")], "key")));
        Assert.Equal("b", Str(CallKw("max", [S("a"), S("b"), PyNone.Instance], "key")));
    }

    [Fact]
    public void Sorted()
    {
        var r = (PyList)Call("sorted", PyTuple.Create(S("b"), S("c"), S("a")));
        Assert.Equal(["a", "b", "c"], r.AsSpan().ToArray().Select(Str));
        r = (PyList)CallKw("sorted", [L(S("b"), S("c"), S("a")), PyBool.True], "reverse");
        Assert.Equal(["c", "b", "a"], r.AsSpan().ToArray().Select(Str));
        r = (PyList)CallKw("sorted", [L(S("b"), S("é"), S("a")), F("ascii")], "key");
        Assert.Equal(["é", "a", "b"], r.AsSpan().ToArray().Select(Str));
        var src = L(S("b"), S("a"));
        Call("sorted", src);
        Assert.Equal("b", Str(src[0]));
        Assert.Equal("sorted expected 1 argument, got 0", TypeError(() => Call("sorted")));
        Assert.Equal("sorted expected 1 argument, got 2", TypeError(() => Call("sorted", L(), I(1))));
        Assert.Equal("'foo' is an invalid keyword argument for sort()", TypeError(() => CallKw("sorted", [L(), I(1)], "foo")));
        Assert.Equal("sort() takes at most 2 keyword arguments (3 given)",
            TypeError(() => CallKw("sorted", [L(I(1)), PyNone.Instance, PyBool.False, I(1)], "key", "reverse", "x")));
    }

    [Fact]
    public void Sum()
    {
        Assert.Equal(6, ((PyInt)CallKw("sum", [L(I(1), I(2)), I(3)], "start")).Small);
        Assert.Equal(0, ((PyInt)Call("sum", L())).Small);
        Assert.Equal(3, ((PyInt)Call("sum", L(PyBool.True, I(2)))).Small);
        var tenth = new PyFloat(0.1);
        Assert.Equal(1.0, ((PyFloat)Call("sum", L(tenth, tenth, tenth, tenth, tenth, tenth, tenth, tenth, tenth, tenth), new PyFloat(0.0))).Value);
        Assert.Equal(2.0, ((PyFloat)Call("sum", L(new PyFloat(1e100), new PyFloat(1.0), new PyFloat(-1e100), new PyFloat(1.0)), new PyFloat(0.0))).Value);
        Assert.Equal("sum() can't sum strings [use ''.join(seq) instead]", TypeError(() => Call("sum", L(S("a")), S("b"))));
        Assert.Equal("'int' object is not iterable", TypeError(() => Call("sum", I(1))));
    }

    /// <summary>A stand-in for sys: a module whose stdout/stdin are modules with write/flush/readline functions.</summary>
    static (PyModule sys, StringBuilder output) FakeSys(params string[] lines)
    {
        var output = new StringBuilder();
        var flushes = 0;
        var stdout = new PyModule("stdout");
        stdout.Set("write", new PyBuiltinFunction("write", (self, args, kw) => { output.Append(((PyStr)args[0]).Value); return PyInt.Get(((PyStr)args[0]).Length); }));
        stdout.Set("flush", new PyBuiltinFunction("flush", (self, args, kw) => { flushes++; output.Append("<flush>"); return PyNone.Instance; }));
        var queue = new Queue<string>(lines);
        var stdin = new PyModule("stdin");
        stdin.Set("readline", new PyBuiltinFunction("readline", (self, args, kw) => new PyStr(queue.Count > 0 ? queue.Dequeue() : "")));
        var sys = new PyModule("sys");
        sys.Set("stdout", stdout);
        sys.Set("stdin", stdin);
        return (sys, output);
    }

    [Fact]
    public void PrintAndInput()
    {
        var b = new PyDict();
        var m = BuiltinsModule.Populate(b);
        var print = b.GetOrNull("print")!;
        Assert.Equal("lost sys.stdout", Error(() => Ops.Call(print, [S("x")]), PyExc.RuntimeError));
        var (sys, output) = FakeSys("hello\n", "last");
        BuiltinsModule.AttachSys(m, sys);
        Ops.Call(print, [S("a"), S("b")]);
        Ops.Call(print, [S("a"), S("b"), S("-"), S("!"), PyBool.True], new PyTuple([S("sep"), S("end"), S("flush")]));
        Ops.Call(print, []);
        Ops.Call(print, [S("x"), PyNone.Instance, PyNone.Instance], new PyTuple([S("sep"), S("end")]));
        Assert.Equal("a b\na-b!<flush>\nx\n", output.ToString());
        Assert.Equal("sep must be None or a string, not int", TypeError(() => Ops.Call(print, [S("a"), I(1)], new PyTuple([S("sep")]))));
        Assert.Equal("end must be None or a string, not int", TypeError(() => Ops.Call(print, [S("a"), I(1)], new PyTuple([S("end")]))));
        Assert.Equal("'x' is an invalid keyword argument for print()", TypeError(() => Ops.Call(print, [I(1)], new PyTuple([S("x")]))));

        var input = b.GetOrNull("input")!;
        output.Clear();
        Assert.Equal("hello", Str(Ops.Call(input, [S("? ")])));
        Assert.Equal("? <flush>", output.ToString());
        Assert.Equal("last", Str(Ops.Call(input, [])));
        Assert.Equal("EOF when reading a line", Error(() => Ops.Call(input, []), PyExc.EOFError));
        Assert.Equal("input expected at most 1 argument, got 2", TypeError(() => Ops.Call(input, [I(1), I(2)])));
    }

    [Fact]
    public void DirOfModule()
    {
        var m = new PyModule("m");
        m.Set("zeta", I(1));
        m.Set("alpha", I(2));
        var names = ((PyList)Call("dir", m)).AsSpan().ToArray().Select(Str).ToArray();
        Assert.Equal(["__doc__", "__loader__", "__name__", "__package__", "__spec__", "alpha", "zeta"], names);
    }
}
