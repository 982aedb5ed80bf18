namespace Taipan.Runtime;

/// <summary>
/// Fills the dicts of the built-in types once per process: runs each type's setup (slots, then the
/// generated method tables), inherits slots down the built-in hierarchy, and shows each slot as its
/// dunder wrapper in the dict. Built-in types are shared read-only by all interpreters afterwards.
/// </summary>
public static class BuiltinTypes
{
    static readonly object s_lock = new();
    static volatile bool s_done;

    /// <summary>Extra built-in types registered by modules (e.g. collections.deque) before initialisation.</summary>
    static readonly List<PyType> s_extra = [];

    /// <summary>Every built-in type the runtime defines, in an order where bases precede subclasses.</summary>
    public static IEnumerable<PyType> Core()
    {
        yield return PyType.ObjectType;
        yield return PyType.TypeType;
        yield return PyNone.TypeObject;
        yield return PyNotImplemented.TypeObject;
        yield return PyEllipsis.TypeObject;
        yield return PyInt.TypeObject;
        yield return PyBool.TypeObject;
        yield return PyFloat.TypeObject;
        yield return PyComplex.TypeObject;
        yield return PyStr.TypeObject;
        yield return PyTuple.TypeObject;
        yield return PyList.TypeObject;
        yield return PyDict.TypeObject;
        yield return PyModule.TypeObject;
        yield return PyBuiltinFunction.TypeObject;
        yield return PyMethodDescriptor.TypeObject;
        yield return PyClassMethodDescriptor.TypeObject;
        yield return PyGetSetDescriptor.TypeObject;
        yield return PyWrapperDescriptor.TypeObject;
        yield return PyMethodWrapper.TypeObject;
        yield return PyStaticMethodBuiltin.TypeObject;
        yield return PyStaticMethod.TypeObject;
        yield return PyClassMethod.TypeObject;
        yield return PyMethod.TypeObject;
        yield return PyMemberDescriptor.TypeObject;
        yield return PySequenceIterator.TypeObject;
        yield return Bytecode.PyCode.TypeObject;
        yield return PyStrIterator.TypeObject;
        yield return PyStrIterator.AsciiTypeObject;
        yield return PyBytes.TypeObject;
        yield return PyByteArray.TypeObject;
        yield return PyBytesIterator.TypeObject;
        yield return PyBytesIterator.ByteArrayTypeObject;
        yield return PyMemoryView.TypeObject;
        yield return PyMemoryIterator.TypeObject;
        yield return PySlice.TypeObject;
        yield return PyRange.TypeObject;
        yield return PyRangeIterator.TypeObject;
        yield return PyLongRangeIterator.TypeObject;
        yield return PyListIterator.TypeObject;
        yield return PyListReverseIterator.TypeObject;
        yield return PyTupleIterator.TypeObject;
        yield return PyDictView.KeysType;
        yield return PyDictView.ValuesType;
        yield return PyDictView.ItemsType;
        yield return PyDictIterator.KeyIterType;
        yield return PyDictIterator.ValueIterType;
        yield return PyDictIterator.ItemIterType;
        yield return PyDictIterator.RevKeyIterType;
        yield return PyDictIterator.RevValueIterType;
        yield return PyDictIterator.RevItemIterType;
        yield return PyMappingProxyShim.TypeObject;
        yield return PySet.SetType;
        yield return PySet.FrozenSetType;
        yield return PySetIterator.TypeObject;
        yield return PyEnumerate.TypeObject;
        yield return PyZip.TypeObject;
        yield return PyMap.TypeObject;
        yield return PyFilter.TypeObject;
        yield return PyReversed.TypeObject;
        yield return PyGenericAlias.TypeObject;
        yield return PyUnionType.TypeObject;
        yield return Bytecode.PyCode.TypeObject;
        yield return PyCallableIterator.TypeObject;
        foreach (var e in PyExc.All) yield return e;
    }

    public static void Register(PyType t)
    {
        lock (s_lock)
        {
            if (s_done) Initialize(t);
            else s_extra.Add(t);
        }
    }

    public static void EnsureInitialized()
    {
        if (s_done) return;
        lock (s_lock)
        {
            if (s_done) return;
            PyType.ObjectType.BuiltinSetup ??= ObjectBehaviour.Setup;
            PyType.TypeType.BuiltinSetup ??= TypeBehaviour.Setup;
            foreach (var t in Core().Concat(s_extra).Distinct()) Initialize(t);
            s_done = true;
        }
    }

    static void Initialize(PyType t)
    {
        var setup = t.BuiltinSetup;
        if (setup == null) return;
        t.BuiltinSetup = null;
        // Bases first, so inherited slots are complete.
        foreach (var b in t.Bases) Initialize(b);
        var dict = t.Dict;
        setup(t);
        foreach (var def in SlotDefs.All)
        {
            if (def.GetSlot(t) == null || dict.ContainsKey(PyStr.Intern(def.Name))) continue;
            // Show a wrapper only where this type's slot differs from what its base provides.
            if (t.Base != null && SameSlot(def, t, t.Base)) continue;
            dict.SetItem(def.Name, new PyWrapperDescriptor(t, def, def.MakeWrapper(t)));
        }
        if (t.New != null && (t.Base == null || t.New != t.Base.New) && !dict.ContainsKey(PyStr.Intern("__new__")))
            dict.SetItem("__new__", new PyStaticMethodBuiltin(t));
        if (t.Base != null) t.InheritSlotsFrom(t.Base);
        // __hash__ = None in the dict marks an unhashable type (list, dict, set, bytearray), as in CPython.
        if (dict.GetOrNull("__hash__") is PyNone) t.Hash = null;
        if (!dict.ContainsKey(PyStr.Intern("__doc__"))) dict.SetItem("__doc__", PyNone.Instance);
        t.Modified();
    }

    static bool SameSlot(SlotDef def, PyType a, PyType b) => ReferenceEquals(def.GetSlot(a), def.GetSlot(b));
}
