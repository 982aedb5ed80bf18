namespace Taipan.Runtime;

/// <summary>None, the only instance of NoneType.</summary>
public sealed class PyNone : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("NoneType", null, typeof(PyNone), SetupType, TypeFlags.None);
    public static readonly PyNone Instance = new();

    PyNone() : base(TypeObject) { }

    static void SetupType(PyType t)
    {
        t.Repr = static _ => new PyStr("None");
        t.Bool = static _ => false;
        t.Hash = static o => Ops.IdentityHash(o);
        t.New = static (type, args, kw) =>
        {
            if (args.Length != 0 || kw != null) throw PyException.TypeError("NoneType takes no arguments");
            return Instance;
        };
        t.Or = static (a, b) => PyUnionType.Or(a, b);
    }
}

/// <summary>NotImplemented, returned by binary slots that do not handle an operand pair.</summary>
public sealed class PyNotImplemented : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("NotImplementedType", null, typeof(PyNotImplemented), SetupType, TypeFlags.None);
    public static readonly PyNotImplemented Instance = new();

    PyNotImplemented() : base(TypeObject) { }

    static void SetupType(PyType t)
    {
        t.Repr = static _ => new PyStr("NotImplemented");
        t.New = static (type, args, kw) =>
        {
            if (args.Length != 0 || kw is { Count: > 0 }) throw PyException.TypeError("NotImplementedType takes no arguments");
            return Instance;
        };
        t.Hash = static o => Ops.IdentityHash(o);
    }
}

/// <summary>Ellipsis (...).</summary>
public sealed class PyEllipsis : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("ellipsis", null, typeof(PyEllipsis), SetupType, TypeFlags.None);
    public static readonly PyEllipsis Instance = new();

    PyEllipsis() : base(TypeObject) { }

    static void SetupType(PyType t)
    {
        t.Repr = static _ => new PyStr("Ellipsis");
        t.New = static (type, args, kw) =>
        {
            if (args.Length != 0 || kw is { Count: > 0 }) throw PyException.TypeError("EllipsisType takes no arguments");
            return Instance;
        };
        t.Hash = static o => Ops.IdentityHash(o);
    }
}
