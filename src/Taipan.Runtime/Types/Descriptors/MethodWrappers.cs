namespace Taipan.Runtime;

/// <summary>staticmethod(f).</summary>
public sealed partial class PyStaticMethod : PyObject, IHasDict
{
    public static readonly PyType TypeObject = PyType.Builtin("staticmethod", null, typeof(PyStaticMethod), SetupType,
        TypeFlags.BaseType | TypeFlags.HasDict);

    public PyObject Callable;
    public PyDict? Dict { get; set; }

    public PyStaticMethod(PyObject callable) : base(TypeObject) { Callable = callable; }
    public PyStaticMethod(PyType type, PyObject callable) : base(type) { Callable = callable; }

    static void SetupType(PyType t)
    {
        t.DescrGet = static (d, obj, owner) => ((PyStaticMethod)d).Callable;
        t.Call = static (d, args, kw) => Ops.Call(((PyStaticMethod)d).Callable, args, kw);
        t.New = static (type, args, kw) =>
        {
            if (args.Length != 1 || kw != null) throw PyException.TypeError($"staticmethod expected 1 argument, got {args.Length}");
            return new PyStaticMethod(type, args[0]);
        };
        t.Init = static (self, args, kw) => { };
        t.Repr = static o => new PyStr($"<staticmethod({Ops.Repr(((PyStaticMethod)o).Callable).Value})>");
        SetupMembers(t);
    }

    static partial void SetupMembers(PyType t);

    [PyGetter("__func__")] public PyObject Func() => Callable;
    [PyGetter("__wrapped__")] public PyObject Wrapped() => Callable;
    [PyGetter("__isabstractmethod__")] public PyObject IsAbstract() => DescriptorInfo.IsAbstract(Callable);
    [PyGetter("__dict__")] public PyObject GetDict() => Dict ??= new PyDict();
}

/// <summary>classmethod(f).</summary>
public sealed partial class PyClassMethod : PyObject, IHasDict
{
    public static readonly PyType TypeObject = PyType.Builtin("classmethod", null, typeof(PyClassMethod), SetupType,
        TypeFlags.BaseType | TypeFlags.HasDict);

    public PyObject Callable;
    public PyDict? Dict { get; set; }

    public PyClassMethod(PyObject callable) : base(TypeObject) { Callable = callable; }
    public PyClassMethod(PyType type, PyObject callable) : base(type) { Callable = callable; }

    static void SetupType(PyType t)
    {
        t.DescrGet = static (d, obj, owner) =>
        {
            var cm = (PyClassMethod)d;
            var cls = owner ?? obj!.Type;
            return new PyMethod(cm.Callable, cls);
        };
        t.New = static (type, args, kw) =>
        {
            if (args.Length != 1 || kw != null) throw PyException.TypeError($"classmethod expected 1 argument, got {args.Length}");
            return new PyClassMethod(type, args[0]);
        };
        t.Init = static (self, args, kw) => { };
        t.Repr = static o => new PyStr($"<classmethod({Ops.Repr(((PyClassMethod)o).Callable).Value})>");
        SetupMembers(t);
    }

    static partial void SetupMembers(PyType t);

    [PyGetter("__func__")] public PyObject Func() => Callable;
    [PyGetter("__wrapped__")] public PyObject Wrapped() => Callable;
    [PyGetter("__isabstractmethod__")] public PyObject IsAbstract() => DescriptorInfo.IsAbstract(Callable);
    [PyGetter("__dict__")] public PyObject GetDict() => Dict ??= new PyDict();
}

/// <summary>A bound method: a callable with its first argument fixed (types.MethodType).</summary>
public sealed class PyMethod : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("method", null, typeof(PyMethod), SetupType, TypeFlags.None);

    public readonly PyObject Function;
    public readonly PyObject Self;

    public PyMethod(PyObject function, PyObject self) : base(TypeObject)
    {
        Function = function;
        Self = self;
    }

    static void SetupType(PyType t)
    {
        t.Call = static (m, args, kw) =>
        {
            var bm = (PyMethod)m;
            var all = new PyObject[args.Length + 1];
            all[0] = bm.Self;
            args.CopyTo(all.AsSpan(1));
            return Ops.Call(bm.Function, all, kw);
        };
        t.GetAttr = static (o, name) =>
        {
            // Attributes not found on the method come from the function (m.__name__, m.__doc__).
            var r = ObjectBehaviour.GenericGetAttr(o, name);
            return r ?? ((PyMethod)o).Function.Type.GetAttr!(((PyMethod)o).Function, name);
        };
        t.RichCompare = static (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyMethod mb) return PyNotImplemented.Instance;
            var ma = (PyMethod)a;
            bool eq = ReferenceEquals(ma.Self, mb.Self) && Ops.EqBool(ma.Function, mb.Function);
            return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
        };
        t.Hash = static o => { var m = (PyMethod)o; return Ops.IdentityHash(m.Self) ^ Ops.Hash(m.Function); };
        t.Repr = static o =>
        {
            var m = (PyMethod)o;
            var qn = Ops.TryGetAttr(m.Function, "__qualname__") ?? Ops.TryGetAttr(m.Function, "__name__");
            var name = qn is PyStr s ? s.Value : "?";
            return new PyStr($"<bound method {name} of {Ops.Repr(m.Self).Value}>");
        };
    }
}

/// <summary>member_descriptor: a __slots__ entry, stored in <see cref="PyInstance.SlotValues"/>.</summary>
public sealed class PyMemberDescriptor : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("member_descriptor", null, typeof(PyMemberDescriptor), SetupType, TypeFlags.None);

    public readonly PyType Owner;
    public readonly string Name;
    public readonly int Index;

    public PyMemberDescriptor(PyType owner, string name, int index) : base(TypeObject)
    {
        Owner = owner;
        Name = name;
        Index = index;
    }

    static void SetupType(PyType t)
    {
        t.DescrGet = static (d, obj, owner) =>
        {
            var m = (PyMemberDescriptor)d;
            if (obj == null) return m;
            var slots = InstanceSlots.Of(obj);
            var v = slots != null && m.Index < slots.Length ? slots[m.Index] : null;
            return v ?? throw PyException.AttributeError($"'{obj.Type.Name}' object has no attribute '{m.Name}'");
        };
        t.DescrSet = static (d, obj, value) =>
        {
            var m = (PyMemberDescriptor)d;
            var slots = InstanceSlots.Of(obj)
                ?? throw PyException.TypeError($"descriptor '{m.Name}' for '{m.Owner.Name}' objects doesn't apply to a '{obj.Type.Name}' object");
            if (value == null && slots[m.Index] == null)
                throw PyException.AttributeError($"'{obj.Type.Name}' object has no attribute '{m.Name}'");
            slots[m.Index] = value;
        };
        t.Repr = static o => { var m = (PyMemberDescriptor)o; return new PyStr($"<member '{m.Name}' of '{m.Owner.Name}' objects>"); };
    }
}

/// <summary>Shared helpers for descriptor wrappers.</summary>
static class DescriptorInfo
{
    /// <summary>__isabstractmethod__ of a wrapped callable (False when it has none).</summary>
    public static PyObject IsAbstract(PyObject callable) =>
        PyBool.Get(Ops.TryGetAttr(callable, "__isabstractmethod__") is PyObject v && Ops.IsTrue(v));
}
