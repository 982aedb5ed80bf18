namespace Taipan.Runtime;

/// <summary>The methods and attributes of <c>type</c> that are not slots (CPython's type_methods, type_getsets).</summary>
public static partial class TypeBehaviour
{
    const string TypeDoc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";

    /// <summary>CPython's check_set_special_type_attr: built-in types are immutable and nothing here is deletable.</summary>
    static void CheckSettable(PyType t, PyObject? value, string name)
    {
        if (!t.IsHeapType)
            throw PyException.TypeError($"cannot set '{name}' attribute of immutable type '{t.Name}'");
        if (value == null)
            throw PyException.TypeError($"cannot delete '{name}' attribute of immutable type '{t.Name}'");
    }

    // ---------------- attributes ----------------

    [PyGetter("__name__")]
    static PyObject GetName(PyType self) => new PyStr(self.Name);

    [PySetter("__name__")]
    static void SetName(PyType self, PyObject? value)
    {
        CheckSettable(self, value, "__name__");
        if (value is not PyStr s)
            throw PyException.TypeError($"can only assign string to {self.Name}.__name__, not '{value!.Type.Name}'");
        if (s.Value.Contains('\0')) throw PyException.ValueError("type name must not contain null characters");
        self.Name = s.Value;
        self.Modified();
    }

    [PyGetter("__qualname__")]
    static PyObject GetQualName(PyType self) => new PyStr(self.QualName);

    [PySetter("__qualname__")]
    static void SetQualName(PyType self, PyObject? value)
    {
        CheckSettable(self, value, "__qualname__");
        if (value is not PyStr s)
            throw PyException.TypeError($"can only assign string to {self.Name}.__qualname__, not '{value!.Type.Name}'");
        self.QualName = s.Value;
    }

    [PyGetter("__module__")]
    static PyObject GetModule(PyType self)
    {
        if (!self.IsHeapType) return new PyStr(self.ModuleName ?? "builtins");
        return self.Dict.GetOrNull("__module__") ?? throw PyException.AttributeError("__module__");
    }

    [PySetter("__module__")]
    static void SetModule(PyType self, PyObject? value)
    {
        CheckSettable(self, value, "__module__");
        self.Dict.SetItem("__module__", value!);
        self.Modified();
    }

    [PyGetter("__bases__")]
    static PyObject GetBases(PyType self) => PyTuple.Create([.. self.Bases]);

    [PyGetter("__base__")]
    static PyObject GetBase(PyType self) => (PyObject?)self.Base ?? PyNone.Instance;

    [PyGetter("__mro__")]
    static PyObject GetMro(PyType self) => PyTuple.Create([.. self.Mro]);

    [PyGetter("__dict__")]
    static PyObject GetDict(PyType self) => new PyMappingProxyShim(self.Dict);

    /// <summary>The type's own __doc__ entry (not inherited), with __get__ applied as CPython's type_get_doc does.</summary>
    [PyGetter("__doc__")]
    static PyObject GetDoc(PyType self)
    {
        var doc = self.Dict.GetOrNull("__doc__");
        if (doc == null) return PyNone.Instance;
        // type's own dict holds this getter; what it stands for is type's docstring.
        if (doc is PyGetSetDescriptor g && g.Owner == PyType.TypeType && ReferenceEquals(self, PyType.TypeType))
            return new PyStr(TypeDoc);
        if (!self.IsHeapType) return doc;
        return doc.Type.DescrGet is { } get ? get(doc, null, self) : doc;
    }

    [PySetter("__doc__")]
    static void SetDoc(PyType self, PyObject? value)
    {
        CheckSettable(self, value, "__doc__");
        self.Dict.SetItem("__doc__", value!);
        self.Modified();
    }

    [PyGetter("__abstractmethods__")]
    static PyObject GetAbstractMethods(PyType self)
    {
        // type itself has a __abstractmethods__ descriptor in its dict, which must not show as a value.
        if (!ReferenceEquals(self, PyType.TypeType) && self.Dict.GetOrNull("__abstractmethods__") is PyObject v) return v;
        throw PyException.AttributeError("__abstractmethods__");
    }

    [PySetter("__abstractmethods__")]
    static void SetAbstractMethods(PyType self, PyObject? value)
    {
        bool abstractNow;
        if (value != null)
        {
            abstractNow = Ops.IsTrue(value);
            self.Dict.SetItem("__abstractmethods__", value);
        }
        else
        {
            if (!self.Dict.Remove(PyStr.Intern("__abstractmethods__"))) throw PyException.AttributeError("__abstractmethods__");
            abstractNow = false;
        }
        if (abstractNow) self.Flags |= TypeFlags.IsAbstract;
        else self.Flags &= ~TypeFlags.IsAbstract;
        self.Modified();
    }

    [PyGetter("__annotations__")]
    static PyObject GetAnnotations(PyType self)
    {
        if (!self.IsHeapType) throw PyException.AttributeError($"type object '{self.Name}' has no attribute '__annotations__'");
        var a = self.Dict.GetOrNull("__annotations__");
        if (a != null) return a.Type.DescrGet is { } get ? get(a, null, self) : a;
        var d = new PyDict();
        self.Dict.SetItem("__annotations__", d);
        return d;
    }

    [PySetter("__annotations__")]
    static void SetAnnotations(PyType self, PyObject? value)
    {
        if (!self.IsHeapType)
            throw PyException.TypeError($"cannot set '__annotations__' attribute of immutable type '{self.Name}'");
        if (value != null) self.Dict.SetItem("__annotations__", value);
        else if (!self.Dict.Remove(PyStr.Intern("__annotations__"))) throw PyException.AttributeError("__annotations__");
        self.Modified();
    }

    // ---------------- methods ----------------

    [PyMethod("mro($self, /)", Doc = "Return a type's method resolution order.")]
    static PyObject Mro(PyType self)
    {
        var mro = self.IsHeapType ? ClassBuilder.C3(self) ?? self.Mro : self.Mro;
        return new PyList([.. mro]);
    }

    [PyMethod("__subclasses__($self, /)", Doc = "Return a list of immediate subclasses.")]
    static PyObject Subclasses(PyType self)
    {
        var subs = self.Subclasses();
        var l = new PyList(subs.Count);
        foreach (var s in subs) l.Append(s);
        return l;
    }

    [PyMethod("__instancecheck__($self, instance, /)", Doc = "Check if an object is an instance.")]
    static bool InstanceCheck(PyType self, PyObject instance)
    {
        if (instance.Type.IsSubtypeOf(self)) return true;
        return Ops.TryGetAttr(instance, "__class__") is PyType c && !ReferenceEquals(c, instance.Type) && c.IsSubtypeOf(self);
    }

    [PyMethod("__subclasscheck__($self, subclass, /)", Doc = "Check if a class is a subclass.")]
    static bool SubclassCheck(PyType self, PyObject subclass)
    {
        if (subclass is not PyType sub) throw PyException.TypeError("issubclass() arg 1 must be a class");
        return sub.IsSubtypeOf(self);
    }

    [PyMethod("__dir__($self, /)", Doc = "Specialized __dir__ implementation for types.")]
    static PyObject Dir(PyType self)
    {
        var names = new PyDict();
        ObjectBehaviour.MergeClassDict(names, self);
        return BuiltinsModule.DictKeys(names);
    }
}
