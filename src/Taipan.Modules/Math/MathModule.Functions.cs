using System.Numerics;
using Taipan.Runtime;

namespace Taipan.Modules;

public static partial class MathModule
{
    // ---------------- power and logarithmic functions ----------------

    [PyMethod("cbrt($module, x, /)", Doc = "Return the cube root of x.")]
    static double Cbrt(double x) => Check1(x, Math.Cbrt(x), false);

    [PyMethod("exp($module, x, /)", Doc = "Return e raised to the power of x.")]
    static double Exp(double x) => Check1(x, Math.Exp(x), true);

    [PyMethod("exp2($module, x, /)", Doc = "Return 2 raised to the power of x.")]
    static double Exp2(double x) => Check1(x, Math.Pow(2.0, x), true);

    [PyMethod("expm1($module, x, /)", Doc = "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.")]
    static double Expm1(double x) => Check1(x, Expm1Core(x), true);

    /// <summary>exp(x)-1 the way the C library computes it: reduce x = k*ln2 + r with the rounding error
    /// kept, a rational approximation on r, then rebuild with care for k = -1, 0, 1 and large k.</summary>
    static double Expm1Core(double x)
    {
        const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10, InvLn2 = 1.44269504088896338700e+00;
        const double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03, Q3 = -7.93650757867487942473e-05,
            Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;
        if (double.IsNaN(x)) return x;
        if (double.IsPositiveInfinity(x)) return x;
        if (double.IsNegativeInfinity(x)) return -1.0;
        int hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32);
        bool neg = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A)
        {
            // |x| >= 56*ln2
            if (!neg && x > 7.09782712893383973096e+02) return double.PositiveInfinity;
            if (neg) return -1.0;
        }
        int k;
        double c = 0;
        if (hx > 0x3fd62e42)
        {
            // |x| > 0.5*ln2: reduce.
            double hi, lo;
            if (hx < 0x3FF0A2B2)
            {
                if (!neg) { hi = x - Ln2Hi; lo = Ln2Lo; k = 1; }
                else { hi = x + Ln2Hi; lo = -Ln2Lo; k = -1; }
            }
            else
            {
                k = (int)(InvLn2 * x + (neg ? -0.5 : 0.5));
                double tk = k;
                hi = x - tk * Ln2Hi;
                lo = tk * Ln2Lo;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        }
        else if (hx < 0x3c900000) return x;
        else k = 0;
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) return x - (x * e - hxs);
        e = x * (e - c) - c;
        e -= hxs;
        if (k == -1) return 0.5 * (x - e) - 0.5;
        if (k == 1)
        {
            if (x < -0.25) return -2.0 * (e - (x + 0.5));
            return 1.0 + 2.0 * (x - e);
        }
        double y;
        if (k <= -2 || k > 56)
        {
            y = 1.0 - (e - x);
            y = k == 1024 ? y * 2.0 * 8.98846567431158e307 : Math.ScaleB(y, k);
            return y - 1.0;
        }
        if (k < 20)
        {
            t = 1.0 - Math.ScaleB(1.0, -k);
            y = t - (e - x);
        }
        else
        {
            t = Math.ScaleB(1.0, -k);
            y = x - (e + t);
            y += 1.0;
        }
        return Math.ScaleB(y, k);
    }

    /// <summary>CPython's loghelper: ints too big for a float are scaled by their bit length.</summary>
    static double LogHelper(PyObject x, Func<double, double> f)
    {
        if (x is PyInt i)
        {
            if (i.Sign <= 0) throw Domain();
            if (i.IsSmall) return LogChecked((double)i.Small, f);
            var big = i.Big;
            double d = (double)big;
            if (double.IsFinite(d)) return LogChecked(d, f);
            long e = (long)big.GetBitLength();
            // big / 2**e is in [0.5, 1): take its top 64 bits.
            int shift = (int)(e - 64);
            double m = (double)(big >> shift) / 18446744073709551616.0; // 2**64
            return f(m) + f(2.0) * e;
        }
        return LogChecked(ArgConv.ToDouble(x), f);
    }

    static double LogChecked(double x, Func<double, double> f)
    {
        if (double.IsNaN(x)) return x;
        if (x <= 0) throw Domain();
        if (double.IsPositiveInfinity(x)) return x;
        return f(x);
    }

    [PyMethod("log($module, x, base=<unrepresentable>, /)", Doc = "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of x.", HideSignature = true)]
    static double Log(PyObject x, PyObject? b)
    {
        double num = LogHelper(x, Math.Log);
        if (b == null) return num;
        double den = LogHelper(b, Math.Log);
        if (den == 0) throw PyException.ZeroDivisionError("float division by zero");
        return num / den;
    }

    [PyMethod("log1p($module, x, /)", Doc = "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero.")]
    static double Log1p(double x)
    {
        if (double.IsNaN(x)) return x;
        if (x == -1.0) throw Domain();
        if (x < -1.0) throw Domain();
        if (double.IsPositiveInfinity(x)) return x;
        return Log1pCore(x);
    }

    static double HighWord(double d, int hi) =>
        BitConverter.Int64BitsToDouble(((long)hi << 32) | (BitConverter.DoubleToInt64Bits(d) & 0xFFFFFFFFL));

    /// <summary>log(1+x) the way the C library computes it (reduce 1+x to 2**k * (1+f) with f near 0, keep
    /// the rounding error c of 1+x, then a degree-14 odd polynomial in s = f/(2+f)), so results match CPython's.</summary>
    static double Log1pCore(double x)
    {
        const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
        const double Lp1 = 6.666666666666735130e-01, Lp2 = 3.999999999940941908e-01, Lp3 = 2.857142874366239149e-01,
            Lp4 = 2.222219843214978396e-01, Lp5 = 1.818357216161805012e-01, Lp6 = 1.531383769920937332e-01,
            Lp7 = 1.479819860511658591e-01;
        int hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32);
        int ax = hx & 0x7fffffff;
        int k = 1, hu = 0;
        double f = 0, c = 0;
        if (hx < 0x3FDA827A)
        {
            // 1+x < sqrt(2)
            if (ax < 0x3e200000)
            {
                // |x| < 2**-29
                if (ax < 0x3c900000) return x;
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= unchecked((int)0xbfd2bec3)) { k = 0; f = x; hu = 1; }
        }
        if (k != 0)
        {
            double u;
            if (hx < 0x43400000)
            {
                u = 1.0 + x;
                hu = (int)(BitConverter.DoubleToInt64Bits(u) >> 32);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            }
            else
            {
                u = x;
                hu = (int)(BitConverter.DoubleToInt64Bits(u) >> 32);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) u = HighWord(u, hu | 0x3ff00000);
            else
            {
                k += 1;
                u = HighWord(u, hu | 0x3fe00000);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0)
        {
            // |f| < 2**-20
            if (f == 0.0)
            {
                if (k == 0) return 0.0;
                c += k * Ln2Lo;
                return k * Ln2Hi + c;
            }
            double r0 = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) return f - r0;
            return k * Ln2Hi - ((r0 - (k * Ln2Lo + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
        if (k == 0) return f - (hfsq - s * (hfsq + r));
        return k * Ln2Hi - ((hfsq - (s * (hfsq + r) + (k * Ln2Lo + c))) - f);
    }

    [PyMethod("log2($module, x, /)", Doc = "Return the base 2 logarithm of x.")]
    static double Log2(PyObject x) => LogHelper(x, Math.Log2);

    [PyMethod("log10($module, x, /)", Doc = "Return the base 10 logarithm of x.")]
    static double Log10(PyObject x) => LogHelper(x, Math.Log10);

    [PyMethod("pow($module, x, y, /)", Doc = "Return x**y (x to the power of y).")]
    static double Pow(double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x)) return y == 0.0 ? 1.0 : x;
            if (double.IsNaN(y)) return x == 1.0 ? 1.0 : y;
            return Math.Pow(x, y);
        }
        if (x == 0.0)
        {
            if (y < 0.0) throw Domain();
            return Math.Pow(x, y);
        }
        if (x < 0.0 && y != Math.Floor(y)) throw Domain();
        double r = Math.Pow(x, y);
        if (double.IsInfinity(r)) throw Range();
        return r;
    }

    [PyMethod("sqrt($module, x, /)", Doc = "Return the square root of x.")]
    static double Sqrt(double x) => Check1(x, Math.Sqrt(x), false);

    // ---------------- trigonometric and hyperbolic functions ----------------

    [PyMethod("acos($module, x, /)", Doc = "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi.")]
    static double Acos(double x) => Check1(x, Math.Acos(x), false);
    [PyMethod("asin($module, x, /)", Doc = "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.")]
    static double Asin(double x) => Check1(x, Math.Asin(x), false);
    [PyMethod("atan($module, x, /)", Doc = "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.")]
    static double Atan(double x) => Check1(x, Math.Atan(x), false);
    [PyMethod("atan2($module, y, x, /)", Doc = "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered.")]
    static double Atan2(double y, double x) => Math.Atan2(y, x);
    [PyMethod("cos($module, x, /)", Doc = "Return the cosine of x (measured in radians).")]
    static double Cos(double x) => Check1(x, Math.Cos(x), false);
    [PyMethod("sin($module, x, /)", Doc = "Return the sine of x (measured in radians).")]
    static double Sin(double x) => Check1(x, Math.Sin(x), false);
    [PyMethod("tan($module, x, /)", Doc = "Return the tangent of x (measured in radians).")]
    static double Tan(double x) => Check1(x, Math.Tan(x), false);
    [PyMethod("acosh($module, x, /)", Doc = "Return the inverse hyperbolic cosine of x.")]
    static double Acosh(double x) => Check1(x, Math.Acosh(x), false);
    [PyMethod("asinh($module, x, /)", Doc = "Return the inverse hyperbolic sine of x.")]
    static double Asinh(double x) => Check1(x, Math.Asinh(x), false);
    [PyMethod("atanh($module, x, /)", Doc = "Return the inverse hyperbolic tangent of x.")]
    static double Atanh(double x)
    {
        if (Math.Abs(x) >= 1.0 && !double.IsNaN(x)) throw Domain();
        return Math.Atanh(x);
    }
    [PyMethod("cosh($module, x, /)", Doc = "Return the hyperbolic cosine of x.")]
    static double Cosh(double x) => Check1(x, Math.Cosh(x), true);
    [PyMethod("sinh($module, x, /)", Doc = "Return the hyperbolic sine of x.")]
    static double Sinh(double x) => Check1(x, Math.Sinh(x), true);
    [PyMethod("tanh($module, x, /)", Doc = "Return the hyperbolic tangent of x.")]
    static double Tanh(double x) => Check1(x, Math.Tanh(x), false);

    [PyMethod("degrees($module, x, /)", Doc = "Convert angle x from radians to degrees.")]
    static double Degrees(double x) => x * (180.0 / Math.PI);

    [PyMethod("radians($module, x, /)", Doc = "Convert angle x from degrees to radians.")]
    static double Radians(double x) => x * (Math.PI / 180.0);

    // ---------------- distances (CPython's vector_norm) ----------------

    static (double hi, double lo) DlMul(double x, double y)
    {
        double hi = x * y;
        return (hi, Math.FusedMultiplyAdd(x, y, -hi));
    }

    static (double hi, double lo) DlFastSum(double a, double b)
    {
        double hi = a + b;
        return (hi, (a - hi) + b);
    }

    /// <summary>Euclidean norm, accurate to within 1 ulp: scale by a power of two, square and sum with
    /// the rounding errors kept, take the root, then one Newton-style correction.</summary>
    static double VectorNorm(Span<double> vec, double max, bool foundNan)
    {
        int n = vec.Length;
        if (double.IsInfinity(max)) return max;
        if (foundNan) return double.NaN;
        if (max == 0.0 || n <= 1) return max;
        var (_, maxE) = FrexpCore(max);
        if (maxE < -1023)
        {
            for (int i = 0; i < n; i++) vec[i] /= 2.2250738585072014e-308;
            return 2.2250738585072014e-308 * VectorNorm(vec, max / 2.2250738585072014e-308, foundNan);
        }
        double scale = Math.ScaleB(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (int i = 0; i < n; i++)
        {
            double x = vec[i] * scale;
            var pr = DlMul(x, x);
            var sm = DlFastSum(csum, pr.hi);
            csum = sm.hi;
            frac1 += pr.lo;
            frac2 += sm.lo;
        }
        double h = Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        var pr2 = DlMul(-h, h);
        var sm2 = DlFastSum(csum, pr2.hi);
        csum = sm2.hi;
        frac1 += pr2.lo;
        frac2 += sm2.lo;
        double xx = csum - 1.0 + (frac1 + frac2);
        h += xx / (2.0 * h);
        return h / scale;
    }

    [PyMethod("hypot($module, *coordinates)", Doc = "Multidimensional Euclidean distance from the origin to a point.")]
    static double Hypot(ReadOnlySpan<PyObject> args)
    {
        Span<double> vec = args.Length <= 16 ? stackalloc double[args.Length] : new double[args.Length];
        double max = 0.0;
        bool nan = false;
        for (int i = 0; i < args.Length; i++)
        {
            double x = Math.Abs(ArgConv.ToDouble(args[i]));
            vec[i] = x;
            nan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return VectorNorm(vec, max, nan);
    }

    [PyMethod("dist($module, p, q, /)", Doc = "Return the Euclidean distance between two points p and q.")]
    static double Dist(PyObject p, PyObject q)
    {
        var ps = p is PyTuple pt ? pt.Items : Ops.ToArray(p);
        var qs = q is PyTuple qt ? qt.Items : Ops.ToArray(q);
        if (ps.Length != qs.Length) throw PyException.ValueError("both points must have the same number of dimensions");
        var vec = new double[ps.Length];
        double max = 0.0;
        bool nan = false;
        for (int i = 0; i < ps.Length; i++)
        {
            double x = Math.Abs(ArgConv.ToDouble(ps[i]) - ArgConv.ToDouble(qs[i]));
            vec[i] = x;
            nan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return VectorNorm(vec, max, nan);
    }

    // ---------------- special functions ----------------

    const double LanczosG = 6.024680040776729583740234375;
    const double LanczosGMinusHalf = 5.524680040776729583740234375;
    const double LogPi = 1.144729885849400174143427351353058711647;

    static readonly double[] s_lanczosNum =
    [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];

    static readonly double[] s_lanczosDen =
    [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    ];

    static readonly double[] s_gammaIntegral =
    [
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
        479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
        355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0,
    ];

    static double LanczosSum(double x)
    {
        double num = 0.0, den = 0.0;
        int n = s_lanczosNum.Length;
        if (x < 5.0)
            for (int i = n - 1; i >= 0; i--)
            {
                num = num * x + s_lanczosNum[i];
                den = den * x + s_lanczosDen[i];
            }
        else
            for (int i = 0; i < n; i++)
            {
                num = num / x + s_lanczosNum[i];
                den = den / x + s_lanczosDen[i];
            }
        return num / den;
    }

    /// <summary>sin(pi * x), exact at the multiples of 1/2.</summary>
    static double SinPi(double x)
    {
        double y = Math.Abs(x) % 2.0;
        int n = (int)Math.Round(2.0 * y, MidpointRounding.AwayFromZero);
        double r = n switch
        {
            0 => Math.Sin(Math.PI * y),
            1 => Math.Cos(Math.PI * (y - 0.5)),
            2 => Math.Sin(Math.PI * (1.0 - y)),
            3 => -Math.Cos(Math.PI * (y - 1.5)),
            _ => Math.Sin(Math.PI * (y - 2.0)),
        };
        return Math.CopySign(1.0, x) * r;
    }

    [PyMethod("gamma($module, x, /)", Doc = "Gamma function at x.")]
    static double Gamma(double x)
    {
        if (!double.IsFinite(x))
        {
            if (double.IsNaN(x) || x > 0) return x;
            throw Domain();
        }
        if (x == 0.0) throw Domain();
        if (x == Math.Floor(x))
        {
            if (x < 0.0) throw Domain();
            if (x <= s_gammaIntegral.Length) return s_gammaIntegral[(int)x - 1];
        }
        double absx = Math.Abs(x);
        if (absx < 1e-20)
        {
            double r0 = 1.0 / x;
            if (double.IsInfinity(r0)) throw Range();
            return r0;
        }
        if (absx > 200.0)
        {
            if (x < 0.0) return 0.0 / SinPi(x);
            throw Range();
        }
        double y = absx + LanczosGMinusHalf, q, z;
        if (absx > LanczosGMinusHalf)
        {
            q = y - absx;
            z = q - LanczosGMinusHalf;
        }
        else
        {
            q = y - LanczosGMinusHalf;
            z = q - absx;
        }
        z = z * LanczosG / y;
        double r;
        if (x < 0.0)
        {
            r = -Math.PI / SinPi(absx) / absx * Math.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= Math.Pow(y, absx - 0.5);
            else
            {
                double sqrtpow = Math.Pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        }
        else
        {
            r = LanczosSum(absx) / Math.Exp(y);
            r += z * r;
            if (absx < 140.0) r *= Math.Pow(y, absx - 0.5);
            else
            {
                double sqrtpow = Math.Pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (double.IsInfinity(r)) throw Range();
        return r;
    }

    [PyMethod("lgamma($module, x, /)", Doc = "Natural logarithm of absolute value of Gamma function at x.")]
    static double Lgamma(double x)
    {
        if (!double.IsFinite(x)) return double.IsNaN(x) ? x : double.PositiveInfinity;
        if (x == Math.Floor(x) && x <= 2.0)
        {
            if (x <= 0.0) throw Domain();
            return 0.0;
        }
        double absx = Math.Abs(x);
        if (absx < 1e-20) return -Math.Log(absx);
        double r = Math.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (Math.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0.0) r = LogPi - Math.Log(Math.Abs(SinPi(absx))) - Math.Log(absx) - r;
        if (double.IsInfinity(r)) throw Range();
        return r;
    }

    const double ErfSeriesCutoff = 1.5;
    const int ErfSeriesTerms = 25;
    const double ErfcContfracCutoff = 30.0;
    const int ErfcContfracTerms = 50;
    const double SqrtPi = 1.772453850905516027298167483341145182798;

    /// <summary>erf by its Taylor series (|x| small).</summary>
    static double ErfSeries(double x)
    {
        double x2 = x * x, acc = 0.0, fk = ErfSeriesTerms + 0.5;
        for (int i = 0; i < ErfSeriesTerms; i++)
        {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * Math.Exp(-x2) / SqrtPi;
    }

    /// <summary>erfc by a continued fraction (|x| large).</summary>
    static double ErfcContfrac(double x)
    {
        if (x >= ErfcContfracCutoff) return 0.0;
        double x2 = x * x, a = 0.0, da = 0.5, p = 1.0, pLast = 0.0, q = da + x2, qLast = 1.0;
        for (int i = 0; i < ErfcContfracTerms; i++)
        {
            a += da;
            da += 2.0;
            double b = da + x2;
            double temp = p; p = b * p - a * pLast; pLast = temp;
            temp = q; q = b * q - a * qLast; qLast = temp;
        }
        return p / q * x * Math.Exp(-x2) / SqrtPi;
    }

    [PyMethod("erf($module, x, /)", Doc = "Error function at x.")]
    static double Erf(double x)
    {
        if (double.IsNaN(x)) return x;
        double absx = Math.Abs(x);
        if (absx < ErfSeriesCutoff) return ErfSeries(x);
        double cf = ErfcContfrac(absx);
        return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    [PyMethod("erfc($module, x, /)", Doc = "Complementary error function at x.")]
    static double Erfc(double x)
    {
        if (double.IsNaN(x)) return x;
        double absx = Math.Abs(x);
        if (absx < ErfSeriesCutoff) return 1.0 - ErfSeries(x);
        double cf = ErfcContfrac(absx);
        return x > 0.0 ? cf : 2.0 - cf;
    }
}
