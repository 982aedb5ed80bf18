namespace Taipan.Runtime;

/// <summary>
/// Creating a class (CPython's type_new): metaclass and solid-base checks, C3 MRO, __slots__, the class
/// dict's special entries, slot filling from dunders, __set_name__ and __init_subclass__.
/// </summary>
public static class ClassBuilder
{
    public static PyType Create(PyType meta, PyStr name, PyTuple basesTuple, PyDict ns, PyDict? kwargs)
    {
        var bases = new PyType[Math.Max(basesTuple.Count, 1)];
        if (basesTuple.Count == 0) bases[0] = PyType.ObjectType;
        for (int i = 0; i < basesTuple.Count; i++)
        {
            if (basesTuple.Items[i] is not PyType b)
                throw PyException.TypeError($"bases must be types");
            if ((b.Flags & TypeFlags.BaseType) == 0)
                throw PyException.TypeError($"type '{b.Name}' is not an acceptable base type");
            bases[i] = b;
        }
        for (int i = 0; i < bases.Length; i++)
            for (int j = i + 1; j < bases.Length; j++)
                if (ReferenceEquals(bases[i], bases[j]))
                    throw PyException.TypeError($"duplicate base class {bases[i].Name}");

        var solid = BestBase(bases);
        var dict = ns.Copy();
        var type = PyType.AllocateHeapType(meta, name.Value, solid, bases, dict, TypeFlags.BaseType);

        // __qualname__ comes from the class body and is not kept in the dict.
        if (dict.GetOrNull("__qualname__") is PyObject q)
        {
            if (q is not PyStr qs) throw PyException.TypeError($"type __qualname__ must be a str, not {q.Type.Name}");
            type.QualName = qs.Value;
            dict.Remove(PyStr.Intern("__qualname__"));
        }
        if (dict.GetOrNull("__doc__") == null) dict.SetItem("__doc__", PyNone.Instance);
        // type(name, bases, dict) without __module__ takes the caller's module name (CPython's type_new_set_module).
        if (dict.GetOrNull("__module__") == null && ThreadState.CurrentOrNull?.Frame?.Globals is PyDict g
            && g.GetOrNull("__name__") is PyObject modName)
            dict.SetItem("__module__", modName);

        type.Mro = ComputeMro(type);
        SetupSlotsAndDict(type, dict, solid, bases);
        WrapImplicitMethods(dict);
        if (dict.GetOrNull("__eq__") != null && dict.GetOrNull("__hash__") == null)
            dict.SetItem("__hash__", PyNone.Instance);
        FillSlots(type);
        foreach (var b in bases) b.AddSubclass(type);
        if (HasAbstractMethods(type)) type.Flags |= TypeFlags.IsAbstract;

        // The zero-argument super() cell is filled before __set_name__/__init_subclass__ run, so they may use it.
        var classcell = PyStr.Intern("__classcell__");
        if (dict.GetOrNull(classcell) is PyObject cc)
        {
            if (cc is not PyCell cell) throw PyException.TypeError($"__classcell__ must be a nonlocal cell, not {Ops.Repr(cc.Type).Value}");
            cell.Contents = type;
            dict.Remove(classcell);
        }

        CallSetName(type, dict);
        InitSubclass(type, kwargs);
        return type;
    }

    static bool HasAbstractMethods(PyType t) =>
        t.Dict.GetOrNull("__abstractmethods__") is PyObject a && Ops.IsTrue(a);

    /// <summary>The base whose instance layout the new class extends; layouts of all bases must agree.</summary>
    static PyType BestBase(PyType[] bases)
    {
        PyType? winner = null;
        PyType? winnerSolid = null;
        foreach (var b in bases)
        {
            var s = SolidBase(b);
            if (winnerSolid == null) { winner = b; winnerSolid = s; continue; }
            if (winnerSolid.IsSubtypeOf(s)) continue;
            if (s.IsSubtypeOf(winnerSolid)) { winner = b; winnerSolid = s; continue; }
            throw PyException.TypeError("multiple bases have instance lay-out conflict");
        }
        return winner!;
    }

    /// <summary>The nearest type in the chain of __base__ that defines the C# layout (or adds __slots__).</summary>
    static PyType SolidBase(PyType t)
    {
        while (t.Base != null && t.InstanceClass == t.Base.InstanceClass && t.SlotCount == t.Base.SlotCount)
            t = t.Base;
        return t;
    }

    /// <summary>C3 linearisation; a metaclass may override mro().</summary>
    static PyType[] ComputeMro(PyType type)
    {
        if (!ReferenceEquals(type.Type, PyType.TypeType) && type.Type.Lookup("mro") is PyObject mroFn &&
            !(mroFn is PyMethodDescriptor md && md.Owner == PyType.TypeType))
        {
            // The custom mro() sees a provisional MRO (bases' order) while it runs.
            type.Mro = C3(type) ?? [type, .. type.Bases.SelectMany(b => b.Mro).Distinct()];
            var result = Ops.ToList(Ops.CallBound(mroFn, type, []));
            return result.Select(x => x as PyType ?? throw PyException.TypeError($"mro() returned a non-class ('{x.Type.Name}')")).ToArray();
        }
        return C3(type) ?? throw MroError(type);
    }

    static PyException MroError(PyType type)
    {
        var names = string.Join(", ", type.Bases.Select(b => b.Name));
        return PyException.TypeError($"Cannot create a consistent method resolution order (MRO) for bases {names}");
    }

    public static PyType[]? C3(PyType type)
    {
        var seqs = new List<List<PyType>>();
        foreach (var b in type.Bases) seqs.Add([.. b.Mro]);
        seqs.Add([.. type.Bases]);
        var result = new List<PyType> { type };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) return result.ToArray();
            PyType? candidate = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                if (!seqs.Any(o => o.IndexOf(head) > 0)) { candidate = head; break; }
            }
            if (candidate == null) return null;
            result.Add(candidate);
            foreach (var s in seqs)
                if (ReferenceEquals(s[0], candidate)) s.RemoveAt(0);
        }
    }

    static void SetupSlotsAndDict(PyType type, PyDict dict, PyType solid, PyType[] bases)
    {
        bool baseHasDict = bases.Any(b => (b.Flags & TypeFlags.HasDict) != 0);
        type.SlotCount = solid.SlotCount;
        var slots = dict.GetOrNull("__slots__");
        if (slots == null)
        {
            type.Flags |= TypeFlags.HasDict;
            if (!baseHasDict)
            {
                dict.SetItem("__dict__", InstanceDictDescriptor(type));
                dict.SetItem("__weakref__", new PyGetSetDescriptor(type, "__weakref__", static _ => PyNone.Instance));
            }
            return;
        }
        if (baseHasDict) type.Flags |= TypeFlags.HasDict;
        var names = slots is PyStr s1 ? [s1] : Ops.ToList(slots);
        foreach (var n in names)
        {
            if (n is not PyStr sn) throw PyException.TypeError($"__slots__ items must be strings, not '{n.Type.Name}'");
            var slotName = sn.Value;
            if (slotName == "__dict__")
            {
                if (baseHasDict) throw PyException.TypeError("__dict__ slot disallowed: we already got one");
                type.Flags |= TypeFlags.HasDict;
                dict.SetItem("__dict__", InstanceDictDescriptor(type));
                continue;
            }
            if (slotName == "__weakref__") continue;
            // Variable-size built-ins (int, bytes, tuple) have no room for slots in CPython; others do.
            if (solid.IsSubtypeOf(PyInt.TypeObject) || solid.IsSubtypeOf(PyTuple.TypeObject) || solid.Name == "bytes")
                throw PyException.TypeError($"nonempty __slots__ not supported for subtype of '{solid.Name}'");
            var mangled = Mangle(type.Name, slotName);
            if (dict.ContainsKey(PyStr.Intern(mangled)))
                throw PyException.ValueError($"'{slotName}' in __slots__ conflicts with class variable");
            dict.SetItem(mangled, new PyMemberDescriptor(type, mangled, type.SlotCount++));
        }
    }

    /// <summary>Private-name mangling (__x in class C becomes _C__x).</summary>
    public static string Mangle(string className, string name)
    {
        if (!name.StartsWith("__") || name.EndsWith("__") || name.Contains('.')) return name;
        var stripped = className.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }

    static PyGetSetDescriptor InstanceDictDescriptor(PyType type) => new(type, "__dict__",
        static o => InstanceDicts.Get(o) ?? throw PyException.AttributeError("This object has no __dict__"),
        static (o, v) =>
        {
            if (v is not PyDict d)
                throw PyException.TypeError(v == null ? "cannot delete __dict__" : $"__dict__ must be set to a dictionary, not a '{v.Type.Name}'");
            InstanceDicts.Set(o, d);
        });

    /// <summary>__new__ is an implicit staticmethod; __init_subclass__ and __class_getitem__ implicit classmethods.</summary>
    static void WrapImplicitMethods(PyDict dict)
    {
        if (dict.GetOrNull("__new__") is PyObject n && n is IBindsAsMethod) dict.SetItem("__new__", new PyStaticMethod(n));
        foreach (var name in new[] { "__init_subclass__", "__class_getitem__" })
            if (dict.GetOrNull(name) is PyObject f && f is IBindsAsMethod) dict.SetItem(name, new PyClassMethod(f));
    }

    /// <summary>Fills every slot from the dunder the MRO provides (CPython's fixup_slot_dispatchers).</summary>
    internal static void FillSlots(PyType type)
    {
        // Several names share one slot (__lt__..__ge__, __add__/__radd__): copying an inherited built-in
        // slot must not undo a Python-level dunder installed for a sibling name, so copies go first and
        // the Python dispatchers (which look each name up themselves) are installed after them.
        foreach (var def in SlotDefs.All) FillSlot(type, def, python: false);
        foreach (var def in SlotDefs.All) FillSlot(type, def, python: true);
        FillNewSlot(type);
    }

    static void FillSlot(PyType type, SlotDef def, bool python)
    {
        var found = type.Lookup(def.Name);
        if (found == null) return;
        bool copy = found is PyWrapperDescriptor w && (ReferenceEquals(w.Slot, def) || w.Name == def.Name);
        bool noHash = found is PyNone && def.Name == "__hash__";
        if (!python)
        {
            if (copy) def.CopySlot(type, ((PyWrapperDescriptor)found).Owner);
            else if (noHash) type.Hash = null;
        }
        else if (!copy && !noHash) def.InstallPythonSlot(type);
    }

    static void FillNewSlot(PyType type)
    {
        var found = type.Lookup("__new__");
        if (found is PyStaticMethodBuiltin sb) { type.New = sb.Owner.New; return; }
        if (found == null) { type.New = null; return; }
        type.New = (t, args, kw) =>
        {
            var f = t.Lookup("__new__")!;
            var fn = f is PyStaticMethod sm ? sm.Callable : f;
            var all = new PyObject[args.Length + 1];
            all[0] = t;
            args.CopyTo(all.AsSpan(1));
            return Ops.Call(fn, all, kw);
        };
    }

    /// <summary>Re-derives the slots for a dunder assigned or deleted on a class after creation.</summary>
    internal static void UpdateSlot(PyType type, string name)
    {
        var defs = SlotDefs.ForName(name);
        if (defs == null && name != "__new__" && name != "__eq__") return;
        foreach (var t in new[] { type }.Concat(AllSubclasses(type)))
        {
            if (name == "__new__") FillNewSlot(t);
            // Refill every slot: a name may share its slot with siblings (see FillSlots).
            if (defs != null)
            {
                foreach (var d in SlotDefs.All) FillSlot(t, d, python: false);
                foreach (var d in SlotDefs.All) FillSlot(t, d, python: true);
            }
        }
    }

    static IEnumerable<PyType> AllSubclasses(PyType t)
    {
        foreach (var s in t.Subclasses())
        {
            yield return s;
            foreach (var ss in AllSubclasses(s)) yield return ss;
        }
    }

    static void CallSetName(PyType type, PyDict dict)
    {
        var setName = PyStr.Intern("__set_name__");
        foreach (var kv in dict.Items().ToList())
        {
            var f = kv.Value.Type.Lookup(setName);
            if (f == null) continue;
            try { Ops.CallBound(f, kv.Value, [type, kv.Key]); }
            catch (PyException e)
            {
                e.Value.AddNote($"Error calling __set_name__ on '{kv.Value.Type.Name}' instance {Ops.Repr(kv.Key).Value} in '{type.Name}'");
                throw;
            }
        }
    }

    /// <summary>super(type, type).__init_subclass__(**kwargs).</summary>
    static void InitSubclass(PyType type, PyDict? kwargs)
    {
        var name = PyStr.Intern("__init_subclass__");
        var mro = type.Mro;
        for (int i = 1; i < mro.Length; i++)
        {
            var f = mro[i].Dict.GetOrNull(name);
            if (f == null) continue;
            var bound = f.Type.DescrGet != null ? f.Type.DescrGet(f, null, type) : f;
            Ops.CallWithTupleDict(bound, PyTuple.Empty, kwargs);
            return;
        }
    }
}
