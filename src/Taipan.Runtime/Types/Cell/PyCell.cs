using Taipan.Runtime.Bytecode;
namespace Taipan.Runtime;

/// <summary>A cell: the shared box of a variable captured by a closure (CPython's PyCellObject).</summary>
public sealed class PyCell : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("cell", null, typeof(PyCell), SetupType, TypeFlags.None);

    /// <summary>The value, or null while the variable is unbound.</summary>
    public PyObject? Contents;

    public PyCell(PyObject? contents = null) : base(TypeObject) { Contents = contents; }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            TypeMembers.ArgRange("cell", args, kw, 0, 1);
            return new PyCell(args.Length == 1 ? args[0] : null);
        };
        t.Repr = static o =>
        {
            var c = (PyCell)o;
            return new PyStr(c.Contents == null
                ? $"<cell at {Ops.AddressString(c)}: empty>"
                : $"<cell at {Ops.AddressString(c)}: {c.Contents.Type.Name} object at {Ops.AddressString(c.Contents)}>");
        };
        t.RichCompare = static (a, b, op) =>
        {
            if (b is not PyCell cb) return PyNotImplemented.Instance;
            var x = ((PyCell)a).Contents;
            var y = cb.Contents;
            if (x != null && y != null) return Ops.RichCompare(x, y, op);
            // An empty cell sorts before a full one.
            int cmp = (x == null ? 0 : 1) - (y == null ? 0 : 1);
            return Ops.CompareResult(cmp, op);
        };
        t.Hash = null;
        TypeMembers.Getter(t, "cell_contents",
            static o => ((PyCell)o).Contents ?? throw PyException.Create(PyExc.ValueError, "Cell is empty"),
            static (o, v) => ((PyCell)o).Contents = v);
    }
}
