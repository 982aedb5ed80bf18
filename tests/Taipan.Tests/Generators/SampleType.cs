using Taipan.Runtime;

namespace Taipan.Tests.Generators;

/// <summary>A tiny built-in type whose method table the generator builds, one member per signature shape.</summary>
public sealed partial class SampleType : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("sample", null, typeof(SampleType), SetupType, TypeFlags.BaseType);

    public readonly List<PyObject> Items = [];
    public PyObject Label = PyNone.Instance;

    public SampleType() : base(TypeObject) { }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) => new SampleType();
        SetupMembers(t);
    }

    static SampleType()
    {
        BuiltinTypes.Register(TypeObject);
        BuiltinTypes.EnsureInitialized();
    }

    // METH_NOARGS shape
    [PyMethod("clear($self, /)", Doc = "Remove all items.")]
    public void Clear() => Items.Clear();

    // METH_O shape
    [PyMethod("append($self, object, /)", Doc = "Append object to the end.")]
    public void Append(PyObject item) => Items.Add(item);

    // positional-only with a default
    [PyMethod("pop($self, index=-1, /)")]
    public long Pop(long index = -1) => index;

    // positional-only, two required
    [PyMethod("insert($self, index, object, /)")]
    public PyObject Insert(int index, PyObject item) => new PyTuple([PyInt.Get(index), item]);

    // keyword-only
    [PyMethod("sort($self, /, *, key=None, reverse=False)")]
    public PyObject Sort(PyObject? key, bool reverse = false) => new PyTuple([key ?? PyStr.Empty, PyBool.Get(reverse)]);

    [PyMethod("join($self, sep, /)")]
    public string Join(string sep) => string.Join(sep, Items.Select(i => ((PyStr)i).Value));

    [PyMethod("scale($self, factor, /)")]
    public double Scale(double factor) => factor * 2;

    // keywords with a class method
    [PyMethod("from_parts($type, head, sep='-', *, upper=False)", Kind = PyMethodKind.Class)]
    static PyObject FromParts(PyType type, PyStr head, PyStr? sep, bool upper) =>
        new PyStr(type.Name + (sep?.Value ?? "-") + (upper ? head.Value.ToUpperInvariant() : head.Value));

    // *args
    [PyMethod("collect($self, *args, sep=' ')")]
    public string Collect(ReadOnlySpan<PyObject> args, string sep = " ")
    {
        var parts = new List<string>();
        foreach (var a in args) parts.Add(((PyStr)a).Value);
        return string.Join(sep, parts);
    }

    [PyMethod("twice(x, /)", Kind = PyMethodKind.Static)]
    static PyObject Twice(PyObject x) => new PyTuple([x, x]);

    [PyGetter("size", Doc = "the number of items")]
    long Size() => Items.Count;

    [PyGetter("label")]
    PyObject GetLabel() => Label;

    [PySetter("label")]
    void SetLabel(PyObject? value) => Label = value ?? PyNone.Instance;
}

[PyModule("samplemod")]
public static partial class SampleModule
{
    [PyMethod("double($module, x, /)", Doc = "Return (x, x).")]
    static PyObject Double(PyObject x) => new PyTuple([x, x]);

    [PyMethod("greet($module, name, greeting='Hello')")]
    static string Greet(string name, string greeting = "Hello") => greeting + ", " + name;

    public static PyModule Create()
    {
        var m = new PyModule("samplemod");
        RegisterFunctions(m.Dict, m);
        return m;
    }
}
