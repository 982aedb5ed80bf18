using System.Text;
using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>operator.attrgetter: fetches one or more (dotted) attributes.</summary>
public sealed partial class AttrGetter : PyObject
{
    public static readonly PyType TypeObject = ModuleHelpers.Type("attrgetter", "operator", typeof(AttrGetter), SetupType, flags: TypeFlags.None);

    /// <summary>Per requested attribute, its dotted path split into names.</summary>
    readonly PyStr[][] _paths;
    readonly PyStr[] _names;

    AttrGetter(PyType type, PyStr[] names) : base(type)
    {
        _names = names;
        _paths = new PyStr[names.Length][];
        for (int i = 0; i < names.Length; i++)
        {
            var parts = names[i].Value.Split('.');
            _paths[i] = new PyStr[parts.Length];
            for (int j = 0; j < parts.Length; j++) _paths[i][j] = PyStr.Intern(parts[j]);
        }
    }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            ModuleHelpers.NoKeywords("attrgetter", kw);
            if (args.Length == 0) throw PyException.TypeError("attrgetter expected 1 argument, got 0");
            var names = new PyStr[args.Length];
            for (int i = 0; i < args.Length; i++)
                names[i] = args[i] as PyStr ?? throw PyException.TypeError("attribute name must be a string");
            return new AttrGetter(type, names);
        };
        t.Call = static (self, args, kw) =>
        {
            ModuleHelpers.NoKeywords("attrgetter", kw);
            ModuleHelpers.CheckPositional("attrgetter", args.Length, 1, 1);
            var g = (AttrGetter)self;
            if (g._paths.Length == 1) return Get(args[0], g._paths[0]);
            var r = new PyObject[g._paths.Length];
            for (int i = 0; i < r.Length; i++) r[i] = Get(args[0], g._paths[i]);
            return new PyTuple(r);
        };
        t.Repr = static o =>
        {
            var g = (AttrGetter)o;
            if (!ReprGuard.Enter(o)) return new PyStr("operator.attrgetter(...)");
            try
            {
                var sb = new StringBuilder("operator.attrgetter(");
                for (int i = 0; i < g._names.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(Ops.Repr(g._names[i]).Value);
                }
                return new PyStr(sb.Append(')').ToString());
            }
            finally { ReprGuard.Leave(o); }
        };
        SetupMembers(t);
    }

    static PyObject Get(PyObject o, PyStr[] path)
    {
        foreach (var n in path) o = Ops.GetAttr(o, n);
        return o;
    }

    [PyMethod("__reduce__($self, /)")]
    PyObject Reduce() => PyTuple.Create(Type, new PyTuple([.. _names]));
}

/// <summary>operator.itemgetter: fetches one or more items.</summary>
public sealed partial class ItemGetter : PyObject
{
    public static readonly PyType TypeObject = ModuleHelpers.Type("itemgetter", "operator", typeof(ItemGetter), SetupType, flags: TypeFlags.None);

    readonly PyObject _item;   // the single item, or the tuple of items
    readonly int _count;
    readonly int _index;       // >= 0 when the single item is a non-negative int (tuple fast path)

    ItemGetter(PyType type, PyObject item, int count) : base(type)
    {
        _item = item;
        _count = count;
        _index = count == 1 && item.Type == PyInt.TypeObject && ((PyInt)item).TryGetInt32(out var i) && i >= 0 ? i : -1;
    }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            ModuleHelpers.NoKeywords("itemgetter", kw);
            if (args.Length == 0) throw PyException.TypeError("itemgetter expected 1 argument, got 0");
            return args.Length == 1 ? new ItemGetter(type, args[0], 1) : new ItemGetter(type, PyTuple.Create(args), args.Length);
        };
        t.Call = static (self, args, kw) =>
        {
            ModuleHelpers.NoKeywords("itemgetter", kw);
            ModuleHelpers.CheckPositional("itemgetter", args.Length, 1, 1);
            var g = (ItemGetter)self;
            var obj = args[0];
            if (g._count == 1)
            {
                if (g._index >= 0 && obj.Type == PyTuple.TypeObject && g._index < ((PyTuple)obj).Count)
                    return ((PyTuple)obj).Items[g._index];
                return Ops.GetItem(obj, g._item);
            }
            var items = ((PyTuple)g._item).Items;
            var r = new PyObject[items.Length];
            for (int i = 0; i < r.Length; i++) r[i] = Ops.GetItem(obj, items[i]);
            return new PyTuple(r);
        };
        t.Repr = static o =>
        {
            var g = (ItemGetter)o;
            if (!ReprGuard.Enter(o)) return new PyStr("operator.itemgetter(...)");
            try
            {
                var r = Ops.Repr(g._item).Value;
                return new PyStr(g._count == 1 ? "operator.itemgetter(" + r + ")" : "operator.itemgetter" + r);
            }
            finally { ReprGuard.Leave(o); }
        };
        SetupMembers(t);
    }

    [PyMethod("__reduce__($self, /)")]
    PyObject Reduce() => _count == 1 ? PyTuple.Create(Type, PyTuple.Create(_item)) : PyTuple.Create(Type, _item);
}

/// <summary>operator.methodcaller: calls a named method with stored arguments.</summary>
public sealed partial class MethodCaller : PyObject
{
    public static readonly PyType TypeObject = ModuleHelpers.Type("methodcaller", "operator", typeof(MethodCaller), SetupType, flags: TypeFlags.None);

    readonly PyStr _name;
    readonly PyObject[] _args;     // positional values then keyword values (vectorcall layout)
    readonly PyTuple? _kwnames;

    MethodCaller(PyType type, PyStr name, PyObject[] args, PyTuple? kwnames) : base(type)
    {
        _name = name;
        _args = args;
        _kwnames = kwnames;
    }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            int npos = ModuleHelpers.PositionalCount(args, kw);
            if (npos < 1) throw PyException.TypeError("methodcaller needs at least one argument, the method name");
            if (args[0] is not PyStr name) throw PyException.TypeError("method name must be a string");
            return new MethodCaller(type, PyStr.Intern(name.Value), args[1..].ToArray(), kw != null && kw.Count > 0 ? kw : null);
        };
        t.Call = static (self, args, kw) =>
        {
            ModuleHelpers.NoKeywords("methodcaller", kw);
            ModuleHelpers.CheckPositional("methodcaller", args.Length, 1, 1);
            var c = (MethodCaller)self;
            var m = Ops.GetAttr(args[0], c._name);
            return Ops.Call(m, c._args, c._kwnames);
        };
        t.Repr = static o =>
        {
            var c = (MethodCaller)o;
            if (!ReprGuard.Enter(o)) return new PyStr("operator.methodcaller(...)");
            try
            {
                var sb = new StringBuilder("operator.methodcaller(");
                sb.Append(Ops.Repr(c._name).Value);
                int nkw = c._kwnames?.Count ?? 0, npos = c._args.Length - nkw;
                for (int i = 0; i < npos; i++) sb.Append(", ").Append(Ops.Repr(c._args[i]).Value);
                for (int i = 0; i < nkw; i++)
                    sb.Append(", ").Append(((PyStr)c._kwnames!.Items[i]).Value).Append('=').Append(Ops.Repr(c._args[npos + i]).Value);
                return new PyStr(sb.Append(')').ToString());
            }
            finally { ReprGuard.Leave(o); }
        };
        SetupMembers(t);
    }

    [PyMethod("__reduce__($self, /)")]
    PyObject Reduce()
    {
        int nkw = _kwnames?.Count ?? 0, npos = _args.Length - nkw;
        if (nkw == 0)
        {
            var a = new PyObject[npos + 1];
            a[0] = _name;
            Array.Copy(_args, 0, a, 1, npos);
            return PyTuple.Create(Type, new PyTuple(a));
        }
        // functools.partial(methodcaller, name, **kwargs), *args  -- as CPython does.
        var functools = Ops.GetAttr(Taipan.Runtime.ThreadState.Current.Interpreter.Import("functools"), "partial");
        var kwd = ModuleHelpers.KwDict(_args, _kwnames)!;
        var partial = Ops.CallWithTupleDict(functools, PyTuple.Create(Type, _name), kwd);
        return PyTuple.Create(partial, new PyTuple(_args[..npos]));
    }
}
