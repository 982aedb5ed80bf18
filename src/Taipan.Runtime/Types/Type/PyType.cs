namespace Taipan.Runtime;

[Flags]
public enum TypeFlags
{
    None = 0,
    /// <summary>Created by a class statement or type(); attributes may be set on it.</summary>
    Heap = 1,
    /// <summary>May be subclassed (CPython's Py_TPFLAGS_BASETYPE).</summary>
    BaseType = 2,
    /// <summary>Instances carry a __dict__.</summary>
    HasDict = 4,
    IsAbstract = 8,
    /// <summary>Fast subclass checks, as CPython's *_SUBCLASS flags.</summary>
    IntSubclass = 1 << 8, StrSubclass = 1 << 9, TupleSubclass = 1 << 10, ListSubclass = 1 << 11,
    DictSubclass = 1 << 12, ExceptionSubclass = 1 << 13, TypeSubclass = 1 << 14, BytesSubclass = 1 << 15,
}

/// <summary>
/// A Python type object. Built-in types are created once per process and shared read-only by every
/// interpreter (DESIGN principle 7); their dicts are filled by <see cref="BuiltinTypes.EnsureInitialized"/>.
/// </summary>
public sealed partial class PyType : PyObject, IHasDict
{
    public string Name;
    public string QualName;
    public PyType[] Bases;
    /// <summary>The solid base whose layout instances share (__base__); null only for object.</summary>
    public PyType? Base;
    public PyType[] Mro = [];
    public TypeFlags Flags;
    /// <summary>Changes whenever this type or a base changes, so inline caches keyed by it stay valid.</summary>
    public uint VersionTag;
    /// <summary>The C# class of instances (the built-in whose layout a heap type extends).</summary>
    public readonly System.Type InstanceClass;
    PyDict? _dict;
    /// <summary>Weak list of direct subclasses, for __subclasses__() and version invalidation.</summary>
    readonly List<WeakReference<PyType>> _subclasses = [];
    /// <summary>Runs once when the built-in type's dict is filled (methods, getters, slot wrappers).</summary>
    internal Action<PyType>? BuiltinSetup;

    static uint s_nextVersion = 1;

    public PyDict Dict
    {
        get => _dict ??= new PyDict();
        set { _dict = value; Modified(); }
    }
    PyDict? IHasDict.Dict { get => Dict; set => Dict = value ?? new PyDict(); }

    PyType(PyType? metatype, string name, PyType? @base, PyType[] bases, System.Type instanceClass, TypeFlags flags)
        : base(metatype!)
    {
        Name = name;
        QualName = name;
        Base = @base;
        Bases = bases;
        InstanceClass = instanceClass;
        Flags = flags;
        VersionTag = NextVersion();
    }

    internal static uint NextVersion() => Interlocked.Increment(ref s_nextVersion);

    public static readonly PyType ObjectType;
    public static readonly PyType TypeType;

    static PyType()
    {
        // object and type refer to each other; build both before anything else exists.
        ObjectType = new PyType(null, "object", null, [], typeof(PyObject), TypeFlags.BaseType);
        TypeType = new PyType(null, "type", ObjectType, [ObjectType], typeof(PyType),
            TypeFlags.BaseType | TypeFlags.HasDict | TypeFlags.TypeSubclass);
        ObjectType.Type = TypeType;
        TypeType.Type = TypeType;
        ObjectType.Mro = [ObjectType];
        TypeType.Mro = [TypeType, ObjectType];
    }

    /// <summary>Declares a built-in type. No Python objects are created here, so static initialisers can't cycle.</summary>
    public static PyType Builtin(string name, PyType? @base, System.Type instanceClass, Action<PyType> setup,
        TypeFlags flags = TypeFlags.BaseType)
    {
        @base ??= ObjectType;
        var t = new PyType(TypeType, name, @base, [@base], instanceClass, flags | (@base.Flags & SubclassFlagsMask))
        {
            BuiltinSetup = setup,
        };
        t.Mro = [t, .. @base.Mro];
        return t;
    }

    const TypeFlags SubclassFlagsMask = TypeFlags.IntSubclass | TypeFlags.StrSubclass | TypeFlags.TupleSubclass
        | TypeFlags.ListSubclass | TypeFlags.DictSubclass | TypeFlags.ExceptionSubclass | TypeFlags.TypeSubclass
        | TypeFlags.BytesSubclass;

    public bool IsHeapType => (Flags & TypeFlags.Heap) != 0;

    /// <summary>Declares a built-in type unhashable: __hash__ is None and hash() raises TypeError.</summary>
    public void MarkUnhashable()
    {
        Hash = null;
        Dict.SetItem("__hash__", PyNone.Instance);
    }

    /// <summary>isinstance-style subtype check through the MRO (no __subclasscheck__).</summary>
    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
            if (ReferenceEquals(mro[i], other)) return true;
        return false;
    }

    /// <summary>Finds an attribute in the type's MRO dicts without invoking descriptors (CPython's _PyType_Lookup).</summary>
    public PyObject? Lookup(PyStr name)
    {
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++)
        {
            var d = mro[i]._dict;
            if (d != null && d.TryGetValue(name, out var v)) return v;
        }
        return null;
    }

    public PyObject? Lookup(string name) => Lookup(PyStr.Intern(name));

    /// <summary>Invalidates inline caches keyed by this type and its subclasses.</summary>
    public void Modified()
    {
        VersionTag = NextVersion();
        lock (_subclasses)
        {
            foreach (var w in _subclasses)
                if (w.TryGetTarget(out var sub)) sub.Modified();
        }
    }

    internal void AddSubclass(PyType sub)
    {
        lock (_subclasses)
        {
            _subclasses.RemoveAll(w => !w.TryGetTarget(out _));
            _subclasses.Add(new WeakReference<PyType>(sub));
        }
    }

    public List<PyType> Subclasses()
    {
        var result = new List<PyType>();
        lock (_subclasses)
            foreach (var w in _subclasses)
                if (w.TryGetTarget(out var sub)) result.Add(sub);
        return result;
    }

    /// <summary>Creates a heap type from a class statement or type(name, bases, dict); see PyType.Create.cs.</summary>
    internal static PyType AllocateHeapType(PyType metatype, string name, PyType solidBase, PyType[] bases,
        PyDict dict, TypeFlags flags)
    {
        var t = new PyType(metatype, name, solidBase, bases, solidBase.InstanceClass,
            flags | TypeFlags.Heap | (solidBase.Flags & SubclassFlagsMask))
        { _dict = dict };
        return t;
    }

    public override string ToString() => $"<class '{Name}'>";
}
