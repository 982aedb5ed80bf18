namespace Taipan.Runtime;

/// <summary>Binary, in-place and unary operators with CPython's dispatch (binary_op1, binary_iop1).</summary>
public static partial class Ops
{
    public delegate Func<PyObject, PyObject, PyObject>? BinarySlotOf(PyType t);

    /// <summary>
    /// Tries the left operand's slot and the right operand's slot in CPython's order: the right one
    /// first when its type is a proper subclass of the left's and overrides the slot.
    /// Returns NotImplemented when neither handles the pair.
    /// </summary>
    public static PyObject BinaryOp1(PyObject a, PyObject b, BinarySlotOf slotOf)
    {
        var slotv = slotOf(a.Type);
        Func<PyObject, PyObject, PyObject>? slotw = null;
        if (!ReferenceEquals(a.Type, b.Type))
        {
            slotw = slotOf(b.Type);
            if (slotw == slotv) slotw = null;
        }
        if (slotv != null)
        {
            if (slotw != null && b.Type.IsSubtypeOf(a.Type))
            {
                var r0 = slotw(a, b);
                if (!ReferenceEquals(r0, PyNotImplemented.Instance)) return r0;
                slotw = null;
            }
            var r = slotv(a, b);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        if (slotw != null) return slotw(a, b);
        return PyNotImplemented.Instance;
    }

    public static PyObject BinaryOp(PyObject a, PyObject b, BinarySlotOf slotOf, string symbol)
    {
        var r = BinaryOp1(a, b, slotOf);
        if (ReferenceEquals(r, PyNotImplemented.Instance)) throw PyException.UnsupportedOperands(symbol, a, b);
        return r;
    }

    public static PyObject InPlaceOp(PyObject a, PyObject b, BinarySlotOf inplaceOf, BinarySlotOf slotOf, string symbol)
    {
        var ip = inplaceOf(a.Type);
        if (ip != null)
        {
            var r = ip(a, b);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        var r2 = BinaryOp1(a, b, slotOf);
        if (ReferenceEquals(r2, PyNotImplemented.Instance)) throw PyException.UnsupportedOperands(symbol, a, b);
        return r2;
    }

    static readonly BinarySlotOf s_add = t => t.Add, s_sub = t => t.Subtract, s_mul = t => t.Multiply,
        s_truediv = t => t.TrueDivide, s_floordiv = t => t.FloorDivide, s_mod = t => t.Remainder,
        s_divmod = t => t.DivMod, s_lshift = t => t.LShift, s_rshift = t => t.RShift, s_and = t => t.And,
        s_or = t => t.Or, s_xor = t => t.Xor, s_matmul = t => t.MatMul;
    static readonly BinarySlotOf s_iadd = t => t.InPlaceAdd, s_isub = t => t.InPlaceSubtract,
        s_imul = t => t.InPlaceMultiply, s_itruediv = t => t.InPlaceTrueDivide, s_ifloordiv = t => t.InPlaceFloorDivide,
        s_imod = t => t.InPlaceRemainder, s_ilshift = t => t.InPlaceLShift, s_irshift = t => t.InPlaceRShift,
        s_iand = t => t.InPlaceAnd, s_ior = t => t.InPlaceOr, s_ixor = t => t.InPlaceXor, s_imatmul = t => t.InPlaceMatMul;

    public static PyObject Add(PyObject a, PyObject b)
    {
        var r = BinaryOp1(a, b, s_add);
        if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        // Sequence concatenation of types that only define it as a sequence op falls back here in CPython;
        // Taipan's sequences implement Add directly, so this is the error path.
        if (b is PyStr && a is not PyStr)
            throw PyException.TypeError($"unsupported operand type(s) for +: '{a.Type.Name}' and '{b.Type.Name}'");
        if (a is PyStr)
            throw PyException.TypeError($"can only concatenate str (not \"{b.Type.Name}\") to str");
        if (a is PyList && b is not PyList)
            throw PyException.TypeError($"can only concatenate list (not \"{b.Type.Name}\") to list");
        if (a is PyTuple && b is not PyTuple)
            throw PyException.TypeError($"can only concatenate tuple (not \"{b.Type.Name}\") to tuple");
        throw PyException.UnsupportedOperands("+", a, b);
    }

    public static PyObject Subtract(PyObject a, PyObject b) => BinaryOp(a, b, s_sub, "-");

    public static PyObject Multiply(PyObject a, PyObject b)
    {
        var r = BinaryOp1(a, b, s_mul);
        if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        if ((IsSequenceForRepeat(a) && b is PyFloat) || (IsSequenceForRepeat(b) && a is PyFloat) ||
            (IsSequenceForRepeat(a) && b.Type.Index == null) || (IsSequenceForRepeat(b) && a.Type.Index == null))
        {
            var other = IsSequenceForRepeat(a) ? b : a;
            throw PyException.TypeError($"can't multiply sequence by non-int of type '{other.Type.Name}'");
        }
        throw PyException.UnsupportedOperands("*", a, b);
    }

    static bool IsSequenceForRepeat(PyObject o) => o is PyStr or PyList or PyTuple || o.Type.Name is "bytes" or "bytearray";

    public static PyObject TrueDivide(PyObject a, PyObject b) => BinaryOp(a, b, s_truediv, "/");
    public static PyObject FloorDivide(PyObject a, PyObject b) => BinaryOp(a, b, s_floordiv, "//");

    public static PyObject Remainder(PyObject a, PyObject b)
    {
        var r = BinaryOp1(a, b, s_mod);
        if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        throw PyException.UnsupportedOperands("%", a, b);
    }

    public static PyObject DivMod(PyObject a, PyObject b) => BinaryOp(a, b, s_divmod, "divmod()");
    public static PyObject LShift(PyObject a, PyObject b) => BinaryOp(a, b, s_lshift, "<<");

    public static PyObject RShift(PyObject a, PyObject b)
    {
        var r = BinaryOp1(a, b, s_rshift);
        if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        if (a is PyBuiltinFunction { Name: "print" })
            throw PyException.TypeError($"unsupported operand type(s) for >>: '{a.Type.Name}' and '{b.Type.Name}'. Did you mean \"print(<message>, file=<output_stream>)\"?");
        throw PyException.UnsupportedOperands(">>", a, b);
    }

    public static PyObject And(PyObject a, PyObject b) => BinaryOp(a, b, s_and, "&");
    public static PyObject Or(PyObject a, PyObject b) => BinaryOp(a, b, s_or, "|");
    public static PyObject Xor(PyObject a, PyObject b) => BinaryOp(a, b, s_xor, "^");
    public static PyObject MatMul(PyObject a, PyObject b) => BinaryOp(a, b, s_matmul, "@");

    public static PyObject Power(PyObject a, PyObject b, PyObject? mod = null)
    {
        // Ternary dispatch: like binary_op1 but with a third argument (CPython's ternary_op).
        var slotv = a.Type.Power;
        TernarySlot? slotw = null;
        if (!ReferenceEquals(a.Type, b.Type))
        {
            slotw = b.Type.Power;
            if (slotw == slotv) slotw = null;
        }
        if (slotv != null)
        {
            if (slotw != null && b.Type.IsSubtypeOf(a.Type))
            {
                var r0 = slotw(a, b, mod);
                if (!ReferenceEquals(r0, PyNotImplemented.Instance)) return r0;
                slotw = null;
            }
            var r = slotv(a, b, mod);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        if (slotw != null)
        {
            var r = slotw(a, b, mod);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        if (mod != null && mod is not PyNone)
            throw PyException.TypeError($"unsupported operand type(s) for ** or pow(): '{a.Type.Name}', '{b.Type.Name}', '{mod.Type.Name}'");
        throw PyException.UnsupportedOperands("** or pow()", a, b);
    }

    public static PyObject InPlaceAdd(PyObject a, PyObject b)
    {
        var ip = a.Type.InPlaceAdd;
        if (ip != null)
        {
            var r = ip(a, b);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        return Add(a, b);
    }

    public static PyObject InPlaceSubtract(PyObject a, PyObject b) => InPlaceOp(a, b, s_isub, s_sub, "-=");

    public static PyObject InPlaceMultiply(PyObject a, PyObject b)
    {
        var ip = a.Type.InPlaceMultiply;
        if (ip != null)
        {
            var r = ip(a, b);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        return Multiply(a, b);
    }

    public static PyObject InPlaceTrueDivide(PyObject a, PyObject b) => InPlaceOp(a, b, s_itruediv, s_truediv, "/=");
    public static PyObject InPlaceFloorDivide(PyObject a, PyObject b) => InPlaceOp(a, b, s_ifloordiv, s_floordiv, "//=");
    public static PyObject InPlaceRemainder(PyObject a, PyObject b) => InPlaceOp(a, b, s_imod, s_mod, "%=");
    public static PyObject InPlaceLShift(PyObject a, PyObject b) => InPlaceOp(a, b, s_ilshift, s_lshift, "<<=");
    public static PyObject InPlaceRShift(PyObject a, PyObject b) => InPlaceOp(a, b, s_irshift, s_rshift, ">>=");
    public static PyObject InPlaceAnd(PyObject a, PyObject b) => InPlaceOp(a, b, s_iand, s_and, "&=");
    public static PyObject InPlaceOr(PyObject a, PyObject b) => InPlaceOp(a, b, s_ior, s_or, "|=");
    public static PyObject InPlaceXor(PyObject a, PyObject b) => InPlaceOp(a, b, s_ixor, s_xor, "^=");
    public static PyObject InPlaceMatMul(PyObject a, PyObject b) => InPlaceOp(a, b, s_imatmul, s_matmul, "@=");

    public static PyObject InPlacePower(PyObject a, PyObject b)
    {
        var ip = a.Type.InPlacePower;
        if (ip != null)
        {
            var r = ip(a, b, null);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        try { return Power(a, b); }
        catch (PyException e) when (e.Value.Type == PyExc.TypeError && e.Value.Args.Count == 1 &&
                                    e.Value.Args[0] is PyStr s && s.Value.StartsWith("unsupported operand type(s) for ** or pow()"))
        {
            throw PyException.UnsupportedOperands("**=", a, b);
        }
    }

    public static PyObject Negative(PyObject a) =>
        (a.Type.Negative ?? throw PyException.TypeError($"bad operand type for unary -: '{a.Type.Name}'"))(a);

    public static PyObject Positive(PyObject a) =>
        (a.Type.Positive ?? throw PyException.TypeError($"bad operand type for unary +: '{a.Type.Name}'"))(a);

    public static PyObject Invert(PyObject a) =>
        (a.Type.Invert ?? throw PyException.TypeError($"bad operand type for unary ~: '{a.Type.Name}'"))(a);

    public static PyObject Absolute(PyObject a) =>
        (a.Type.Absolute ?? throw PyException.TypeError($"bad operand type for abs(): '{a.Type.Name}'"))(a);

    // ---------------- integer conversions ----------------

    /// <summary>operator.index(o): an exact int, via __index__ (CPython's PyNumber_Index).</summary>
    public static PyInt Index(PyObject o)
    {
        if (o is PyInt i && (o.Type == PyInt.TypeObject)) return i;
        if (o is PyInt sub && o.Type.Index == null) return sub;
        var f = o.Type.Index ?? throw PyException.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        var r = f(o);
        if (r is not PyInt ri)
            throw PyException.TypeError($"__index__ returned non-int (type {r.Type.Name})");
        return ri;
    }

    /// <summary>An index-sized integer (Py_ssize_t) via __index__; OverflowError beyond the range.</summary>
    public static long AsIndex(PyObject o)
    {
        var i = Index(o);
        if (!i.IsSmall)
            throw PyException.OverflowError($"Python int too large to convert to C ssize_t");
        return i.Small;
    }

    /// <summary>Like <see cref="AsIndex"/> but clamps out-of-range values (for slice bounds).</summary>
    public static long AsIndexClamped(PyObject o)
    {
        var i = Index(o);
        if (i.IsSmall) return i.Small;
        return i.Sign < 0 ? long.MinValue : long.MaxValue;
    }

    public static int AsInt32(PyObject o)
    {
        long v = AsIndex(o);
        if (v < int.MinValue || v > int.MaxValue)
            throw PyException.OverflowError(v < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        return (int)v;
    }
}
