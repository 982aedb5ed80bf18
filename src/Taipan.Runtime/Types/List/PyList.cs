namespace Taipan.Runtime;

/// <summary>Python list: a growable array of items.</summary>
public partial class PyList : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("list", null, typeof(PyList), SetupType,
        TypeFlags.BaseType | TypeFlags.ListSubclass);

    public PyObject[] Items;
    public int Count;

    public PyList() : base(TypeObject) { Items = []; }
    public PyList(PyType type) : base(type) { Items = []; }
    public PyList(int capacity) : base(TypeObject) { Items = capacity == 0 ? [] : new PyObject[capacity]; }

    /// <summary>Takes ownership of the array.</summary>
    public PyList(PyObject[] items) : base(TypeObject) { Items = items; Count = items.Length; }

    public static PyList FromSpan(ReadOnlySpan<PyObject> items) => new(items.ToArray());

    public ReadOnlySpan<PyObject> AsSpan() => Items.AsSpan(0, Count);

    public PyObject this[int i]
    {
        get => Items[i];
        set => Items[i] = value;
    }

    [PyMethod("append($self, object, /)", Doc = "Append object to the end of the list.")]
    public void Append(PyObject item)
    {
        if (Count == Items.Length) Grow(Count + 1);
        Items[Count++] = item;
    }

    void Grow(int min)
    {
        int cap = Math.Max(min, Items.Length < 4 ? 4 : Items.Length + (Items.Length >> 1));
        Array.Resize(ref Items, cap);
    }

    public void EnsureCapacity(int min)
    {
        if (Items.Length < min) Grow(min);
    }

    static partial void SetupMembers(PyType t);
    static partial void SetupSlots(PyType t);

    static void SetupType(PyType t)
    {
        t.MarkUnhashable();
        t.Len = static o => ((PyList)o).Count;
        t.Bool = static o => ((PyList)o).Count != 0;
        SetupSlots(t);
        SetupMembers(t);
    }
}
