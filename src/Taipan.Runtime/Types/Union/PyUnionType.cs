namespace Taipan.Runtime;

/// <summary>types.UnionType: the result of `int | str` (PEP 604; CPython's Objects/unionobject.c).</summary>
public sealed partial class PyUnionType : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("UnionType", null, typeof(PyUnionType), SetupType, TypeFlags.None);

    /// <summary>The flattened, de-duplicated members; None is stored as NoneType.</summary>
    public readonly PyTuple Args;
    PyTuple? _parameters;

    PyUnionType(PyTuple args) : base(TypeObject) { Args = args; }

    /// <summary>Operands `|` accepts on the type side: None, classes, generic aliases and unions.</summary>
    static bool IsUnionable(PyObject o) =>
        o is PyNone || o is PyType || o is PyGenericAlias || o is PyUnionType;

    /// <summary>`a | b` for unionable operands, NotImplemented otherwise (so the other side may try).</summary>
    public static PyObject Or(PyObject a, PyObject b)
    {
        if (!IsUnionable(a) || !IsUnionable(b)) return PyNotImplemented.Instance;
        var items = new List<PyObject>(4);
        Add(items, a);
        Add(items, b);
        if (items.Count == 1) return items[0];
        return new PyUnionType(new PyTuple(items.ToArray()));
    }

    static void Add(List<PyObject> items, PyObject o)
    {
        if (o is PyUnionType u)
        {
            foreach (var x in u.Args.Items) AddOne(items, x);
            return;
        }
        AddOne(items, o is PyNone ? PyNone.TypeObject : o);
    }

    static void AddOne(List<PyObject> items, PyObject o)
    {
        foreach (var x in items)
        {
            // Generic aliases are compared by value (list[int] twice is one member), others by identity.
            if (ReferenceEquals(x, o)) return;
            if (x is PyGenericAlias && o is PyGenericAlias && Ops.EqBool(x, o)) return;
        }
        items.Add(o);
    }

    static string ItemRepr(PyObject o)
    {
        if (ReferenceEquals(o, PyNone.TypeObject)) return "None";
        if (o is not PyType && Ops.TryGetAttr(o, "__origin__") != null && Ops.TryGetAttr(o, "__args__") != null)
            return Ops.Repr(o).Value;
        var qual = Ops.TryGetAttr(o, "__qualname__");
        var mod = Ops.TryGetAttr(o, "__module__");
        if (qual == null || mod == null || mod is PyNone) return Ops.Repr(o).Value;
        if (mod is PyStr ms && ms.Value == "builtins") return Ops.Str(qual).Value;
        return Ops.Str(mod).Value + "." + Ops.Str(qual).Value;
    }

    static void SetupType(PyType t)
    {
        t.BuiltinModule = "types";
        t.Repr = static o =>
        {
            var u = (PyUnionType)o;
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < u.Args.Count; i++)
            {
                if (i > 0) sb.Append(" | ");
                sb.Append(ItemRepr(u.Args[i]));
            }
            return new PyStr(sb.ToString());
        };
        t.Or = static (a, b) => Or(a, b);
        t.Hash = static o => Ops.Hash(PySet.FromIterable(((PyUnionType)o).Args, PySet.FrozenSetType));
        t.RichCompare = static (a, b, op) =>
        {
            if (b is not PyUnionType ub || op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
            var sa = PySet.FromIterable(((PyUnionType)a).Args, PySet.FrozenSetType);
            var sb = PySet.FromIterable(ub.Args, PySet.FrozenSetType);
            bool eq = Ops.EqBool(sa, sb);
            return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
        };
        t.GetItem = static (o, key) => Subscript((PyUnionType)o, key);
        SetupMembers(t);
    }

    static partial void SetupMembers(PyType t);

    [PyGetter("__args__")]
    public PyObject GetArgs() => Args;

    /// <summary>The type variables of the members, in first-seen order (CPython's _Py_make_parameters).</summary>
    [PyGetter("__parameters__")]
    public PyObject GetParameters()
    {
        if (_parameters != null) return _parameters;
        var ps = new List<PyObject>();
        foreach (var a in Args.Items)
        {
            if (a is PyType) continue;
            if (a.Type.Lookup("__typing_subst__") != null)
            {
                if (!ps.Contains(a)) ps.Add(a);
                continue;
            }
            if (Ops.TryGetAttr(a, "__parameters__") is PyTuple sub)
                foreach (var p in sub.Items)
                    if (!ps.Contains(p)) ps.Add(p);
        }
        return _parameters = new PyTuple(ps.ToArray());
    }

    [PyMethod("__instancecheck__($self, instance, /)")]
    public bool InstanceCheck(PyObject instance) => Ops.IsInstance(instance, CheckArgs("isinstance"));

    [PyMethod("__subclasscheck__($self, subclass, /)")]
    public bool SubclassCheck(PyObject subclass) => Ops.IsSubclass(subclass, CheckArgs("issubclass"));

    /// <summary>The members as a tuple for isinstance/issubclass; parameterized generics are refused.</summary>
    internal PyTuple CheckArgs(string fn)
    {
        foreach (var a in Args.Items)
            if (a is PyGenericAlias)
                throw PyException.TypeError($"{fn}() argument 2 cannot be a parameterized generic");
        return Args;
    }

    /// <summary>`(int | T)[str]`: substitutes type variables through typing's machinery.</summary>
    static PyObject Subscript(PyUnionType u, PyObject key)
    {
        var ps = (PyTuple)u.GetParameters();
        if (ps.Count == 0) throw PyException.TypeError($"{Ops.Repr(u).Value} is not a generic class");
        var items = key as PyTuple ?? new PyTuple([key]);
        if (items.Count != ps.Count)
            throw PyException.TypeError($"Too {(items.Count > ps.Count ? "many" : "few")} arguments for {Ops.Repr(u).Value}; actual {items.Count}, expected {ps.Count}");
        PyObject? result = null;
        foreach (var a in u.Args.Items)
        {
            PyObject v = a;
            int idx = Array.IndexOf(ps.Items, a);
            if (idx >= 0) v = items[idx];
            else if (a is not PyType && Ops.TryGetAttr(a, "__parameters__") is PyTuple sub && sub.Count > 0)
            {
                var subArgs = new PyObject[sub.Count];
                for (int i = 0; i < sub.Count; i++) subArgs[i] = items[Array.IndexOf(ps.Items, sub[i])];
                v = Ops.GetItem(a, subArgs.Length == 1 ? subArgs[0] : new PyTuple(subArgs));
            }
            result = result == null ? v : Ops.Or(result, v);
        }
        return result!;
    }
}
