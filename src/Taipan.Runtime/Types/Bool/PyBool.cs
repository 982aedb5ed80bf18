namespace Taipan.Runtime;

/// <summary>bool: a subclass of int with exactly two instances.</summary>
public sealed class PyBool : PyInt
{
    public static new readonly PyType TypeObject = PyType.Builtin("bool", PyInt.TypeObject, typeof(PyBool), SetupType, TypeFlags.None);

    public static readonly PyBool True = new(1);
    public static readonly PyBool False = new(0);

    PyBool(long v) : base(TypeObject, v) { }

    public bool Value => !IsZero;

    public static PyBool Get(bool b) => b ? True : False;

    static void SetupType(PyType t)
    {
        t.Repr = static o => new PyStr(((PyBool)o).Value ? "True" : "False");
        t.New = static (type, args, kw) =>
        {
            if (kw != null) throw PyException.TypeError("bool() takes no keyword arguments");
            if (args.Length > 1) throw PyException.TypeError($"bool expected at most 1 argument, got {args.Length}");
            return Get(args.Length == 1 && Ops.IsTrue(args[0]));
        };
        // bool & | ^ bool stays a bool; any other int operand gives int's result.
        var and = PyInt.TypeObject.And!;
        var or = PyInt.TypeObject.Or!;
        var xor = PyInt.TypeObject.Xor!;
        t.And = (a, b) => a is PyBool x && b is PyBool y ? Get(x.Value & y.Value) : and(a, b);
        t.Or = (a, b) => a is PyBool x && b is PyBool y ? Get(x.Value | y.Value) : or(a, b);
        t.Xor = (a, b) => a is PyBool x && b is PyBool y ? Get(x.Value ^ y.Value) : xor(a, b);
    }
}
