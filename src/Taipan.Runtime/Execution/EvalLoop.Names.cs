using Taipan.Runtime.Bytecode;

namespace Taipan.Runtime;

/// <summary>Name resolution helpers of the loop: locals mappings, globals, builtins, cells.</summary>
public static partial class EvalLoop
{
    static PyException UnboundLocal(PyCode code, int i) => PyException.Create(PyExc.UnboundLocalError,
        $"cannot access local variable '{code.LocalsPlusNames[i].Value}' where it is not associated with a value");

    static PyException UnboundDeref(PyCode code, int i)
    {
        var name = code.LocalsPlusNames[i].Value;
        if ((code.LocalsPlusKinds[i] & LocalKind.Free) != 0)
            return PyException.NameError($"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
        return PyException.Create(PyExc.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");
    }

    internal static PyException NameNotDefined(PyStr name)
    {
        var e = PyException.NameError($"name '{name.Value}' is not defined");
        e.Value.SetAttribute("name", name);
        return e;
    }

    static PyObject LoadGlobal(PyFrame frame, PyStr name)
    {
        if (frame.Globals.TryGetValue(name, out var v)) return v;
        if (frame.Builtins.TryGetValue(name, out v)) return v;
        throw NameNotDefined(name);
    }

    /// <summary>Looks a key up in any mapping; null when missing (KeyError swallowed).</summary>
    internal static PyObject? MappingGet(PyObject mapping, PyStr name)
    {
        if (mapping is PyDict d && d.Type == PyDict.TypeObject) return d.TryGetValue(name, out var v) ? v : null;
        try { return Ops.GetItem(mapping, name); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.KeyError)) { return null; }
    }

    static PyObject LoadName(PyFrame frame, PyStr name)
    {
        var locals = frame.Locals ?? throw PyException.SystemError($"no locals when loading '{name.Value}'");
        var v = MappingGet(locals, name);
        if (v != null) return v;
        return LoadGlobal(frame, name);
    }

    static PyObject LoadFromDictOrGlobals(PyFrame frame, PyObject mapping, PyStr name) =>
        MappingGet(mapping, name) ?? LoadGlobal(frame, name);

    static PyObject LoadFromDictOrDeref(PyObject mapping, PyCode code, int i, PyCell cell) =>
        MappingGet(mapping, code.LocalsPlusNames[i]) ?? cell.Contents ?? throw UnboundDeref(code, i);

    static void StoreName(PyFrame frame, PyStr name, PyObject v)
    {
        var locals = frame.Locals ?? throw PyException.SystemError($"no locals found when storing '{name.Value}'");
        if (locals is PyDict d && d.Type == PyDict.TypeObject) d.SetItem(name, v);
        else Ops.SetItem(locals, name, v);
    }

    static void DeleteName(PyFrame frame, PyStr name)
    {
        var locals = frame.Locals ?? throw PyException.SystemError($"no locals when deleting '{name.Value}'");
        if (locals is PyDict d && d.Type == PyDict.TypeObject)
        {
            if (!d.Remove(name)) throw NameNotDefined(name);
            return;
        }
        try { Ops.DelItem(locals, name); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.KeyError)) { throw NameNotDefined(name); }
    }

    static void SetupAnnotations(PyFrame frame)
    {
        var locals = frame.Locals ?? throw PyException.SystemError("no locals found when setting up annotations");
        var key = PyStr.Intern("__annotations__");
        if (MappingGet(locals, key) == null) Ops.SetItem(locals, key, new PyDict());
    }

    /// <summary>
    /// LOAD_ATTR's method form: when the attribute is a function found on the type (and not shadowed by
    /// the instance dict), returns it unbound with isMethod=true so no bound method is allocated.
    /// </summary>
    static PyObject LoadMethod(PyObject owner, PyStr name, out bool isMethod)
    {
        var type = owner.Type;
        if (type.GetAttr == (GetAttrSlot)ObjectBehaviour.GenericGetAttr || ReferenceEquals(type.GetAttr, s_genericGetAttr))
        {
            var descr = type.Lookup(name);
            if (descr is PyFunction || descr is PyMethodDescriptor)
            {
                var dict = owner is IHasDict h ? h.Dict : null;
                if (dict == null || !dict.TryGetValue(name, out var shadow))
                {
                    isMethod = true;
                    return descr;
                }
                isMethod = false;
                return shadow;
            }
        }
        isMethod = false;
        return Ops.GetAttr(owner, name);
    }

    static readonly GetAttrSlot s_genericGetAttr = ObjectBehaviour.GenericGetAttr;

    static PyObject GetItemFast(PyObject container, PyObject key)
    {
        if (key is PyInt i && i.IsSmall && key.Type == PyInt.TypeObject)
        {
            if (container.Type == PyList.TypeObject)
            {
                var l = (PyList)container;
                long idx = i.Small;
                if (idx < 0) idx += l.Count;
                if ((ulong)idx < (ulong)l.Count) return l.Items[idx];
            }
            else if (container.Type == PyTuple.TypeObject)
            {
                var t = (PyTuple)container;
                long idx = i.Small;
                if (idx < 0) idx += t.Count;
                if ((ulong)idx < (ulong)t.Count) return t.Items[idx];
            }
        }
        return Ops.GetItem(container, key);
    }

    static PyObject BuiltinByName(PyFrame frame, string name) =>
        frame.Builtins.GetOrNull(name) ?? throw PyException.SystemError($"builtins.{name} is not available yet");

    static PyObject MakeSlice(PyFrame frame, PyObject start, PyObject stop, PyObject? step) =>
        step == null
            ? Ops.Call(BuiltinByName(frame, "slice"), [start, stop])
            : Ops.Call(BuiltinByName(frame, "slice"), [start, stop, step]);
}

public static partial class EvalLoop
{
    /// <summary>LOAD_SUPER_ATTR: (global super, __class__, self) -> attr, or (NULL, attr) for a method load.</summary>
    static int LoadSuperAttr(PyObject?[] s, int sp, PyStr name, int arg)
    {
        var self = s[sp - 1]!;
        var cls = s[sp - 2]!;
        var globalSuper = s[sp - 3]!;
        PyObject attr;
        if (ReferenceEquals(globalSuper, PySuper.TypeObject) && cls is PyType ct)
        {
            var sup = PySuper.Create(ct, self);
            attr = sup.Lookup(name) ?? ObjectBehaviour.GenericGetAttr(sup, name) ?? throw PyException.NoAttribute(sup, name);
        }
        else
        {
            var sup = (arg & 2) != 0 ? Ops.Call(globalSuper, [cls, self]) : Ops.Call(globalSuper);
            attr = Ops.GetAttr(sup, name);
        }
        sp -= 3;
        s[sp] = s[sp + 1] = s[sp + 2] = null;
        if ((arg & 1) != 0) s[sp++] = null;
        s[sp++] = attr;
        return sp;
    }
}
