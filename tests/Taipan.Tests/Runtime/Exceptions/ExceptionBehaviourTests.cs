using Taipan.Runtime;

namespace Taipan.Tests.Runtime.Exceptions;

/// <summary>Exception construction, attributes and str() as CPython 3.12 gives them.</summary>
public class ExceptionBehaviourTests
{
    public ExceptionBehaviourTests() => BuiltinTypes.EnsureInitialized();

    static PyObject Make(PyType t, params PyObject[] args) => Ops.Call(t, args);
    static string Str(PyObject o) => Ops.Str(o).Value;
    static string Repr(PyObject o) => Ops.Repr(o).Value;

    [Fact]
    public void OSErrorPicksSubclassFromErrno()
    {
        var e = Make(PyExc.OSError, PyInt.Get(2), new PyStr("No such file or directory"), new PyStr("x.txt"));
        Assert.Same(PyExc.FileNotFoundError, e.Type);
        Assert.Equal("[Errno 2] No such file or directory: 'x.txt'", Str(e));
        Assert.Equal("FileNotFoundError(2, 'No such file or directory')", Repr(e));
        Assert.Equal("x.txt", Str(Ops.GetAttr(e, "filename")));
    }

    [Fact]
    public void KeyErrorStrIsRepr()
    {
        Assert.Equal("'k'", Str(Make(PyExc.KeyError, new PyStr("k"))));
        Assert.Equal("('a', 1)", Str(Make(PyExc.KeyError, new PyStr("a"), PyInt.Get(1))));
    }

    [Fact]
    public void StopIterationAndSystemExitValues()
    {
        Assert.Equal("5", Repr(Ops.GetAttr(Make(PyExc.StopIteration, PyInt.Get(5)), "value")));
        Assert.Equal("None", Repr(Ops.GetAttr(Make(PyExc.SystemExit), "code")));
        Assert.Equal("(1, 2)", Repr(Ops.GetAttr(Make(PyExc.SystemExit, PyInt.Get(1), PyInt.Get(2)), "code")));
    }

    [Fact]
    public void SyntaxErrorStr()
    {
        var info = new PyTuple([new PyStr("/a/b.py"), PyInt.Get(3), PyInt.Get(4), new PyStr("x = (")]);
        var e = Make(PyExc.SyntaxError, new PyStr("invalid syntax"), info);
        Assert.Equal("invalid syntax (b.py, line 3)", Str(e));
        Assert.Equal("3", Repr(Ops.GetAttr(e, "lineno")));
    }

    [Fact]
    public void UnicodeErrorsStr()
    {
        var enc = Make(PyExc.UnicodeEncodeError, new PyStr("ascii"), new PyStr("h\u00e9"), PyInt.Get(1), PyInt.Get(2), new PyStr("ordinal not in range(128)"));
        Assert.Equal("'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)", Str(enc));
    }

    [Fact]
    public void ExceptionGroupConstructionAndSplit()
    {
        var v = Make(PyExc.ValueError, PyInt.Get(1));
        var t = Make(PyExc.TypeError, PyInt.Get(2));
        var g = Make(PyExc.BaseExceptionGroup, new PyStr("msg"), new PyList([v, t]));
        Assert.Same(PyExc.ExceptionGroup, g.Type);
        Assert.Equal("msg (2 sub-exceptions)", Str(g));
        Assert.Equal("ExceptionGroup('msg', [ValueError(1), TypeError(2)])", Repr(g));
        var split = (PyTuple)Ops.Call(Ops.GetAttr(g, "split"), [PyExc.ValueError]);
        Assert.Equal("ExceptionGroup('msg', [ValueError(1)])", Repr(split[0]));
        Assert.Equal("ExceptionGroup('msg', [TypeError(2)])", Repr(split[1]));
        var ex = Assert.Throws<PyException>(() => Make(PyExc.ExceptionGroup, new PyStr("m"), new PyList([Make(PyExc.KeyboardInterrupt)])));
        Assert.Equal("Cannot nest BaseExceptions in an ExceptionGroup", Str(ex.Value));
    }

    [Fact]
    public void AddNoteChecksType()
    {
        var e = Make(PyExc.ValueError);
        Ops.Call(Ops.GetAttr(e, "add_note"), [new PyStr("n1")]);
        Assert.Equal("['n1']", Repr(Ops.GetAttr(e, "__notes__")));
        var ex = Assert.Throws<PyException>(() => Ops.Call(Ops.GetAttr(e, "add_note"), [PyInt.Get(1)]));
        Assert.Equal("note must be a str, not 'int'", Str(ex.Value));
    }

    [Fact]
    public void AttributeErrorKeywords()
    {
        var e = Ops.Call(PyExc.AttributeError, [new PyStr("m"), new PyStr("x")], new PyTuple([new PyStr("name")]));
        Assert.Equal("'x'", Repr(Ops.GetAttr(e, "name")));
        var ex = Assert.Throws<PyException>(() => Ops.Call(PyExc.ValueError, [PyInt.Get(1)], new PyTuple([new PyStr("x")])));
        Assert.Equal("ValueError() takes no keyword arguments", Str(ex.Value));
    }
}
