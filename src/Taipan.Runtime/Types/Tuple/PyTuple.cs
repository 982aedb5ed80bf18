namespace Taipan.Runtime;

/// <summary>Python tuple: an immutable array of items.</summary>
public partial class PyTuple : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("tuple", null, typeof(PyTuple), SetupType,
        TypeFlags.BaseType | TypeFlags.TupleSubclass);

    public static readonly PyTuple Empty = new([]);

    public readonly PyObject[] Items;

    public PyTuple(PyObject[] items) : base(TypeObject) { Items = items; }
    public PyTuple(PyType type, PyObject[] items) : base(type) { Items = items; }

    public static PyTuple Create(ReadOnlySpan<PyObject> items) => items.Length == 0 ? Empty : new PyTuple(items.ToArray());
    public static PyTuple Create(params PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    public int Count => Items.Length;
    public PyObject this[int i] => Items[i];

    static partial void SetupMembers(PyType t);
    static partial void SetupSlots(PyType t);

    static void SetupType(PyType t)
    {
        t.Len = static o => ((PyTuple)o).Items.Length;
        t.Bool = static o => ((PyTuple)o).Items.Length != 0;
        SetupSlots(t);
        SetupMembers(t);
    }
}
