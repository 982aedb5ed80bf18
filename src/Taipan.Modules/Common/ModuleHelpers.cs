using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>Small argument checks shared by the modules (CPython's _PyArg_NoKeywords and friends).</summary>
internal static class ModuleHelpers
{
    public static void NoKeywords(string name, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0) throw PyException.TypeError($"{name}() takes no keyword arguments");
    }

    public static void CheckPositional(string name, int n, int min, int max)
    {
        if (n < min)
            throw PyException.TypeError(min == max
                ? $"{name} expected {min} argument{(min == 1 ? "" : "s")}, got {n}"
                : $"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}");
        if (n > max)
            throw PyException.TypeError(min == max
                ? $"{name} expected {max} argument{(max == 1 ? "" : "s")}, got {n}"
                : $"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>Declares a built-in type of a C module: its repr and __module__ name the module.</summary>
    public static PyType Type(string name, string module, System.Type cls, Action<PyType> setup, PyType? @base = null,
        TypeFlags flags = TypeFlags.BaseType)
    {
        var t = PyType.Builtin(name, @base, cls, setup, flags);
        t.BuiltinModule = module;
        return t;
    }

    /// <summary>A module function that takes the vectorcall arguments as they come.</summary>
    public static void Raw(PyModule m, string name, BuiltinBody body, string? textSignature = null, string? doc = null)
    {
        m.Dict.SetItem(name, new PyBuiltinFunction(name, body, m, textSignature, doc) { Module = new PyStr(m.Name) });
    }

    /// <summary>Unpacks a vectorcall's keyword values into a dict (for types that keep **kwargs).</summary>
    public static PyDict? KwDict(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames == null || kwnames.Count == 0) return null;
        var d = new PyDict();
        int n = kwnames.Count, start = args.Length - n;
        for (int i = 0; i < n; i++) d.SetItem(kwnames.Items[i], args[start + i]);
        return d;
    }

    public static int PositionalCount(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => args.Length - (kwnames?.Count ?? 0);

    /// <summary>CPython's tp_name: "collections.deque" for a module's built-in type, the plain name otherwise.</summary>
    public static string TpName(PyType t) => !t.IsHeapType && t.BuiltinModule is string m && m != "builtins" ? m + "." + t.Name : t.Name;

    /// <summary>__hash__ = None, as for a C type whose tp_hash is PyObject_HashNotImplemented.</summary>
    public static void Unhashable(PyType t)
    {
        t.MarkUnhashable();
    }

    /// <summary>A __dict__ getset for built-in types whose instances implement IHasDict.</summary>
    public static void AddDictDescriptor(PyType t)
    {
        t.Flags |= TypeFlags.HasDict;
        t.Dict.SetItem("__dict__", new PyGetSetDescriptor(t, "__dict__",
            static o => InstanceDicts.Get(o) ?? new PyDict(),
            static (o, v) =>
            {
                if (v is not PyDict d)
                    throw PyException.TypeError(v == null ? "cannot delete __dict__" : $"__dict__ must be set to a dictionary, not a '{v.Type.Name}'");
                InstanceDicts.Set(o, d);
            }, null));
    }
}
