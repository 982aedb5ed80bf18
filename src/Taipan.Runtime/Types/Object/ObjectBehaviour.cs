namespace Taipan.Runtime;

/// <summary>The behaviour of `object`: generic attribute access, default repr/hash/eq, __new__/__init__.</summary>
public static partial class ObjectBehaviour
{
    static readonly PyStr s_dictName = PyStr.Intern("__dict__");

    /// <summary>object.__getattribute__ (CPython's PyObject_GenericGetAttr); null when missing.</summary>
    public static PyObject? GenericGetAttr(PyObject obj, PyStr name)
    {
        var type = obj.Type;
        var descr = type.Lookup(name);
        DescrGetSlot? get = null;
        if (descr != null)
        {
            var dt = descr.Type;
            get = dt.DescrGet;
            if (get != null && dt.DescrSet != null) return get(descr, obj, type);
        }
        var dict = InstanceDicts.Get(obj, create: false);
        if (dict != null && dict.TryGetValue(name, out var v)) return v;
        if (get != null) return get(descr!, obj, type);
        return descr;
    }

    /// <summary>object.__setattr__/__delattr__ (PyObject_GenericSetAttr).</summary>
    public static void GenericSetAttr(PyObject obj, PyStr name, PyObject? value)
    {
        var type = obj.Type;
        var descr = type.Lookup(name);
        if (descr != null && descr.Type.DescrSet is { } set)
        {
            set(descr, obj, value);
            return;
        }
        var dict = InstanceDicts.Get(obj);
        if (dict == null)
        {
            if (descr == null)
                throw PyException.NoAttribute(obj, name);
            throw PyException.AttributeError($"'{type.Name}' object attribute '{name.Value}' is read-only");
        }
        if (value != null) dict.SetItem(name, value);
        else if (!dict.Remove(name)) throw PyException.NoAttribute(obj, name);
    }

    public static string DefaultRepr(PyObject o)
    {
        var t = o.Type;
        var module = t.ModuleName;
        string qual = t.QualName;
        return module is null or "builtins"
            ? $"<{qual} object at {Ops.AddressString(o)}>"
            : $"<{module}.{qual} object at {Ops.AddressString(o)}>";
    }

    internal static void Setup(PyType t)
    {
        t.Repr = static o => new PyStr(DefaultRepr(o));
        t.Str = static o => Ops.Repr(o);
        t.Hash = Ops.IdentityHash;
        t.GetAttr = GenericGetAttr;
        t.SetAttr = GenericSetAttr;
        t.RichCompare = static (a, b, op) => op switch
        {
            CompareOp.Eq => ReferenceEquals(a, b) ? PyBool.True : PyNotImplemented.Instance,
            CompareOp.Ne => NotEqualViaEq(a, b),
            _ => PyNotImplemented.Instance,
        };
        t.New = ObjectNew;
        t.Init = ObjectInit;
        SetupMembers(t);
    }

    /// <summary>object.__ne__: inverts __eq__ unless it returns NotImplemented.</summary>
    static PyObject NotEqualViaEq(PyObject a, PyObject b)
    {
        var eq = a.Type.RichCompare;
        if (eq == null) return PyNotImplemented.Instance;
        var r = eq(a, b, CompareOp.Eq);
        if (ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        return PyBool.Get(!Ops.IsTrue(r));
    }

    static bool Overrides(PyType t, string name, PyType owner)
    {
        var f = t.Lookup(name);
        return f != null && !(f is PyWrapperDescriptor w && w.Owner == owner) && !(f is PyStaticMethodBuiltin sm && sm.Owner == owner);
    }

    /// <summary>object.__new__: excess arguments are an error unless __init__ is overridden (CPython's rule).</summary>
    public static PyObject ObjectNew(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (args.Length > 0)
        {
            if (Overrides(type, "__new__", PyType.ObjectType))
                throw PyException.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            if (!Overrides(type, "__init__", PyType.ObjectType))
                throw PyException.TypeError($"{type.Name}() takes no arguments");
        }
        if ((type.Flags & TypeFlags.IsAbstract) != 0) ThrowAbstract(type);
        if (!type.IsHeapType && type != PyType.ObjectType)
            throw PyException.TypeError($"object.__new__({type.Name}) is not safe, use {type.Name}.__new__()");
        return new PyInstance(type);
    }

    static void ThrowAbstract(PyType type)
    {
        var abstracts = type.Lookup("__abstractmethods__");
        var names = abstracts == null ? new List<string>() : Ops.ToList(abstracts).Select(x => Ops.Str(x).Value).OrderBy(s => s, StringComparer.Ordinal).ToList();
        if (names.Count == 0) return;
        string list = string.Join(", ", names.Select(n => $"'{n}'"));
        throw PyException.TypeError($"Can't instantiate abstract class {type.Name} with abstract method{(names.Count > 1 ? "s" : "")} {list}");
    }

    static void ObjectInit(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (args.Length == 0) return;
        var type = self.Type;
        if (Overrides(type, "__init__", PyType.ObjectType))
            throw PyException.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
        if (!Overrides(type, "__new__", PyType.ObjectType))
            throw PyException.TypeError($"{type.Name}.__init__() takes exactly one argument (the instance to initialize)");
    }
}

/// <summary>A built-in type's __new__ as a staticmethod in its dict (int.__new__), callable as T.__new__(T, ...).</summary>
public sealed partial class PyStaticMethodBuiltin : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("builtin_function_or_method", null,
        typeof(PyStaticMethodBuiltin), SetupType, TypeFlags.None);

    public readonly PyType Owner;

    public PyStaticMethodBuiltin(PyType owner) : base(TypeObject) { Owner = owner; }

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        SetupMembers(t);
        t.Call = static (o, args, kw) =>
        {
            var owner = ((PyStaticMethodBuiltin)o).Owner;
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos < 1) throw PyException.TypeError($"{owner.Name}.__new__(): not enough arguments");
            if (args[0] is not PyType sub)
                throw PyException.TypeError($"{owner.Name}.__new__(X): X is not a type object ({args[0].Type.Name})");
            if (!sub.IsSubtypeOf(owner))
                throw PyException.TypeError($"{owner.Name}.__new__({sub.Name}): {sub.Name} is not a subtype of {owner.Name}");
            return owner.New!(sub, args[1..], kw);
        };
        t.Repr = static o => new PyStr($"<built-in method __new__ of type object at {Ops.AddressString(((PyStaticMethodBuiltin)o).Owner)}>");
    }
}
