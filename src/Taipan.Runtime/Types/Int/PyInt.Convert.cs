using System.Numerics;

namespace Taipan.Runtime;

/// <summary>Conversions between int and double (correctly rounded, as CPython's PyLong_AsDouble).</summary>
public partial class PyInt
{
    /// <summary>float(int): round-half-even to the nearest double; OverflowError past the double range.</summary>
    public static double ToDouble(PyInt v)
    {
        if (v.IsSmall) return v.Small;
        double d = BigToDouble(v.Big);
        if (double.IsInfinity(d)) throw PyException.OverflowError("int too large to convert to float");
        return d;
    }

    public double ToDouble() => ToDouble(this);

    /// <summary>Correctly rounded BigInteger → double (infinity when too large).</summary>
    public static double BigToDouble(BigInteger b)
    {
        int sign = b.Sign;
        if (sign == 0) return 0.0;
        var a = BigInteger.Abs(b);
        long nbits = (long)a.GetBitLength();
        if (nbits <= 64) return sign * (double)(ulong)a;
        if (nbits > 1025) return sign * double.PositiveInfinity;
        int shift = (int)(nbits - 64);
        ulong top = (ulong)(a >> shift);
        // A sticky bit below the 53-bit rounding point keeps the hardware rounding exact.
        if (!(a & ((BigInteger.One << shift) - 1)).IsZero) top |= 1;
        return sign * Math.ScaleB((double)top, shift);
    }

    /// <summary>
    /// Exact comparison of an int with a double (not NaN): -1, 0 or 1, as CPython's float_richcompare.
    /// </summary>
    public static int CompareWithDouble(PyInt a, double d)
    {
        if (double.IsInfinity(d)) return d > 0 ? -1 : 1;
        if (a.IsSmall && a.Small > -(1L << 53) && a.Small < (1L << 53)) return ((double)a.Small).CompareTo(d);
        double fl = Math.Floor(d);
        var ai = a.Big;
        var fi = new BigInteger(fl);
        int c = ai.CompareTo(fi);
        if (c != 0) return c;
        // a == floor(d): a < d when d has a fraction.
        return fl == d ? 0 : -1;
    }
}
