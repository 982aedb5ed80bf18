namespace Taipan.Runtime;

/// <summary>Python bytearray: a mutable, growable array of bytes.</summary>
public partial class PyByteArray : PyObject, IPyBuffer
{
    public static readonly PyType TypeObject = PyType.Builtin("bytearray", null, typeof(PyByteArray), SetupType,
        TypeFlags.BaseType);

    byte[] _items;
    int _count;
    /// <summary>Live memoryviews over the storage: while non-zero the array must not move (CPython's ob_exports).</summary>
    int _exports;

    public PyByteArray() : base(TypeObject) { _items = []; }
    public PyByteArray(PyType type) : base(type) { _items = []; }
    /// <summary>Takes ownership of the array.</summary>
    public PyByteArray(byte[] data) : base(TypeObject) { _items = data; _count = data.Length; }

    public int Count => _count;
    public ReadOnlySpan<byte> ReadOnlyBytes => _items.AsSpan(0, _count);
    public Span<byte> WritableBytes => _items.AsSpan(0, _count);
    public Memory<byte> Memory => _items.AsMemory(0, _count);
    public bool IsReadOnly => false;
    public void AddExport() => _exports++;
    public void ReleaseExport() => _exports--;

    ReadOnlySpan<byte> D => ReadOnlyBytes;

    void CheckResizable()
    {
        if (_exports > 0) throw PyException.Create(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
    }

    /// <summary>Sets the length, keeping the content; growth over-allocates like CPython's bytearray.</summary>
    void Resize(int newCount)
    {
        if (newCount != _count) CheckResizable();
        if (newCount > _items.Length)
        {
            int cap = Math.Max(newCount, _items.Length + (_items.Length >> 3) + 6);
            Array.Resize(ref _items, cap);
        }
        else if (newCount < _count) _items.AsSpan(newCount, _count - newCount).Clear();
        _count = newCount;
    }

    /// <summary>Replaces items [start, start+oldLen) with <paramref name="repl"/>.</summary>
    void Splice(int start, int oldLen, ReadOnlySpan<byte> repl)
    {
        // Copy first: repl may alias our own storage (b[:] = b).
        var r = repl.ToArray();
        int tail = _count - start - oldLen;
        int newCount = _count - oldLen + r.Length;
        if (newCount != _count) CheckResizable();
        if (newCount > _items.Length)
        {
            int cap = Math.Max(newCount, _items.Length + (_items.Length >> 3) + 6);
            Array.Resize(ref _items, cap);
        }
        Array.Copy(_items, start + oldLen, _items, start + r.Length, tail);
        r.CopyTo(_items, start);
        if (newCount < _count) _items.AsSpan(newCount, _count - newCount).Clear();
        _count = newCount;
    }

    static PyException Unhashable(PyObject o) => PyException.TypeError($"unhashable type: '{o.Type.Name}'");

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) => type == TypeObject ? new PyByteArray() : new PyByteArray(type);
        t.Init = static (self, args, kw) => ((PyByteArray)self).Init(args, kw);
        t.Hash = static o => throw Unhashable(o);
        t.Repr = static o => new PyStr(BytesRepr.Repr(((PyByteArray)o).D, o.Type.Name + "(", ")"));
        t.Str = t.Repr;
        t.Len = static o => ((PyByteArray)o)._count;
        t.Bool = static o => ((PyByteArray)o)._count != 0;
        t.RichCompare = static (a, b, op) =>
            b is IPyBuffer bb && b is not PyStr ? BytesMethods.CompareSpans(((PyByteArray)a).D, bb.ReadOnlyBytes, op) : PyNotImplemented.Instance;
        t.Add = static (a, b) => BytesMethods.Concat<ByteArrayKind>(a, b, "bytearray");
        t.InPlaceAdd = static (a, b) =>
        {
            var self = (PyByteArray)a;
            if (b is not IPyBuffer bb) throw PyException.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}");
            self.Splice(self._count, 0, bb.ReadOnlyBytes);
            return self;
        };
        t.Multiply = static (a, b) => BytesMethods.Repeat<ByteArrayKind>(a, b);
        t.InPlaceMultiply = static (a, b) =>
        {
            if (b is PyFloat || (b is not PyInt && b.Type.Index == null)) return PyNotImplemented.Instance;
            var self = (PyByteArray)a;
            var r = BytesMethods.RepeatArray(self.D, PyStr.RepeatCount(b));
            self.Splice(0, self._count, r);
            return self;
        };
        t.Remainder = static (a, b) => a is PyByteArray x ? PercentFormat.FormatBytes(x.D.ToArray(), b, true) : PyNotImplemented.Instance;
        t.Contains = static (o, item) => BytesMethods.Contains(((PyByteArray)o).D, item);
        t.GetItem = static (o, key) => ((PyByteArray)o).GetItem(key);
        t.SetItem = static (o, key, value) => ((PyByteArray)o).SetItem(key, value);
        t.Iter = static o => new PyBytesIterator(o);
        SetupMembers(t);
        t.Dict.SetItem("__hash__", PyNone.Instance);
    }

    void Init(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        BytesConstruction.ParseArgs("bytearray", args, kw, "source", out var source, out var encoding, out var errors);
        byte[] data;
        if (source == null)
        {
            if (encoding != null || errors != null)
                throw PyException.TypeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            data = [];
        }
        else if (encoding != null || errors != null)
        {
            if (source is not PyStr s)
                throw PyException.TypeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            if (encoding == null) throw PyException.TypeError("string argument without an encoding");
            data = Codecs.Encode(s, ((PyStr)encoding).Value, errors is PyStr e ? e.Value : "strict").UnsafeArray.ToArray();
        }
        else data = BytesConstruction.FromObject(source, "bytearray");
        Splice(0, _count, data);
    }

    public PyObject GetItem(PyObject key)
    {
        if (key is PyInt || (key.Type.Index != null && key is not PyFloat))
            return PyInt.Get(_items[IndexOrThrow(key)]);
        if (SliceSupport.TryIndices(key, _count, out long start, out _, out long step, out long count))
            return new PyByteArray(BytesMethods.SliceArray(D, start, step, count));
        throw PyException.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
    }

    int IndexOrThrow(PyObject key)
    {
        var iv = Ops.Index(key);
        if (!iv.IsSmall) throw PyException.IndexError("cannot fit 'int' into an index-sized integer");
        long i = iv.Small;
        if (i < 0) i += _count;
        if (i < 0 || i >= _count) throw PyException.IndexError("bytearray index out of range");
        return (int)i;
    }

    public void SetItem(PyObject key, PyObject? value)
    {
        if (key is PyInt || (key.Type.Index != null && key is not PyFloat))
        {
            int i = IndexOrThrow(key);
            if (value == null) { Splice(i, 1, []); return; }
            _items[i] = BytesLike.ByteValue(value);
            return;
        }
        if (!SliceSupport.TryIndices(key, _count, out long start, out long stop, out long step, out long count))
            throw PyException.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
        if (value == null)
        {
            if (step == 1) { Splice((int)start, (int)count, []); return; }
            // Extended slice deletion: keep the items not selected.
            var keep = new List<byte>(_count);
            var del = new bool[_count];
            long p = start;
            for (long k = 0; k < count; k++, p += step) del[p] = true;
            for (int k = 0; k < _count; k++) if (!del[k]) keep.Add(_items[k]);
            Splice(0, _count, keep.ToArray());
            return;
        }
        byte[] repl;
        if (value is IPyBuffer vb) repl = vb.ReadOnlyBytes.ToArray();
        else if (value is PyInt || value is PyStr || (value.Type.Iter == null && value.Type.GetItem == null))
            throw PyException.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        else repl = IntsFrom(value);
        if (step == 1)
        {
            // A slice with stop before start is an empty range at start.
            Splice((int)start, (int)Math.Max(0, count), repl);
            return;
        }
        if (repl.Length != count)
            throw PyException.ValueError($"attempt to assign bytes of size {repl.Length} to extended slice of size {count}");
        long q = start;
        for (int k = 0; k < repl.Length; k++, q += step) _items[q] = repl[k];
    }

    static byte[] IntsFrom(PyObject iterable)
    {
        var r = new List<byte>();
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is PyObject x) r.Add(BytesLike.ByteValue(x));
        return [.. r];
    }

    // ---------------- mutating methods (docs order: the sequence methods) ----------------

    [PyMethod("append($self, item, /)")]
    public void Append(PyObject item)
    {
        byte b = BytesLike.ByteValue(item);
        Resize(_count + 1);
        _items[_count - 1] = b;
    }

    [PyMethod("clear($self, /)")]
    public void Clear() => Resize(0);

    [PyMethod("copy($self, /)")]
    public PyByteArray Copy() => new(D.ToArray());

    [PyMethod("extend($self, iterable_of_ints, /)")]
    public void Extend(PyObject iterable_of_ints)
    {
        if (iterable_of_ints is IPyBuffer b) { Splice(_count, 0, b.ReadOnlyBytes); return; }
        if (iterable_of_ints.Type.Iter == null && iterable_of_ints.Type.GetItem == null)
            throw PyException.TypeError($"can't extend bytearray with {iterable_of_ints.Type.Name}");
        Splice(_count, 0, IntsFrom(iterable_of_ints));
    }

    [PyMethod("insert($self, index, item, /)")]
    public void Insert(long index, PyObject item)
    {
        byte b = BytesLike.ByteValue(item);
        if (index < 0) { index += _count; if (index < 0) index = 0; }
        if (index > _count) index = _count;
        Splice((int)index, 0, [b]);
    }

    [PyMethod("pop($self, index=-1, /)")]
    public long Pop(long index = -1)
    {
        if (_count == 0) throw PyException.IndexError("pop from empty bytearray");
        if (index < 0) index += _count;
        if (index < 0 || index >= _count) throw PyException.IndexError("pop index out of range");
        byte b = _items[index];
        Splice((int)index, 1, []);
        return b;
    }

    [PyMethod("remove($self, value, /)")]
    public void Remove(PyObject value)
    {
        byte b = BytesLike.ByteValue(value);
        int i = D.IndexOf(b);
        if (i < 0) throw PyException.ValueError("value not found in bytearray");
        Splice(i, 1, []);
    }

    [PyMethod("reverse($self, /)")]
    public void Reverse() => _items.AsSpan(0, _count).Reverse();

    [PyMethod("__alloc__($self, /)")]
    public long Alloc() => _count == 0 && _items.Length == 0 ? 0 : _items.Length + 1;

    [PyMethod("__sizeof__($self, /)")]
    public long SizeOf() => 56 + (_items.Length == 0 ? 0 : _items.Length + 1);
}
