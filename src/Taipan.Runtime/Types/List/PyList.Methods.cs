namespace Taipan.Runtime;

/// <summary>list's methods, in the order of the Python docs (append is in PyList.cs).</summary>
public partial class PyList
{
    [PyMethod("extend($self, iterable, /)", Doc = "Extend list by appending elements from the iterable.")]
    public void Extend(PyObject iterable)
    {
        if (iterable is PyList l)
        {
            int n = l.Count;
            EnsureCapacity(Count + n);
            Array.Copy(l.Items, 0, Items, Count, n);
            Count += n;
            return;
        }
        if (iterable is PyTuple t)
        {
            EnsureCapacity(Count + t.Items.Length);
            Array.Copy(t.Items, 0, Items, Count, t.Items.Length);
            Count += t.Items.Length;
            return;
        }
        if (iterable.Type.Iter == null && iterable.Type.GetItem == null)
            throw PyException.TypeError($"'{iterable.Type.Name}' object is not iterable");
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is PyObject x) Append(x);
    }

    [PyMethod("insert($self, index, object, /)", Doc = "Insert object before index.")]
    public void Insert(long index, PyObject item)
    {
        if (index < 0) { index += Count; if (index < 0) index = 0; }
        if (index > Count) index = Count;
        if (Count == Items.Length) EnsureCapacity(Count + 1);
        Array.Copy(Items, index, Items, index + 1, Count - index);
        Items[index] = item;
        Count++;
    }

    [PyMethod("remove($self, value, /)", Doc = "Remove first occurrence of value.\n\nRaises ValueError if the value is not present.")]
    public void Remove(PyObject value)
    {
        for (int i = 0; i < Count; i++)
        {
            if (Ops.EqBool(Items[i], value))
            {
                if (i < Count) RemoveAt(i);
                return;
            }
        }
        throw PyException.ValueError("list.remove(x): x not in list");
    }

    [PyMethod("pop($self, index=-1, /)", Doc = "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range.")]
    public PyObject Pop(long index = -1)
    {
        if (Count == 0) throw PyException.IndexError("pop from empty list");
        if (index < 0) index += Count;
        if ((ulong)index >= (ulong)Count) throw PyException.IndexError("pop index out of range");
        var v = Items[index];
        RemoveAt((int)index);
        return v;
    }

    [PyMethod("clear($self, /)", Doc = "Remove all items from list.")]
    public void Clear()
    {
        Items = [];
        Count = 0;
    }

    [PyMethod("index($self, value, start=0, stop=sys.maxsize, /)", Doc = "Return first index of value.\n\nRaises ValueError if the value is not present.")]
    public long Index(PyObject value, PyObject? start = null, PyObject? stop = null)
    {
        long lo = start == null ? 0 : Ops.AsIndexClamped(start);
        long hi = stop == null ? long.MaxValue : Ops.AsIndexClamped(stop);
        if (lo < 0) { lo += Count; if (lo < 0) lo = 0; }
        if (hi < 0) { hi += Count; if (hi < 0) hi = 0; }
        for (long i = lo; i < hi && i < Count; i++)
            if (Ops.EqBool(Items[i], value)) return i;
        throw PyException.ValueError($"{Ops.Repr(value).Value} is not in list");
    }

    [PyMethod("count($self, value, /)", Doc = "Return number of occurrences of value.")]
    public long CountOf(PyObject value)
    {
        long n = 0;
        for (int i = 0; i < Count; i++)
            if (Ops.EqBool(Items[i], value)) n++;
        return n;
    }

    [PyMethod("sort($self, /, *, key=None, reverse=False)", Doc = "Sort the list in ascending order and return None.")]
    public void Sort(PyObject? key = null, bool reverse = false)
    {
        var items = Items;
        int n = Count;
        // CPython empties the list while sorting so mutation by key/compare functions is detectable.
        Items = [];
        Count = 0;
        try
        {
            ListSort.Sort(items, n, key is PyNone ? null : key, reverse);
        }
        finally
        {
            bool modified = Count != 0 || Items.Length != 0;
            Items = items;
            Count = n;
            if (modified) throw PyException.ValueError("list modified during sort");
        }
    }

    [PyMethod("reverse($self, /)", Doc = "Reverse *IN PLACE*.")]
    public void Reverse() => Array.Reverse(Items, 0, Count);

    [PyMethod("copy($self, /)", Doc = "Return a shallow copy of the list.")]
    public PyList Copy() => new(AsSpan().ToArray());

    [PyMethod("__reversed__($self, /)", Doc = "Return a reverse iterator over the list.")]
    public PyObject Reversed() => new PyListReverseIterator(this);

    [PyMethod("__class_getitem__($type, item, /)", Kind = PyMethodKind.Class, Doc = "See PEP 585")]
    public static PyObject ClassGetItem(PyType type, PyObject item) => new PyGenericAlias(type, item);

    [PyMethod("__sizeof__($self, /)", Doc = "Return the size of the list in memory, in bytes.")]
    public long SizeOf() => 40 + 8L * Items.Length;
}
