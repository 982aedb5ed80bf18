using System.Globalization;
using System.Numerics;
using System.Text;

namespace Taipan.Runtime;

/// <summary>
/// Decimal conversion of doubles with Python's layouts (CPython's PyOS_double_to_string): the shortest
/// round-trip repr ('r'), and correctly rounded 'e', 'f' and 'g' conversions (round-half-even on the
/// exact binary value, computed with BigInteger so every precision is exact).
/// </summary>
public static class FloatFormatting
{
    /// <summary>repr(float) / str(float).</summary>
    public static string Repr(double v)
    {
        if (double.IsFinite(v) && v == Math.Floor(v) && Math.Abs(v) < 1e16)
        {
            // Integral values below 1e16 print as "<int>.0" (the common case, no digit generation needed).
            if (v == 0) return BitConverter.DoubleToInt64Bits(v) < 0 ? "-0.0" : "0.0";
            return ((long)v).ToString(CultureInfo.InvariantCulture) + ".0";
        }
        return ToString(v, 'r', 0, alternate: false, addDot0: true, upper: false, noNegZero: false, out _);
    }

    /// <summary>
    /// Formats <paramref name="v"/> with a type of 'r', 'e', 'f', 'g' (CPython's format codes), including
    /// a leading '-' for negative values (never for NaN). <paramref name="isNegative"/> tells whether a '-'
    /// was written (so callers can place signs themselves by stripping it).
    /// </summary>
    public static string ToString(double v, char type, int precision, bool alternate, bool addDot0, bool upper,
        bool noNegZero, out bool isNegative)
    {
        var sb = new StringBuilder(24);
        isNegative = false;
        if (double.IsNaN(v)) { sb.Append(upper ? "NAN" : "nan"); return sb.ToString(); }
        bool neg = BitConverter.DoubleToInt64Bits(v) < 0;
        double a = Math.Abs(v);
        if (double.IsInfinity(a))
        {
            isNegative = neg;
            return (neg ? "-" : "") + (upper ? "INF" : "inf");
        }
        int start = sb.Length;
        AppendAbs(sb, a, type, precision, alternate, addDot0, upper);
        if (neg && noNegZero && IsAllZero(sb, start)) neg = false;
        if (neg) sb.Insert(0, '-');
        isNegative = neg;
        return sb.ToString();
    }

    static bool IsAllZero(StringBuilder sb, int start)
    {
        for (int i = start; i < sb.Length; i++)
        {
            char c = sb[i];
            if (c == 'e' || c == 'E') break;
            if (c >= '1' && c <= '9') return false;
        }
        return true;
    }

    /// <summary>Appends |v| (finite, non-negative) in the requested layout.</summary>
    static void AppendAbs(StringBuilder sb, double a, char type, int precision, bool alt, bool addDot0, bool upper)
    {
        string digits;
        int decpt;
        switch (type)
        {
            case 'f':
            {
                FixedDigits(a, precision, out var intPart, out var frac);
                sb.Append(intPart);
                if (precision > 0 || alt) sb.Append('.');
                sb.Append(frac);
                return;
            }
            case 'e':
            {
                SignificantDigits(a, precision + 1, out digits, out decpt);
                AppendExp(sb, digits, decpt, precision + 1, alt, upper);
                return;
            }
            case 'g':
            {
                if (precision == 0) precision = 1;
                SignificantDigits(a, precision, out digits, out decpt);
                if (!alt) digits = digits.TrimEnd('0');
                if (digits.Length == 0) digits = "0";
                bool useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
                int minDigits = alt ? precision : 0;
                if (useExp) AppendExp(sb, digits, decpt, minDigits, alt, upper);
                else AppendFixed(sb, digits, decpt, minDigits, alt, addDot0);
                return;
            }
            default: // 'r'
            {
                ShortestDigits(a, out digits, out decpt);
                bool useExp = decpt <= -4 || decpt > 16;
                if (useExp) AppendExp(sb, digits, decpt, 0, alt, upper);
                else AppendFixed(sb, digits, decpt, 0, alt, addDot0);
                return;
            }
        }
    }

    /// <summary>d.ddd e±XX with at least <paramref name="minDigits"/> digits (zero padded).</summary>
    static void AppendExp(StringBuilder sb, string digits, int decpt, int minDigits, bool alt, bool upper)
    {
        int exp = digits == "0" ? 0 : decpt - 1;
        sb.Append(digits[0]);
        int n = Math.Max(digits.Length, minDigits);
        if (n > 1 || alt) sb.Append('.');
        for (int i = 1; i < n; i++) sb.Append(i < digits.Length ? digits[i] : '0');
        sb.Append(upper ? 'E' : 'e');
        sb.Append(exp < 0 ? '-' : '+');
        int ae = Math.Abs(exp);
        if (ae < 10) sb.Append('0');
        sb.Append(ae.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Fixed notation of 0.digits × 10^decpt with at least <paramref name="minDigits"/> significant digits.</summary>
    static void AppendFixed(StringBuilder sb, string digits, int decpt, int minDigits, bool alt, bool addDot0)
    {
        int nd = Math.Max(digits.Length, minDigits);
        if (digits == "0") decpt = 1;
        if (decpt <= 0)
        {
            sb.Append('0').Append('.');
            sb.Append('0', -decpt);
            sb.Append(digits);
            if (nd > digits.Length) sb.Append('0', nd - digits.Length);
            return;
        }
        // Integer part.
        for (int i = 0; i < decpt; i++) sb.Append(i < digits.Length ? digits[i] : '0');
        int fracDigits = nd - decpt;
        if (fracDigits > 0)
        {
            sb.Append('.');
            for (int i = decpt; i < nd; i++) sb.Append(i < digits.Length ? digits[i] : '0');
        }
        else if (addDot0) sb.Append(".0");
        else if (alt) sb.Append('.');
    }

    // ---------------- digit generation ----------------

    /// <summary>The shortest digits that round-trip (no trailing zeros) and the decimal point position: v = 0.DIGITS × 10^decpt.</summary>
    public static void ShortestDigits(double a, out string digits, out int decpt)
    {
        if (a == 0) { digits = "0"; decpt = 1; return; }
        string r = a.ToString("R", CultureInfo.InvariantCulture);
        int e = r.IndexOfAny(['E', 'e']);
        int exp10 = 0;
        string mant = r;
        if (e >= 0)
        {
            exp10 = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mant = r.Substring(0, e);
        }
        int dot = mant.IndexOf('.');
        string all = dot >= 0 ? mant.Remove(dot, 1) : mant;
        int intLen = dot >= 0 ? dot : mant.Length;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') lead++;
        digits = all.Substring(lead).TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        decpt = intLen - lead + exp10;
    }

    /// <summary>Splits a double into num/den with v = num/den exactly.</summary>
    static void Exact(double a, out BigInteger num, out int binExp)
    {
        long bits = BitConverter.DoubleToInt64Bits(a);
        int exp = (int)((bits >> 52) & 0x7FF);
        long man = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp = 1; else man |= 1L << 52;
        num = man;
        binExp = exp - 1075;
    }

    static BigInteger RoundHalfEven(BigInteger n, BigInteger d)
    {
        var q = BigInteger.DivRem(n, d, out var r);
        int c = (r << 1).CompareTo(d);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>round(a × 10^shift) half-even, exactly.</summary>
    public static BigInteger ScaleRound(double a, int shift)
    {
        Exact(a, out var m, out int be);
        BigInteger num = m, den = BigInteger.One;
        if (be >= 0) num <<= be; else den <<= -be;
        if (shift >= 0) num *= BigInteger.Pow(10, shift); else den *= BigInteger.Pow(10, -shift);
        return RoundHalfEven(num, den);
    }

    /// <summary>'f' digits: the integer part and exactly <paramref name="precision"/> fraction digits, correctly rounded.</summary>
    public static void FixedDigits(double a, int precision, out string intPart, out string frac)
    {
        string s;
        if (precision <= 17 && a < 1e15 && a * Pow10(precision) < 9e15 && IsExactlyScaled(a, precision, out long scaled))
            s = scaled.ToString(CultureInfo.InvariantCulture);
        else
            s = ScaleRound(a, precision).ToString(CultureInfo.InvariantCulture);
        if (s.Length <= precision) s = new string('0', precision + 1 - s.Length) + s;
        intPart = s.Substring(0, s.Length - precision);
        frac = s.Substring(s.Length - precision);
    }

    static double Pow10(int p) => p switch { 0 => 1, 1 => 10, 2 => 100, 3 => 1000, _ => Math.Pow(10, p) };

    /// <summary>Fast path: when a × 10^p is an integer exactly representable, no rounding is needed.</summary>
    static bool IsExactlyScaled(double a, int p, out long scaled)
    {
        scaled = 0;
        if (p != 0) return false;
        if (a != Math.Floor(a)) return false;
        scaled = (long)a;
        return true;
    }

    /// <summary><paramref name="n"/> significant digits, correctly rounded (trailing zeros kept), with decpt: v ≈ 0.DIGITS × 10^decpt.</summary>
    public static void SignificantDigits(double a, int n, out string digits, out int decpt)
    {
        if (a == 0) { digits = new string('0', n); decpt = 1; return; }
        int k = (int)Math.Floor(Math.Log10(a)); // estimate of the decimal exponent; corrected below
        BigInteger lo = BigInteger.Pow(10, n - 1), hi = lo * 10;
        for (int guard = 0; guard < 4; guard++)
        {
            var q = ScaleRound(a, n - 1 - k);
            if (q >= hi) { k++; continue; }
            if (q < lo) { k--; continue; }
            digits = q.ToString(CultureInfo.InvariantCulture);
            decpt = k + 1;
            return;
        }
        // Not reached for finite doubles; fall back to the last estimate.
        digits = ScaleRound(a, n - 1 - k).ToString(CultureInfo.InvariantCulture);
        decpt = k + 1;
    }
}
