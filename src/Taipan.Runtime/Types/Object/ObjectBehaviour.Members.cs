namespace Taipan.Runtime;

/// <summary>The methods and attributes of <c>object</c> that are not slots (CPython's object_methods, object_getsets).</summary>
public static partial class ObjectBehaviour
{
    // ---------------- __class__ ----------------

    [PyGetter("__class__", Doc = "the object's class")]
    static PyObject GetClass(PyObject self) => self.Type;

    /// <summary>obj.__class__ = C: only between mutable (heap) types with the same instance layout.</summary>
    [PySetter("__class__")]
    static void SetClass(PyObject self, PyObject? value)
    {
        if (value == null) throw PyException.TypeError("can't delete __class__ attribute");
        if (value is not PyType newType)
            throw PyException.TypeError($"__class__ must be set to a class, not '{value.Type.Name}' object");
        var oldType = self.Type;
        bool modules = newType.IsSubtypeOf(PyModule.TypeObject) && oldType.IsSubtypeOf(PyModule.TypeObject);
        if (!modules && (!newType.IsHeapType || !oldType.IsHeapType))
            throw PyException.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        if (newType.InstanceClass != oldType.InstanceClass || newType.SlotCount != oldType.SlotCount
            || (newType.Flags & TypeFlags.HasDict) != (oldType.Flags & TypeFlags.HasDict))
            throw PyException.TypeError($"__class__ assignment: '{newType.Name}' object layout differs from '{oldType.Name}'");
        self.Type = newType;
    }

    // ---------------- methods ----------------

    [PyMethod("__reduce_ex__($self, protocol, /)", Doc = "Helper for pickle.")]
    static PyObject ReduceEx(PyObject self, int protocol)
    {
        // A class that overrides __reduce__ decides alone (CPython's object___reduce_ex___impl).
        var reduce = self.Type.Lookup("__reduce__");
        if (reduce != null && !(reduce is PyMethodDescriptor md && md.Owner == PyType.ObjectType))
            return Ops.CallBound(reduce, self, []);
        // The default protocol-2 reduction is written in Python (copyreg.__reduce_ex__/__newobj__),
        // which needs the import system.
        throw PyException.TypeError($"cannot pickle '{self.Type.Name}' object (copyreg is not available)");
    }

    [PyMethod("__init_subclass__($type, /)", Kind = PyMethodKind.Class, HideSignature = true,
        Doc = "This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n")]
    static void InitSubclass(PyType type) { }

    [PyMethod("__subclasshook__($type, /, *args)", Kind = PyMethodKind.Class, HideSignature = true,
        Doc = "Abstract classes can override this to customize issubclass().\n\nThis is invoked early on by abc.ABCMeta.__subclasscheck__().\nIt should return True, False or NotImplemented.  If it returns\nNotImplemented, the normal algorithm is used.  Otherwise, it\noverrides the normal algorithm (and the outcome is cached).\n")]
    static PyObject SubclassHook(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames) => PyNotImplemented.Instance;

    [PyMethod("__format__($self, format_spec, /)", Doc = "Default object formatter.\n\nReturn str(self) if format_spec is empty. Raise TypeError otherwise.")]
    static PyObject Format(PyObject self, PyStr formatSpec)
    {
        if (formatSpec.Length > 0)
            throw PyException.TypeError($"unsupported format string passed to {self.Type.Name}.__format__");
        return Ops.Str(self);
    }

    [PyMethod("__sizeof__($self, /)", Doc = "Size of object in memory, in bytes.")]
    static long SizeOf(PyObject self) => 16 + 8L * self.Type.SlotCount;

    /// <summary>object.__dir__: the instance dict's keys, then the class's and its bases' attributes (unsorted).</summary>
    [PyMethod("__dir__($self, /)", Doc = "Default dir() implementation.")]
    static PyObject Dir(PyObject self)
    {
        var names = new PyDict();
        if (InstanceDicts.Get(self, create: false) is PyDict own && self is not PyType)
        {
            int pos = 0;
            while (own.Next(ref pos, out var k, out var v)) names.SetItem(k, v);
        }
        var cls = Ops.TryGetAttr(self, "__class__") as PyType ?? self.Type;
        MergeClassDict(names, cls);
        return BuiltinsModule.DictKeys(names);
    }

    /// <summary>Adds the attributes of <paramref name="type"/> and, recursively, of its bases (CPython's merge_class_dict).</summary>
    internal static void MergeClassDict(PyDict names, PyType type)
    {
        int pos = 0;
        var d = type.Dict;
        while (d.Next(ref pos, out var k, out var v)) names.SetItem(k, v);
        foreach (var b in type.Bases) MergeClassDict(names, b);
    }
}

/// <summary>Introspection of a built-in type's __new__ (int.__new__), as CPython's tp_new wrapper shows it.</summary>
public sealed partial class PyStaticMethodBuiltin
{
    [PyGetter("__name__")] PyObject GetName() => PyStr.Intern("__new__");
    [PyGetter("__qualname__")] PyObject GetQualName() => new PyStr(Owner.QualName + ".__new__");
    [PyGetter("__self__")] PyObject GetSelf() => Owner;
    [PyGetter("__module__")] PyObject GetModule() => PyNone.Instance;
    [PyGetter("__doc__")] PyObject GetDoc() => new PyStr("Create and return a new object.  See help(type) for accurate signature.");
    [PyGetter("__text_signature__")] PyObject GetTextSignature() => new PyStr("($type, *args, **kwargs)");
}
