namespace Taipan.Runtime;

/// <summary>A module object: a namespace dict with a name.</summary>
public sealed class PyModule : PyObject, IHasDict
{
    public static readonly PyType TypeObject = PyType.Builtin("module", null, typeof(PyModule), SetupType,
        TypeFlags.BaseType | TypeFlags.HasDict);

    public PyDict Dict;
    PyDict? IHasDict.Dict { get => Dict; set => Dict = value ?? new PyDict(); }

    public PyModule(string name, string? doc = null) : base(TypeObject)
    {
        Dict = new PyDict();
        Dict.SetItem("__name__", new PyStr(name));
        Dict.SetItem("__doc__", doc == null ? PyNone.Instance : new PyStr(doc));
        Dict.SetItem("__package__", PyNone.Instance);
        Dict.SetItem("__loader__", PyNone.Instance);
        Dict.SetItem("__spec__", PyNone.Instance);
    }

    public string Name => Dict.GetOrNull("__name__") is PyStr s ? s.Value : "?";

    public void Set(string name, PyObject value) => Dict.SetItem(name, value);

    static void SetupType(PyType t)
    {
        t.GetAttr = static (o, name) =>
        {
            var r = ObjectBehaviour.GenericGetAttr(o, name);
            if (r != null) return r;
            // PEP 562: a module-level __getattr__ handles missing names.
            var m = (PyModule)o;
            var ga = m.Dict.GetOrNull("__getattr__");
            return ga == null ? null : Ops.Call(ga, [name]);
        };
        t.Repr = static o =>
        {
            var m = (PyModule)o;
            var file = m.Dict.GetOrNull("__file__");
            return new PyStr(file is PyStr f ? $"<module '{m.Name}' from '{f.Value}'>" : $"<module '{m.Name}' (built-in)>");
        };
        t.New = static (type, args, kw) => new PyModule("?");
        // A read-only member in CPython: `from m import *` and vars(m) reach the namespace through it.
        t.Dict.SetItem("__dict__", new PyGetSetDescriptor(t, "__dict__", static o => ((PyModule)o).Dict));
    }
}
