namespace Taipan.Runtime;

/// <summary>isinstance/issubclass and type unions.</summary>
public static partial class Ops
{
    /// <summary>`int | str` on types: a types.UnionType, or NotImplemented for operands it does not take.</summary>
    public static PyObject UnionType(PyObject a, PyObject b) => PyUnionType.Or(a, b);

    /// <summary>isinstance(o, cls) with __instancecheck__ and tuples (CPython's PyObject_IsInstance).</summary>
    public static bool IsInstance(PyObject o, PyObject cls)
    {
        if (cls is PyType t && ReferenceEquals(o.Type, t)) return true;
        if (cls is PyType exact && ReferenceEquals(exact.Type, PyType.TypeType)) return o.Type.IsSubtypeOf(exact) || ClassAttrCheck(o, exact);
        if (cls is PyTuple tuple)
        {
            using var g = RecursionGuard.Enter(" in __instancecheck__");
            foreach (var c in tuple.Items)
                if (IsInstance(o, c)) return true;
            return false;
        }
        var check = cls.Type.Lookup("__instancecheck__");
        if (check != null)
        {
            using var g = RecursionGuard.Enter(" in __instancecheck__");
            return IsTrue(CallBound(check, cls, [o]));
        }
        if (cls is PyType t2) return o.Type.IsSubtypeOf(t2);
        throw PyException.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    static bool ClassAttrCheck(PyObject o, PyType t)
    {
        // An object may claim a different __class__ (e.g. proxies); CPython honours it.
        var cls = TryGetAttr(o, "__class__");
        return cls is PyType c && !ReferenceEquals(c, o.Type) && c.IsSubtypeOf(t);
    }

    public static bool IsSubclass(PyObject derived, PyObject cls)
    {
        if (cls is PyType exact && ReferenceEquals(exact.Type, PyType.TypeType))
        {
            if (derived is PyType d) return d.IsSubtypeOf(exact);
            throw PyException.TypeError("issubclass() arg 1 must be a class");
        }
        if (cls is PyTuple tuple)
        {
            foreach (var c in tuple.Items)
                if (IsSubclass(derived, c)) return true;
            return false;
        }
        var check = cls.Type.Lookup("__subclasscheck__");
        if (check != null)
        {
            using var g = RecursionGuard.Enter(" in __subclasscheck__");
            return IsTrue(CallBound(check, cls, [derived]));
        }
        if (derived is not PyType dt) throw PyException.TypeError("issubclass() arg 1 must be a class");
        if (cls is not PyType ct) throw PyException.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return dt.IsSubtypeOf(ct);
    }
}
