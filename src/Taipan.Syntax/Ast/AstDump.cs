using System.Globalization;
using System.Numerics;
using System.Text;

namespace Taipan.Syntax.Ast;

/// <summary>
/// Text identical to CPython 3.12's <c>ast.dump(node, include_attributes=...)</c> (no indent),
/// including Python reprs of constants. Used by the parity tests; handy for debugging.
/// </summary>
public static class AstDump
{
    public static string Dump(AstNode node, bool includeAttributes = false)
    {
        var sb = new StringBuilder(1024);
        Format(sb, node, includeAttributes);
        return sb.ToString();
    }

    private static void Format(StringBuilder sb, AstNode node, bool attrs)
    {
        var info = node.NodeInfo;
        sb.Append(info.PythonName).Append('(');
        bool first = true;
        var fields = info.Fields;
        for (int i = 0; i < fields.Count; i++)
        {
            object? v = node.GetField(i);
            // Optional fields that are None are left out (their class default is None).
            if (v == null && fields[i].Multiplicity == AstMultiplicity.Optional) continue;
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(fields[i].Name).Append('=');
            FormatValue(sb, v, attrs);
        }
        if (attrs && node is LocatedNode ln && info.Attributes.Count > 0)
        {
            if (!first) sb.Append(", ");
            sb.Append("lineno=").Append(ln.Lineno)
              .Append(", col_offset=").Append(ln.ColOffset)
              .Append(", end_lineno=").Append(ln.EndLineno)
              .Append(", end_col_offset=").Append(ln.EndColOffset);
        }
        sb.Append(')');
    }

    private static void FormatValue(StringBuilder sb, object? v, bool attrs)
    {
        switch (v)
        {
            case null: sb.Append("None"); break;
            case AstNode n: Format(sb, n, attrs); break;
            case byte[] bytes: sb.Append(BytesRepr(bytes)); break;
            case System.Collections.IList list:
                sb.Append('[');
                for (int i = 0; i < list.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    FormatValue(sb, list[i], attrs);
                }
                sb.Append(']');
                break;
            default: sb.Append(Repr(v)); break;
        }
    }

    /// <summary>Python's repr() of a constant value as the parser produces them.</summary>
    public static string Repr(object? v)
    {
        switch (v)
        {
            case null: return "None";
            case NoneValue: return "None";
            case EllipsisValue: return "Ellipsis";
            case bool b: return b ? "True" : "False";
            case int i: return i.ToString(CultureInfo.InvariantCulture);
            case long l: return l.ToString(CultureInfo.InvariantCulture);
            case BigInteger bi: return bi.ToString(CultureInfo.InvariantCulture);
            case double d: return FloatRepr(d);
            case Complex c: return ComplexRepr(c);
            case string s: return StrRepr(CodePoints(s));
            case CodePointString cps: return StrRepr(cps.CodePoints);
            case byte[] bytes: return BytesRepr(bytes);
        }
        return v.ToString() ?? "";
    }

    private static IEnumerable<int> CodePoints(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                yield return char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else yield return s[i];
        }
    }

    public static string StrRepr(IEnumerable<int> cps)
    {
        var list = cps as IList<int> ?? cps.ToList();
        bool hasSingle = false, hasDouble = false;
        foreach (int c in list) { if (c == '\'') hasSingle = true; else if (c == '"') hasDouble = true; }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(list.Count + 2);
        sb.Append(q);
        foreach (int c in list)
        {
            if (c == q || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(c.ToString("x2"));
            else if (c < 0x7f) sb.Append((char)c);
            else if (!IsPrintable(c))
            {
                if (c <= 0xff) sb.Append("\\x").Append(c.ToString("x2"));
                else if (c <= 0xffff) sb.Append("\\u").Append(c.ToString("x4"));
                else sb.Append("\\U").Append(c.ToString("x8"));
            }
            else if (c >= 0x10000) sb.Append(char.ConvertFromUtf32(c));
            else sb.Append((char)c);
        }
        sb.Append(q);
        return sb.ToString();
    }

    // Ranges (first, last) where Python 3.12's str.isprintable() is true; from build/gen_unicode_tables.py.
    private static readonly Lazy<int[]> _printable = new(() =>
    {
        var list = new List<int>();
        foreach (var line in Taipan.Syntax.Tokens.EmbeddedTable.Lines("Taipan.Syntax.Printable.txt.gz"))
        {
            int tab = line.IndexOf('\t');
            list.Add(int.Parse(line.AsSpan(0, tab), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            list.Add(int.Parse(line.AsSpan(tab + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }
        return list.ToArray();
    });

    /// <summary>Python's str.isprintable for one code point (Unicode 15.0 as in CPython 3.12).</summary>
    private static bool IsPrintable(int c)
    {
        var r = _printable.Value;
        int lo = 0, hi = r.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (c < r[2 * mid]) hi = mid - 1;
            else if (c > r[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    public static string BytesRepr(byte[] bytes)
    {
        bool hasSingle = false, hasDouble = false;
        foreach (byte c in bytes) { if (c == '\'') hasSingle = true; else if (c == '"') hasDouble = true; }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(bytes.Length + 3);
        sb.Append('b').Append(q);
        foreach (byte c in bytes)
        {
            if (c == q || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.Append("\\x").Append(c.ToString("x2"));
            else sb.Append((char)c);
        }
        sb.Append(q);
        return sb.ToString();
    }

    /// <summary>Python's float repr: shortest round-trip digits, exponent form below 1e-4 or from 1e16.</summary>
    public static string FloatRepr(double d) => FormatDouble(d, true);

    private static string FormatDouble(double d, bool addDotZero)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return (BitConverter.DoubleToInt64Bits(d) < 0 ? "-0" : "0") + (addDotZero ? ".0" : "");
        string r = d.ToString("E16", CultureInfo.InvariantCulture);
        // Shortest round-trip digits come from "R"; parse them into digits + exponent.
        string s = d.ToString("R", CultureInfo.InvariantCulture);
        bool neg = s[0] == '-';
        if (neg) s = s.Substring(1);
        int exp = 0;
        int ei = s.IndexOfAny(new[] { 'E', 'e' });
        if (ei >= 0)
        {
            exp = int.Parse(s.AsSpan(ei + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            s = s.Substring(0, ei);
        }
        int dot = s.IndexOf('.');
        string digits;
        int pointPos; // decimal point position relative to digits start
        if (dot >= 0) { digits = s.Substring(0, dot) + s.Substring(dot + 1); pointPos = dot; }
        else { digits = s; pointPos = s.Length; }
        // strip leading zeros
        int lz = 0;
        while (lz < digits.Length - 1 && digits[lz] == '0') { lz++; pointPos--; }
        digits = digits.Substring(lz);
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        int decExp = pointPos + exp; // value = 0.digits * 10^decExp
        int sciExp = decExp - 1;
        _ = r;
        var sb = new StringBuilder();
        if (neg) sb.Append('-');
        if (sciExp < -4 || sciExp >= 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(sciExp < 0 ? '-' : '+').Append(Math.Abs(sciExp).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decExp <= 0)
        {
            sb.Append("0.").Append('0', -decExp).Append(digits);
        }
        else if (decExp >= digits.Length)
        {
            sb.Append(digits).Append('0', decExp - digits.Length);
            if (addDotZero) sb.Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decExp).Append('.').Append(digits, decExp, digits.Length - decExp);
        }
        return sb.ToString();
    }

    public static string ComplexRepr(Complex c)
    {
        string im = FormatDouble(c.Imaginary, false);
        if (c.Real == 0 && BitConverter.DoubleToInt64Bits(c.Real) >= 0) return im + "j";
        string re = FormatDouble(c.Real, false);
        string sign = c.Imaginary >= 0 || double.IsNaN(c.Imaginary) ? "+" : "";
        return "(" + re + sign + im + "j)";
    }
}
