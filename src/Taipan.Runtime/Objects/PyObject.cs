namespace Taipan.Runtime;

/// <summary>
/// Base of every Python value. Like CPython's ob_type, each object carries its exact type, which for
/// an instance of a user subclass of a built-in (class L(list)) is the subclass, while the C# object
/// is still the built-in's class (PyList). Instance dicts live on the classes that need them
/// (<see cref="IHasDict"/>), not here, so small values (int, float, str) stay small.
/// </summary>
public abstract class PyObject
{
    public PyType Type;

    protected PyObject(PyType type) { Type = type; }

    /// <summary>For the debugger and for .NET callers; Python code uses repr()/str().</summary>
    public override string ToString() => Ops.ReprString(this);
}

/// <summary>Objects with a per-instance attribute dict (user class instances, modules, functions, ...).</summary>
public interface IHasDict
{
    PyDict? Dict { get; set; }
}
