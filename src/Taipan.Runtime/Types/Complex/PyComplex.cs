using System.Text;

namespace Taipan.Runtime;

/// <summary>Python complex: a pair of doubles, with CPython's Objects/complexobject.c algorithms.</summary>
public partial class PyComplex : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("complex", null, typeof(PyComplex), SetupType,
        TypeFlags.BaseType);

    public readonly double Real, Imag;

    public PyComplex(double real, double imag) : base(TypeObject) { Real = real; Imag = imag; }
    public PyComplex(PyType type, double real, double imag) : base(type) { Real = real; Imag = imag; }

    static partial void SetupMembers(PyType t);

    static readonly PyObject NotImpl = PyNotImplemented.Instance;

    static void SetupType(PyType t)
    {
        t.Repr = static o => new PyStr(Repr(((PyComplex)o).Real, ((PyComplex)o).Imag));
        t.Hash = static o => Hash((PyComplex)o);
        t.Bool = static o => ((PyComplex)o).Real != 0 || ((PyComplex)o).Imag != 0;
        t.RichCompare = static (a, b, op) => Compare((PyComplex)a, b, op);
        t.New = NewSlot;
        t.Add = static (a, b) => TryOperands(a, b, out var x, out var y) ? new PyComplex(x.re + y.re, x.im + y.im) : NotImpl;
        t.Subtract = static (a, b) => TryOperands(a, b, out var x, out var y) ? new PyComplex(x.re - y.re, x.im - y.im) : NotImpl;
        t.Multiply = static (a, b) =>
        {
            if (!TryOperands(a, b, out var x, out var y)) return NotImpl;
            var (re, im) = Mul(x, y);
            return new PyComplex(re, im);
        };
        t.TrueDivide = static (a, b) =>
        {
            if (!TryOperands(a, b, out var x, out var y)) return NotImpl;
            if (!Quot(x, y, out var r)) throw PyException.ZeroDivisionError("complex division by zero");
            return new PyComplex(r.re, r.im);
        };
        t.Power = static (a, b, m) =>
        {
            if (!TryOperands(a, b, out var x, out var y)) return NotImpl;
            if (m != null && m is not PyNone) throw PyException.ValueError("complex modulo");
            return Power(x.re, x.im, y.re, y.im);
        };
        t.Negative = static a => new PyComplex(-((PyComplex)a).Real, -((PyComplex)a).Imag);
        t.Positive = static a => a.Type == TypeObject ? a : new PyComplex(((PyComplex)a).Real, ((PyComplex)a).Imag);
        t.Absolute = static a => new PyFloat(Abs(((PyComplex)a).Real, ((PyComplex)a).Imag));
        SetupMembers(t);
    }

    // ---------------- operands ----------------

    static bool TryOperands(PyObject a, PyObject b, out (double re, double im) x, out (double re, double im) y)
    {
        y = default;
        return TryAsComplex(a, out x) && TryAsComplex(b, out y);
    }

    static bool TryAsComplex(PyObject o, out (double re, double im) c)
    {
        switch (o)
        {
            case PyComplex z: c = (z.Real, z.Imag); return true;
            case PyFloat f: c = (f.Value, 0.0); return true;
            case PyInt i: c = (PyInt.ToDouble(i), 0.0); return true;
            default: c = default; return false;
        }
    }

    // ---------------- arithmetic ----------------

    static (double, double) Mul((double re, double im) a, (double re, double im) b) =>
        (a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);

    /// <summary>Smith's algorithm, as CPython's _Py_c_quot; false on division by zero.</summary>
    static bool Quot((double re, double im) a, (double re, double im) b, out (double re, double im) r)
    {
        double absBr = Math.Abs(b.re), absBi = Math.Abs(b.im);
        if (absBr >= absBi)
        {
            if (absBr == 0.0) { r = (0, 0); return false; }
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            r = ((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
        }
        else if (absBi >= absBr)
        {
            double ratio = b.re / b.im;
            double denom = b.re * ratio + b.im;
            r = ((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
        }
        else r = (double.NaN, double.NaN); // NaNs in the divisor
        return true;
    }

    static (double re, double im) PowU((double re, double im) x, long n)
    {
        (double re, double im) r = (1.0, 0.0), p = x;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) r = Mul(r, p);
            mask <<= 1;
            p = Mul(p, p);
        }
        return r;
    }

    /// <summary>x ** y for complex values (CPython's complex_pow: small integral exponents by repeated multiplication).</summary>
    public static PyObject Power(double ar, double ai, double br, double bi)
    {
        (double re, double im) p;
        bool domain = false;
        if (bi == 0 && br == Math.Floor(br) && Math.Abs(br) <= 100.0)
        {
            long n = (long)br;
            if (n > 0) p = PowU((ar, ai), n);
            else
            {
                var d = PowU((ar, ai), -n);
                if (!Quot((1.0, 0.0), d, out p)) domain = true;
            }
        }
        else p = Pow((ar, ai), (br, bi), out domain);
        if (domain) throw PyException.ZeroDivisionError("0.0 to a negative or complex power");
        if (double.IsInfinity(p.re) || double.IsInfinity(p.im)) throw PyException.OverflowError("complex exponentiation");
        return new PyComplex(p.re, p.im);
    }

    static (double, double) Pow((double re, double im) a, (double re, double im) b, out bool domain)
    {
        domain = false;
        if (b.re == 0 && b.im == 0) return (1.0, 0.0);
        if (a.re == 0 && a.im == 0)
        {
            if (b.im != 0 || b.re < 0) domain = true;
            return (0.0, 0.0);
        }
        double vabs = Hypot(a.re, a.im);
        double len = Math.Pow(vabs, b.re);
        double at = Math.Atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0)
        {
            len /= Math.Exp(at * b.im);
            phase += b.im * Math.Log(vabs);
        }
        // cos/sin of an infinite phase is a domain error in C (errno EDOM), which CPython reports.
        if (double.IsInfinity(phase)) domain = true;
        return (len * Math.Cos(phase), len * Math.Sin(phase));
    }

    static double Hypot(double x, double y)
    {
        if (double.IsInfinity(x) || double.IsInfinity(y)) return double.PositiveInfinity;
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        return double.Hypot(x, y);
    }

    /// <summary>abs(complex): hypot, with OverflowError when finite parts overflow.</summary>
    public static double Abs(double re, double im)
    {
        double r = Hypot(re, im);
        if (double.IsInfinity(r) && double.IsFinite(re) && double.IsFinite(im))
            throw PyException.OverflowError("absolute value too large");
        return r;
    }

    // ---------------- comparison, hash, repr ----------------

    static PyObject Compare(PyComplex a, PyObject b, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne) return NotImpl;
        bool eq;
        if (b is PyInt i)
        {
            // Exact: the real part must equal the int exactly and the imaginary part be zero.
            eq = a.Imag == 0 && !double.IsNaN(a.Real) && PyInt.CompareWithDouble(i, a.Real) == 0;
        }
        else if (b is PyFloat f) eq = a.Real == f.Value && a.Imag == 0;
        else if (b is PyComplex c) eq = a.Real == c.Real && a.Imag == c.Imag;
        else return NotImpl;
        return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
    }

    static long Hash(PyComplex c)
    {
        ulong hr = (ulong)PyFloat.Hash(c.Real, c);
        ulong hi = (ulong)PyFloat.Hash(c.Imag, c);
        long h = (long)(hr + 1000003UL * hi);
        return h == -1 ? -2 : h;
    }

    /// <summary>repr(complex): "1j", "(1+2j)", "(-0-0j)"; parts in the shortest repr without a trailing ".0".</summary>
    public static string Repr(double re, double im)
    {
        var sb = new StringBuilder();
        string imS = FloatFormatting.ToString(im, 'r', 0, false, false, false, false, out bool imNeg);
        if (re == 0 && BitConverter.DoubleToInt64Bits(re) >= 0)
        {
            sb.Append(imS).Append('j');
            return sb.ToString();
        }
        string reS = FloatFormatting.ToString(re, 'r', 0, false, false, false, false, out _);
        sb.Append('(').Append(reS);
        if (!imNeg) sb.Append('+');
        sb.Append(imS).Append("j)");
        return sb.ToString();
    }
}
