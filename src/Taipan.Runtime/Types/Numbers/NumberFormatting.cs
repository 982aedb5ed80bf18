using System.Globalization;
using System.Numerics;
using System.Text;

namespace Taipan.Runtime;

/// <summary>
/// __format__ for int, float and complex (CPython's formatter_unicode.c: format_long_internal,
/// format_float_internal, format_complex_internal) and int/str conversion with the
/// integer string conversion length limit (sys.set_int_max_str_digits).
/// </summary>
public static class NumberFormatting
{
    /// <summary>
    /// sys.get_int_max_str_digits(): the most decimal digits int&lt;-&gt;str conversions accept (0 = no limit).
    /// The sys module exposes it; it applies to bases that are not powers of two.
    /// </summary>
    public static int MaxStrDigits { get; set; } = 4300;

    public const int MaxStrDigitsThreshold = 640;

    // ---------------- int -> str ----------------

    /// <summary>str(int) with the length limit.</summary>
    public static string IntToDecimal(PyInt v)
    {
        if (v.IsSmall) return v.Small.ToString(CultureInfo.InvariantCulture);
        var b = v.Big;
        int limit = MaxStrDigits;
        if (limit > 0)
        {
            // Each bit adds log10(2) digits: decide without converting when clearly over the limit.
            long bits = (long)BigInteger.Abs(b).GetBitLength();
            if (bits * 0.30102999566398 > limit + 1) throw IntStrLimitError();
        }
        string s = b.ToString(CultureInfo.InvariantCulture);
        if (limit > 0 && s.Length - (b.Sign < 0 ? 1 : 0) > limit) throw IntStrLimitError();
        return s;
    }

    public static PyException IntStrLimitError() => PyException.ValueError(
        $"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    public static PyException IntParseLimitError(long digits) => PyException.ValueError(
        $"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");

    /// <summary>|v| in base 2, 8 or 16 (lowercase digits).</summary>
    public static string AbsToBase(PyInt v, int radix)
    {
        if (v.IsSmall)
        {
            long s = v.Small;
            ulong u = s < 0 ? (ulong)(-(s + 1)) + 1 : (ulong)s;
            if (u == 0) return "0";
            Span<char> buf = stackalloc char[64];
            int i = buf.Length;
            int shift = radix == 2 ? 1 : radix == 8 ? 3 : 4;
            ulong mask = (ulong)radix - 1;
            while (u != 0) { buf[--i] = "0123456789abcdef"[(int)(u & mask)]; u >>= shift; }
            return new string(buf[i..]);
        }
        var b = BigInteger.Abs(v.Big);
        if (radix == 16)
        {
            string h = b.ToString("x", CultureInfo.InvariantCulture);
            return h.TrimStart('0') is { Length: > 0 } t ? t : "0";
        }
        int sh = radix == 2 ? 1 : 3;
        var sb = new StringBuilder((int)(b.GetBitLength() / sh) + 1);
        var bytes = b.ToByteArray(isUnsigned: true, isBigEndian: false);
        long nbits = (long)b.GetBitLength();
        long ndig = (nbits + sh - 1) / sh;
        for (long d = ndig - 1; d >= 0; d--)
        {
            long bit = d * sh;
            int val = 0;
            for (int k = sh - 1; k >= 0; k--)
            {
                long bb = bit + k;
                int bv = bb / 8 < bytes.Length ? (bytes[bb / 8] >> (int)(bb % 8)) & 1 : 0;
                val = (val << 1) | bv;
            }
            sb.Append((char)('0' + val));
        }
        return sb.Length == 0 ? "0" : sb.ToString();
    }

    /// <summary>bin()/oct()/hex() of an int: sign, prefix, digits.</summary>
    public static string ToBaseWithPrefix(PyInt v, int radix)
    {
        string prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        string d = AbsToBase(v, radix);
        return v.Sign < 0 ? "-" + prefix + d : prefix + d;
    }

    // ---------------- layout shared by all numbers ----------------

    /// <summary>
    /// Places sign, prefix, grouped integer digits and the rest (fraction, exponent, '%') in the width
    /// (CPython's calc_number_widths/fill_number). A '0' fill with '=' alignment pads the digits with
    /// zeros that take part in grouping, as CPython does.
    /// </summary>
    internal static string Layout(in FormatSpec f, bool negative, string prefix, string intDigits, string rest,
        int groupSize, bool allowGroupingPad = true)
    {
        char signChar = negative ? '-' : f.Sign == '+' ? '+' : f.Sign == ' ' ? ' ' : '\0';
        int signLen = signChar != '\0' ? 1 : 0;
        int fixedLen = signLen + prefix.Length + rest.Length;
        bool zeroPad = f.Fill == '0' && f.Align == '=' && allowGroupingPad;
        string digits = intDigits;
        if (f.Grouping != '\0' && allowGroupingPad)
            digits = Group(intDigits, f.Grouping, groupSize, zeroPad ? f.Width - fixedLen : 0);
        else if (zeroPad && f.Width - fixedLen > intDigits.Length)
            digits = intDigits.PadLeft(f.Width - fixedLen, '0');
        int len = fixedLen + digits.Length;
        int pad = f.Width > len ? f.Width - len : 0;
        var sb = new StringBuilder(len + pad);
        if (pad == 0 || f.Align == '=')
        {
            if (signChar != '\0') sb.Append(signChar);
            sb.Append(prefix);
            f.AppendFill(sb, pad);
            sb.Append(digits).Append(rest);
            return sb.ToString();
        }
        int left = f.Align switch { '>' => pad, '^' => pad / 2, _ => 0 };
        f.AppendFill(sb, left);
        if (signChar != '\0') sb.Append(signChar);
        sb.Append(prefix).Append(digits).Append(rest);
        f.AppendFill(sb, pad - left);
        return sb.ToString();
    }

    /// <summary>Inserts separators every <paramref name="groupSize"/> digits from the right, zero-padding to <paramref name="minWidth"/>.</summary>
    internal static string Group(string digits, char sep, int groupSize, int minWidth)
    {
        // Build right to left (CPython's InsertThousandsGrouping with a repeating group).
        var buf = new List<char>(digits.Length + digits.Length / groupSize + Math.Max(0, minWidth));
        int remaining = digits.Length, pos = digits.Length;
        while (true)
        {
            int l = Math.Min(Math.Max(Math.Max(remaining, minWidth), 1), groupSize);
            for (int i = 0; i < l; i++) buf.Add(pos - 1 - i >= 0 ? digits[pos - 1 - i] : '0');
            pos -= l;
            minWidth -= l;
            remaining -= l;
            if (remaining <= 0 && minWidth <= 0) break;
            buf.Add(sep);
            minWidth -= 1;
        }
        buf.Reverse();
        return new string(buf.ToArray());
    }

    // ---------------- int.__format__ ----------------

    public static string FormatInt(PyInt v, string spec, string typeName = "int")
    {
        var f = FormatSpec.Parse(spec, typeName, 'd', '>');
        switch (f.Type)
        {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return FormatDouble(PyInt.ToDouble(v), f, typeName);
            default:
                throw FormatSpec.UnknownFormatCode(f.Type, typeName);
        }
        if (f.Precision >= 0) throw PyException.ValueError("Precision not allowed in integer format specifier");
        if (f.NoNegativeZero) throw PyException.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (f.Type == 'c')
        {
            if (f.Sign != '\0') throw PyException.ValueError("Sign not allowed with integer format specifier 'c'");
            if (f.Alternate) throw PyException.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (!v.IsSmall) throw PyException.OverflowError("Python int too large to convert to C long");
            if (v.Small < 0 || v.Small > 0x10FFFF)
                throw PyException.OverflowError("%c arg not in range(0x110000)");
            int cp = (int)v.Small;
            string ch = cp <= 0xFFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
            return f.Pad(ch, 1);
        }
        string digits, prefix = "";
        int group = 3;
        switch (f.Type)
        {
            case 'b': digits = AbsToBase(v, 2); group = 4; if (f.Alternate) prefix = "0b"; break;
            case 'o': digits = AbsToBase(v, 8); group = 4; if (f.Alternate) prefix = "0o"; break;
            case 'x': digits = AbsToBase(v, 16); group = 4; if (f.Alternate) prefix = "0x"; break;
            case 'X': digits = AbsToBase(v, 16).ToUpperInvariant(); group = 4; if (f.Alternate) prefix = "0X"; break;
            default:
                digits = IntToDecimal(v);
                if (digits[0] == '-') digits = digits.Substring(1);
                break;
        }
        return Layout(f, v.Sign < 0, prefix, digits, "", group);
    }

    // ---------------- float.__format__ ----------------

    public static string FormatFloat(double v, string spec, string typeName = "float")
    {
        var f = FormatSpec.Parse(spec, typeName, '\0', '>');
        switch (f.Type)
        {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n':
                break;
            default:
                throw FormatSpec.UnknownFormatCode(f.Type, typeName);
        }
        return FormatDouble(v, f, typeName);
    }

    /// <summary>Converts a double as the parsed spec says (shared by int's float presentation types).</summary>
    internal static string FormatDouble(double v, FormatSpec f, string typeName)
    {
        char type = (char)f.Type;
        int precision = f.Precision;
        bool addDot0 = false, pct = false;
        if (type == '\0')
        {
            addDot0 = true;
            type = precision < 0 ? 'r' : 'g';
        }
        if (type == 'n') type = 'g';
        if (type == '%') { type = 'f'; v *= 100; pct = true; }
        if (precision < 0 && type != 'r') precision = 6;
        bool upper = type is 'E' or 'F' or 'G';
        char lower = char.ToLowerInvariant(type);
        string s = FloatFormatting.ToString(v, lower, precision, f.Alternate, addDot0, upper, f.NoNegativeZero, out bool neg);
        if (neg) s = s.Substring(1);
        if (pct) s += "%";
        if (!double.IsFinite(v))
            return Layout(f, neg, "", "", s, 3, allowGroupingPad: false);
        int i = 0;
        while (i < s.Length && s[i] >= '0' && s[i] <= '9') i++;
        return Layout(f, neg, "", s.Substring(0, i), s.Substring(i), 3);
    }

    // ---------------- complex.__format__ ----------------

    public static string FormatComplex(double re, double im, string spec, string typeName = "complex")
    {
        var f = FormatSpec.Parse(spec, typeName, '\0', '>');
        switch (f.Type)
        {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw FormatSpec.UnknownFormatCode(f.Type, typeName);
        }
        if (f.ZeroPadding) throw PyException.ValueError("Zero padding is not allowed in complex format specifier");
        if (f.Align == '=') throw PyException.ValueError("'=' alignment flag is not allowed in complex format specifier");

        char type = (char)f.Type;
        int precision = f.Precision;
        bool addParens = false, skipRe = false, addDot0 = false;
        if (type == '\0')
        {
            // Like repr: parentheses, and the real part is left out when it is +0.
            // Like str(self): the real part is left out when it is +0, else the result is parenthesised.
            if (re == 0 && BitConverter.DoubleToInt64Bits(re) >= 0) skipRe = true;
            else addParens = true;
            type = precision < 0 ? 'r' : 'g';
            addDot0 = false;
        }
        if (type == 'n') type = 'g';
        if (precision < 0 && type != 'r') precision = 6;
        bool upper = type is 'E' or 'F' or 'G';
        char lower = char.ToLowerInvariant(type);

        string reS = FloatFormatting.ToString(re, lower, precision, f.Alternate, addDot0, upper, f.NoNegativeZero, out bool reNeg);
        string imS = FloatFormatting.ToString(im, lower, precision, f.Alternate, addDot0, upper, f.NoNegativeZero, out bool imNeg);
        if (reNeg) reS = reS.Substring(1);
        if (imNeg) imS = imS.Substring(1);

        var sb = new StringBuilder();
        if (addParens) sb.Append('(');
        if (!skipRe)
        {
            AppendSigned(sb, reS, reNeg, f.Sign, f.Grouping);
            // The imaginary part always carries a sign when the real part is shown.
            sb.Append(imNeg ? '-' : '+');
            sb.Append(GroupFloat(imS, f.Grouping));
        }
        else AppendSigned(sb, imS, imNeg, f.Sign, f.Grouping);
        sb.Append('j');
        if (addParens) sb.Append(')');
        string body = sb.ToString();
        return f.Pad(body, body.Length);
    }

    static void AppendSigned(StringBuilder sb, string s, bool neg, char sign, char grouping)
    {
        if (neg) sb.Append('-');
        else if (sign == '+') sb.Append('+');
        else if (sign == ' ') sb.Append(' ');
        sb.Append(GroupFloat(s, grouping));
    }

    static string GroupFloat(string s, char grouping)
    {
        if (grouping == '\0') return s;
        int i = 0;
        while (i < s.Length && s[i] >= '0' && s[i] <= '9') i++;
        if (i == 0) return s;
        return Group(s.Substring(0, i), grouping, 3, 0) + s.Substring(i);
    }
}
