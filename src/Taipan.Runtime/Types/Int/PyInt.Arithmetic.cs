using System.Numerics;

namespace Taipan.Runtime;

/// <summary>
/// int's number slots. Each operation tries the long fast path with overflow detection and falls back
/// to BigInteger (CPython's Objects/longobject.c semantics: floor division, modular pow, shifts).
/// </summary>
public partial class PyInt
{
    static readonly PyObject NotImpl = PyNotImplemented.Instance;

    static void SetupArithmetic(PyType t)
    {
        t.Add = static (a, b) => a is PyInt x && b is PyInt y ? Add(x, y) : NotImpl;
        t.Subtract = static (a, b) => a is PyInt x && b is PyInt y ? Subtract(x, y) : NotImpl;
        t.Multiply = static (a, b) => a is PyInt x && b is PyInt y ? Multiply(x, y) : NotImpl;
        t.TrueDivide = static (a, b) => a is PyInt x && b is PyInt y ? new PyFloat(TrueDivide(x, y)) : NotImpl;
        t.FloorDivide = static (a, b) => a is PyInt x && b is PyInt y ? FloorDivide(x, y) : NotImpl;
        t.Remainder = static (a, b) => a is PyInt x && b is PyInt y ? Remainder(x, y) : NotImpl;
        t.DivMod = static (a, b) => a is PyInt x && b is PyInt y ? DivMod(x, y) : NotImpl;
        t.Power = static (a, b, m) => Power(a, b, m);
        t.LShift = static (a, b) => a is PyInt x && b is PyInt y ? LShift(x, y) : NotImpl;
        t.RShift = static (a, b) => a is PyInt x && b is PyInt y ? RShift(x, y) : NotImpl;
        t.And = static (a, b) => a is PyInt x && b is PyInt y ? And(x, y) : NotImpl;
        t.Or = static (a, b) => a is PyInt x && b is PyInt y ? Or(x, y) : NotImpl;
        t.Xor = static (a, b) => a is PyInt x && b is PyInt y ? Xor(x, y) : NotImpl;
        t.Negative = static a => Negate((PyInt)a);
        t.Positive = static a => Exact((PyInt)a);
        t.Absolute = static a => ((PyInt)a).Sign < 0 ? Negate((PyInt)a) : Exact((PyInt)a);
        t.Invert = static a => Invert((PyInt)a);
        t.Int = static a => Exact((PyInt)a);
        t.Float = static a => new PyFloat(ToDouble((PyInt)a));
        t.RichCompare = static (a, b, op) => Compare((PyInt)a, b, op);
    }

    /// <summary>The value as an exact int (not a subclass instance).</summary>
    public static PyInt Exact(PyInt a)
    {
        if (a.Type == TypeObject) return a;
        return a._big == null ? Get(a._small) : new PyInt(TypeObject, (BigInteger)a._big);
    }

    public static PyInt Add(PyInt a, PyInt b)
    {
        if (a._big == null && b._big == null)
        {
            long x = a._small, y = b._small, r = x + y;
            // Overflow iff both operands have the sign opposite to the result's.
            if (((x ^ r) & (y ^ r)) >= 0) return Get(r);
        }
        return Get(a.Big + b.Big);
    }

    public static PyInt Subtract(PyInt a, PyInt b)
    {
        if (a._big == null && b._big == null)
        {
            long x = a._small, y = b._small, r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return Get(r);
        }
        return Get(a.Big - b.Big);
    }

    public static PyInt Multiply(PyInt a, PyInt b)
    {
        if (a._big == null && b._big == null)
        {
            long hi = Math.BigMul(a._small, b._small, out long lo);
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return Get(lo);
        }
        return Get(a.Big * b.Big);
    }

    public static PyInt Negate(PyInt a)
    {
        if (a._big == null && a._small != long.MinValue) return Get(-a._small);
        return Get(-a.Big);
    }

    public static PyInt Invert(PyInt a)
    {
        if (a._big == null) return Get(~a._small);
        return Get(-(a.Big + 1));
    }

    // ---------------- division ----------------

    static PyException IntZeroDivision() => PyException.ZeroDivisionError("integer division or modulo by zero");

    public static PyInt FloorDivide(PyInt a, PyInt b)
    {
        if (b.IsZero) throw IntZeroDivision();
        if (a._big == null && b._big == null && !(a._small == long.MinValue && b._small == -1))
        {
            long x = a._small, y = b._small, q = x / y;
            if ((x % y != 0) && ((x ^ y) < 0)) q--;
            return Get(q);
        }
        var bq = BigInteger.DivRem(a.Big, b.Big, out var r);
        if (!r.IsZero && (r.Sign != b.Sign)) bq -= 1;
        return Get(bq);
    }

    public static PyInt Remainder(PyInt a, PyInt b)
    {
        if (b.IsZero) throw PyException.ZeroDivisionError("integer modulo by zero");
        if (a._big == null && b._big == null)
        {
            if (b._small == -1) return Zero;
            long r = a._small % b._small;
            if (r != 0 && ((r ^ b._small) < 0)) r += b._small;
            return Get(r);
        }
        var br = BigInteger.Remainder(a.Big, b.Big);
        if (!br.IsZero && br.Sign != b.Sign) br += b.Big;
        return Get(br);
    }

    public static PyTuple DivMod(PyInt a, PyInt b)
    {
        if (b.IsZero) throw IntZeroDivision();
        if (a._big == null && b._big == null && !(a._small == long.MinValue && b._small == -1))
        {
            long x = a._small, y = b._small, q = x / y, r = x % y;
            if (r != 0 && ((r ^ y) < 0)) { q--; r += y; }
            return new PyTuple([Get(q), Get(r)]);
        }
        var bq = BigInteger.DivRem(a.Big, b.Big, out var br);
        if (!br.IsZero && br.Sign != b.Sign) { bq -= 1; br += b.Big; }
        return new PyTuple([Get(bq), Get(br)]);
    }

    /// <summary>int / int, correctly rounded (CPython's long_true_divide).</summary>
    public static double TrueDivide(PyInt a, PyInt b)
    {
        if (b.IsZero) throw PyException.ZeroDivisionError("division by zero");
        const long Exact53 = 1L << 53;
        if (a._big == null && b._big == null && a._small > -Exact53 && a._small < Exact53 && b._small > -Exact53 && b._small < Exact53)
            return (double)a._small / b._small;
        return TrueDivideBig(a.Big, b.Big);
    }

    static double TrueDivideBig(BigInteger a, BigInteger b)
    {
        bool neg = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        if (a.IsZero) return neg ? -0.0 : 0.0;
        long diff = (long)a.GetBitLength() - (long)b.GetBitLength();
        if (diff > 1025) throw PyException.OverflowError("integer division result too large for a float");
        if (diff < -1080) return neg ? -0.0 : 0.0;
        // q0 = floor(a * 2^k / b) with at least 55 significant bits, then round to the double grid by hand.
        int k = (int)(55 - diff);
        BigInteger q0, r0;
        if (k >= 0) q0 = BigInteger.DivRem(a << k, b, out r0);
        else q0 = BigInteger.DivRem(a, b << -k, out r0);
        int l = (int)q0.GetBitLength();
        int e = Math.Max(l - 1 - k - 52, -1074);
        int d = e + k; // bits of q0 below the result's last place
        BigInteger m;
        if (d <= 0) m = q0 << -d;
        else
        {
            m = q0 >> d;
            var low = q0 & ((BigInteger.One << d) - 1);
            var half = BigInteger.One << (d - 1);
            int c = low.CompareTo(half);
            if (c > 0 || (c == 0 && (!r0.IsZero || !m.IsEven))) m += 1;
        }
        double result = Math.ScaleB((double)(ulong)m, e);
        if (double.IsInfinity(result)) throw PyException.OverflowError("integer division result too large for a float");
        return neg ? -result : result;
    }

    // ---------------- power ----------------

    static PyObject Power(PyObject a, PyObject b, PyObject? m)
    {
        if (a is not PyInt x || b is not PyInt y) return NotImpl;
        if (m != null && m is not PyNone)
        {
            if (m is not PyInt z) return NotImpl;
            return ModPow(x, y, z);
        }
        if (y.Sign < 0)
        {
            // A negative exponent gives a float result (CPython hands the pair to float_pow).
            return PyFloat.Power(ToDouble(x), ToDouble(y));
        }
        return Pow(x, y);
    }

    public static PyInt Pow(PyInt a, PyInt b)
    {
        if (a._big == null && b._big == null)
        {
            long x = a._small, n = b._small;
            if (x == 0) return n == 0 ? One : Zero;
            if (x == 1) return One;
            if (x == -1) return (n & 1) == 0 ? One : MinusOne;
            if (n < 64)
            {
                long result = 1, bas = x;
                bool ok = true;
                long e = n;
                while (true)
                {
                    if ((e & 1) != 0)
                    {
                        long hi = Math.BigMul(result, bas, out long lo);
                        if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { ok = false; break; }
                        result = lo;
                    }
                    e >>= 1;
                    if (e == 0) break;
                    long h2 = Math.BigMul(bas, bas, out long l2);
                    if (!((h2 == 0 && l2 >= 0) || (h2 == -1 && l2 < 0))) { ok = false; break; }
                    bas = l2;
                }
                if (ok) return Get(result);
            }
        }
        var bb = a.Big;
        if (bb.IsZero) return b.IsZero ? One : Zero;
        if (bb.IsOne) return One;
        if (bb == BigInteger.MinusOne) return b.Big.IsEven ? One : MinusOne;
        if (!b.IsSmall || b._small > int.MaxValue) throw PyException.MemoryError();
        // Bound the result size before computing it: huge powers would exhaust memory.
        double bits = (double)bb.GetBitLength() * b._small;
        if (bits > 1L << 36) throw PyException.MemoryError();
        return Get(BigInteger.Pow(bb, (int)b._small));
    }

    /// <summary>pow(a, b, m) for ints, including negative exponents via the modular inverse.</summary>
    public static PyInt ModPow(PyInt a, PyInt b, PyInt m)
    {
        if (m.IsZero) throw PyException.ValueError("pow() 3rd argument cannot be 0");
        var mod = m.Big;
        bool negMod = mod.Sign < 0;
        if (negMod) mod = -mod;
        if (mod.IsOne) return Zero;
        var bas = BigInteger.Remainder(a.Big, mod);
        if (bas.Sign < 0) bas += mod;
        var exp = b.Big;
        if (exp.Sign < 0)
        {
            bas = ModInverse(bas, mod) ?? throw PyException.ValueError("base is not invertible for the given modulus");
            exp = -exp;
        }
        var r = BigInteger.ModPow(bas, exp, mod);
        if (negMod && !r.IsZero) r -= mod;
        return Get(r);
    }

    static BigInteger? ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger r0 = m, r1 = a, t0 = 0, t1 = 1;
        while (!r1.IsZero)
        {
            var q = BigInteger.DivRem(r0, r1, out var r2);
            (r0, r1) = (r1, r2);
            (t0, t1) = (t1, t0 - q * t1);
        }
        if (!r0.IsOne) return null;
        if (t0.Sign < 0) t0 += m;
        return t0;
    }

    // ---------------- shifts and bitwise ----------------

    public static PyInt LShift(PyInt a, PyInt b)
    {
        if (b.Sign < 0) throw PyException.ValueError("negative shift count");
        if (a.IsZero) return Zero;
        if (!b.IsSmall || b._small > int.MaxValue / 2) throw PyException.OverflowError("too many digits in integer");
        int n = (int)b._small;
        if (a._big == null && n < 63)
        {
            long x = a._small;
            long r = x << n;
            if (r >> n == x) return Get(r);
        }
        return Get(a.Big << n);
    }

    public static PyInt RShift(PyInt a, PyInt b)
    {
        if (b.Sign < 0) throw PyException.ValueError("negative shift count");
        if (a.IsZero) return Zero;
        if (!b.IsSmall || b._small >= int.MaxValue) return a.Sign < 0 ? MinusOne : Zero;
        if (a._big == null) return Get(b._small >= 64 ? (a._small < 0 ? -1 : 0) : a._small >> (int)b._small);
        return Get(a.Big >> (int)b._small);
    }

    public static PyInt And(PyInt a, PyInt b) =>
        a._big == null && b._big == null ? Get(a._small & b._small) : Get(a.Big & b.Big);

    public static PyInt Or(PyInt a, PyInt b) =>
        a._big == null && b._big == null ? Get(a._small | b._small) : Get(a.Big | b.Big);

    public static PyInt Xor(PyInt a, PyInt b) =>
        a._big == null && b._big == null ? Get(a._small ^ b._small) : Get(a.Big ^ b.Big);

    // ---------------- comparison ----------------

    public int CompareTo(PyInt other)
    {
        if (_big == null && other._big == null) return _small.CompareTo(other._small);
        return Big.CompareTo(other.Big);
    }

    static PyObject Compare(PyInt a, PyObject b, CompareOp op)
    {
        // Like CPython's long_richcompare, only ints: int < float is answered by float's reflected slot,
        // so (1).__lt__(2.0) is NotImplemented.
        if (b is PyInt y) return Ops.CompareResult(a.CompareTo(y), op);
        return NotImpl;
    }
}
