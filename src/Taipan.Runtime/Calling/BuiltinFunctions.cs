namespace Taipan.Runtime;

/// <summary>The C# body of a built-in: <paramref name="self"/> is the bound object (or module, or type).</summary>
public delegate PyObject BuiltinBody(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>builtin_function_or_method: a built-in function, or a built-in method bound to its object.</summary>
public sealed partial class PyBuiltinFunction : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("builtin_function_or_method", null,
        typeof(PyBuiltinFunction), SetupType, TypeFlags.None);

    public readonly string Name;
    public readonly PyObject? Self;
    public readonly BuiltinBody Body;
    public readonly string? TextSignature;
    public readonly string? Doc;
    public string? QualNamePrefix;
    public PyObject? Module;

    public PyBuiltinFunction(string name, BuiltinBody body, PyObject? self = null, string? textSignature = null, string? doc = null)
        : base(TypeObject)
    {
        Name = name;
        Body = body;
        Self = self;
        TextSignature = textSignature;
        Doc = doc;
    }

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        SetupMembers(t);
        t.Call = static (f, args, kw) => { var b = (PyBuiltinFunction)f; return b.Body(b.Self, args, kw); };
        t.Repr = static o =>
        {
            var f = (PyBuiltinFunction)o;
            return new PyStr(f.Self == null || f.Self is PyModule
                ? $"<built-in function {f.Name}>"
                : $"<built-in method {f.Name} of {f.Self.Type.Name} object at {Ops.AddressString(f.Self)}>");
        };
    }
}

/// <summary>method_descriptor: a built-in method as found in its type's dict (list.append).</summary>
public sealed partial class PyMethodDescriptor : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("method_descriptor", null,
        typeof(PyMethodDescriptor), SetupType, TypeFlags.None);

    public readonly PyType Owner;
    public readonly string Name;
    public readonly BuiltinBody Body;
    public readonly string? TextSignature;
    public readonly string? Doc;

    public PyMethodDescriptor(PyType owner, string name, BuiltinBody body, string? textSignature = null, string? doc = null)
        : base(TypeObject)
    {
        Owner = owner;
        Name = name;
        Body = body;
        TextSignature = textSignature;
        Doc = doc;
    }

    /// <summary>Calls the method on <paramref name="self"/> after checking its type (list.append(x, 1)).</summary>
    public PyObject CallUnbound(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Count ?? 0);
        if (npos < 1)
            throw PyException.TypeError($"unbound method {Owner.Name}.{Name}() needs an argument");
        var self = args[0];
        PyException.CheckDescriptorApplies(Name, Owner, self);
        return Body(self, args[1..], kwnames);
    }

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        SetupMembers(t);
        t.Call = static (d, args, kw) => ((PyMethodDescriptor)d).CallUnbound(args, kw);
        t.DescrGet = static (d, obj, owner) =>
        {
            var m = (PyMethodDescriptor)d;
            if (obj == null) return m;
            PyException.CheckDescriptorApplies(m.Name, m.Owner, obj);
            return new PyBuiltinFunction(m.Name, m.Body, obj, m.TextSignature, m.Doc);
        };
        t.Repr = static o => { var m = (PyMethodDescriptor)o; return new PyStr($"<method '{m.Name}' of '{m.Owner.Name}' objects>"); };
    }
}

/// <summary>classmethod_descriptor: a built-in class method (dict.fromkeys, int.from_bytes).</summary>
public sealed partial class PyClassMethodDescriptor : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("classmethod_descriptor", null,
        typeof(PyClassMethodDescriptor), SetupType, TypeFlags.None);

    public readonly PyType Owner;
    public readonly string Name;
    public readonly BuiltinBody Body;
    public readonly string? TextSignature;
    public readonly string? Doc;

    public PyClassMethodDescriptor(PyType owner, string name, BuiltinBody body, string? textSignature = null, string? doc = null)
        : base(TypeObject)
    {
        Owner = owner;
        Name = name;
        Body = body;
        TextSignature = textSignature;
        Doc = doc;
    }

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        SetupMembers(t);
        t.DescrGet = static (d, obj, owner) =>
        {
            var m = (PyClassMethodDescriptor)d;
            return new PyBuiltinFunction(m.Name, m.Body, owner ?? obj!.Type, m.TextSignature, m.Doc);
        };
        t.Repr = static o => { var m = (PyClassMethodDescriptor)o; return new PyStr($"<method '{m.Name}' of '{m.Owner.Name}' objects>"); };
    }
}

/// <summary>getset_descriptor: a computed attribute of a built-in type (function.__name__, int.real).</summary>
public sealed partial class PyGetSetDescriptor : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("getset_descriptor", null,
        typeof(PyGetSetDescriptor), SetupType, TypeFlags.None);

    public readonly PyType Owner;
    public readonly string Name;
    public readonly Func<PyObject, PyObject> Getter;
    /// <summary>Null value means delete. Null setter means read-only.</summary>
    public readonly Action<PyObject, PyObject?>? Setter;
    public readonly string? Doc;

    public PyGetSetDescriptor(PyType owner, string name, Func<PyObject, PyObject> getter,
        Action<PyObject, PyObject?>? setter = null, string? doc = null) : base(TypeObject)
    {
        Owner = owner;
        Name = name;
        Getter = getter;
        Setter = setter;
        Doc = doc;
    }

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        SetupMembers(t);
        t.DescrGet = static (d, obj, owner) =>
        {
            var g = (PyGetSetDescriptor)d;
            if (obj == null) return g;
            PyException.CheckDescriptorApplies(g.Name, g.Owner, obj);
            return g.Getter(obj);
        };
        t.DescrSet = static (d, obj, value) =>
        {
            var g = (PyGetSetDescriptor)d;
            if (g.Setter == null)
                throw PyException.AttributeError(value == null
                    ? $"attribute '{g.Name}' of '{g.Owner.Name}' objects is not writable"
                    : $"attribute '{g.Name}' of '{g.Owner.Name}' objects is not writable");
            g.Setter(obj, value);
        };
        t.Repr = static o => { var g = (PyGetSetDescriptor)o; return new PyStr($"<attribute '{g.Name}' of '{g.Owner.Name}' objects>"); };
    }
}

/// <summary>
/// wrapper_descriptor: the dunder method a slot shows in the type dict (int.__add__), created from
/// <see cref="SlotDefs"/>. Bound, it is a method-wrapper (represented by a bound built-in function).
/// </summary>
public sealed partial class PyWrapperDescriptor : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("wrapper_descriptor", null,
        typeof(PyWrapperDescriptor), SetupType, TypeFlags.None);

    public readonly PyType Owner;
    public readonly string Name;
    public readonly BuiltinBody Body;
    public readonly string? TextSignature;
    /// <summary>The slot this wrapper came from, so a heap type that inherits it can reuse the slot directly.</summary>
    public readonly SlotDef Slot;

    public PyWrapperDescriptor(PyType owner, SlotDef slot, BuiltinBody body) : base(TypeObject)
    {
        Owner = owner;
        Name = slot.Name;
        Slot = slot;
        Body = body;
        TextSignature = slot.TextSignature;
    }

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        SetupMembers(t);
        t.Call = static (d, args, kw) =>
        {
            var w = (PyWrapperDescriptor)d;
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos < 1) throw PyException.TypeError($"descriptor '{w.Name}' of '{w.Owner.Name}' object needs an argument");
            if (!args[0].Type.IsSubtypeOf(w.Owner))
                throw PyException.TypeError($"descriptor '{w.Name}' requires a '{w.Owner.Name}' object but received a '{args[0].Type.Name}'");
            return w.Body(args[0], args[1..], kw);
        };
        t.DescrGet = static (d, obj, owner) =>
        {
            var w = (PyWrapperDescriptor)d;
            if (obj == null) return w;
            return new PyMethodWrapper(w, obj);
        };
        t.Repr = static o => { var w = (PyWrapperDescriptor)o; return new PyStr($"<slot wrapper '{w.Name}' of '{w.Owner.Name}' objects>"); };
    }
}

/// <summary>method-wrapper: a slot wrapper bound to an object ((1).__add__).</summary>
public sealed partial class PyMethodWrapper : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("method-wrapper", null,
        typeof(PyMethodWrapper), SetupType, TypeFlags.None);

    public readonly PyWrapperDescriptor Descriptor;
    public readonly PyObject Self;

    public PyMethodWrapper(PyWrapperDescriptor descriptor, PyObject self) : base(TypeObject)
    {
        Descriptor = descriptor;
        Self = self;
    }

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        SetupMembers(t);
        t.Call = static (m, args, kw) => { var w = (PyMethodWrapper)m; return w.Descriptor.Body(w.Self, args, kw); };
        t.Repr = static o =>
        {
            var w = (PyMethodWrapper)o;
            return new PyStr($"<method-wrapper '{w.Descriptor.Name}' of {w.Self.Type.Name} object at {Ops.AddressString(w.Self)}>");
        };
    }
}
