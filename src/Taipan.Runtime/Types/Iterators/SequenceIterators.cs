namespace Taipan.Runtime;

/// <summary>list_iterator: sees appends made during iteration, like CPython's.</summary>
public sealed class PyListIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("list_iterator", null, typeof(PyListIterator), SetupType, TypeFlags.None);

    PyList? _list;
    int _index;

    public PyListIterator(PyList list) : base(TypeObject) { _list = list; }

    /// <summary>Next item or null (the VM's FOR_ITER fast path calls this directly).</summary>
    public PyObject? Next()
    {
        var l = _list;
        if (l == null) return null;
        if (_index < l.Count) return l.Items[_index++];
        _list = null;
        return null;
    }

    static void SetupType(PyType t)
    {
        t.Iter = static o => o;
        t.Next = static o => ((PyListIterator)o).Next();
        t.Dict.SetItem("__length_hint__", new PyMethodDescriptor(t, "__length_hint__", static (self, args, kw) =>
        {
            var it = (PyListIterator)self!;
            return PyInt.Get(it._list == null ? 0 : Math.Max(0, it._list.Count - it._index));
        }));
    }
}

/// <summary>list_reverseiterator.</summary>
public sealed class PyListReverseIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("list_reverseiterator", null, typeof(PyListReverseIterator), SetupType, TypeFlags.None);

    PyList? _list;
    int _index;

    public PyListReverseIterator(PyList list) : base(TypeObject)
    {
        _list = list;
        _index = list.Count - 1;
    }

    static void SetupType(PyType t)
    {
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var it = (PyListReverseIterator)o;
            var l = it._list;
            if (l == null) return null;
            if (it._index >= 0 && it._index < l.Count) return l.Items[it._index--];
            it._list = null;
            return null;
        };
        t.Dict.SetItem("__length_hint__", new PyMethodDescriptor(t, "__length_hint__", static (self, args, kw) =>
        {
            var it = (PyListReverseIterator)self!;
            return PyInt.Get(it._list == null ? 0 : Math.Min(it._index + 1, it._list.Count));
        }));
    }
}

/// <summary>tuple_iterator.</summary>
public sealed class PyTupleIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("tuple_iterator", null, typeof(PyTupleIterator), SetupType, TypeFlags.None);

    PyObject[]? _items;
    int _index;

    public PyTupleIterator(PyTuple t) : base(TypeObject) { _items = t.Items; }

    public PyObject? Next()
    {
        var a = _items;
        if (a == null) return null;
        if (_index < a.Length) return a[_index++];
        _items = null;
        return null;
    }

    static void SetupType(PyType t)
    {
        t.Iter = static o => o;
        t.Next = static o => ((PyTupleIterator)o).Next();
        t.Dict.SetItem("__length_hint__", new PyMethodDescriptor(t, "__length_hint__", static (self, args, kw) =>
        {
            var it = (PyTupleIterator)self!;
            return PyInt.Get(it._items == null ? 0 : it._items.Length - it._index);
        }));
    }
}
