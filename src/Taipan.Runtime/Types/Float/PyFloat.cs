using System.Numerics;

namespace Taipan.Runtime;

/// <summary>Python float: an IEEE-754 double, with CPython's Objects/floatobject.c semantics.</summary>
public partial class PyFloat : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("float", null, typeof(PyFloat), SetupType,
        TypeFlags.BaseType);

    public readonly double Value;

    public PyFloat(double value) : base(TypeObject) { Value = value; }
    public PyFloat(PyType type, double value) : base(type) { Value = value; }

    static partial void SetupMembers(PyType t);

    static readonly PyObject NotImpl = PyNotImplemented.Instance;

    static void SetupType(PyType t)
    {
        t.Bool = static o => ((PyFloat)o).Value != 0.0;
        t.Repr = static o => new PyStr(FloatFormatting.Repr(((PyFloat)o).Value));
        t.Hash = static o => Hash(((PyFloat)o).Value, o);
        t.RichCompare = static (a, b, op) => Compare(((PyFloat)a).Value, b, op);
        t.New = NewSlot;
        t.Add = static (a, b) => TryOperands(a, b, out double x, out double y) ? new PyFloat(x + y) : NotImpl;
        t.Subtract = static (a, b) => TryOperands(a, b, out double x, out double y) ? new PyFloat(x - y) : NotImpl;
        t.Multiply = static (a, b) => TryOperands(a, b, out double x, out double y) ? new PyFloat(x * y) : NotImpl;
        t.TrueDivide = static (a, b) =>
        {
            if (!TryOperands(a, b, out double x, out double y)) return NotImpl;
            if (y == 0) throw PyException.ZeroDivisionError("float division by zero");
            return new PyFloat(x / y);
        };
        t.FloorDivide = static (a, b) =>
        {
            if (!TryOperands(a, b, out double x, out double y)) return NotImpl;
            if (y == 0) throw PyException.ZeroDivisionError("float floor division by zero");
            DivMod(x, y, out double q, out _);
            return new PyFloat(q);
        };
        t.Remainder = static (a, b) =>
        {
            if (!TryOperands(a, b, out double x, out double y)) return NotImpl;
            if (y == 0) throw PyException.ZeroDivisionError("float modulo");
            return new PyFloat(Mod(x, y));
        };
        t.DivMod = static (a, b) =>
        {
            if (!TryOperands(a, b, out double x, out double y)) return NotImpl;
            if (y == 0) throw PyException.ZeroDivisionError("float divmod()");
            DivMod(x, y, out double q, out double r);
            return new PyTuple([new PyFloat(q), new PyFloat(r)]);
        };
        t.Power = static (a, b, m) =>
        {
            if (m != null && m is not PyNone)
            {
                if (!TryOperands(a, b, out _, out _)) return NotImpl;
                throw PyException.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            if (!TryOperands(a, b, out double x, out double y)) return NotImpl;
            return Power(x, y);
        };
        t.Negative = static a => new PyFloat(-((PyFloat)a).Value);
        t.Positive = static a => a.Type == TypeObject ? a : new PyFloat(((PyFloat)a).Value);
        t.Absolute = static a => new PyFloat(Math.Abs(((PyFloat)a).Value));
        t.Int = static a => ToInt(((PyFloat)a).Value);
        t.Float = static a => a.Type == TypeObject ? a : new PyFloat(((PyFloat)a).Value);
        SetupMembers(t);
    }

    /// <summary>The operands as doubles when both are floats or ints (ints converted exactly or OverflowError).</summary>
    static bool TryOperands(PyObject a, PyObject b, out double x, out double y)
    {
        y = 0;
        if (!TryAsDouble(a, out x)) return false;
        return TryAsDouble(b, out y);
    }

    static bool TryAsDouble(PyObject o, out double d)
    {
        if (o is PyFloat f) { d = f.Value; return true; }
        if (o is PyInt i) { d = PyInt.ToDouble(i); return true; }
        d = 0;
        return false;
    }

    // ---------------- arithmetic ----------------

    /// <summary>x % y with the sign of y (CPython's float_rem).</summary>
    public static double Mod(double x, double y)
    {
        double mod = x % y; // C fmod
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0)) mod += y;
        }
        else mod = Math.CopySign(0.0, y);
        return mod;
    }

    /// <summary>divmod(x, y) for floats (CPython's _float_div_mod).</summary>
    public static void DivMod(double x, double y, out double floordiv, out double mod)
    {
        mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0)) { mod += y; div -= 1.0; }
        }
        else mod = Math.CopySign(0.0, y);
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, x / y);
    }

    static bool IsOddInteger(double w) => Math.Floor(w) == w && Math.Abs(Math.IEEERemainder(w, 2.0)) == 1.0;

    /// <summary>x ** y for floats (CPython's float_pow); a negative base with a fractional exponent gives a complex.</summary>
    public static PyObject Power(double iv, double iw)
    {
        if (iw == 0) return new PyFloat(1.0);
        if (double.IsNaN(iv)) return new PyFloat(iv);
        if (double.IsNaN(iw)) return new PyFloat(iv == 1.0 ? 1.0 : iw);
        if (double.IsInfinity(iw))
        {
            iv = Math.Abs(iv);
            if (iv == 1.0) return new PyFloat(1.0);
            return new PyFloat((iw > 0) == (iv > 1.0) ? double.PositiveInfinity : 0.0);
        }
        if (double.IsInfinity(iv))
        {
            bool odd = IsOddInteger(iw);
            if (iw > 0) return new PyFloat(odd ? iv : Math.Abs(iv));
            return new PyFloat(odd ? Math.CopySign(0.0, iv) : 0.0);
        }
        if (iv == 0)
        {
            bool odd = IsOddInteger(iw);
            if (iw < 0) throw PyException.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return new PyFloat(odd ? iv : 0.0);
        }
        bool negate = false;
        if (iv < 0)
        {
            if (iw != Math.Floor(iw)) return PyComplex.Power(iv, 0, iw, 0);
            iv = -iv;
            negate = IsOddInteger(iw);
        }
        if (iv == 1.0) return new PyFloat(negate ? -1.0 : 1.0);
        double ix = Math.Pow(iv, iw);
        if (double.IsInfinity(ix)) throw RangeError();
        return new PyFloat(negate ? -ix : ix);
    }

    /// <summary>OverflowError(34, 'Numerical result out of range'), as CPython raises from errno ERANGE.</summary>
    internal static PyException RangeError() =>
        new(PyBaseException.Create(PyExc.OverflowError, PyInt.Get(34), new PyStr("Numerical result out of range")));

    // ---------------- comparison and hash ----------------

    static PyObject Compare(double a, PyObject b, CompareOp op)
    {
        if (b is PyFloat f) return CompareDoubles(a, f.Value, op);
        if (b is PyInt i)
        {
            if (double.IsNaN(a)) return PyBool.Get(op == CompareOp.Ne);
            return Ops.CompareResult(-PyInt.CompareWithDouble(i, a), op);
        }
        return NotImpl;
    }

    static PyBool CompareDoubles(double a, double b, CompareOp op) => PyBool.Get(op switch
    {
        CompareOp.Lt => a < b,
        CompareOp.Le => a <= b,
        CompareOp.Eq => a == b,
        CompareOp.Ne => a != b,
        CompareOp.Gt => a > b,
        _ => a >= b,
    });

    const long HashModulus = (1L << 61) - 1;

    /// <summary>hash(float): equal to hash(int) for integral values (CPython's _Py_HashDouble); NaN hashes by identity.</summary>
    public static long Hash(double v, PyObject? owner)
    {
        if (double.IsNaN(v)) return owner == null ? 0 : Ops.IdentityHash(owner);
        if (double.IsInfinity(v)) return v > 0 ? 314159 : -314159;
        if (v == Math.Floor(v) && Math.Abs(v) < 9e18)
        {
            long l = (long)v;
            return PyInt.Get(l).GetHash();
        }
        int e = Math.ILogB(v) + 1;
        double m = Math.ScaleB(v, -e); // frexp: |m| in [0.5, 1)
        int sign = 1;
        if (m < 0) { sign = -1; m = -m; }
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & (ulong)HashModulus) | (x >> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= (ulong)HashModulus) x -= (ulong)HashModulus;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & (ulong)HashModulus) | (x >> (61 - e));
        long h = (long)x * sign;
        return h == -1 ? -2 : h;
    }

    // ---------------- conversions ----------------

    /// <summary>int(float): truncation, with CPython's errors for NaN and infinities.</summary>
    public static PyInt ToInt(double v)
    {
        if (double.IsNaN(v)) throw PyException.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(v)) throw PyException.OverflowError("cannot convert float infinity to integer");
        double t = Math.Truncate(v);
        if (t >= -9.2e18 && t <= 9.2e18) return PyInt.Get((long)t);
        return PyInt.Get(new BigInteger(t));
    }

    /// <summary>float(x) for any object: __float__, then __index__ (CPython's PyNumber_Float without str parsing).</summary>
    public static double AsDouble(PyObject o)
    {
        if (o is PyFloat f) return f.Value;
        var t = o.Type;
        if (t.Float != null)
        {
            var r = t.Float(o);
            if (r is not PyFloat rf)
                throw PyException.TypeError($"{t.Name}.__float__ returned non-float (type {r.Type.Name})");
            return rf.Value;
        }
        if (t.Index != null) return PyInt.ToDouble(Ops.Index(o));
        throw PyException.TypeError($"must be real number, not {t.Name}");
    }

    static PyObject NewSlot(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0) throw PyException.TypeError("float() takes no keyword arguments");
        if (args.Length > 1) throw PyException.TypeError($"float expected at most 1 argument, got {args.Length}");
        double v;
        if (args.Length == 0) v = 0.0;
        else
        {
            var x = args[0];
            if (x.Type == TypeObject && type == TypeObject) return x;
            v = FromObject(x);
        }
        return type == TypeObject ? new PyFloat(v) : new PyFloat(type, v);
    }

    /// <summary>float(x) with one argument.</summary>
    public static double FromObject(PyObject x)
    {
        if (x is PyFloat f && x.Type == TypeObject) return f.Value;
        var t = x.Type;
        if (t.Float != null)
        {
            var r = t.Float(x);
            if (r is not PyFloat rf)
                throw PyException.TypeError($"{t.Name}.__float__ returned non-float (type {r.Type.Name})");
            return rf.Value;
        }
        if (t.Index != null) return PyInt.ToDouble(Ops.Index(x));
        if (x is PyStr s) return Parse(s);
        if (PyInt.BytesLikeReader?.Invoke(x) is byte[] bytes)
        {
            var cps = new int[bytes.Length];
            for (int i = 0; i < bytes.Length; i++) cps[i] = bytes[i];
            return ParseCodePoints(cps) ?? throw PyException.ValueError($"could not convert string to float: {Ops.ReprString(x)}");
        }
        throw PyException.TypeError($"float() argument must be a string or a real number, not '{t.Name}'");
    }

    public static double Parse(PyStr s) =>
        ParseCodePoints(s.ToCodePointArray()) ?? throw PyException.ValueError($"could not convert string to float: {StrRepr.Repr(s)}");

    /// <summary>
    /// Parses Python's float syntax: whitespace, sign, digits with single underscores between digits,
    /// optional fraction and exponent, or inf/infinity/nan in any case. Null when invalid.
    /// </summary>
    internal static double? ParseCodePoints(int[] cps)
    {
        int start = 0, end = cps.Length;
        while (start < end && IsSpace(cps[start])) start++;
        while (end > start && IsSpace(cps[end - 1])) end--;
        if (start >= end) return null;
        var sb = new System.Text.StringBuilder(end - start);
        int i = start;
        bool neg = false;
        if (cps[i] == '+' || cps[i] == '-') { neg = cps[i] == '-'; i++; }
        // Special values.
        int rest = end - i;
        if (rest is 3 or 8)
        {
            var word = new char[rest];
            for (int k = 0; k < rest; k++) word[k] = cps[i + k] < 128 ? char.ToLowerInvariant((char)cps[i + k]) : '?';
            var w = new string(word);
            if (w == "inf" || w == "infinity") return neg ? double.NegativeInfinity : double.PositiveInfinity;
            if (w == "nan") return neg ? -double.NaN : double.NaN;
        }
        if (neg) sb.Append('-');
        int intDigits = ReadDigits(cps, ref i, end, sb);
        if (intDigits < 0) return null;
        int fracDigits = 0;
        if (i < end && cps[i] == '.')
        {
            sb.Append('.');
            i++;
            fracDigits = ReadDigits(cps, ref i, end, sb);
            if (fracDigits < 0) return null;
        }
        if (intDigits == 0 && fracDigits == 0) return null;
        if (i < end && (cps[i] == 'e' || cps[i] == 'E'))
        {
            sb.Append('e');
            i++;
            if (i < end && (cps[i] == '+' || cps[i] == '-')) sb.Append((char)cps[i++]);
            int expDigits = ReadDigits(cps, ref i, end, sb);
            if (expDigits <= 0) return null;
        }
        if (i != end) return null;
        double v = double.Parse(sb.ToString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        return v;
    }

    /// <summary>Reads digits with single underscores between them; returns the count, or -1 on a misplaced underscore.</summary>
    static int ReadDigits(int[] cps, ref int i, int end, System.Text.StringBuilder sb)
    {
        int n = 0;
        while (i < end)
        {
            int c = cps[i];
            int d = c >= '0' && c <= '9' ? c - '0' : c > 0x7F ? DecimalValue(c) : -1;
            if (d >= 0) { sb.Append((char)('0' + d)); n++; i++; continue; }
            if (c == '_')
            {
                if (n == 0 || i + 1 >= end) return -1;
                int nx = cps[i + 1];
                bool nextDigit = (nx >= '0' && nx <= '9') || (nx > 0x7F && DecimalValue(nx) >= 0);
                if (!nextDigit) return -1;
                i++;
                continue;
            }
            break;
        }
        return n;
    }

    static int DecimalValue(int c) =>
        System.Globalization.CharUnicodeInfo.GetDecimalDigitValue(char.ConvertFromUtf32(c is >= 0xD800 and <= 0xDFFF ? 0xFFFD : c), 0);

    static bool IsSpace(int c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or 0x1C or 0x1D or 0x1E or 0x1F or 0x85 ||
        (c > 0x7F && c <= 0xFFFF && char.IsWhiteSpace((char)c));
}
