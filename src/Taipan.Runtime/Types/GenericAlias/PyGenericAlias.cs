namespace Taipan.Runtime;

/// <summary>types.GenericAlias: list[int] and friends (PEP 585).</summary>
public sealed class PyGenericAlias : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("GenericAlias", null, typeof(PyGenericAlias), SetupType, TypeFlags.BaseType);

    public readonly PyObject Origin;
    public readonly PyTuple Args;

    public PyGenericAlias(PyObject origin, PyObject args) : base(TypeObject)
    {
        Origin = origin;
        Args = args as PyTuple ?? new PyTuple([args]);
    }

    static string ItemRepr(PyObject o)
    {
        if (o is PyEllipsis) return "...";
        if (o is PyType t && o is not PyGenericAlias)
        {
            var mod = t.ModuleName;
            return mod is null or "builtins" ? t.QualName : $"{mod}.{t.QualName}";
        }
        if (o is PyList l) return "[" + string.Join(", ", l.AsSpan().ToArray().Select(ItemRepr)) + "]";
        return Ops.Repr(o).Value;
    }

    static void SetupType(PyType t)
    {
        t.BuiltinModule = "types";
        t.Repr = static o =>
        {
            var g = (PyGenericAlias)o;
            var args = g.Args.Count == 0 ? "()" : string.Join(", ", g.Args.Items.Select(ItemRepr));
            return new PyStr($"{ItemRepr(g.Origin)}[{args}]");
        };
        t.Or = static (a, b) => Ops.UnionType(a, b);
        t.Call = static (o, args, kw) => Ops.Call(((PyGenericAlias)o).Origin, args, kw);
        t.RichCompare = static (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyGenericAlias gb) return PyNotImplemented.Instance;
            var ga = (PyGenericAlias)a;
            bool eq = Ops.EqBool(ga.Origin, gb.Origin) && Ops.EqBool(ga.Args, gb.Args);
            return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
        };
        t.Hash = static o => { var g = (PyGenericAlias)o; return Ops.Hash(g.Origin) ^ Ops.Hash(g.Args); };
        t.GetAttr = static (o, name) =>
        {
            var g = (PyGenericAlias)o;
            switch (name.Value)
            {
                case "__origin__": return g.Origin;
                case "__args__": return g.Args;
                case "__parameters__": return PyTuple.Empty;
                case "__class__": return TypeObject;
            }
            var own = ObjectBehaviour.GenericGetAttr(o, name);
            if (own != null) return own;
            return name.Value.StartsWith("__") ? null : Ops.TryGetAttr(g.Origin, name);
        };
        t.GetItem = static (o, k) => throw PyException.TypeError($"{Ops.Repr(o).Value} is not a generic class");
    }
}
