using System.Text;
using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>
/// collections.deque: a ring buffer with an optional maximum length. <see cref="_state"/> changes on every
/// mutation so iterators and searches detect changes made behind their back, as CPython's do.
/// </summary>
public sealed partial class PyDeque : PyObject
{
    public static readonly PyType TypeObject = ModuleHelpers.Type("deque", "collections", typeof(PyDeque), SetupType);

    PyObject[] _items = new PyObject[8];
    int _head;
    int _count;
    /// <summary>-1 when unbounded.</summary>
    long _maxlen = -1;
    internal long _state;

    public PyDeque(PyType type) : base(type) { }

    public int Count => _count;

    PyObject At(int i) => _items[(_head + i) & (_items.Length - 1)];
    void SetAt(int i, PyObject v) => _items[(_head + i) & (_items.Length - 1)] = v;

    void Grow()
    {
        var n = new PyObject[_items.Length * 2];
        for (int i = 0; i < _count; i++) n[i] = At(i);
        _items = n;
        _head = 0;
    }

    // ---------------- core operations (no size checks against maxlen) ----------------

    void PushRight(PyObject x)
    {
        if (_count == _items.Length) Grow();
        _items[(_head + _count) & (_items.Length - 1)] = x;
        _count++;
    }

    void PushLeft(PyObject x)
    {
        if (_count == _items.Length) Grow();
        _head = (_head - 1) & (_items.Length - 1);
        _items[_head] = x;
        _count++;
    }

    PyObject PopRight()
    {
        int i = (_head + _count - 1) & (_items.Length - 1);
        var x = _items[i];
        _items[i] = null!;
        _count--;
        return x;
    }

    PyObject PopLeft()
    {
        var x = _items[_head];
        _items[_head] = null!;
        _head = (_head + 1) & (_items.Length - 1);
        _count--;
        return x;
    }

    void ClearItems()
    {
        _items = new PyObject[8];
        _head = 0;
        _count = 0;
        _state++;
    }

    internal PyObject ItemAt(int i) => At(i);

    static readonly PySignature s_initSig = new("deque(iterable=(), maxlen=None)");

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) => new PyDeque(type);
        t.Init = static (self, args, kw) =>
        {
            var d = (PyDeque)self;
            PyObject? iterable, maxlenObj;
            if (kw == null && args.Length <= 2)
            {
                iterable = args.Length > 0 ? args[0] : null;
                maxlenObj = args.Length > 1 ? args[1] : null;
            }
            else
            {
                if (kw != null)
                    foreach (var k in kw.Items)
                    {
                        var ks = ((PyStr)k).Value;
                        if (ks != "iterable" && ks != "maxlen") throw PyException.TypeError($"'{ks}' is an invalid keyword argument for deque()");
                    }
                var a = s_initSig.Bind(args, kw, out _, out _);
                iterable = a[0];
                maxlenObj = a[1];
            }
            long maxlen = -1;
            if (maxlenObj != null && maxlenObj is not PyNone)
            {
                if (maxlenObj is not PyInt mi) throw PyException.TypeError("an integer is required");
                if (!mi.TryGetInt64(out maxlen)) throw PyException.OverflowError("Python int too large to convert to C ssize_t");
                if (maxlen < 0) throw PyException.ValueError("maxlen must be non-negative");
            }
            d._maxlen = maxlen;
            if (d._count > 0) d.ClearItems();
            if (iterable != null) d.Extend(iterable);
        };
        t.Repr = static o => ((PyDeque)o).ReprOf();
        ModuleHelpers.Unhashable(t);
        t.RichCompare = static (a, b, op) => Compare(a, b, op);
        t.Iter = static o => new DequeIterator(DequeIterator.TypeObject, (PyDeque)o, 0, false);
        t.Len = static o => ((PyDeque)o)._count;
        t.Bool = static o => ((PyDeque)o)._count != 0;
        t.Add = static (a, b) =>
        {
            if (a is not PyDeque da) return PyNotImplemented.Instance;
            if (b is not PyDeque) throw PyException.TypeError($"can only concatenate deque (not \"{b.Type.Name}\") to deque");
            var r = (PyDeque)da.Copy();
            r.Extend(b);
            return r;
        };
        t.Multiply = static (a, b) =>
        {
            PyDeque d;
            PyObject n;
            if (a is PyDeque da) { d = da; n = b; }
            else if (b is PyDeque db) { d = db; n = a; }
            else return PyNotImplemented.Instance;
            if (n.Type.Index == null && n is not PyInt) return PyNotImplemented.Instance;
            var r = (PyDeque)d.Copy();
            r.Repeat(Ops.AsIndexClamped(n));
            return r;
        };
        t.InPlaceAdd = static (a, b) => { ((PyDeque)a).Extend(b); return a; };
        t.InPlaceMultiply = static (a, b) =>
        {
            if (b.Type.Index == null && b is not PyInt) return PyNotImplemented.Instance;
            ((PyDeque)a).Repeat(Ops.AsIndexClamped(b));
            return a;
        };
        t.Contains = static (o, x) =>
        {
            var d = (PyDeque)o;
            long state = d._state;
            int n = d._count;
            for (int i = 0; i < n; i++)
            {
                var item = d.At(i);
                bool eq = ReferenceEquals(item, x) || Ops.EqBool(item, x);
                if (d._state != state || d._count != n) throw PyException.RuntimeError("deque mutated during iteration");
                if (eq) return true;
            }
            return false;
        };
        t.GetItem = static (o, k) =>
        {
            var d = (PyDeque)o;
            int i = d.CheckIndex(k);
            return d.At(i);
        };
        t.SetItem = static (o, k, v) =>
        {
            var d = (PyDeque)o;
            int i = d.CheckIndex(k);
            if (v != null) d.SetAt(i, v);
            else d.DelAt(i);
        };
        t.Dict.SetItem("__class_getitem__", new PyClassMethodDescriptor(t, "__class_getitem__",
            static (self, args, kw) => new PyGenericAlias(self!, args[0])));
        SetupMembers(t);
    }

    int CheckIndex(PyObject k)
    {
        if (k is not PyInt && k.Type.Index == null)
            throw PyException.TypeError($"sequence index must be integer, not '{k.Type.Name}'");
        long i = Ops.AsIndexClamped(k);
        if (i < 0) i += _count;
        if (i < 0 || i >= _count) throw PyException.IndexError("deque index out of range");
        return (int)i;
    }

    void DelAt(int i)
    {
        Rotate(-i);
        PopLeft();
        _state++;
        Rotate(i);
    }

    PyStr ReprOf()
    {
        string name = Type == TypeObject ? "deque" : Type.Name;
        if (!ReprGuard.Enter(this)) return new PyStr("[...]");
        try
        {
            var sb = new StringBuilder(name).Append("([");
            var snapshot = ToArray();
            for (int i = 0; i < snapshot.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.Repr(snapshot[i]).Value);
            }
            sb.Append(']');
            if (_maxlen >= 0) sb.Append(", maxlen=").Append(_maxlen);
            return new PyStr(sb.Append(')').ToString());
        }
        finally { ReprGuard.Leave(this); }
    }

    internal PyObject[] ToArray()
    {
        var a = new PyObject[_count];
        for (int i = 0; i < _count; i++) a[i] = At(i);
        return a;
    }

    static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyDeque x || b is not PyDeque y) return PyNotImplemented.Instance;
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && x._count != y._count) return PyBool.Get(op == CompareOp.Ne);
        var xs = x.ToArray();
        var ys = y.ToArray();
        int n = Math.Min(xs.Length, ys.Length), i = 0;
        for (; i < n; i++)
            if (!(ReferenceEquals(xs[i], ys[i]) || Ops.EqBool(xs[i], ys[i]))) break;
        if (i >= n)
        {
            int c = xs.Length.CompareTo(ys.Length);
            return Ops.CompareResult(c, op);
        }
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Ops.RichCompare(xs[i], ys[i], op);
    }

    void Repeat(long n)
    {
        if (_count == 0) return;
        if (n <= 0) { ClearItems(); return; }
        if (n == 1) return;
        var snapshot = ToArray();
        if (_maxlen >= 0 && (long)snapshot.Length * n > _maxlen)
        {
            // Only the last maxlen items survive; append them in order.
            for (long r = 1; r < n; r++)
                foreach (var x in snapshot) AppendBounded(x);
            _state++;
            return;
        }
        if ((long)snapshot.Length * n > int.MaxValue) throw PyException.MemoryError();
        for (long r = 1; r < n; r++)
            foreach (var x in snapshot) PushRight(x);
        _state++;
    }

    void AppendBounded(PyObject x)
    {
        if (_maxlen == 0) return;
        if (_maxlen >= 0 && _count >= _maxlen) PopLeft();
        PushRight(x);
    }

    void AppendLeftBounded(PyObject x)
    {
        if (_maxlen == 0) return;
        if (_maxlen >= 0 && _count >= _maxlen) PopRight();
        PushLeft(x);
    }

    // ---------------- methods, in the order of the docs ----------------

    [PyMethod("append($self, item, /)", Doc = "Add an element to the right side of the deque.")]
    public void Append(PyObject x)
    {
        AppendBounded(x);
        _state++;
    }

    [PyMethod("appendleft($self, item, /)", Doc = "Add an element to the left side of the deque.")]
    void AppendLeft(PyObject x)
    {
        AppendLeftBounded(x);
        _state++;
    }

    [PyMethod("clear($self, /)", Doc = "Remove all elements from the deque.")]
    void Clear() => ClearItems();

    [PyMethod("copy($self, /)", Doc = "Return a shallow copy of a deque.")]
    PyObject Copy()
    {
        if (Type == TypeObject)
        {
            var d = new PyDeque(TypeObject) { _maxlen = _maxlen };
            if (_items.Length > 8) d._items = new PyObject[_items.Length];
            for (int i = 0; i < _count; i++) d.PushRight(At(i));
            return d;
        }
        return _maxlen < 0 ? Ops.Call(Type, this) : Ops.Call(Type, this, PyInt.Get(_maxlen));
    }

    [PyMethod("__copy__($self, /)", Doc = "Return a shallow copy of a deque.")]
    PyObject DunderCopy() => Copy();

    [PyMethod("count($self, value, /)", Doc = "Return number of occurrences of value.")]
    long CountOf(PyObject v)
    {
        long state = _state, n = 0;
        int count = _count;
        for (int i = 0; i < count; i++)
        {
            var item = At(i);
            bool eq = ReferenceEquals(item, v) || Ops.EqBool(item, v);
            if (_state != state) throw PyException.RuntimeError("deque mutated during iteration");
            if (eq) n++;
        }
        return n;
    }

    [PyMethod("extend($self, iterable, /)", Doc = "Extend the right side of the deque with elements from the iterable.")]
    public void Extend(PyObject iterable)
    {
        if (ReferenceEquals(iterable, this)) iterable = new PyList(ToArray());
        if (_maxlen == 0)
        {
            var it0 = Ops.GetIter(iterable);
            while (Ops.Next(it0) != null) { }
            return;
        }
        var it = Ops.GetIter(iterable);
        for (var x = Ops.Next(it); x != null; x = Ops.Next(it))
        {
            AppendBounded(x);
            _state++;
        }
    }

    [PyMethod("extendleft($self, iterable, /)", Doc = "Extend the left side of the deque with elements from the iterable.")]
    void ExtendLeft(PyObject iterable)
    {
        if (ReferenceEquals(iterable, this)) iterable = new PyList(ToArray());
        var it = Ops.GetIter(iterable);
        for (var x = Ops.Next(it); x != null; x = Ops.Next(it))
        {
            AppendLeftBounded(x);
            _state++;
        }
    }

    [PyMethod("index($self, value, start=0, stop=sys.maxsize, /)", Doc = "Return first index of value.\n\nRaises ValueError if the value is not present.")]
    long Index(PyObject v, PyObject? startObj, PyObject? stopObj)
    {
        long start = startObj == null ? 0 : SliceIndex(startObj);
        long stop = stopObj == null ? long.MaxValue : SliceIndex(stopObj);
        int n = _count;
        if (start < 0) { start += n; if (start < 0) start = 0; }
        if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
        if (stop > n) stop = n;
        if (start > stop) start = stop;
        long state = _state;
        for (long i = start; i < stop; i++)
        {
            var item = At((int)i);
            bool eq = ReferenceEquals(item, v) || Ops.EqBool(item, v);
            if (_state != state) throw PyException.RuntimeError("deque mutated during iteration");
            if (eq) return i;
        }
        throw PyException.ValueError($"{Ops.Repr(v).Value} is not in deque");
    }

    static long SliceIndex(PyObject o)
    {
        if (o is not PyInt && o.Type.Index == null)
            throw PyException.TypeError("slice indices must be integers or have an __index__ method");
        return Ops.AsIndexClamped(o);
    }

    [PyMethod("insert($self, index, value, /)", Doc = "Insert value before index.")]
    void Insert(long index, PyObject v)
    {
        int n = _count;
        if (_maxlen >= 0 && n >= _maxlen) throw PyException.IndexError("deque already at its maximum size");
        if (index >= n) { Append(v); return; }
        if (index <= -n || index == 0) { AppendLeft(v); return; }
        if (index < 0) index += n;
        int i = (int)index;
        Rotate(-i);
        PushLeft(v);
        Rotate(i);
        _state++;
    }

    [PyMethod("pop($self, /)", Doc = "Remove and return the rightmost element.")]
    PyObject Pop()
    {
        if (_count == 0) throw PyException.IndexError("pop from an empty deque");
        _state++;
        return PopRight();
    }

    [PyMethod("popleft($self, /)", Doc = "Remove and return the leftmost element.")]
    PyObject PopLeftMethod()
    {
        if (_count == 0) throw PyException.IndexError("pop from an empty deque");
        _state++;
        return PopLeft();
    }

    [PyMethod("remove($self, value, /)", Doc = "Remove first occurrence of value.")]
    void Remove(PyObject v)
    {
        int n = _count;
        long state = _state;
        for (int i = 0; i < n; i++)
        {
            var item = At(i);
            bool eq = ReferenceEquals(item, v) || Ops.EqBool(item, v);
            if (_state != state || _count != n) throw PyException.IndexError("deque mutated during remove().");
            if (eq)
            {
                DelAt(i);
                return;
            }
        }
        throw PyException.ValueError($"{Ops.Repr(v).Value} is not in deque");
    }

    [PyMethod("reverse($self, /)", Doc = "Reverse *IN PLACE*.")]
    void Reverse()
    {
        for (int i = 0, j = _count - 1; i < j; i++, j--)
        {
            var a = At(i);
            SetAt(i, At(j));
            SetAt(j, a);
        }
        _state++;
    }

    [PyMethod("rotate($self, n=1, /)", Doc = "Rotate the deque n steps to the right.  If n is negative, rotates left.")]
    void RotateMethod(long n = 1) => Rotate(n);

    void Rotate(long n)
    {
        int len = _count;
        if (len <= 1) return;
        long k = n % len;
        if (k < 0) k += len;
        if (k == 0) return;
        _state++;
        // Rotating right by k moves the last k items to the front: shift the ring's head when the
        // buffer is full, otherwise move items one by one from the shorter side.
        if (k <= len / 2)
            for (long i = 0; i < k; i++) PushLeft(PopRight());
        else
            for (long i = 0; i < len - k; i++) PushRight(PopLeft());
    }

    [PyGetter("maxlen", Doc = "maximum size of a deque or None if unbounded")]
    PyObject MaxLen() => _maxlen < 0 ? PyNone.Instance : PyInt.Get(_maxlen);

    [PyMethod("__reduce__($self, /)", Doc = "Return state information for pickling.")]
    PyObject Reduce()
    {
        var dict = InstanceDicts.Get(this, create: false);
        PyObject state = dict is { Count: > 0 } ? dict : PyNone.Instance;
        PyObject args = _maxlen < 0 ? PyTuple.Empty : PyTuple.Create(PyTuple.Empty, PyInt.Get(_maxlen));
        return PyTuple.Create(Type, args, state, Ops.GetIter(this));
    }

    [PyMethod("__reversed__($self, /)", Doc = "D.__reversed__() -- return a reverse iterator over the deque")]
    PyObject Reversed() => new DequeIterator(DequeIterator.ReverseTypeObject, this, 0, true);

    [PyMethod("__sizeof__($self, /)", Doc = "D.__sizeof__() -- size of D in memory, in bytes")]
    long SizeOf() => 40 + 8L * _items.Length;
}

/// <summary>_deque_iterator and _deque_reverse_iterator.</summary>
public sealed partial class DequeIterator : PyObject
{
    public static readonly PyType TypeObject = ModuleHelpers.Type("_deque_iterator", "collections", typeof(DequeIterator), SetupForward, flags: TypeFlags.None);
    public static readonly PyType ReverseTypeObject = ModuleHelpers.Type("_deque_reverse_iterator", "collections", typeof(DequeIterator), SetupReverse, flags: TypeFlags.None);

    readonly PyDeque _deque;
    readonly long _state;
    int _index;        // items consumed so far
    readonly bool _reverse;

    internal DequeIterator(PyType type, PyDeque d, int consumed, bool reverse) : base(type)
    {
        _deque = d;
        _state = d._state;
        _index = consumed;
        _reverse = reverse;
    }

    static void SetupForward(PyType t) => Setup(t, false);
    static void SetupReverse(PyType t) => Setup(t, true);

    static void Setup(PyType t, bool reverse)
    {
        t.New = reverse
            ? static (type, args, kw) => Create(type, args, kw, true)
            : static (type, args, kw) => Create(type, args, kw, false);
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var it = (DequeIterator)o;
            var d = it._deque;
            if (d._state != it._state)
                throw PyException.RuntimeError("deque mutated during iteration");
            int n = d.Count;
            if (it._index >= n) return null;
            var x = d.ItemAt(it._reverse ? n - 1 - it._index : it._index);
            it._index++;
            return x;
        };
        SetupMembers(t);
    }

    static PyObject Create(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse)
    {
        ModuleHelpers.NoKeywords(type.Name, kw);
        ModuleHelpers.CheckPositional(type.Name, args.Length, 1, 2);
        if (args[0] is not PyDeque d) throw PyException.TypeError($"{type.Name}() argument 1 must be collections.deque, not {args[0].Type.Name}");
        var it = new DequeIterator(type, d, 0, reverse);
        if (args.Length > 1)
        {
            long idx = Ops.AsIndex(args[1]);
            for (long i = 0; i < idx && it._index < d.Count; i++) it._index++;
        }
        return it;
    }

    [PyMethod("__length_hint__($self, /)", Doc = "Private method returning an estimate of len(list(it)).")]
    long LengthHint() => _deque._state != _state ? 0 : Math.Max(0, _deque.Count - _index);

    [PyMethod("__reduce__($self, /)", Doc = "Return state information for pickling.")]
    PyObject Reduce() => PyTuple.Create(Type, PyTuple.Create(_deque, PyInt.Get(_index)));
}
