using System.Text;

namespace Taipan.Runtime;

/// <summary>dict's slots (beyond the mapping core) and methods.</summary>
public partial class PyDict
{
    static partial void SetupSlots(PyType t)
    {
        t.Iter = static o => new PyDictIterator((PyDict)o, DictIterKind.Keys, false);
        t.Repr = static o =>
        {
            var d = (PyDict)o;
            if (d.Count == 0) return new PyStr("{}");
            if (!ReprGuard.Enter(d)) return new PyStr("{...}");
            try
            {
                var sb = new StringBuilder("{");
                int pos = 0;
                bool first = true;
                while (d.Next(ref pos, out var k, out var v))
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(Ops.Repr(k).Value).Append(": ").Append(Ops.Repr(v).Value);
                }
                return new PyStr(sb.Append('}').ToString());
            }
            finally { ReprGuard.Leave(d); }
        };
        t.RichCompare = static (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyDict db) return PyNotImplemented.Instance;
            bool eq = ((PyDict)a).EqualsDict(db);
            return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
        };
        t.Or = static (a, b) =>
        {
            if (a is not PyDict x || b is not PyDict y) return PyNotImplemented.Instance;
            var r = x.Type == TypeObject ? x.Copy() : (PyDict)Ops.Call(a.Type, [a]);
            r.UpdateFrom(y);
            return r;
        };
        t.InPlaceOr = static (a, b) => { ((PyDict)a).Update(b, null); return a; };
        t.New = static (type, args, kw) => type == TypeObject ? new PyDict() : new PyDict(type);
        t.Init = static (self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            if (npos > 1) throw PyException.TypeError($"dict expected at most 1 argument, got {npos}");
            var d = (PyDict)self;
            if (npos == 1) d.Update(args[0], null);
            for (int i = 0; i < nkw; i++) d.SetItem(kw!.Items[i], args[npos + i]);
        };
    }

    bool EqualsDict(PyDict other)
    {
        if (Count != other.Count) return false;
        int pos = 0;
        while (Next(ref pos, out var k, out var v))
        {
            if (!other.TryGetValue(k, out var ov)) return false;
            if (!Ops.RichCompareBool(v, ov, CompareOp.Eq)) return false;
        }
        return true;
    }

    void UpdateFrom(PyDict other)
    {
        int pos = 0;
        while (other.Next(ref pos, out var k, out var v)) SetItem(k, v);
    }

    static readonly PyStr s_keys = PyStr.Intern("keys");

    /// <summary>dict.update semantics: a mapping (has keys()) or an iterable of pairs.</summary>
    internal void Update(PyObject source, PyTuple? unused)
    {
        if (source is PyDict d && (d.Type == TypeObject || d.Type.Iter == TypeObject.Iter))
        {
            UpdateFrom(d);
            return;
        }
        var keys = Ops.TryGetAttr(source, s_keys);
        if (keys != null)
        {
            var it = Ops.GetIter(Ops.Call(keys, ReadOnlySpan<PyObject>.Empty));
            while (Ops.Next(it) is PyObject k) SetItem(k, Ops.GetItem(source, k));
            return;
        }
        if (source.Type.Iter == null && source.Type.GetItem == null)
            throw PyException.TypeError($"'{source.Type.Name}' object is not iterable");
        var items = Ops.GetIter(source);
        int index = 0;
        while (Ops.Next(items) is PyObject pair)
        {
            if (pair.Type.Iter == null && pair.Type.GetItem == null)
                throw PyException.TypeError($"cannot convert dictionary update sequence element #{index} to a sequence");
            var kv = Ops.ToArray(pair);
            if (kv.Length != 2)
                throw PyException.ValueError($"dictionary update sequence element #{index} has length {kv.Length}; 2 is required");
            SetItem(kv[0], kv[1]);
            index++;
        }
    }

    [PyMethod("keys($self, /)", Doc = "D.keys() -> a set-like object providing a view on D's keys")]
    public PyObject Keys() => new PyDictView(this, DictIterKind.Keys);

    [PyMethod("values($self, /)", Doc = "D.values() -> an object providing a view on D's values")]
    public PyObject Values() => new PyDictView(this, DictIterKind.Values);

    [PyMethod("items($self, /)", Doc = "D.items() -> a set-like object providing a view on D's items")]
    public PyObject ItemsView() => new PyDictView(this, DictIterKind.Items);

    [PyMethod("get($self, key, default=None, /)", Doc = "Return the value for key if key is in the dictionary, else default.")]
    public PyObject Get(PyObject key, PyObject? @default = null) =>
        TryGetValue(key, out var v) ? v : @default ?? PyNone.Instance;

    [PyMethod("setdefault($self, key, default=None, /)", Doc = "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default.")]
    public PyObject SetDefault(PyObject key, PyObject? @default = null)
    {
        if (TryGetValue(key, out var v)) return v;
        var d = @default ?? PyNone.Instance;
        SetItem(key, d);
        return d;
    }

    [PyMethod("pop($self, key, default=<unrepresentable>, /)", Doc = "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.")]
    public PyObject Pop(PyObject key, PyObject? @default = null)
    {
        if (Remove(key, out var v)) return v;
        return @default ?? throw PyException.KeyError(key);
    }

    [PyMethod("popitem($self, /)", Doc = "Remove and return a (key, value) pair as a 2-tuple.")]
    public PyObject PopItem()
    {
        if (!PopLast(out var k, out var v)) throw PyException.KeyError(new PyStr("popitem(): dictionary is empty"));
        return new PyTuple([k, v]);
    }

    [PyMethod("update($self, other=(), /, **kwargs)", Doc = "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.")]
    public void UpdateMethod(PyObject? other = null, PyDict? kwargs = null)
    {
        if (other != null) Update(other, null);
        if (kwargs != null) UpdateFrom(kwargs);
    }

    [PyMethod("clear($self, /)", Doc = "D.clear() -> None.  Remove all items from D.")]
    public void ClearMethod() => Clear();

    [PyMethod("copy($self, /)", Doc = "D.copy() -> a shallow copy of D")]
    public PyDict CopyMethod() => Copy();

    [PyMethod("fromkeys($type, iterable, value=None, /)", Kind = PyMethodKind.Class, Doc = "Create a new dictionary with keys from iterable and values set to value.")]
    public static PyObject FromKeys(PyType type, PyObject iterable, PyObject? value = null)
    {
        var v = value ?? PyNone.Instance;
        var d = Ops.Call(type, ReadOnlySpan<PyObject>.Empty);
        var it = Ops.GetIter(iterable);
        if (d is PyDict pd && pd.Type == TypeObject)
        {
            while (Ops.Next(it) is PyObject k) pd.SetItem(k, v);
            return pd;
        }
        while (Ops.Next(it) is PyObject k) Ops.SetItem(d, k, v);
        return d;
    }

    [PyMethod("__reversed__($self, /)", Doc = "Return a reverse iterator over the dict keys.")]
    public PyObject Reversed() => new PyDictIterator(this, DictIterKind.Keys, true);

    [PyMethod("__class_getitem__($type, item, /)", Kind = PyMethodKind.Class, Doc = "See PEP 585")]
    public static PyObject ClassGetItem(PyType type, PyObject item) => new PyGenericAlias(type, item);

    [PyMethod("__sizeof__($self, /)")]
    public long SizeOf() => 64 + 24L * Count;

    /// <summary>Entries at positions for reverse iteration (index of the last entry slot).</summary>
    internal int EntryLimit => _next;

    /// <summary>Reads the entry at <paramref name="pos"/> if live.</summary>
    internal bool EntryAt(int pos, out PyObject key, out PyObject value)
    {
        var e = _entries[pos];
        key = e.Key!;
        value = e.Value!;
        return e.Key != null;
    }
}

public enum DictIterKind { Keys, Values, Items }

/// <summary>dict_keys / dict_values / dict_items views.</summary>
public sealed class PyDictView : PyObject
{
    public static readonly PyType KeysType = PyType.Builtin("dict_keys", null, typeof(PyDictView), t => Setup(t, DictIterKind.Keys), TypeFlags.None);
    public static readonly PyType ValuesType = PyType.Builtin("dict_values", null, typeof(PyDictView), t => Setup(t, DictIterKind.Values), TypeFlags.None);
    public static readonly PyType ItemsType = PyType.Builtin("dict_items", null, typeof(PyDictView), t => Setup(t, DictIterKind.Items), TypeFlags.None);

    public readonly PyDict Dict;
    public readonly DictIterKind Kind;

    public PyDictView(PyDict dict, DictIterKind kind)
        : base(kind switch { DictIterKind.Keys => KeysType, DictIterKind.Values => ValuesType, _ => ItemsType })
    {
        Dict = dict;
        Kind = kind;
    }

    static void Setup(PyType t, DictIterKind kind)
    {
        t.Len = static o => ((PyDictView)o).Dict.Count;
        t.Iter = static o => { var v = (PyDictView)o; return new PyDictIterator(v.Dict, v.Kind, false); };
        t.Repr = static o =>
        {
            var v = (PyDictView)o;
            if (!ReprGuard.Enter(v)) return new PyStr("...");
            try { return new PyStr($"{v.Type.Name}({Ops.Repr(new PyList(Ops.ToArray(v))).Value})"); }
            finally { ReprGuard.Leave(v); }
        };
        t.Dict.SetItem("__reversed__", new PyMethodDescriptor(t, "__reversed__", static (self, args, kw) =>
        {
            var v = (PyDictView)self!;
            return new PyDictIterator(v.Dict, v.Kind, true);
        }));
        t.Dict.SetItem("mapping", new PyGetSetDescriptor(t, "mapping", static o => new PyMappingProxyShim(((PyDictView)o).Dict)));
        if (kind == DictIterKind.Values) return;
        t.Contains = kind == DictIterKind.Keys
            ? static (o, k) => ((PyDictView)o).Dict.ContainsKey(k)
            : static (o, item) =>
            {
                if (item is not PyTuple tp || tp.Count != 2) return false;
                var d = ((PyDictView)o).Dict;
                return d.TryGetValue(tp.Items[0], out var v) && Ops.RichCompareBool(v, tp.Items[1], CompareOp.Eq);
            };
        // Keys and items views are set-like.
        t.And = static (a, b) => SetOp(a, b, (x, y) => x.IntersectionWith(y));
        t.Or = static (a, b) => SetOp(a, b, (x, y) => x.UnionWith(y));
        t.Subtract = static (a, b) => SetOp(a, b, (x, y) => x.DifferenceWith(y));
        t.Xor = static (a, b) => SetOp(a, b, (x, y) => x.SymmetricDifferenceWith(y));
        t.RichCompare = static (a, b, op) =>
        {
            if (b is not (PyDictView or PySet)) return PyNotImplemented.Instance;
            if (b is PyDictView bv && bv.Kind == DictIterKind.Values) return PyNotImplemented.Instance;
            var sa = PySet.FromIterable(a);
            var sb = PySet.FromIterable(b);
            return PySet.CompareSets(sa, sb, op);
        };
        t.Dict.SetItem("isdisjoint", new PyMethodDescriptor(t, "isdisjoint", static (self, args, kw) =>
        {
            var other = PySet.FromIterable(args[0]);
            var it = Ops.GetIter(self!);
            while (Ops.Next(it) is PyObject x)
                if (other.ContainsKey(x)) return PyBool.False;
            return PyBool.True;
        }));
    }

    static PyObject SetOp(PyObject a, PyObject b, Func<PySet, PyObject, PySet> op)
    {
        if (b.Type.Iter == null && b.Type.GetItem == null) return PyNotImplemented.Instance;
        if (a.Type.Iter == null && a.Type.GetItem == null) return PyNotImplemented.Instance;
        // Reflected calls (set | keys) arrive with the view on the right; both orders produce a set.
        var left = PySet.FromIterable(a);
        return op(left, b);
    }
}

/// <summary>The read-only mapping a view's `mapping` attribute returns (a mappingproxy in CPython).</summary>
public sealed class PyMappingProxyShim : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("mappingproxy", null, typeof(PyMappingProxyShim), SetupType, TypeFlags.None);

    public readonly PyObject Mapping;

    public PyMappingProxyShim(PyObject mapping) : base(TypeObject) { Mapping = mapping; }

    static void SetupType(PyType t)
    {
        t.GetItem = static (o, k) => Ops.GetItem(((PyMappingProxyShim)o).Mapping, k);
        t.Len = static o => Ops.Len(((PyMappingProxyShim)o).Mapping);
        t.Contains = static (o, k) => Ops.Contains(((PyMappingProxyShim)o).Mapping, k);
        t.Iter = static o => Ops.GetIter(((PyMappingProxyShim)o).Mapping);
        t.Repr = static o => new PyStr($"mappingproxy({Ops.Repr(((PyMappingProxyShim)o).Mapping).Value})");
        // str() shows the mapping itself, like CPython's mappingproxy_str.
        t.Str = static o => Ops.Str(((PyMappingProxyShim)o).Mapping);
        t.RichCompare = static (o, other, op) => Ops.RichCompare(((PyMappingProxyShim)o).Mapping, other, op);
        t.GetAttr = static (o, name) =>
        {
            var own = ObjectBehaviour.GenericGetAttr(o, name);
            if (own != null) return own;
            return name.Value is "keys" or "values" or "items" or "get" or "copy" ? Ops.TryGetAttr(((PyMappingProxyShim)o).Mapping, name) : null;
        };
    }
}

/// <summary>dict_keyiterator / dict_valueiterator / dict_itemiterator (and reversed forms).</summary>
public sealed class PyDictIterator : PyObject
{
    public static readonly PyType KeyIterType = PyType.Builtin("dict_keyiterator", null, typeof(PyDictIterator), SetupType, TypeFlags.None);
    public static readonly PyType ValueIterType = PyType.Builtin("dict_valueiterator", null, typeof(PyDictIterator), SetupType, TypeFlags.None);
    public static readonly PyType ItemIterType = PyType.Builtin("dict_itemiterator", null, typeof(PyDictIterator), SetupType, TypeFlags.None);
    public static readonly PyType RevKeyIterType = PyType.Builtin("dict_reversekeyiterator", null, typeof(PyDictIterator), SetupType, TypeFlags.None);
    public static readonly PyType RevValueIterType = PyType.Builtin("dict_reversevalueiterator", null, typeof(PyDictIterator), SetupType, TypeFlags.None);
    public static readonly PyType RevItemIterType = PyType.Builtin("dict_reverseitemiterator", null, typeof(PyDictIterator), SetupType, TypeFlags.None);

    PyDict? _dict;
    readonly DictIterKind _kind;
    readonly bool _reverse;
    readonly int _initialCount;
    int _pos;
    int _yielded;

    public PyDictIterator(PyDict dict, DictIterKind kind, bool reverse)
        : base(reverse
            ? kind switch { DictIterKind.Keys => RevKeyIterType, DictIterKind.Values => RevValueIterType, _ => RevItemIterType }
            : kind switch { DictIterKind.Keys => KeyIterType, DictIterKind.Values => ValueIterType, _ => ItemIterType })
    {
        _dict = dict;
        _kind = kind;
        _reverse = reverse;
        _initialCount = dict.Count;
        _pos = reverse ? dict.EntryLimit - 1 : 0;
    }

    public PyObject? Next()
    {
        var d = _dict;
        if (d == null) return null;
        if (d.Count != _initialCount)
        {
            _dict = null;
            throw PyException.RuntimeError("dictionary changed size during iteration");
        }
        PyObject k, v;
        if (_reverse)
        {
            while (true)
            {
                if (_pos < 0) { _dict = null; return null; }
                if (d.EntryAt(_pos--, out k, out v)) break;
            }
        }
        else if (!d.Next(ref _pos, out k, out v))
        {
            if (_yielded < _initialCount)
            {
                _dict = null;
                throw PyException.RuntimeError("dictionary keys changed during iteration");
            }
            _dict = null;
            return null;
        }
        _yielded++;
        return _kind switch { DictIterKind.Keys => k, DictIterKind.Values => v, _ => new PyTuple([k, v]) };
    }

    static void SetupType(PyType t)
    {
        t.Iter = static o => o;
        t.Next = static o => ((PyDictIterator)o).Next();
        t.Dict.SetItem("__length_hint__", new PyMethodDescriptor(t, "__length_hint__", static (self, args, kw) =>
        {
            var it = (PyDictIterator)self!;
            return PyInt.Get(it._dict == null ? 0 : Math.Max(0, it._dict.Count - it._yielded));
        }));
    }
}
