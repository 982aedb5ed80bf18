using Taipan.Runtime.Bytecode;
namespace Taipan.Runtime;

/// <summary>
/// Registers members of the VM's own types (function, frame, generator, ...) directly in their type
/// dicts. Stands in until the [PyMethod]/[PyGetter] source generator lands; each call is one member.
/// </summary>
internal static class TypeMembers
{
    public static void Getter(PyType t, string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject?>? set = null, string? doc = null) =>
        t.Dict.SetItem(name, new PyGetSetDescriptor(t, name, get, set, doc));

    public static void Method(PyType t, string name, BuiltinBody body, string? signature = null, string? doc = null) =>
        t.Dict.SetItem(name, new PyMethodDescriptor(t, name, body, signature, doc));

    public static void ClassMethod(PyType t, string name, BuiltinBody body, string? signature = null) =>
        t.Dict.SetItem(name, new PyClassMethodDescriptor(t, name, body, signature));

    /// <summary>A module-level built-in function.</summary>
    public static PyBuiltinFunction Function(PyModule m, string name, BuiltinBody body, string? signature = null, string? doc = null)
    {
        var f = new PyBuiltinFunction(name, body, m, signature, doc) { Module = new PyStr(m.Name) };
        m.Dict.SetItem(name, f);
        return f;
    }

    /// <summary>Positional argument count of a vectorcall, rejecting keywords for functions that take none.</summary>
    public static int NoKeywords(string fname, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw != null && kw.Count > 0) throw PyException.TypeError($"{fname}() takes no keyword arguments");
        return args.Length;
    }

    public static void ExactArgs(string fname, ReadOnlySpan<PyObject> args, PyTuple? kw, int n)
    {
        int npos = NoKeywords(fname, args, kw);
        if (npos == n) return;
        if (n == 0) throw PyException.TypeError($"{fname}() takes no arguments ({npos} given)");
        if (n == 1) throw PyException.TypeError($"{fname}() takes exactly one argument ({npos} given)");
        throw PyException.TypeError($"{fname} expected {n} arguments, got {npos}");
    }

    public static void ArgRange(string fname, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max)
    {
        int npos = NoKeywords(fname, args, kw);
        if (npos < min)
            throw PyException.TypeError($"{fname} expected at least {min} argument{(min == 1 ? "" : "s")}, got {npos}");
        if (npos > max)
            throw PyException.TypeError($"{fname} expected at most {max} argument{(max == 1 ? "" : "s")}, got {npos}");
    }

    public static PyStr StrValue(PyObject? v, string what)
    {
        if (v is PyStr s) return s;
        throw PyException.TypeError($"{what} must be set to a string object");
    }
}
