using Taipan.Runtime.Bytecode;

namespace Taipan.Runtime;

/// <summary>super(): attribute lookup starting after a class in the MRO of an object's type.</summary>
public sealed class PySuper : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("super", null, typeof(PySuper), SetupType, TypeFlags.BaseType);

    public PyType? ThisType;
    public PyObject? Obj;
    public PyType? ObjType;

    public PySuper(PyType type) : base(type) { }

    public static PySuper Create(PyType thisType, PyObject obj)
    {
        var s = new PySuper(TypeObject);
        s.Init(thisType, obj);
        return s;
    }

    void Init(PyType thisType, PyObject? obj)
    {
        ThisType = thisType;
        Obj = obj;
        ObjType = obj == null ? null : CheckSuper(thisType, obj);
    }

    /// <summary>The type whose MRO is searched: obj's type, or obj itself when it is a subclass (CPython's supercheck).</summary>
    static PyType CheckSuper(PyType type, PyObject obj)
    {
        if (obj is PyType ot && ot.IsSubtypeOf(type)) return ot;
        if (obj.Type.IsSubtypeOf(type)) return obj.Type;
        var cls = Ops.TryGetAttr(obj, "__class__");
        if (cls is PyType ct && !ReferenceEquals(ct, obj.Type) && ct.IsSubtypeOf(type)) return ct;
        throw PyException.TypeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /// <summary>Finds name in the MRO after ThisType and binds it (null when missing).</summary>
    public PyObject? Lookup(PyStr name)
    {
        var start = ObjType;
        if (start != null && !(name.Value == "__class__"))
        {
            var mro = start.Mro;
            int i = 0;
            while (i < mro.Length && !ReferenceEquals(mro[i], ThisType)) i++;
            for (i++; i < mro.Length; i++)
            {
                var d = mro[i].Dict;
                if (d.TryGetValue(name, out var v))
                {
                    var get = v.Type.DescrGet;
                    if (get == null) return v;
                    return get(v, ReferenceEquals(Obj, start) ? null : Obj, start);
                }
            }
        }
        return null;
    }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) => new PySuper(type);
        t.Init = static (self, args, kw) =>
        {
            var s = (PySuper)self;
            TypeMembers.NoKeywords("super", args, kw);
            if (args.Length > 2) throw PyException.TypeError($"super() takes at most 2 arguments ({args.Length} given)");
            if (args.Length == 0)
            {
                var (cls, first) = ZeroArgs();
                s.Init(cls, first);
                return;
            }
            if (args[0] is not PyType tt) throw PyException.TypeError($"super() argument 1 must be a type, not {args[0].Type.Name}");
            s.Init(tt, args.Length == 2 && args[1] is not PyNone ? args[1] : null);
        };
        t.GetAttr = static (o, name) =>
        {
            var s = (PySuper)o;
            return s.Lookup(name) ?? ObjectBehaviour.GenericGetAttr(o, name);
        };
        t.DescrGet = static (o, obj, owner) =>
        {
            var s = (PySuper)o;
            if (obj == null || s.Obj != null) return s;
            if (s.Type != TypeObject) return Ops.Call(s.Type, [s.ThisType!, obj]);
            return Create(s.ThisType!, obj);
        };
        t.Repr = static o =>
        {
            var s = (PySuper)o;
            var tn = s.ThisType?.Name ?? "NULL";
            return new PyStr(s.ObjType != null ? $"<super: <class '{tn}'>, <{s.ObjType.Name} object>>" : $"<super: <class '{tn}'>, NULL>");
        };
        TypeMembers.Getter(t, "__thisclass__", static o => (PyObject?)((PySuper)o).ThisType ?? PyNone.Instance);
        TypeMembers.Getter(t, "__self__", static o => ((PySuper)o).Obj ?? PyNone.Instance);
        TypeMembers.Getter(t, "__self_class__", static o => (PyObject?)((PySuper)o).ObjType ?? PyNone.Instance);
    }

    /// <summary>super() with no arguments: __class__ from the caller's cell and its first argument.</summary>
    static (PyType, PyObject) ZeroArgs()
    {
        var frame = ThreadState.Current.Frame ?? throw PyException.RuntimeError("super(): no current frame");
        var code = frame.Code;
        if (code.ArgCount == 0 && (code.Flags & CodeFlags.VarArgs) == 0)
            throw PyException.RuntimeError("super(): no arguments");
        var first = frame.Slots[0];
        if (first is PyCell c0 && (code.LocalsPlusKinds[0] & LocalKind.Cell) != 0) first = c0.Contents;
        if (first == null) throw PyException.RuntimeError("super(): arg[0] deleted");
        var names = code.LocalsPlusNames;
        for (int i = 0; i < names.Length; i++)
        {
            if ((code.LocalsPlusKinds[i] & LocalKind.Free) == 0 || names[i].Value != "__class__") continue;
            var cell = frame.Slots[i] as PyCell ?? throw PyException.RuntimeError("super(): bad __class__ cell");
            if (cell.Contents is not PyType cls)
                throw PyException.RuntimeError(cell.Contents == null ? "super(): empty __class__ cell" : "super(): __class__ is not a type (" + cell.Contents.Type.Name + ")");
            return (cls, first);
        }
        throw PyException.RuntimeError("super(): __class__ cell not found");
    }
}

/// <summary>property(fget, fset, fdel, doc).</summary>
public sealed class PyProperty : PyObject, IHasDict
{
    public static readonly PyType TypeObject = PyType.Builtin("property", null, typeof(PyProperty), SetupType, TypeFlags.BaseType);

    public PyObject? Get, Set, Del, Doc;
    public PyStr? Name;
    bool _getterDoc;
    public PyDict? Dict { get; set; }

    public PyProperty(PyType type) : base(type) { }

    static readonly PySignature s_sig = new("property(fget=None, fset=None, fdel=None, doc=None)");

    static PyObject? NoneToNull(PyObject? o) => o is PyNone ? null : o;

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) => new PyProperty(type);
        t.Init = static (self, args, kw) =>
        {
            var p = (PyProperty)self;
            var a = s_sig.Bind(args, kw, out _, out _);
            p.Get = NoneToNull(a[0]);
            p.Set = NoneToNull(a[1]);
            p.Del = NoneToNull(a[2]);
            p.Doc = NoneToNull(a[3]);
            if (p.Doc == null && p.Get != null)
            {
                var gd = Ops.TryGetAttr(p.Get, "__doc__");
                if (gd != null && gd is not PyNone)
                {
                    p.Doc = gd;
                    p._getterDoc = true;
                }
            }
            if (p.Type != TypeObject && p.Doc != null)
            {
                // Subclasses store the doc in the instance dict so it shadows the class docstring.
                InstanceDicts.Get(p)?.SetItem("__doc__", p.Doc);
            }
        };
        t.DescrGet = static (o, obj, owner) =>
        {
            var p = (PyProperty)o;
            if (obj == null) return p;
            if (p.Get == null)
                throw PyException.AttributeError(p.Name != null
                    ? $"property {Ops.Repr(p.Name).Value} of {Ops.Repr(new PyStr(obj.Type.QualName)).Value} object has no getter"
                    : $"property of {Ops.Repr(new PyStr(obj.Type.QualName)).Value} object has no getter");
            return Ops.Call(p.Get, [obj]);
        };
        t.DescrSet = static (o, obj, value) =>
        {
            var p = (PyProperty)o;
            var f = value == null ? p.Del : p.Set;
            if (f == null)
            {
                string what = value == null ? "deleter" : "setter";
                throw PyException.AttributeError(p.Name != null
                    ? $"property {Ops.Repr(p.Name).Value} of {Ops.Repr(new PyStr(obj.Type.QualName)).Value} object has no {what}"
                    : $"property of {Ops.Repr(new PyStr(obj.Type.QualName)).Value} object has no {what}");
            }
            if (value == null) Ops.Call(f, [obj]);
            else Ops.Call(f, [obj, value]);
        };
        TypeMembers.Getter(t, "fget", static o => ((PyProperty)o).Get ?? PyNone.Instance);
        TypeMembers.Getter(t, "fset", static o => ((PyProperty)o).Set ?? PyNone.Instance);
        TypeMembers.Getter(t, "fdel", static o => ((PyProperty)o).Del ?? PyNone.Instance);
        TypeMembers.Getter(t, "__doc__", static o => ((PyProperty)o).Doc ?? PyNone.Instance, static (o, v) => ((PyProperty)o).Doc = v);
        TypeMembers.Getter(t, "__isabstractmethod__", static o =>
        {
            var p = (PyProperty)o;
            foreach (var f in new[] { p.Get, p.Set, p.Del })
                if (f != null && Ops.TryGetAttr(f, "__isabstractmethod__") is { } a && Ops.IsTrue(a)) return PyBool.True;
            return PyBool.False;
        });
        TypeMembers.Method(t, "getter", static (self, args, kw) => Copy((PyProperty)self!, args[0], 0));
        TypeMembers.Method(t, "setter", static (self, args, kw) => Copy((PyProperty)self!, args[0], 1));
        TypeMembers.Method(t, "deleter", static (self, args, kw) => Copy((PyProperty)self!, args[0], 2));
        TypeMembers.Method(t, "__set_name__", static (self, args, kw) =>
        {
            ((PyProperty)self!).Name = args[1] as PyStr;
            return PyNone.Instance;
        });
    }

    /// <summary>property.getter/setter/deleter: a copy with one accessor replaced.</summary>
    static PyObject Copy(PyProperty p, PyObject f, int which)
    {
        var get = which == 0 ? f : p.Get;
        var set = which == 1 ? f : p.Set;
        var del = which == 2 ? f : p.Del;
        var doc = p._getterDoc && which == 0 ? null : p.Doc;
        var np = Ops.Call(p.Type, [get ?? PyNone.Instance, set ?? PyNone.Instance, del ?? PyNone.Instance, doc ?? PyNone.Instance]);
        if (np is PyProperty pp) pp.Name = p.Name;
        return np;
    }
}
