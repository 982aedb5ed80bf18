namespace Taipan.Runtime;

/// <summary>A module object: a namespace dict with a name.</summary>
public sealed partial class PyModule : PyObject, IHasDict
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
        // module.__init__(name, doc=None): ModuleType("m") names the new module.
        t.Init = static (self, args, kw) =>
        {
            TypeMembers.ArgRange("module", args, kw, 1, 2);
            int npos = args.Length - (kw?.Count ?? 0);
            PyObject? name = null, doc = null;
            for (int i = 0; i < npos; i++) { if (i == 0) name = args[0]; else doc = args[1]; }
            for (int i = 0; i < (kw?.Count ?? 0); i++)
            {
                var k = ((PyStr)kw![i]).Value;
                if (k == "name") name = args[npos + i];
                else if (k == "doc") doc = args[npos + i];
                else throw PyException.TypeError($"module() got an unexpected keyword argument '{k}'");
            }
            if (name is not PyStr) throw PyException.TypeError($"module.__init__() argument 'name' must be str, not {(name ?? PyNone.Instance).Type.Name}");
            var m = (PyModule)self;
            m.Dict.SetItem("__name__", name);
            m.Dict.SetItem("__doc__", doc ?? PyNone.Instance);
            if (m.Dict.GetOrNull("__package__") == null) m.Dict.SetItem("__package__", PyNone.Instance);
            if (m.Dict.GetOrNull("__loader__") == null) m.Dict.SetItem("__loader__", PyNone.Instance);
            if (m.Dict.GetOrNull("__spec__") == null) m.Dict.SetItem("__spec__", PyNone.Instance);
        };
        SetupMembers(t);
    }

    static partial void SetupMembers(PyType t);

    /// <summary>The module's namespace itself (read-only attribute, as in CPython).</summary>
    [PyGetter("__dict__")]
    public PyObject GetDict() => Dict;
}
