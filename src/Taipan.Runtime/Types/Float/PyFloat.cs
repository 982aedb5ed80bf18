namespace Taipan.Runtime;

/// <summary>Python float: an IEEE-754 double.</summary>
public partial class PyFloat : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("float", null, typeof(PyFloat), SetupType);

    public readonly double Value;

    public PyFloat(double value) : base(TypeObject) { Value = value; }
    public PyFloat(PyType type, double value) : base(type) { Value = value; }

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        t.Bool = static o => ((PyFloat)o).Value != 0.0;
        SetupMembers(t);
    }
}
