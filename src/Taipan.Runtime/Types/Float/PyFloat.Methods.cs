using System.Globalization;
using System.Numerics;
using System.Text;

namespace Taipan.Runtime;

/// <summary>float's methods and attributes, in the order of the Python docs.</summary>
public partial class PyFloat
{
    [PyMethod("as_integer_ratio($self, /)")]
    public PyObject AsIntegerRatio()
    {
        double v = Value;
        if (double.IsNaN(v)) throw PyException.ValueError("cannot convert NaN to integer ratio");
        if (double.IsInfinity(v)) throw PyException.OverflowError("cannot convert Infinity to integer ratio");
        if (v == 0) return new PyTuple([PyInt.Zero, PyInt.One]);
        long bits = BitConverter.DoubleToInt64Bits(v);
        int exp = (int)((bits >> 52) & 0x7FF);
        long man = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp = 1; else man |= 1L << 52;
        exp -= 1075;
        // Remove common factors of two so the ratio is in lowest terms.
        int tz = BitOperations.TrailingZeroCount(man);
        man >>= tz;
        exp += tz;
        if (v < 0) man = -man;
        if (exp >= 0) return new PyTuple([PyInt.Get(new BigInteger(man) << exp), PyInt.One]);
        return new PyTuple([PyInt.Get(man), PyInt.Get(BigInteger.One << -exp)]);
    }

    [PyMethod("is_integer($self, /)")]
    public bool IsInteger() => double.IsFinite(Value) && Value == Math.Floor(Value);

    [PyMethod("hex($self, /)")]
    public string Hex() => ToHex(Value);

    /// <summary>float.hex(): "[-]0x1.hhhhhhhhhhhhhp±e", subnormals as 0x0.…p-1022.</summary>
    public static string ToHex(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        long bits = BitConverter.DoubleToInt64Bits(v);
        string sign = bits < 0 ? "-" : "";
        if (v == 0) return sign + "0x0.0p+0";
        int exp = (int)((bits >> 52) & 0x7FF);
        long man = bits & 0xFFFFFFFFFFFFFL;
        int lead = 1;
        if (exp == 0) { lead = 0; exp = -1022; }
        else exp -= 1023;
        return $"{sign}0x{lead}.{man:x13}p{(exp >= 0 ? "+" : "-")}{Math.Abs(exp).ToString(CultureInfo.InvariantCulture)}";
    }

    [PyMethod("fromhex($type, string, /)", Kind = PyMethodKind.Class)]
    public static PyObject FromHex(PyType type, PyStr @string)
    {
        double v = ParseHex(@string.Value);
        if (type == TypeObject) return new PyFloat(v);
        return Ops.Call(type, new PyFloat(v));
    }

    static PyException InvalidHex() => PyException.ValueError("invalid hexadecimal floating-point string");

    /// <summary>float.fromhex: exact value rounded half-even to a double.</summary>
    public static double ParseHex(string s)
    {
        int i = 0, end = s.Length;
        while (i < end && char.IsWhiteSpace(s[i])) i++;
        while (end > i && char.IsWhiteSpace(s[end - 1])) end--;
        bool neg = false;
        if (i < end && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
        var word = s.Substring(i, end - i).ToLowerInvariant();
        if (word == "inf" || word == "infinity") return neg ? double.NegativeInfinity : double.PositiveInfinity;
        if (word == "nan") return neg ? -double.NaN : double.NaN;
        if (end - i >= 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
        BigInteger m = BigInteger.Zero;
        int intDigits = 0, fracDigits = 0;
        while (i < end && Uri.IsHexDigit(s[i])) { m = (m << 4) + HexVal(s[i]); intDigits++; i++; }
        if (i < end && s[i] == '.')
        {
            i++;
            while (i < end && Uri.IsHexDigit(s[i])) { m = (m << 4) + HexVal(s[i]); fracDigits++; i++; }
        }
        if (intDigits + fracDigits == 0) throw InvalidHex();
        long exp = 0;
        if (i < end && (s[i] == 'p' || s[i] == 'P'))
        {
            i++;
            bool eneg = false;
            if (i < end && (s[i] == '+' || s[i] == '-')) { eneg = s[i] == '-'; i++; }
            int ds = i;
            while (i < end && s[i] >= '0' && s[i] <= '9')
            {
                if (exp < 1_000_000_000) exp = exp * 10 + (s[i] - '0');
                i++;
            }
            if (i == ds) throw InvalidHex();
            if (eneg) exp = -exp;
        }
        if (i != end) throw InvalidHex();
        double r = ScaleToDouble(m, exp - 4L * fracDigits);
        if (double.IsInfinity(r)) throw PyException.OverflowError("hexadecimal value too large to represent as a float");
        return neg ? -r : r;
    }

    static int HexVal(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>m × 2^e rounded half-even to a double (infinity past the range).</summary>
    internal static double ScaleToDouble(BigInteger m, long e)
    {
        if (m.IsZero) return 0.0;
        long l = (long)m.GetBitLength();
        long top = l + e - 1;
        if (top > 1023) return double.PositiveInfinity;
        if (top < -1076) return 0.0;
        long lsb = Math.Max(top - 52, -1074);
        long d = lsb - e;
        if (d <= 0) return Math.ScaleB((double)(ulong)(m << (int)-d), (int)lsb);
        var q = m >> (int)d;
        var low = m & ((BigInteger.One << (int)d) - 1);
        var half = BigInteger.One << (int)(d - 1);
        int c = low.CompareTo(half);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return Math.ScaleB((double)(ulong)q, (int)lsb);
    }

    [PyMethod("conjugate($self, /)")]
    public PyObject Conjugate() => Type == TypeObject ? this : new PyFloat(Value);

    [PyGetter("real")]
    public PyObject Real() => Type == TypeObject ? this : new PyFloat(Value);

    [PyGetter("imag")]
    public PyObject Imag() => new PyFloat(0.0);

    [PyMethod("__trunc__($self, /)")]
    public PyObject Trunc() => ToInt(Value);

    [PyMethod("__floor__($self, /)")]
    public PyObject Floor() => ToInt(Math.Floor(Value));

    [PyMethod("__ceil__($self, /)")]
    public PyObject Ceil() => ToInt(Math.Ceiling(Value));

    /// <summary>round(x) to an int (half to even), or round(x, n) correctly rounded through the decimal value.</summary>
    [PyMethod("__round__($self, ndigits=None, /)")]
    public PyObject Round(PyObject? ndigits = null)
    {
        double x = Value;
        if (ndigits == null || ndigits is PyNone)
        {
            double r = Math.Round(x, MidpointRounding.ToEven);
            return ToInt(r);
        }
        long n = Ops.AsIndexClamped(ndigits);
        return new PyFloat(RoundDigits(x, n));
    }

    /// <summary>x rounded to n decimal places, half to even on the exact value (CPython's double_round).</summary>
    public static double RoundDigits(double x, long n)
    {
        const int NdigitsMax = 323, NdigitsMin = -308;
        if (!double.IsFinite(x) || x == 0) return x;
        if (n > NdigitsMax) return x;
        if (n < NdigitsMin) return 0.0 * x;
        var q = FloatFormatting.ScaleRound(Math.Abs(x), (int)n);
        double r;
        if (q.IsZero) r = 0.0;
        else
        {
            string s = q.ToString(CultureInfo.InvariantCulture) + "e" + (-n).ToString(CultureInfo.InvariantCulture);
            r = double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        if (double.IsInfinity(r)) throw PyException.OverflowError("rounded value too large to represent");
        return Math.CopySign(r, x);
    }

    [PyMethod("__getnewargs__($self, /)")]
    public PyObject GetNewArgs() => new PyTuple([new PyFloat(Value)]);

    [PyMethod("__getformat__($type, typestr, /)", Kind = PyMethodKind.Class)]
    public static string GetFormat(PyType type, PyObject typestr)
    {
        if (typestr is not PyStr s) throw PyException.TypeError($"__getformat__() argument must be str, not {typestr.Type.Name}");
        if (s.Value != "double" && s.Value != "float")
            throw PyException.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
        return "IEEE, little-endian";
    }

    [PyMethod("__format__($self, format_spec, /)")]
    public PyObject Format(PyStr formatSpec)
    {
        if (formatSpec.Length == 0) return Ops.Str(this);
        return new PyStr(NumberFormatting.FormatFloat(Value, formatSpec.Value, Type.Name));
    }
}
