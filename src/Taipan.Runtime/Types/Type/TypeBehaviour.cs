namespace Taipan.Runtime;

public sealed partial class PyType
{
    /// <summary>__module__ of the type: "builtins" for built-ins, the dict entry for heap types.</summary>
    public string? ModuleName
    {
        get
        {
            if (!IsHeapType) return BuiltinModule ?? "builtins";
            return _dict?.GetOrNull("__module__") is PyStr s ? s.Value : null;
        }
    }

    /// <summary>For built-in types defined by a module other than builtins (e.g. "collections" for deque).</summary>
    public string? BuiltinModule;

    /// <summary>Number of __slots__ storage cells in instances (PyInstance.SlotValues).</summary>
    public int SlotCount;
}

/// <summary>The behaviour of `type`: calling a class, attribute lookup on classes, class creation.</summary>
public static partial class TypeBehaviour
{
    internal static void Setup(PyType t)
    {
        t.Call = TypeCall;
        t.GetAttr = TypeGetAttr;
        t.SetAttr = TypeSetAttr;
        t.Repr = static o =>
        {
            var ty = (PyType)o;
            var mod = ty.ModuleName;
            return new PyStr(mod is null or "builtins" ? $"<class '{ty.QualName}'>" : $"<class '{mod}.{ty.QualName}'>");
        };
        t.New = TypeNew;
        t.Init = static (self, args, kw) =>
        {
            int npos = args.Length - (kw?.Count ?? 0);
            if (kw != null && kw.Count > 0 && npos == 1)
                throw PyException.TypeError("type.__init__() takes no keyword arguments");
            if (npos != 1 && npos != 3)
                throw PyException.TypeError("type.__init__() takes 1 or 3 arguments");
        };
        t.Hash = Ops.IdentityHash;
        t.Or = static (a, b) => Ops.UnionType(a, b);
        SetupMembers(t);
    }

    /// <summary>type.__call__: type(x) gives x's type; otherwise __new__ then __init__ (CPython's type_call).</summary>
    static PyObject TypeCall(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var type = (PyType)callable;
        if (ReferenceEquals(type, PyType.TypeType) && args.Length == 1 && kw == null) return args[0].Type;
        if (ReferenceEquals(type, PyType.TypeType) && args.Length != 3 && (kw == null || args.Length - kw.Count != 3))
            throw PyException.TypeError("type() takes 1 or 3 arguments");
        var newSlot = type.New ?? throw PyException.TypeError($"cannot create '{type.QualName}' instances");
        var obj = newSlot(type, args, kw);
        if (!obj.Type.IsSubtypeOf(type)) return obj;
        obj.Type.Init?.Invoke(obj, args, kw);
        return obj;
    }

    /// <summary>type.__getattribute__: metatype data descriptors, then the MRO with __get__(None, type), then metatype attributes.</summary>
    public static PyObject? TypeGetAttr(PyObject self, PyStr name)
    {
        var type = (PyType)self;
        var meta = type.Type;
        var metaAttr = meta.Lookup(name);
        DescrGetSlot? metaGet = null;
        if (metaAttr != null)
        {
            metaGet = metaAttr.Type.DescrGet;
            if (metaGet != null && metaAttr.Type.DescrSet != null) return metaGet(metaAttr, type, meta);
        }
        var attr = type.Lookup(name);
        if (attr != null)
        {
            var get = attr.Type.DescrGet;
            return get != null ? get(attr, null, type) : attr;
        }
        if (metaGet != null) return metaGet(metaAttr!, type, meta);
        return metaAttr;
    }

    static void TypeSetAttr(PyObject self, PyStr name, PyObject? value)
    {
        var type = (PyType)self;
        if (!type.IsHeapType)
            throw PyException.TypeError($"cannot set '{name.Value}' attribute of immutable type '{type.Name}'");
        var metaAttr = type.Type.Lookup(name);
        if (metaAttr != null && metaAttr.Type.DescrSet is { } set)
        {
            set(metaAttr, type, value);
            return;
        }
        if (value != null) type.Dict.SetItem(name, value);
        else if (!type.Dict.Remove(name))
            throw PyException.AttributeError($"type object '{type.Name}' has no attribute '{name.Value}'");
        type.Modified();
        var n = name.Value;
        if (n.StartsWith("__") && n.EndsWith("__")) ClassBuilder.UpdateSlot(type, n);
    }

    /// <summary>type.__new__(meta, name, bases, ns, **kw): creates a class (see ClassBuilder).</summary>
    static PyObject TypeNew(PyType meta, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int npos = args.Length - (kw?.Count ?? 0);
        if (npos == 1 && ReferenceEquals(meta, PyType.TypeType)) return args[0].Type;
        if (npos != 3) throw PyException.TypeError("type.__new__() takes exactly 3 arguments (" + npos + " given)");
        if (args[0] is not PyStr name) throw PyException.TypeError($"type.__new__() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyTuple bases) throw PyException.TypeError($"type.__new__() argument 2 must be tuple, not {args[1].Type.Name}");
        if (args[2] is not PyDict ns) throw PyException.TypeError($"type.__new__() argument 3 must be dict, not {args[2].Type.Name}");
        PyDict? kwargs = null;
        if (kw != null)
        {
            kwargs = new PyDict();
            for (int i = 0; i < kw.Count; i++) kwargs.SetItem(kw.Items[i], args[npos + i]);
        }
        // The most derived metaclass of the bases wins; a winner with its own __new__ builds the class
        // (CPython's type_new_get_bases / _PyType_CalculateMetaclass).
        var winner = meta;
        foreach (var b in bases.Items)
        {
            var bt = b.Type;
            if (winner.IsSubtypeOf(bt)) continue;
            if (bt.IsSubtypeOf(winner)) { winner = bt; continue; }
            throw PyException.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        if (!ReferenceEquals(winner, meta))
        {
            if (winner.New != null && winner.New != PyType.TypeType.New) return winner.New(winner, args, kw);
            meta = winner;
        }
        return ClassBuilder.Create(meta, name, bases, ns, kwargs);
    }
}
