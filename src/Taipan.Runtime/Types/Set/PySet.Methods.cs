namespace Taipan.Runtime;

/// <summary>set/frozenset slots and methods.</summary>
public sealed partial class PySet
{
    static void SetupCommon(PyType t)
    {
        t.Len = static o => ((PySet)o).Count;
        t.Bool = static o => ((PySet)o).Count != 0;
        t.Contains = static (o, k) =>
        {
            var s = (PySet)o;
            if (k is PySet ks && !ks.IsFrozen && k.Type.Hash == null)
                return s.ContainsKey(ks.CopySet(FrozenSetType));
            return s.ContainsKey(k);
        };
        t.Iter = static o => new PySetIterator((PySet)o);
        t.Repr = static o => new PyStr(((PySet)o).ReprString());
        t.RichCompare = static (a, b, op) => b is PySet sb ? CompareSets((PySet)a, sb, op) : PyNotImplemented.Instance;
        t.Or = static (a, b) => a is PySet x && b is PySet ? x.UnionWith(b) : PyNotImplemented.Instance;
        t.And = static (a, b) => a is PySet x && b is PySet ? x.IntersectionWith(b) : PyNotImplemented.Instance;
        t.Subtract = static (a, b) => a is PySet x && b is PySet ? x.DifferenceWith(b) : PyNotImplemented.Instance;
        t.Xor = static (a, b) => a is PySet x && b is PySet ? x.SymmetricDifferenceWith(b) : PyNotImplemented.Instance;
        SetupMembers(t);
    }

    static void SetupSet(PyType t)
    {
        t.MarkUnhashable();
        SetupCommon(t);
        t.New = static (type, args, kw) => new PySet(type);
        t.Init = static (self, args, kw) =>
        {
            if (kw != null && kw.Count > 0 && self.Type == SetType) throw PyException.TypeError("set() takes no keyword arguments");
            if (args.Length > 1) throw PyException.TypeError($"set expected at most 1 argument, got {args.Length}");
            var s = (PySet)self;
            s.Clear();
            if (args.Length == 1) s.UpdateWith(args[0]);
        };
        t.InPlaceOr = static (a, b) => { if (b is not PySet) return PyNotImplemented.Instance; ((PySet)a).UpdateWith(b); return a; };
        t.InPlaceAnd = static (a, b) =>
        {
            if (b is not PySet) return PyNotImplemented.Instance;
            var s = (PySet)a;
            s.ReplaceWith(s.IntersectionWith(b));
            return a;
        };
        t.InPlaceSubtract = static (a, b) =>
        {
            if (b is not PySet bs) return PyNotImplemented.Instance;
            var s = (PySet)a;
            if (ReferenceEquals(a, b)) { s.Clear(); return a; }
            foreach (var k in bs.Keys()) s.Discard(k);
            return a;
        };
        t.InPlaceXor = static (a, b) =>
        {
            if (b is not PySet) return PyNotImplemented.Instance;
            var s = (PySet)a;
            s.SymmetricDifferenceUpdate(b);
            return a;
        };
    }

    static readonly string[] s_mutators =
    [
        "add", "clear", "discard", "remove", "pop", "update", "difference_update", "intersection_update",
        "symmetric_difference_update",
    ];

    static void SetupFrozen(PyType t)
    {
        SetupCommon(t);
        // The mutators are declared once on PySet; frozenset must not show them.
        foreach (var name in s_mutators) t.Dict.Remove(PyStr.Intern(name));
        t.Hash = static o => ((PySet)o).FrozenHash();
        t.New = static (type, args, kw) =>
        {
            if (kw != null && kw.Count > 0 && type == FrozenSetType) throw PyException.TypeError("frozenset() takes no keyword arguments");
            if (args.Length > 1) throw PyException.TypeError($"frozenset expected at most 1 argument, got {args.Length}");
            if (args.Length == 1 && args[0].Type == FrozenSetType && type == FrozenSetType) return args[0];
            var s = new PySet(type);
            if (args.Length == 1) s.UpdateWith(args[0]);
            return s;
        };
    }

    void ReplaceWith(PySet other)
    {
        _table = other._table;
        _mask = other._mask;
        _fill = other._fill;
        _used = other._used;
        _hashCache = -1;
    }

    void SymmetricDifferenceUpdate(PyObject other)
    {
        if (ReferenceEquals(other, this)) { Clear(); return; }
        var o = other is PySet os ? os : FromIterable(other);
        foreach (var k in o.Keys())
            if (!Discard(k)) Add(k);
    }

    static PySet Self(PyObject self) => (PySet)self;

    // Methods shared by set and frozenset (declared with self as PyObject so the generator binds them to both types).

    [PyMethod("copy($self, /)", Doc = "Return a shallow copy of a set.")]
    public PyObject Copy() => Type == FrozenSetType ? this : CopySet(IsFrozen ? FrozenSetType : SetType);

    [PyMethod("difference($self, /, *others)", Doc = "Return the difference of two or more sets as a new set.")]
    public PyObject Difference(PyTuple others)
    {
        var r = CopySet(IsFrozen ? FrozenSetType : SetType);
        foreach (var o in others.Items) r = r.DifferenceWith(o);
        return r;
    }

    [PyMethod("intersection($self, /, *others)", Doc = "Return the intersection of two sets as a new set.")]
    public PyObject Intersection(PyTuple others)
    {
        var r = CopySet(IsFrozen ? FrozenSetType : SetType);
        foreach (var o in others.Items) r = r.IntersectionWith(o);
        return r;
    }

    [PyMethod("isdisjoint($self, other, /)", Doc = "Return True if two sets have a null intersection.")]
    public bool IsDisjoint(PyObject other)
    {
        var it = Ops.GetIter(other);
        while (Ops.Next(it) is PyObject x)
            if (ContainsKey(x)) return false;
        return true;
    }

    [PyMethod("issubset($self, other, /)", Doc = "Report whether another set contains this set.")]
    public bool IsSubset(PyObject other) => IsSubsetOf(AsSet(other));

    [PyMethod("issuperset($self, other, /)", Doc = "Report whether this set contains another set.")]
    public bool IsSuperset(PyObject other)
    {
        var it = Ops.GetIter(other);
        while (Ops.Next(it) is PyObject x)
            if (!ContainsKey(x)) return false;
        return true;
    }

    [PyMethod("symmetric_difference($self, other, /)", Doc = "Return the symmetric difference of two sets as a new set.")]
    public PyObject SymmetricDifference(PyObject other) => SymmetricDifferenceWith(other);

    [PyMethod("union($self, /, *others)", Doc = "Return the union of sets as a new set.")]
    public PyObject Union(PyTuple others)
    {
        var r = CopySet(IsFrozen ? FrozenSetType : SetType);
        foreach (var o in others.Items) r.UpdateWith(o);
        return r;
    }

    [PyMethod("__class_getitem__($type, item, /)", Kind = PyMethodKind.Class, Doc = "See PEP 585")]
    public static PyObject ClassGetItem(PyType type, PyObject item) => new PyGenericAlias(type, item);

    [PyMethod("__sizeof__($self, /)")]
    public long SizeOf() => 200 + 16L * _table.Length;

    // set-only mutators (frozenset lacks them: the generator registers them on both, so they check).

    void CheckMutable(string name)
    {
        if (IsFrozen) throw PyException.AttributeError($"'frozenset' object has no attribute '{name}'");
    }

    [PyMethod("add($self, object, /)", Doc = "Add an element to a set.\n\nThis has no effect if the element is already present.")]
    public void AddMethod(PyObject item) { CheckMutable("add"); Add(item); }

    [PyMethod("clear($self, /)", Doc = "Remove all elements from this set.")]
    public void ClearMethod() { CheckMutable("clear"); Clear(); }

    [PyMethod("discard($self, object, /)", Doc = "Remove an element from a set if it is a member.")]
    public void DiscardMethod(PyObject item)
    {
        CheckMutable("discard");
        if (item is PySet ks && !ks.IsFrozen) item = ks.CopySet(FrozenSetType);
        Discard(item);
    }

    [PyMethod("remove($self, object, /)", Doc = "Remove an element from a set; it must be a member.")]
    public void RemoveMethod(PyObject item)
    {
        CheckMutable("remove");
        var key = item is PySet ks && !ks.IsFrozen ? ks.CopySet(FrozenSetType) : item;
        if (!Discard(key)) throw PyException.KeyError(item);
    }

    [PyMethod("pop($self, /)", Doc = "Remove and return an arbitrary set element.")]
    public PyObject Pop() { CheckMutable("pop"); return PopAny(); }

    [PyMethod("update($self, /, *others)", Doc = "Update the set, adding elements from all others.")]
    public void Update(PyTuple others) { CheckMutable("update"); foreach (var o in others.Items) UpdateWith(o); }

    [PyMethod("difference_update($self, /, *others)", Doc = "Remove all elements of another set from this set.")]
    public void DifferenceUpdate(PyTuple others)
    {
        CheckMutable("difference_update");
        foreach (var o in others.Items)
        {
            if (ReferenceEquals(o, this)) { Clear(); continue; }
            foreach (var k in Ops.ToList(o)) Discard(k);
        }
    }

    [PyMethod("intersection_update($self, /, *others)", Doc = "Update the set, keeping only elements found in it and all others.")]
    public void IntersectionUpdate(PyTuple others)
    {
        CheckMutable("intersection_update");
        var r = this;
        foreach (var o in others.Items) r = r.IntersectionWith(o);
        if (!ReferenceEquals(r, this)) ReplaceWith(r);
    }

    [PyMethod("symmetric_difference_update($self, other, /)", Doc = "Update the set, keeping only elements found in either set, but not in both.")]
    public void SymmetricDifferenceUpdateMethod(PyObject other) { CheckMutable("symmetric_difference_update"); SymmetricDifferenceUpdate(other); }

    static partial void SetupMembers(PyType t);
}

/// <summary>set_iterator: "Set changed size during iteration" when the set is resized under it.</summary>
public sealed class PySetIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("set_iterator", null, typeof(PySetIterator), SetupType, TypeFlags.None);

    PySet? _set;
    readonly int _initialCount;
    int _pos;
    int _yielded;

    public PySetIterator(PySet set) : base(TypeObject)
    {
        _set = set;
        _initialCount = set.Count;
    }

    static void SetupType(PyType t)
    {
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var it = (PySetIterator)o;
            var s = it._set;
            if (s == null) return null;
            if (s.Count != it._initialCount)
            {
                it._set = null;
                throw PyException.RuntimeError("Set changed size during iteration");
            }
            if (!s.Next(ref it._pos, out var k)) { it._set = null; return null; }
            it._yielded++;
            return k;
        };
        t.Dict.SetItem("__length_hint__", new PyMethodDescriptor(t, "__length_hint__", static (self, args, kw) =>
        {
            var it = (PySetIterator)self!;
            return PyInt.Get(it._set == null ? 0 : it._initialCount - it._yielded);
        }));
    }
}
