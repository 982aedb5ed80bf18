namespace Taipan.Runtime;

/// <summary>
/// Instances of BaseException and every subclass. The fields CPython keeps in C structs (traceback,
/// cause, context, notes) are fields here; subclass-specific attributes (errno, filename, value, code,
/// msg/lineno of SyntaxError, ...) live in the instance dict, set by each type's __init__.
/// </summary>
public partial class PyBaseException : PyObject, IHasDict
{
    public PyTuple Args = PyTuple.Empty;
    public PyObject? Traceback;
    public PyBaseException? Cause;
    public PyBaseException? Context;
    public bool SuppressContext;
    public PyDict? Dict { get; set; }

    public PyBaseException(PyType type) : base(type) { }

    public static PyBaseException Create(PyType type, params PyObject[] args)
    {
        var e = new PyBaseException(type) { Args = args.Length == 0 ? PyTuple.Empty : new PyTuple(args) };
        return e;
    }

    public void SetAttribute(string name, PyObject value)
    {
        Dict ??= new PyDict();
        Dict.SetItem(PyStr.Intern(name), value);
    }

    public PyObject? GetAttribute(string name) => Dict?.GetOrNull(name);
}
