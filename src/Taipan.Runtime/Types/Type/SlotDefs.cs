namespace Taipan.Runtime;

/// <summary>
/// One dunder name bound to a slot (CPython's slotdefs): how to read/write the slot on a type, how the
/// slot looks as a Python method (the wrapper body), and how a Python class's dunder fills the slot.
/// </summary>
public sealed class SlotDef
{
    public readonly string Name;
    public readonly string TextSignature;
    /// <summary>Reads the slot's delegate from a type (null when unset).</summary>
    public readonly Func<PyType, Delegate?> GetSlot;
    /// <summary>Wrapper body calling the slot of <c>type(self)</c>'s defining type.</summary>
    public readonly Func<PyType, BuiltinBody> MakeWrapper;
    /// <summary>Fills the slot on a heap type with a function that looks the dunder up and calls it.</summary>
    public readonly Action<PyType> InstallPythonSlot;
    /// <summary>Copies the slot from a built-in type (when a heap type inherits the built-in's wrapper).</summary>
    public readonly Action<PyType, PyType> CopySlot;

    public SlotDef(string name, string textSignature, Func<PyType, Delegate?> getSlot, Func<PyType, BuiltinBody> makeWrapper,
        Action<PyType> installPythonSlot, Action<PyType, PyType> copySlot)
    {
        Name = name;
        TextSignature = textSignature;
        GetSlot = getSlot;
        MakeWrapper = makeWrapper;
        InstallPythonSlot = installPythonSlot;
        CopySlot = copySlot;
    }
}

/// <summary>
/// The table of slot definitions. Python-side slot functions look the dunder up on the type (not the
/// instance), bind it and call it, like CPython's slot_* functions in typeobject.c.
/// </summary>
public static partial class SlotDefs
{
    public static readonly SlotDef[] All;
    static readonly Dictionary<string, SlotDef[]> s_byName = new();

    /// <summary>The slot definitions for a dunder name (several for names that fill two slots).</summary>
    public static SlotDef[]? ForName(string name) => s_byName.TryGetValue(name, out var d) ? d : null;

    static PyObject CallDunder(PyObject self, PyStr name, ReadOnlySpan<PyObject> args)
    {
        var f = self.Type.Lookup(name) ?? throw PyException.NoAttribute(self, name);
        return Ops.CallBound(f, self, args);
    }

    static void CheckArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int n)
    {
        if (kw != null && kw.Count > 0) throw PyException.TypeError($"wrapper {name}() takes no keyword arguments");
        if (args.Length != n)
            throw PyException.TypeError($"expected {n} argument{(n == 1 ? "" : "s")}, got {args.Length}");
    }

    static SlotDef Unary(string name, Func<PyType, Func<PyObject, PyObject>?> get, Action<PyType, Func<PyObject, PyObject>?> set)
    {
        var n = PyStr.Intern(name);
        return new SlotDef(name, $"{name}($self, /)", t => get(t),
            t => { var f = get(t)!; return (self, args, kw) => { CheckArgs(name, args, kw, 0); return f(self!); }; },
            t => set(t, self => CallDunder(self, n, [])),
            (dst, src) => set(dst, get(src)));
    }

    static SlotDef Binary(string name, string rname, Func<PyType, Func<PyObject, PyObject, PyObject>?> get,
        Action<PyType, Func<PyObject, PyObject, PyObject>?> set, bool reflected)
    {
        var n = PyStr.Intern(name);
        var rn = PyStr.Intern(rname);
        string sig = $"{(reflected ? rname : name)}($self, value, /)";
        return new SlotDef(reflected ? rname : name, sig, t => get(t),
            t =>
            {
                var f = get(t)!;
                return reflected
                    ? (self, args, kw) => { CheckArgs(rname, args, kw, 1); return f(args[0], self!); }
                    : (self, args, kw) => { CheckArgs(name, args, kw, 1); return f(self!, args[0]); };
            },
            t => set(t, PythonBinary(n, rn)),
            (dst, src) => set(dst, get(src)));
    }

    static readonly Dictionary<string, Func<PyObject, PyObject, PyObject>> s_pythonBinary = new();

    /// <summary>
    /// One dispatcher per operator shared by every class (like CPython's single slot_nb_add), so
    /// BinaryOp1 sees equal slots on both operands and calls it once instead of twice.
    /// </summary>
    static Func<PyObject, PyObject, PyObject> PythonBinary(PyStr n, PyStr rn)
    {
        lock (s_pythonBinary)
        {
            if (!s_pythonBinary.TryGetValue(n.Value, out var f))
                s_pythonBinary[n.Value] = f = (a, b) => BinaryPythonSlot(n, rn, a, b);
            return f;
        }
    }

    /// <summary>
    /// CPython's SLOT1BINFULL: the slot is called for both operand positions; dispatch to __op__ when
    /// the left operand's type defines it, and to __rop__ of the right operand otherwise.
    /// </summary>
    static PyObject BinaryPythonSlot(PyStr name, PyStr rname, PyObject a, PyObject b)
    {
        var ta = a.Type;
        var tb = b.Type;
        bool doOther = !ReferenceEquals(ta, tb) && tb.Lookup(rname) != null;
        var fa = ta.Lookup(name);
        if (fa != null)
        {
            if (doOther && tb.IsSubtypeOf(ta) && !ReferenceEquals(tb.Lookup(rname), ta.Lookup(rname)))
            {
                var r = Ops.CallBound(tb.Lookup(rname)!, b, [a]);
                if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
                doOther = false;
            }
            var res = Ops.CallBound(fa, a, [b]);
            if (!ReferenceEquals(res, PyNotImplemented.Instance) || ReferenceEquals(ta, tb)) return res;
        }
        if (doOther) return Ops.CallBound(tb.Lookup(rname)!, b, [a]);
        return PyNotImplemented.Instance;
    }

    static SlotDef InPlace(string name, Func<PyType, Func<PyObject, PyObject, PyObject>?> get,
        Action<PyType, Func<PyObject, PyObject, PyObject>?> set)
    {
        var n = PyStr.Intern(name);
        return new SlotDef(name, $"{name}($self, value, /)", t => get(t),
            t => { var f = get(t)!; return (self, args, kw) => { CheckArgs(name, args, kw, 1); return f(self!, args[0]); }; },
            t => set(t, (a, b) => CallDunder(a, n, [b])),
            (dst, src) => set(dst, get(src)));
    }

    static SlotDef[] Number(string name, string rname, Func<PyType, Func<PyObject, PyObject, PyObject>?> get,
        Action<PyType, Func<PyObject, PyObject, PyObject>?> set) =>
        [Binary(name, rname, get, set, false), Binary(name, rname, get, set, true)];

    static SlotDefs()
    {
        var list = new List<SlotDef>();
        var reprName = PyStr.Intern("__repr__");
        list.Add(Unary("__repr__", t => t.Repr, (t, f) => t.Repr = f));
        list.Add(Unary("__str__", t => t.Str, (t, f) => t.Str = f));
        var hashName = PyStr.Intern("__hash__");
        list.Add(new SlotDef("__hash__", "__hash__($self, /)", t => t.Hash,
            t => { var f = t.Hash!; return (self, args, kw) => { CheckArgs("__hash__", args, kw, 0); return PyInt.Get(f(self!)); }; },
            t => t.Hash = self => Ops.HashResult(CallDunder(self, hashName, [])),
            (d, s) => d.Hash = s.Hash));
        list.Add(new SlotDef("__call__", "__call__($self, /, *args, **kwargs)", t => t.Call,
            t => { var f = t.Call!; return (self, args, kw) => f(self!, args, kw); },
            t =>
            {
                var n = PyStr.Intern("__call__");
                t.Call = (self, args, kw) =>
                {
                    var f = self.Type.Lookup(n) ?? throw PyException.TypeError($"'{self.Type.Name}' object is not callable");
                    return Ops.CallBound(f, self, args, kw);
                };
            },
            (d, s) => d.Call = s.Call));
        list.Add(Unary("__iter__", t => t.Iter, (t, f) => t.Iter = f));
        var nextName = PyStr.Intern("__next__");
        list.Add(new SlotDef("__next__", "__next__($self, /)", t => t.Next,
            t =>
            {
                var f = t.Next!;
                return (self, args, kw) => { CheckArgs("__next__", args, kw, 0); return f(self!) ?? throw PyException.StopIteration(); };
            },
            t => t.Next = self => Ops.CallNextDunder(self, nextName),
            (d, s) => d.Next = s.Next));
        var boolName = PyStr.Intern("__bool__");
        list.Add(new SlotDef("__bool__", "__bool__($self, /)", t => t.Bool,
            t => { var f = t.Bool!; return (self, args, kw) => { CheckArgs("__bool__", args, kw, 0); return PyBool.Get(f(self!)); }; },
            t => t.Bool = self => Ops.BoolResult(CallDunder(self, boolName, [])),
            (d, s) => d.Bool = s.Bool));
        var lenName = PyStr.Intern("__len__");
        list.Add(new SlotDef("__len__", "__len__($self, /)", t => t.Len,
            t => { var f = t.Len!; return (self, args, kw) => { CheckArgs("__len__", args, kw, 0); return PyInt.Get(f(self!)); }; },
            t => t.Len = self => Ops.LenResult(CallDunder(self, lenName, [])),
            (d, s) => d.Len = s.Len));
        var containsName = PyStr.Intern("__contains__");
        list.Add(new SlotDef("__contains__", "__contains__($self, key, /)", t => t.Contains,
            t => { var f = t.Contains!; return (self, args, kw) => { CheckArgs("__contains__", args, kw, 1); return PyBool.Get(f(self!, args[0])); }; },
            t => t.Contains = (self, k) => Ops.IsTrue(CallDunder(self, containsName, [k])),
            (d, s) => d.Contains = s.Contains));
        var getitemName = PyStr.Intern("__getitem__");
        list.Add(new SlotDef("__getitem__", "__getitem__($self, key, /)", t => t.GetItem,
            t => { var f = t.GetItem!; return (self, args, kw) => { CheckArgs("__getitem__", args, kw, 1); return f(self!, args[0]); }; },
            t => t.GetItem = (self, k) => CallDunder(self, getitemName, [k]),
            (d, s) => d.GetItem = s.GetItem));
        var setitemName = PyStr.Intern("__setitem__");
        var delitemName = PyStr.Intern("__delitem__");
        list.Add(new SlotDef("__setitem__", "__setitem__($self, key, value, /)", t => t.SetItem,
            t => { var f = t.SetItem!; return (self, args, kw) => { CheckArgs("__setitem__", args, kw, 2); f(self!, args[0], args[1]); return PyNone.Instance; }; },
            t => t.SetItem = (self, k, v) =>
            {
                if (v != null) CallDunder(self, setitemName, [k, v]);
                else CallDunder(self, delitemName, [k]);
            },
            (d, s) => d.SetItem = s.SetItem));
        list.Add(new SlotDef("__delitem__", "__delitem__($self, key, /)", t => t.SetItem,
            t => { var f = t.SetItem!; return (self, args, kw) => { CheckArgs("__delitem__", args, kw, 1); f(self!, args[0], null); return PyNone.Instance; }; },
            t => t.SetItem = (self, k, v) =>
            {
                if (v != null) CallDunder(self, setitemName, [k, v]);
                else CallDunder(self, delitemName, [k]);
            },
            (d, s) => d.SetItem = s.SetItem));
        list.AddRange(Number("__add__", "__radd__", t => t.Add, (t, f) => t.Add = f));
        list.AddRange(Number("__sub__", "__rsub__", t => t.Subtract, (t, f) => t.Subtract = f));
        list.AddRange(Number("__mul__", "__rmul__", t => t.Multiply, (t, f) => t.Multiply = f));
        list.AddRange(Number("__truediv__", "__rtruediv__", t => t.TrueDivide, (t, f) => t.TrueDivide = f));
        list.AddRange(Number("__floordiv__", "__rfloordiv__", t => t.FloorDivide, (t, f) => t.FloorDivide = f));
        list.AddRange(Number("__mod__", "__rmod__", t => t.Remainder, (t, f) => t.Remainder = f));
        list.AddRange(Number("__divmod__", "__rdivmod__", t => t.DivMod, (t, f) => t.DivMod = f));
        list.AddRange(Number("__lshift__", "__rlshift__", t => t.LShift, (t, f) => t.LShift = f));
        list.AddRange(Number("__rshift__", "__rrshift__", t => t.RShift, (t, f) => t.RShift = f));
        list.AddRange(Number("__and__", "__rand__", t => t.And, (t, f) => t.And = f));
        list.AddRange(Number("__or__", "__ror__", t => t.Or, (t, f) => t.Or = f));
        list.AddRange(Number("__xor__", "__rxor__", t => t.Xor, (t, f) => t.Xor = f));
        list.AddRange(Number("__matmul__", "__rmatmul__", t => t.MatMul, (t, f) => t.MatMul = f));
        list.AddRange(PowerSlots());
        list.Add(InPlace("__iadd__", t => t.InPlaceAdd, (t, f) => t.InPlaceAdd = f));
        list.Add(InPlace("__isub__", t => t.InPlaceSubtract, (t, f) => t.InPlaceSubtract = f));
        list.Add(InPlace("__imul__", t => t.InPlaceMultiply, (t, f) => t.InPlaceMultiply = f));
        list.Add(InPlace("__itruediv__", t => t.InPlaceTrueDivide, (t, f) => t.InPlaceTrueDivide = f));
        list.Add(InPlace("__ifloordiv__", t => t.InPlaceFloorDivide, (t, f) => t.InPlaceFloorDivide = f));
        list.Add(InPlace("__imod__", t => t.InPlaceRemainder, (t, f) => t.InPlaceRemainder = f));
        list.Add(InPlace("__ilshift__", t => t.InPlaceLShift, (t, f) => t.InPlaceLShift = f));
        list.Add(InPlace("__irshift__", t => t.InPlaceRShift, (t, f) => t.InPlaceRShift = f));
        list.Add(InPlace("__iand__", t => t.InPlaceAnd, (t, f) => t.InPlaceAnd = f));
        list.Add(InPlace("__ior__", t => t.InPlaceOr, (t, f) => t.InPlaceOr = f));
        list.Add(InPlace("__ixor__", t => t.InPlaceXor, (t, f) => t.InPlaceXor = f));
        list.Add(InPlace("__imatmul__", t => t.InPlaceMatMul, (t, f) => t.InPlaceMatMul = f));
        list.Add(Unary("__neg__", t => t.Negative, (t, f) => t.Negative = f));
        list.Add(Unary("__pos__", t => t.Positive, (t, f) => t.Positive = f));
        list.Add(Unary("__abs__", t => t.Absolute, (t, f) => t.Absolute = f));
        list.Add(Unary("__invert__", t => t.Invert, (t, f) => t.Invert = f));
        list.Add(Unary("__int__", t => t.Int, (t, f) => t.Int = f));
        list.Add(Unary("__float__", t => t.Float, (t, f) => t.Float = f));
        list.Add(Unary("__index__", t => t.Index, (t, f) => t.Index = f));
        list.Add(Unary("__await__", t => t.Await, (t, f) => t.Await = f));
        list.Add(Unary("__aiter__", t => t.AIter, (t, f) => t.AIter = f));
        list.Add(Unary("__anext__", t => t.ANext, (t, f) => t.ANext = f));
        list.AddRange(RichCompareSlots());
        list.AddRange(AttributeAndDescriptorSlots());
        All = list.ToArray();
        foreach (var g in All.GroupBy(d => d.Name)) s_byName[g.Key] = g.ToArray();
    }
}
