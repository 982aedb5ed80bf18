using System.Runtime.CompilerServices;

namespace Taipan.Runtime;

/// <summary>
/// The abstract object protocols (CPython's Objects/abstract.c and object.c): what `repr(x)`, `x == y`,
/// `x.attr`, `x(...)`, `x[i]`, `iter(x)` mean for any object, dispatched through the type's slots.
/// Split by concern into partial files (Ops.Numbers.cs, Ops.Sequences.cs, ...).
/// </summary>
public static partial class Ops
{
    // ---------------- repr / str / hash / identity ----------------

    public static PyStr Repr(PyObject o)
    {
        var f = o.Type.Repr ?? throw PyException.SystemError($"type {o.Type.Name} has no repr");
        using var guard = RecursionGuard.Enter(" while getting the repr of an object");
        var r = f(o);
        if (r is PyStr s) return s;
        throw PyException.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
    }

    public static string ReprString(PyObject o)
    {
        try { return Repr(o).Value; }
        catch (PyException) { return $"<{o.Type.Name} object>"; }
    }

    public static PyStr Str(PyObject o)
    {
        if (o.Type == PyStr.TypeObject) return (PyStr)o;
        var f = o.Type.Str ?? o.Type.Repr!;
        using var guard = RecursionGuard.Enter(" while getting the str of an object");
        var r = f(o);
        if (r is PyStr s) return s;
        throw PyException.TypeError($"__str__ returned non-string (type {r.Type.Name})");
    }

    /// <summary>str(o) for diagnostics, never throwing.</summary>
    public static string StrOrRepr(PyObject o)
    {
        try { return Str(o).Value; }
        catch (PyException) { return $"<{o.Type.Name} object>"; }
    }

    public static long Hash(PyObject o)
    {
        if (o is PyStr s) return s.GetHash();
        var f = o.Type.Hash ?? throw PyException.TypeError($"unhashable type: '{o.Type.Name}'");
        return f(o);
    }

    /// <summary>Converts the result of a Python __hash__ to a hash value as CPython does.</summary>
    public static long HashResult(PyObject r)
    {
        if (r is not PyInt i) throw PyException.TypeError("__hash__ method should return an integer");
        if (i.Type != PyInt.TypeObject && i.Type != PyBool.TypeObject) i = PyInt.Get(i.Big);
        long h = i.IsSmall ? i.Small : i.GetHash();
        if (!i.IsSmall) return h;
        return h == -1 ? -2 : h;
    }

    static readonly ConditionalWeakTable<object, object> s_ids = new();
    static long s_nextId = 0x7f0000001000;

    /// <summary>id(o): a unique number for the object's lifetime (CPython uses the address).</summary>
    public static long Id(PyObject o)
    {
        var boxed = s_ids.GetValue(o, static _ => (object)Interlocked.Add(ref s_nextId, 16));
        return (long)boxed;
    }

    public static string AddressString(PyObject o) => "0x" + Id(o).ToString("x");

    /// <summary>object.__hash__: derived from the identity, like CPython's pointer hash.</summary>
    public static long IdentityHash(PyObject o)
    {
        long id = Id(o);
        long h = (id >> 4) | (id << 60);
        return h == -1 ? -2 : h;
    }

    // ---------------- truth ----------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(PyObject o)
    {
        if (ReferenceEquals(o, PyBool.True)) return true;
        if (ReferenceEquals(o, PyBool.False) || ReferenceEquals(o, PyNone.Instance)) return false;
        return IsTrueSlow(o);
    }

    static bool IsTrueSlow(PyObject o)
    {
        var t = o.Type;
        if (t.Bool != null) return t.Bool(o);
        if (t.Len != null) return t.Len(o) != 0;
        return true;
    }

    public static bool BoolResult(PyObject r)
    {
        if (r is PyBool b) return b.Value;
        throw PyException.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
    }

    public static long LenResult(PyObject r)
    {
        if (r is not PyInt i)
            throw PyException.TypeError($"'{r.Type.Name}' object cannot be interpreted as an integer");
        if (i.Sign < 0) throw PyException.ValueError("__len__() should return >= 0");
        if (!i.IsSmall) throw PyException.OverflowError("cannot fit 'int' into an index-sized integer");
        return i.Small;
    }

    public static long Len(PyObject o)
    {
        var f = o.Type.Len ?? throw PyException.TypeError($"object of type '{o.Type.Name}' has no len()");
        return f(o);
    }

    // ---------------- comparison ----------------

    public static PyBool CompareResult(int cmp, CompareOp op) => PyBool.Get(op switch
    {
        CompareOp.Lt => cmp < 0,
        CompareOp.Le => cmp <= 0,
        CompareOp.Eq => cmp == 0,
        CompareOp.Ne => cmp != 0,
        CompareOp.Gt => cmp > 0,
        _ => cmp >= 0,
    });

    static readonly string[] s_opSymbols = ["<", "<=", "==", "!=", ">", ">="];
    static CompareOp Swapped(CompareOp op) => op switch
    {
        CompareOp.Lt => CompareOp.Gt, CompareOp.Le => CompareOp.Ge, CompareOp.Gt => CompareOp.Lt,
        CompareOp.Ge => CompareOp.Le, _ => op,
    };

    /// <summary>a OP b with CPython's reflection rules (do_richcompare).</summary>
    public static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        using var guard = RecursionGuard.Enter(" in comparison");
        var ta = a.Type;
        var tb = b.Type;
        bool checkedReverse = false;
        if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta) && tb.RichCompare != null)
        {
            checkedReverse = true;
            var r = tb.RichCompare(b, a, Swapped(op));
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        if (ta.RichCompare != null)
        {
            var r = ta.RichCompare(a, b, op);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        if (!checkedReverse && tb.RichCompare != null)
        {
            var r = tb.RichCompare(b, a, Swapped(op));
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        return op switch
        {
            CompareOp.Eq => PyBool.Get(ReferenceEquals(a, b)),
            CompareOp.Ne => PyBool.Get(!ReferenceEquals(a, b)),
            _ => throw PyException.TypeError(
                $"'{s_opSymbols[(int)op]}' not supported between instances of '{ta.Name}' and '{tb.Name}'"),
        };
    }

    public static bool RichCompareBool(PyObject a, PyObject b, CompareOp op)
    {
        // Identity implies equality for containers' sake (CPython's PyObject_RichCompareBool).
        if (ReferenceEquals(a, b))
        {
            if (op == CompareOp.Eq) return true;
            if (op == CompareOp.Ne) return false;
        }
        return IsTrue(RichCompare(a, b, op));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqBool(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyInt x && b is PyInt y && x.IsSmall && y.IsSmall && a.Type == PyInt.TypeObject && b.Type == PyInt.TypeObject)
            return x.Small == y.Small;
        if (a is PyStr s && b is PyStr t && a.Type == PyStr.TypeObject && b.Type == PyStr.TypeObject)
            return s.EqualsStr(t);
        return IsTrue(RichCompare(a, b, CompareOp.Eq));
    }

    // ---------------- attributes ----------------

    public static PyObject GetAttr(PyObject o, PyStr name)
    {
        var f = o.Type.GetAttr!;
        return f(o, name) ?? throw PyException.NoAttribute(o, name);
    }

    public static PyObject GetAttr(PyObject o, string name) => GetAttr(o, PyStr.Intern(name));

    /// <summary>getattr(o, name, default) without building an exception when the attribute is missing.</summary>
    public static PyObject? TryGetAttr(PyObject o, PyStr name)
    {
        try { return o.Type.GetAttr!(o, name); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.AttributeError)) { return null; }
    }

    public static PyObject? TryGetAttr(PyObject o, string name) => TryGetAttr(o, PyStr.Intern(name));

    public static void SetAttr(PyObject o, PyStr name, PyObject value)
    {
        var f = o.Type.SetAttr ?? throw NoSetAttr(o, name, false);
        f(o, name, value);
    }

    public static void SetAttr(PyObject o, string name, PyObject value) => SetAttr(o, PyStr.Intern(name), value);

    public static void DelAttr(PyObject o, PyStr name)
    {
        var f = o.Type.SetAttr ?? throw NoSetAttr(o, name, true);
        f(o, name, null);
    }

    static PyException NoSetAttr(PyObject o, PyStr name, bool del) =>
        PyException.AttributeError($"'{o.Type.Name}' object has no attribute '{name.Value}'");

    // ---------------- calls ----------------

    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames = null)
    {
        var f = callable.Type.Call ?? throw PyException.TypeError($"'{callable.Type.Name}' object is not callable");
        using var guard = RecursionGuard.Enter(" while calling a Python object");
        return f(callable, args, kwnames);
    }

    public static PyObject Call(PyObject callable) => Call(callable, ReadOnlySpan<PyObject>.Empty);
    public static PyObject Call(PyObject callable, PyObject a) => Call(callable, [a]);
    public static PyObject Call(PyObject callable, PyObject a, PyObject b) => Call(callable, [a, b]);

    /// <summary>Calls f(*args, **kwargs) given a tuple and an optional dict.</summary>
    public static PyObject CallWithTupleDict(PyObject callable, PyTuple args, PyDict? kwargs)
    {
        if (kwargs == null || kwargs.Count == 0) return Call(callable, args.Items);
        var all = new PyObject[args.Count + kwargs.Count];
        args.Items.CopyTo(all, 0);
        var names = new PyObject[kwargs.Count];
        int i = 0;
        foreach (var kv in kwargs.Items())
        {
            if (kv.Key is not PyStr) throw PyException.TypeError("keywords must be strings");
            names[i] = kv.Key;
            all[args.Count + i] = kv.Value;
            i++;
        }
        return Call(callable, all, new PyTuple(names));
    }

    /// <summary>
    /// Calls an attribute found on a type (a function, a built-in method descriptor, or any descriptor)
    /// with <paramref name="self"/> as the bound object, without allocating a bound method when possible.
    /// </summary>
    public static PyObject CallBound(PyObject f, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames = null)
    {
        if (f is PyMethodDescriptor md && self.Type.IsSubtypeOf(md.Owner)) return md.Body(self, args, kwnames);
        if (f is PyWrapperDescriptor wd && self.Type.IsSubtypeOf(wd.Owner)) return wd.Body(self, args, kwnames);
        if (f.Type.DescrGet is { } get && f is IBindsAsMethod)
        {
            var withSelf = new PyObject[args.Length + 1];
            withSelf[0] = self;
            args.CopyTo(withSelf.AsSpan(1));
            return Call(f, withSelf, kwnames);
        }
        var bound = f.Type.DescrGet is { } g ? g(f, self, self.Type) : f;
        return Call(bound, args, kwnames);
    }

    public static PyObject CallMethodDescriptor(PyObject f, PyObject self, PyObject arg) => CallBound(f, self, [arg]);

    /// <summary>Looks up a special method on the type and calls it (CPython's _PyObject_LookupSpecial + call).</summary>
    public static PyObject? CallSpecial(PyObject self, PyStr name, ReadOnlySpan<PyObject> args)
    {
        var f = self.Type.Lookup(name);
        return f == null ? null : CallBound(f, self, args);
    }

    /// <summary>Calls a Python __next__, turning StopIteration into the exhausted sentinel (null).</summary>
    public static PyObject? CallNextDunder(PyObject self, PyStr name)
    {
        var f = self.Type.Lookup(name) ?? throw PyException.TypeError($"'{self.Type.Name}' object is not an iterator");
        try { return CallBound(f, self, []); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration)) { return null; }
    }
}

/// <summary>Marker for callables that bind as methods by prepending self (Python functions).</summary>
public interface IBindsAsMethod { }
