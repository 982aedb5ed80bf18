namespace Taipan.Runtime;

/// <summary>types.UnionType: the result of <c>int | str</c> on types (PEP 604, CPython's unionobject.c).</summary>
public sealed class PyUnionType : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("UnionType", null, typeof(PyUnionType), SetupType, TypeFlags.None);

    /// <summary>The flattened, de-duplicated members; None is stored as type(None).</summary>
    public readonly PyTuple Args;

    PyUnionType(PyTuple args) : base(TypeObject) { Args = args; }

    /// <summary>a | b for unionable operands (None, types, generic aliases, unions); NotImplemented otherwise.</summary>
    public static PyObject Or(PyObject a, PyObject b)
    {
        if (!IsUnionable(a) || !IsUnionable(b)) return PyNotImplemented.Instance;
        var items = new List<PyObject>();
        Add(items, a);
        Add(items, b);
        return items.Count == 1 ? items[0] : new PyUnionType(new PyTuple(items.ToArray()));
    }

    static bool IsUnionable(PyObject o) => o is PyNone or PyType or PyGenericAlias or PyUnionType;

    static void Add(List<PyObject> items, PyObject o)
    {
        if (o is PyUnionType u)
        {
            foreach (var x in u.Args.Items) Add(items, x);
            return;
        }
        if (o is PyNone) o = PyNone.Instance.Type;
        // Duplicates are dropped; generic aliases compare by value, everything else by identity.
        foreach (var x in items)
            if (ReferenceEquals(x, o) || (x is PyGenericAlias && o is PyGenericAlias && Ops.EqBool(x, o))) return;
        items.Add(o);
    }

    static string ItemRepr(PyObject o)
    {
        if (ReferenceEquals(o, PyNone.Instance.Type)) return "None";
        if (o is PyType t)
        {
            var mod = t.ModuleName;
            return mod is null or "builtins" ? t.QualName : $"{mod}.{t.QualName}";
        }
        return Ops.Repr(o).Value;
    }

    static void SetupType(PyType t)
    {
        t.BuiltinModule = "types";
        t.Repr = static o =>
        {
            var args = ((PyUnionType)o).Args.Items;
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < args.Length; i++)
            {
                if (i > 0) sb.Append(" | ");
                sb.Append(ItemRepr(args[i]));
            }
            return new PyStr(sb.ToString());
        };
        t.Or = static (a, b) => Or(a, b);
        // Equal when the member sets are equal, whatever the order (CPython compares frozensets).
        t.RichCompare = static (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyUnionType ub) return PyNotImplemented.Instance;
            var x = ((PyUnionType)a).Args.Items;
            var y = ub.Args.Items;
            bool eq = Covers(x, y) && Covers(y, x);
            return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
        };
        t.Hash = static o =>
        {
            long h = 0;
            foreach (var x in ((PyUnionType)o).Args.Items) h ^= Ops.Hash(x);
            return h == -1 ? -2 : h;
        };
        t.GetAttr = static (o, name) =>
        {
            if (name.Value == "__args__") return ((PyUnionType)o).Args;
            if (name.Value == "__parameters__") return PyTuple.Empty;
            return ObjectBehaviour.GenericGetAttr(o, name);
        };
    }

    static bool Covers(PyObject[] x, PyObject[] y)
    {
        foreach (var a in y)
        {
            bool found = false;
            foreach (var b in x)
                if (Ops.EqBool(a, b)) { found = true; break; }
            if (!found) return false;
        }
        return true;
    }
}
