namespace Taipan.Runtime;

/// <summary>
/// The C# carrier of a Python exception raised by C# code (built-in functions and slots). Python's own
/// `raise` does not throw this inside the evaluation loop: the loop unwinds through the exception table.
/// A PyException that escapes the loop is converted to the Python exception object it carries.
/// </summary>
public sealed class PyException : Exception
{
    public readonly PyBaseException Value;

    public PyException(PyBaseException value) : base(null) { Value = value; }

    public override string Message => $"{Value.Type.Name}: {Ops.StrOrRepr(Value)}";

    public static PyException Create(PyType type, string message) => new(PyBaseException.Create(type, new PyStr(message)));
    public static PyException Create(PyType type) => new(PyBaseException.Create(type));

    public static PyException TypeError(string message) => Create(PyExc.TypeError, message);
    public static PyException ValueError(string message) => Create(PyExc.ValueError, message);
    public static PyException IndexError(string message) => Create(PyExc.IndexError, message);
    public static PyException AttributeError(string message) => Create(PyExc.AttributeError, message);
    public static PyException NameError(string message) => Create(PyExc.NameError, message);
    public static PyException ZeroDivisionError(string message) => Create(PyExc.ZeroDivisionError, message);
    public static PyException OverflowError(string message) => Create(PyExc.OverflowError, message);
    public static PyException RuntimeError(string message) => Create(PyExc.RuntimeError, message);
    public static PyException SystemError(string message) => Create(PyExc.SystemError, message);
    public static PyException NotImplementedError(string message) => Create(PyExc.NotImplementedError, message);
    public static PyException RecursionError(string message) => Create(PyExc.RecursionError, message);
    public static PyException MemoryError() => Create(PyExc.MemoryError);
    public static PyException StopIteration() => Create(PyExc.StopIteration);
    public static PyException KeyError(PyObject key) => new(PyBaseException.Create(PyExc.KeyError, key));

    /// <summary>AttributeError with CPython's message and the name/obj attributes used for "Did you mean".</summary>
    public static PyException NoAttribute(PyObject obj, PyStr name)
    {
        string msg = obj is PyType t
            ? $"type object '{t.Name}' has no attribute '{name.Value}'"
            : obj is PyModule m
                ? $"module '{m.Name}' has no attribute '{name.Value}'"
                : $"'{obj.Type.Name}' object has no attribute '{name.Value}'";
        var exc = PyBaseException.Create(PyExc.AttributeError, new PyStr(msg));
        exc.SetAttribute("name", name);
        exc.SetAttribute("obj", obj);
        return new PyException(exc);
    }

    /// <summary>A built-in descriptor used on an object of the wrong type (list.append(1, 2)).</summary>
    public static void CheckDescriptorApplies(string name, PyType owner, PyObject obj)
    {
        if (!obj.Type.IsSubtypeOf(owner))
            throw TypeError($"descriptor '{name}' for '{owner.Name}' objects doesn't apply to a '{obj.Type.Name}' object");
    }

    /// <summary>The TypeError CPython raises for an unsupported binary operator.</summary>
    public static PyException UnsupportedOperands(string op, PyObject a, PyObject b) =>
        TypeError($"unsupported operand type(s) for {op}: '{a.Type.Name}' and '{b.Type.Name}'");
}
