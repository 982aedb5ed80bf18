using System.Numerics;
using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>
/// math: CPython 3.12's functions with its error rules (a NaN from a non-NaN argument is a domain error, an
/// infinity from a finite one a range error) and its own algorithms where libm differs between platforms
/// (gamma/lgamma by Lanczos, fsum by Shewchuk's partials, hypot/dist by scaled extended-precision sums).
/// </summary>
[PyModule("math")]
public static partial class MathModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("math", "This module provides access to the mathematical functions\ndefined by the C standard.");
        RegisterFunctions(m.Dict, m);
        m.Set("pi", new PyFloat(Math.PI));
        m.Set("e", new PyFloat(Math.E));
        m.Set("tau", new PyFloat(2 * Math.PI));
        m.Set("inf", new PyFloat(double.PositiveInfinity));
        m.Set("nan", new PyFloat(double.NaN));
        return m;
    }

    static PyException Domain() => PyException.ValueError("math domain error");
    static PyException Range() => PyException.OverflowError("math range error");

    /// <summary>CPython's math_1: checks a libm-style result against its argument.</summary>
    static double Check1(double x, double r, bool canOverflow)
    {
        if (double.IsNaN(r) && !double.IsNaN(x)) throw Domain();
        if (double.IsInfinity(r) && double.IsFinite(x))
            throw canOverflow ? Range() : Domain();
        return r;
    }

    static double Check2(double x, double y, double r)
    {
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw Domain();
        if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) throw Range();
        return r;
    }

    // ---------------- number-theoretic and representation functions ----------------

    [PyMethod("ceil($module, x, /)", Doc = "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x.")]
    static PyObject Ceil(PyObject x)
    {
        if (x.Type == PyFloat.TypeObject) return PyFloat.ToInt(Math.Ceiling(((PyFloat)x).Value));
        if (x.Type == PyInt.TypeObject) return x;
        var m = x.Type.Lookup("__ceil__");
        if (m != null) return Ops.CallBound(m, x, ReadOnlySpan<PyObject>.Empty);
        return PyFloat.ToInt(Math.Ceiling(ArgConv.ToDouble(x)));
    }

    [PyMethod("comb($module, n, k, /)", Doc = "Number of ways to choose k items from n items without repetition and without order.")]
    static PyObject Comb(PyObject nObj, PyObject kObj)
    {
        var n = Ops.Index(nObj).Big;
        var k = Ops.Index(kObj).Big;
        if (n.Sign < 0) throw PyException.ValueError("n must be a non-negative integer");
        if (k.Sign < 0) throw PyException.ValueError("k must be a non-negative integer");
        if (k > n) return PyInt.Zero;
        if (k > n - k) k = n - k;
        if (k > int.MaxValue) throw PyException.OverflowError($"min(n - k, k) must not exceed {long.MaxValue}");
        int kk = (int)k;
        BigInteger r = BigInteger.One;
        for (int i = 1; i <= kk; i++) r = r * (n - kk + i) / i;
        return PyInt.Get(r);
    }

    [PyMethod("copysign($module, x, y, /)", Doc = "Return a float with the magnitude (absolute value) of x but the sign of y.")]
    static double CopySign(double x, double y) => Math.CopySign(x, y);

    [PyMethod("fabs($module, x, /)", Doc = "Return the absolute value of the float x.")]
    static double Fabs(double x) => Math.Abs(x);

    [PyMethod("factorial($module, n, /)", Doc = "Find n!.\n\nRaise a ValueError if x is negative or non-integral.")]
    static PyObject Factorial(PyObject nObj)
    {
        var ni = Ops.Index(nObj);
        if (!ni.TryGetInt64(out var n))
        {
            if (ni.Sign < 0) throw PyException.ValueError("factorial() not defined for negative values");
            throw PyException.OverflowError($"factorial() argument should not exceed {long.MaxValue}");
        }
        if (n < 0) throw PyException.ValueError("factorial() not defined for negative values");
        if (n <= 20)
        {
            long r = 1;
            for (long i = 2; i <= n; i++) r *= i;
            return PyInt.Get(r);
        }
        return PyInt.Get(ProductRange(1, n));
    }

    /// <summary>lo * (lo+1) * ... * hi by binary splitting, so the big multiplications stay balanced.</summary>
    static BigInteger ProductRange(long lo, long hi)
    {
        if (hi - lo < 16)
        {
            BigInteger r = BigInteger.One;
            for (long i = lo; i <= hi; i++) r *= i;
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return ProductRange(lo, mid) * ProductRange(mid + 1, hi);
    }

    [PyMethod("floor($module, x, /)", Doc = "Return the floor of x as an Integral.\n\nThis is the largest integer <= x.")]
    static PyObject Floor(PyObject x)
    {
        if (x.Type == PyFloat.TypeObject) return PyFloat.ToInt(Math.Floor(((PyFloat)x).Value));
        if (x.Type == PyInt.TypeObject) return x;
        var m = x.Type.Lookup("__floor__");
        if (m != null) return Ops.CallBound(m, x, ReadOnlySpan<PyObject>.Empty);
        return PyFloat.ToInt(Math.Floor(ArgConv.ToDouble(x)));
    }

    [PyMethod("fmod($module, x, y, /)", Doc = "Return fmod(x, y), according to platform C.\n\nx % y may differ.")]
    static double Fmod(double x, double y)
    {
        if (double.IsInfinity(y) && double.IsFinite(x)) return x;
        double r = x % y;
        return Check2(x, y, r);
    }

    [PyMethod("frexp($module, x, /)", Doc = "Return the mantissa and exponent of x, as pair (m, e).")]
    static PyObject Frexp(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0) return PyTuple.Create(new PyFloat(x), PyInt.Zero);
        var (m, e) = FrexpCore(x);
        return PyTuple.Create(new PyFloat(m), PyInt.Get(e));
    }

    internal static (double, int) FrexpCore(double x)
    {
        if (x == 0 || !double.IsFinite(x)) return (x, 0);
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            // Subnormal: normalise first.
            x *= 18014398509481984.0; // 2**54
            bits = BitConverter.DoubleToInt64Bits(x);
            exp = (int)((bits >> 52) & 0x7FF) - 54;
        }
        int e = exp - 1022;
        bits = (bits & unchecked((long)0x800FFFFFFFFFFFFFL)) | (1022L << 52);
        return (BitConverter.Int64BitsToDouble(bits), e);
    }

    [PyMethod("fsum($module, seq, /)", Doc = "Return an accurate floating point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating point arithmetic.")]
    static double Fsum(PyObject seq)
    {
        var it = Ops.GetIter(seq);
        var partials = new List<double>();
        double specialSum = 0.0, infSum = 0.0;
        for (var item = Ops.Next(it); item != null; item = Ops.Next(it))
        {
            double x = ArgConv.ToDouble(item), xsave = x;
            int i = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            int n = i;
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    if (double.IsFinite(xsave)) throw PyException.OverflowError("intermediate overflow in fsum");
                    if (double.IsInfinity(xsave)) infSum += xsave;
                    specialSum += xsave;
                    n = 0;
                }
                else
                {
                    if (n < partials.Count) partials[n] = x; else partials.Add(x);
                    n++;
                }
            }
            if (n < partials.Count) partials.RemoveRange(n, partials.Count - n);
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw PyException.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        double total = 0.0;
        int k = partials.Count;
        if (k > 0)
        {
            total = partials[--k];
            double lo = 0.0;
            while (k > 0)
            {
                double x = total, y = partials[--k];
                total = x + y;
                double yr = total - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            // Round half-even correctly when the remaining partials push past a tie.
            if (k > 0 && ((lo < 0.0 && partials[k - 1] < 0.0) || (lo > 0.0 && partials[k - 1] > 0.0)))
            {
                double y = lo * 2.0;
                double x = total + y;
                double yr = x - total;
                if (y == yr) total = x;
            }
        }
        return total;
    }

    [PyMethod("gcd($module, *integers)", Doc = "Greatest Common Divisor.")]
    static PyObject Gcd(ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0) return PyInt.Zero;
        var r = Ops.Index(args[0]);
        if (args.Length == 1) return PyInt.Get(BigInteger.Abs(r.Big));
        BigInteger g = BigInteger.Abs(r.Big);
        for (int i = 1; i < args.Length; i++)
        {
            var x = Ops.Index(args[i]).Big;
            if (g.IsOne) continue;
            g = BigInteger.GreatestCommonDivisor(g, x);
        }
        return PyInt.Get(g);
    }

    [PyMethod("isclose($module, a, b, *, rel_tol=1e-09, abs_tol=0.0)", Doc = "Determine whether two floating point numbers are close in value.")]
    static bool IsClose(double a, double b, double rel_tol = 1e-09, double abs_tol = 0.0)
    {
        if (rel_tol < 0.0 || abs_tol < 0.0) throw PyException.ValueError("tolerances must be non-negative");
        if (a == b) return true;
        if (double.IsInfinity(a) || double.IsInfinity(b)) return false;
        double diff = Math.Abs(b - a);
        return diff <= Math.Abs(rel_tol * b) || diff <= Math.Abs(rel_tol * a) || diff <= abs_tol;
    }

    [PyMethod("isfinite($module, x, /)", Doc = "Return True if x is neither an infinity nor a NaN, and False otherwise.")]
    static bool IsFinite(double x) => double.IsFinite(x);

    [PyMethod("isinf($module, x, /)", Doc = "Return True if x is a positive or negative infinity, and False otherwise.")]
    static bool IsInf(double x) => double.IsInfinity(x);

    [PyMethod("isnan($module, x, /)", Doc = "Return True if x is a NaN (not a number), and False otherwise.")]
    static bool IsNan(double x) => double.IsNaN(x);

    [PyMethod("isqrt($module, n, /)", Doc = "Return the integer part of the square root of the input.")]
    static PyObject Isqrt(PyObject nObj)
    {
        var n = Ops.Index(nObj).Big;
        if (n.Sign < 0) throw PyException.ValueError("isqrt() argument must be nonnegative");
        return PyInt.Get(ISqrt(n));
    }

    internal static BigInteger ISqrt(BigInteger n)
    {
        if (n.IsZero) return 0;
        if (n < long.MaxValue)
        {
            long r = (long)Math.Sqrt((double)n);
            while ((BigInteger)r * r > n) r--;
            while ((BigInteger)(r + 1) * (r + 1) <= n) r++;
            return r;
        }
        // Newton's iteration from a power of two above the root.
        long bits = (long)n.GetBitLength();
        BigInteger x = BigInteger.One << (int)((bits + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    [PyMethod("lcm($module, *integers)", Doc = "Least Common Multiple.")]
    static PyObject Lcm(ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0) return PyInt.One;
        BigInteger r = BigInteger.Abs(Ops.Index(args[0]).Big);
        for (int i = 1; i < args.Length; i++)
        {
            var x = Ops.Index(args[i]).Big;
            if (r.IsZero) continue;
            if (x.IsZero) { r = 0; continue; }
            r = BigInteger.Abs(r / BigInteger.GreatestCommonDivisor(r, x) * x);
        }
        return PyInt.Get(r);
    }

    [PyMethod("ldexp($module, x, i, /)", Doc = "Return x * (2**i).\n\nThis is essentially the inverse of frexp().")]
    static double Ldexp(double x, PyObject iObj)
    {
        if (iObj is not PyInt) throw PyException.TypeError("Expected an int as second argument to ldexp.");
        var ii = (PyInt)iObj;
        long e = ii.TryGetInt64(out var v) ? v : (ii.Sign < 0 ? long.MinValue : long.MaxValue);
        if (x == 0 || !double.IsFinite(x)) return x;
        int ei = e > 100000 ? 100000 : e < -100000 ? -100000 : (int)e;
        double r = Math.ScaleB(x, ei);
        if (double.IsInfinity(r)) throw Range();
        return r;
    }

    [PyMethod("modf($module, x, /)", Doc = "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats.")]
    static PyObject Modf(double x)
    {
        if (double.IsInfinity(x)) return PyTuple.Create(new PyFloat(Math.CopySign(0.0, x)), new PyFloat(x));
        if (double.IsNaN(x)) return PyTuple.Create(new PyFloat(x), new PyFloat(x));
        double ip = Math.Truncate(x);
        return PyTuple.Create(new PyFloat(Math.CopySign(x - ip, x)), new PyFloat(ip));
    }

    [PyMethod("nextafter($module, x, y, /, *, steps=None)", Doc = "Return the floating-point value the given number of steps after x towards y.")]
    static double NextAfter(double x, double y, PyObject? steps)
    {
        if (steps == null || steps is PyNone) return NextAfter1(x, y);
        var st = Ops.Index(steps);
        if (st.Sign < 0) throw PyException.ValueError("steps must be a non-negative integer");
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        ulong n = st.TryGetInt64(out var sl) ? (ulong)sl : ulong.MaxValue;
        if (n == 0 || x == y) return n == 0 ? x : y;
        // Step through the ordered integer representation of doubles.
        long ax = Ordered(x), ay = Ordered(y);
        ulong dist = ay > ax ? (ulong)(ay - ax) : (ulong)(ax - ay);
        if (n >= dist) return y;
        long r = ay > ax ? ax + (long)n : ax - (long)n;
        return FromOrdered(r);
    }

    static long Ordered(double d)
    {
        long b = BitConverter.DoubleToInt64Bits(d);
        return b < 0 ? long.MinValue - b : b;
    }

    static double FromOrdered(long o) => BitConverter.Int64BitsToDouble(o < 0 ? long.MinValue - o : o);

    static double NextAfter1(double x, double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return x + y;
        if (x == y) return y;
        return y > x ? Math.BitIncrement(x) : Math.BitDecrement(x);
    }

    [PyMethod("perm($module, n, k=None, /)", Doc = "Number of ways to choose k items from n items without repetition and with order.")]
    static PyObject Perm(PyObject nObj, PyObject? kObj)
    {
        if (kObj == null || kObj is PyNone) return Factorial(nObj);
        var n = Ops.Index(nObj).Big;
        var k = Ops.Index(kObj).Big;
        if (n.Sign < 0) throw PyException.ValueError("n must be a non-negative integer");
        if (k.Sign < 0) throw PyException.ValueError("k must be a non-negative integer");
        if (k > n) return PyInt.Zero;
        if (k > long.MaxValue) throw PyException.OverflowError($"k must not exceed {long.MaxValue}");
        BigInteger r = BigInteger.One;
        for (BigInteger i = n - k + 1; i <= n; i++) r *= i;
        return PyInt.Get(r);
    }

    [PyMethod("prod($module, iterable, /, *, start=1)", Doc = "Calculate the product of all the elements in the input iterable.")]
    static PyObject Prod(PyObject iterable, PyObject? start)
    {
        PyObject r = start ?? PyInt.One;
        var it = Ops.GetIter(iterable);
        for (var x = Ops.Next(it); x != null; x = Ops.Next(it)) r = Ops.Multiply(r, x);
        return r;
    }

    [PyMethod("remainder($module, x, y, /)", Doc = "Difference between x and the closest integer multiple of y.")]
    static double Remainder(double x, double y)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (double.IsInfinity(x) || y == 0) throw Domain();
        if (double.IsInfinity(y)) return x;
        return Math.IEEERemainder(x, y);
    }

    [PyMethod("sumprod($module, p, q, /)", Doc = "Return the sum of products of values from two iterables p and q.")]
    static PyObject SumProd(PyObject p, PyObject q)
    {
        var pi = Ops.GetIter(p);
        var qi = Ops.GetIter(q);
        PyObject total = PyInt.Zero;
        bool allFloat = true, allInt = true;
        var ps = new List<PyObject>();
        var qs = new List<PyObject>();
        while (true)
        {
            var a = Ops.Next(pi);
            var b = Ops.Next(qi);
            if (a == null || b == null)
            {
                if (a != null || b != null) throw PyException.ValueError("Inputs are not the same length");
                break;
            }
            ps.Add(a);
            qs.Add(b);
            allFloat &= a.Type == PyFloat.TypeObject && b.Type == PyFloat.TypeObject;
            allInt &= (a.Type == PyInt.TypeObject || a.Type == PyBool.TypeObject) && (b.Type == PyInt.TypeObject || b.Type == PyBool.TypeObject);
        }
        if (allInt && ps.Count > 0)
        {
            BigInteger s = 0;
            for (int i = 0; i < ps.Count; i++) s += ((PyInt)ps[i]).Big * ((PyInt)qs[i]).Big;
            return PyInt.Get(s);
        }
        if (allFloat && ps.Count > 0)
        {
            // Compensated dot product (Ogita-Rump-Oishi Dot2): exact products, error-free sums.
            double sum = 0, comp = 0;
            bool finite = true;
            for (int i = 0; i < ps.Count; i++)
            {
                double x = ((PyFloat)ps[i]).Value, y = ((PyFloat)qs[i]).Value;
                double prod = x * y;
                if (!double.IsFinite(prod) || !double.IsFinite(x) || !double.IsFinite(y)) finite = false;
                double perr = Math.FusedMultiplyAdd(x, y, -prod);
                double t = sum + prod;
                double z = t - sum;
                double serr = (sum - (t - z)) + (prod - z);
                sum = t;
                comp += perr + serr;
            }
            if (!finite)
            {
                double plain = 0;
                for (int i = 0; i < ps.Count; i++) plain += ((PyFloat)ps[i]).Value * ((PyFloat)qs[i]).Value;
                return new PyFloat(plain);
            }
            return new PyFloat(sum + comp);
        }
        for (int i = 0; i < ps.Count; i++) total = Ops.Add(total, Ops.Multiply(ps[i], qs[i]));
        return total;
    }

    [PyMethod("trunc($module, x, /)", Doc = "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method.")]
    static PyObject Trunc(PyObject x)
    {
        if (x.Type == PyFloat.TypeObject) return PyFloat.ToInt(Math.Truncate(((PyFloat)x).Value));
        var m = x.Type.Lookup("__trunc__") ?? throw PyException.TypeError($"type {x.Type.Name} doesn't define __trunc__ method");
        return Ops.CallBound(m, x, ReadOnlySpan<PyObject>.Empty);
    }

    [PyMethod("ulp($module, x, /)", Doc = "Return the value of the least significant bit of the float x.")]
    static double Ulp(double x)
    {
        if (double.IsNaN(x)) return x;
        x = Math.Abs(x);
        if (double.IsInfinity(x)) return x;
        double x2 = Math.BitIncrement(x);
        if (double.IsInfinity(x2))
        {
            x2 = Math.BitDecrement(x);
            return x - x2;
        }
        return x2 - x;
    }
}
