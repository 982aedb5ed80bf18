using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>
/// _operator: the C half of operator.py. Every function is a thin call into the matching protocol; operator.py
/// imports them all with `from _operator import *` and adds the dunder aliases itself.
/// </summary>
[PyModule("_operator")]
public static partial class OperatorModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("_operator", "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.");
        RegisterFunctions(m.Dict, m);
        ModuleHelpers.Raw(m, "call", static (self, args, kw) =>
        {
            int n = ModuleHelpers.PositionalCount(args, kw);
            if (n < 1) throw PyException.TypeError($"call expected at least 1 argument, got {n}");
            return Ops.Call(args[0], args[1..], kw);
        }, "($module, obj, /, *args, **kwargs)", "Same as obj(*args, **kwargs).");
        m.Set("attrgetter", AttrGetter.TypeObject);
        m.Set("itemgetter", ItemGetter.TypeObject);
        m.Set("methodcaller", MethodCaller.TypeObject);
        return m;
    }

    static OperatorModule()
    {
        BuiltinTypes.Register(AttrGetter.TypeObject);
        BuiltinTypes.Register(ItemGetter.TypeObject);
        BuiltinTypes.Register(MethodCaller.TypeObject);
    }

    [PyMethod("truth($module, a, /)", Doc = "Return True if a is true, False otherwise.")]
    static bool Truth(PyObject a) => Ops.IsTrue(a);

    [PyMethod("contains($module, a, b, /)", Doc = "Same as b in a (note reversed operands).")]
    static bool Contains(PyObject a, PyObject b) => Ops.Contains(a, b);

    [PyMethod("indexOf($module, a, b, /)", Doc = "Return the first index of b in a.")]
    static long IndexOf(PyObject a, PyObject b)
    {
        var it = IterForSearch(a);
        long i = 0;
        for (var x = Ops.Next(it); x != null; x = Ops.Next(it), i++)
            if (ReferenceEquals(x, b) || Ops.EqBool(x, b)) return i;
        throw PyException.ValueError("sequence.index(x): x not in sequence");
    }

    [PyMethod("countOf($module, a, b, /)", Doc = "Return the number of items in a which are, or which equal, b.")]
    static long CountOf(PyObject a, PyObject b)
    {
        var it = IterForSearch(a);
        long n = 0;
        for (var x = Ops.Next(it); x != null; x = Ops.Next(it))
            if (ReferenceEquals(x, b) || Ops.EqBool(x, b)) n++;
        return n;
    }

    static PyObject IterForSearch(PyObject a)
    {
        if (a.Type.Iter == null && a.Type.GetItem == null)
            throw PyException.TypeError($"argument of type '{a.Type.Name}' is not iterable");
        return Ops.GetIter(a);
    }

    [PyMethod("is_($module, a, b, /)", Doc = "Same as a is b.")]
    static bool Is(PyObject a, PyObject b) => ReferenceEquals(a, b);

    [PyMethod("is_not($module, a, b, /)", Doc = "Same as a is not b.")]
    static bool IsNot(PyObject a, PyObject b) => !ReferenceEquals(a, b);

    [PyMethod("index($module, a, /)", Doc = "Same as a.__index__()")]
    static PyObject Index(PyObject a) => Ops.Index(a);

    [PyMethod("add($module, a, b, /)", Doc = "Same as a + b.")]
    static PyObject Add(PyObject a, PyObject b) => Ops.Add(a, b);
    [PyMethod("sub($module, a, b, /)", Doc = "Same as a - b.")]
    static PyObject Sub(PyObject a, PyObject b) => Ops.Subtract(a, b);
    [PyMethod("mul($module, a, b, /)", Doc = "Same as a * b.")]
    static PyObject Mul(PyObject a, PyObject b) => Ops.Multiply(a, b);
    [PyMethod("matmul($module, a, b, /)", Doc = "Same as a @ b.")]
    static PyObject MatMul(PyObject a, PyObject b) => Ops.MatMul(a, b);
    [PyMethod("floordiv($module, a, b, /)", Doc = "Same as a // b.")]
    static PyObject FloorDiv(PyObject a, PyObject b) => Ops.FloorDivide(a, b);
    [PyMethod("truediv($module, a, b, /)", Doc = "Same as a / b.")]
    static PyObject TrueDiv(PyObject a, PyObject b) => Ops.TrueDivide(a, b);
    [PyMethod("mod($module, a, b, /)", Doc = "Same as a % b.")]
    static PyObject Mod(PyObject a, PyObject b) => Ops.Remainder(a, b);
    [PyMethod("neg($module, a, /)", Doc = "Same as -a.")]
    static PyObject Neg(PyObject a) => Ops.Negative(a);
    [PyMethod("pos($module, a, /)", Doc = "Same as +a.")]
    static PyObject Pos(PyObject a) => Ops.Positive(a);
    [PyMethod("abs($module, a, /)", Doc = "Same as abs(a).")]
    static PyObject Abs(PyObject a) => Ops.Absolute(a);
    [PyMethod("inv($module, a, /)", Doc = "Same as ~a.")]
    static PyObject Inv(PyObject a) => Ops.Invert(a);
    [PyMethod("invert($module, a, /)", Doc = "Same as ~a.")]
    static PyObject Invert(PyObject a) => Ops.Invert(a);
    [PyMethod("lshift($module, a, b, /)", Doc = "Same as a << b.")]
    static PyObject LShift(PyObject a, PyObject b) => Ops.LShift(a, b);
    [PyMethod("rshift($module, a, b, /)", Doc = "Same as a >> b.")]
    static PyObject RShift(PyObject a, PyObject b) => Ops.RShift(a, b);
    [PyMethod("not_($module, a, /)", Doc = "Same as not a.")]
    static bool Not(PyObject a) => !Ops.IsTrue(a);
    [PyMethod("and_($module, a, b, /)", Doc = "Same as a & b.")]
    static PyObject And(PyObject a, PyObject b) => Ops.And(a, b);
    [PyMethod("xor($module, a, b, /)", Doc = "Same as a ^ b.")]
    static PyObject Xor(PyObject a, PyObject b) => Ops.Xor(a, b);
    [PyMethod("or_($module, a, b, /)", Doc = "Same as a | b.")]
    static PyObject Or(PyObject a, PyObject b) => Ops.Or(a, b);

    [PyMethod("iadd($module, a, b, /)", Doc = "Same as a += b.")]
    static PyObject IAdd(PyObject a, PyObject b) => Ops.InPlaceAdd(a, b);
    [PyMethod("isub($module, a, b, /)", Doc = "Same as a -= b.")]
    static PyObject ISub(PyObject a, PyObject b) => Ops.InPlaceSubtract(a, b);
    [PyMethod("imul($module, a, b, /)", Doc = "Same as a *= b.")]
    static PyObject IMul(PyObject a, PyObject b) => Ops.InPlaceMultiply(a, b);
    [PyMethod("imatmul($module, a, b, /)", Doc = "Same as a @= b.")]
    static PyObject IMatMul(PyObject a, PyObject b) => Ops.InPlaceMatMul(a, b);
    [PyMethod("ifloordiv($module, a, b, /)", Doc = "Same as a //= b.")]
    static PyObject IFloorDiv(PyObject a, PyObject b) => Ops.InPlaceFloorDivide(a, b);
    [PyMethod("itruediv($module, a, b, /)", Doc = "Same as a /= b.")]
    static PyObject ITrueDiv(PyObject a, PyObject b) => Ops.InPlaceTrueDivide(a, b);
    [PyMethod("imod($module, a, b, /)", Doc = "Same as a %= b.")]
    static PyObject IMod(PyObject a, PyObject b) => Ops.InPlaceRemainder(a, b);
    [PyMethod("ilshift($module, a, b, /)", Doc = "Same as a <<= b.")]
    static PyObject ILShift(PyObject a, PyObject b) => Ops.InPlaceLShift(a, b);
    [PyMethod("irshift($module, a, b, /)", Doc = "Same as a >>= b.")]
    static PyObject IRShift(PyObject a, PyObject b) => Ops.InPlaceRShift(a, b);
    [PyMethod("iand($module, a, b, /)", Doc = "Same as a &= b.")]
    static PyObject IAnd(PyObject a, PyObject b) => Ops.InPlaceAnd(a, b);
    [PyMethod("ixor($module, a, b, /)", Doc = "Same as a ^= b.")]
    static PyObject IXor(PyObject a, PyObject b) => Ops.InPlaceXor(a, b);
    [PyMethod("ior($module, a, b, /)", Doc = "Same as a |= b.")]
    static PyObject IOr(PyObject a, PyObject b) => Ops.InPlaceOr(a, b);

    /// <summary>PySequence_Check: has __getitem__ and is not a dict.</summary>
    static bool IsSequence(PyObject o) => o.Type.GetItem != null && (o.Type.Flags & TypeFlags.DictSubclass) == 0;

    [PyMethod("concat($module, a, b, /)", Doc = "Same as a + b, for a and b sequences.")]
    static PyObject Concat(PyObject a, PyObject b)
    {
        if (!IsSequence(a)) throw PyException.TypeError($"'{a.Type.Name}' object can't be concatenated");
        return Ops.Add(a, b);
    }

    [PyMethod("iconcat($module, a, b, /)", Doc = "Same as a += b, for a and b sequences.")]
    static PyObject IConcat(PyObject a, PyObject b)
    {
        if (!IsSequence(a)) throw PyException.TypeError($"'{a.Type.Name}' object can't be concatenated");
        return Ops.InPlaceAdd(a, b);
    }

    [PyMethod("getitem($module, a, b, /)", Doc = "Same as a[b].")]
    static PyObject GetItem(PyObject a, PyObject b) => Ops.GetItem(a, b);

    [PyMethod("setitem($module, a, b, c, /)", Doc = "Same as a[b] = c.")]
    static void SetItem(PyObject a, PyObject b, PyObject c) => Ops.SetItem(a, b, c);

    [PyMethod("delitem($module, a, b, /)", Doc = "Same as del a[b].")]
    static void DelItem(PyObject a, PyObject b) => Ops.DelItem(a, b);

    [PyMethod("pow($module, a, b, /)", Doc = "Same as a ** b.")]
    static PyObject Pow(PyObject a, PyObject b) => Ops.Power(a, b);

    [PyMethod("ipow($module, a, b, /)", Doc = "Same as a **= b.")]
    static PyObject IPow(PyObject a, PyObject b) => Ops.InPlacePower(a, b);

    [PyMethod("eq($module, a, b, /)", Doc = "Same as a == b.")]
    static PyObject Eq(PyObject a, PyObject b) => Ops.RichCompare(a, b, CompareOp.Eq);
    [PyMethod("ne($module, a, b, /)", Doc = "Same as a != b.")]
    static PyObject Ne(PyObject a, PyObject b) => Ops.RichCompare(a, b, CompareOp.Ne);
    [PyMethod("lt($module, a, b, /)", Doc = "Same as a < b.")]
    static PyObject Lt(PyObject a, PyObject b) => Ops.RichCompare(a, b, CompareOp.Lt);
    [PyMethod("le($module, a, b, /)", Doc = "Same as a <= b.")]
    static PyObject Le(PyObject a, PyObject b) => Ops.RichCompare(a, b, CompareOp.Le);
    [PyMethod("gt($module, a, b, /)", Doc = "Same as a > b.")]
    static PyObject Gt(PyObject a, PyObject b) => Ops.RichCompare(a, b, CompareOp.Gt);
    [PyMethod("ge($module, a, b, /)", Doc = "Same as a >= b.")]
    static PyObject Ge(PyObject a, PyObject b) => Ops.RichCompare(a, b, CompareOp.Ge);

    [PyMethod("_compare_digest($module, a, b, /)", Doc = "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack could theoretically reveal information about the\ntypes and lengths of a and b--but not their values.")]
    static bool CompareDigest(PyObject a, PyObject b)
    {
        if (a is PyStr sa && b is PyStr sb)
        {
            if (!IsAscii(sa) || !IsAscii(sb))
                throw PyException.TypeError("comparing strings with non-ASCII characters is not supported");
            return ConstantTimeEquals(sa.Value.AsSpan(), sb.Value.AsSpan());
        }
        if (!BytesLike.TryGet(a, out var ba) || !BytesLike.TryGet(b, out var bb))
        {
            if (a is not IPyBuffer && b is not IPyBuffer)
                throw PyException.TypeError($"unsupported operand types(s) or combination of types: '{a.Type.Name}' and '{b.Type.Name}'");
            var bad = a is IPyBuffer ? b : a;
            throw PyException.TypeError($"a bytes-like object is required, not '{bad.Type.Name}'");
        }
        return ConstantTimeEquals(ba, bb);
    }

    static bool IsAscii(PyStr s)
    {
        if (!s.IsBmp) return false;
        foreach (var c in s.Value) if (c > 127) return false;
        return true;
    }

    /// <summary>Compares every byte of b whatever the lengths, so the time depends only on b's length.</summary>
    static bool ConstantTimeEquals<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b) where T : unmanaged, IEquatable<T>
    {
        int result = a.Length == b.Length ? 0 : 1;
        var left = a.Length == b.Length ? a : b;
        for (int i = 0; i < b.Length; i++) result |= left[i].Equals(b[i]) ? 0 : 1;
        return result == 0;
    }

    [PyMethod("length_hint($module, obj, default=0, /)", Doc = "Return an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0.")]
    static long LengthHint(PyObject obj, long @default = 0) => LengthHintOf(obj, @default);

    /// <summary>PyObject_LengthHint.</summary>
    public static long LengthHintOf(PyObject obj, long @default)
    {
        if (obj.Type.Len != null) return Ops.Len(obj);
        var hint = obj.Type.Lookup("__length_hint__");
        if (hint == null) return @default;
        var r = Ops.CallBound(hint, obj, ReadOnlySpan<PyObject>.Empty);
        if (r is PyNotImplemented) return @default;
        if (r is not PyInt i) throw PyException.TypeError($"__length_hint__ must be an integer, not {r.Type.Name}");
        if (!i.TryGetInt64(out var v)) throw PyException.OverflowError("cannot fit 'int' into an index-sized integer");
        if (v < 0) throw PyException.ValueError("__length_hint__() should return >= 0");
        return v;
    }
}
