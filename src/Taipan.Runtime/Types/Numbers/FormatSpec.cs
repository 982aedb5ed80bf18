using System.Text;

namespace Taipan.Runtime;

/// <summary>
/// A parsed format specification (the "format mini-language" of format() and str.format):
/// <c>[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]</c>.
/// Parsing follows CPython 3.12's formatter_unicode.c, including its error messages; the per-type
/// checks (which presentation types a type accepts) live with each type's formatter
/// (<see cref="FormatString"/> for str, <see cref="NumberFormatting"/> for int/float/complex).
/// </summary>
public struct FormatSpec
{
    /// <summary>The fill code point (' ' unless given).</summary>
    public int Fill;
    public bool FillSpecified;
    /// <summary>'&lt;', '&gt;', '=', '^', or the type's default when none was given (see <see cref="AlignSpecified"/>).</summary>
    public char Align;
    public bool AlignSpecified;
    /// <summary>'+', '-', ' ', or '\0' when not given.</summary>
    public char Sign;
    /// <summary>The 'z' flag (3.11+): negative zero is shown as zero after rounding.</summary>
    public bool NoNegativeZero;
    /// <summary>The '0' flag (zero padding) was given.</summary>
    public bool ZeroPadding;
    /// <summary>The '#' flag.</summary>
    public bool Alternate;
    /// <summary>Minimum width, or -1.</summary>
    public int Width;
    /// <summary>',' or '_' or '\0'.</summary>
    public char Grouping;
    /// <summary>Precision, or -1.</summary>
    public int Precision;
    /// <summary>The presentation type code point, or the type's default ('s' for str, 'd' for int, '\0' for float/complex).</summary>
    public int Type;

    /// <summary>Parses a spec for a str (default type 's', default alignment left).</summary>
    public static FormatSpec Parse(string spec) => Parse(spec, "str", 's', '<');

    /// <summary>
    /// Parses <paramref name="spec"/> for an object of type <paramref name="typeName"/>, whose default
    /// presentation type is <paramref name="defaultType"/> ('s', 'd', or '\0') and default alignment
    /// <paramref name="defaultAlign"/> ('&lt;' for strings, '&gt;' for numbers). Raises ValueError with
    /// CPython's messages for malformed specs.
    /// </summary>
    public static FormatSpec Parse(string spec, string typeName, int defaultType, char defaultAlign)
    {
        var f = new FormatSpec
        {
            Fill = ' ', Align = defaultAlign, Width = -1, Precision = -1, Type = defaultType,
        };
        int pos = 0, end = spec.Length;

        // [[fill]align]: the fill may be any code point (an astral one is two chars here).
        int firstLen = end > 0 && char.IsHighSurrogate(spec[0]) && end > 1 && char.IsLowSurrogate(spec[1]) ? 2 : 1;
        if (end - pos >= firstLen + 1 && IsAlign(spec[firstLen]))
        {
            f.Fill = firstLen == 2 ? char.ConvertToUtf32(spec[0], spec[1]) : spec[0];
            f.FillSpecified = true;
            f.Align = spec[firstLen];
            f.AlignSpecified = true;
            pos = firstLen + 1;
        }
        else if (end - pos >= 1 && IsAlign(spec[pos]))
        {
            f.Align = spec[pos];
            f.AlignSpecified = true;
            pos++;
        }

        if (pos < end && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) f.Sign = spec[pos++];
        if (pos < end && spec[pos] == 'z') { f.NoNegativeZero = true; pos++; }
        if (pos < end && spec[pos] == '#') { f.Alternate = true; pos++; }

        // A leading '0' means zero padding (fill '0', and '=' alignment for types that align right by default).
        if (!f.FillSpecified && pos < end && spec[pos] == '0')
        {
            f.Fill = '0';
            f.ZeroPadding = true;
            if (!f.AlignSpecified && defaultAlign == '>') f.Align = '=';
            pos++;
        }

        int consumed = ReadNumber(spec, ref pos, out int width);
        if (consumed > 0) f.Width = width;

        if (pos < end && spec[pos] == ',') { f.Grouping = ','; pos++; }
        if (pos < end && spec[pos] == '_')
        {
            if (f.Grouping != '\0') throw PyException.ValueError("Cannot specify both ',' and '_'.");
            f.Grouping = '_';
            pos++;
        }
        if (pos < end && spec[pos] == ',')
        {
            if (f.Grouping == '_') throw PyException.ValueError("Cannot specify both ',' and '_'.");
            throw PyException.ValueError("Cannot specify ',' with ','.");
        }

        if (pos < end && spec[pos] == '.')
        {
            pos++;
            consumed = ReadNumber(spec, ref pos, out int precision);
            if (consumed == 0) throw PyException.ValueError("Format specifier missing precision");
            f.Precision = precision;
        }

        // At most one code point remains: the presentation type.
        if (end - pos > 1)
        {
            bool onePair = end - pos == 2 && char.IsHighSurrogate(spec[pos]) && char.IsLowSurrogate(spec[pos + 1]);
            if (!onePair)
                throw PyException.ValueError($"Invalid format specifier '{spec}' for object of type '{typeName}'");
        }
        if (end - pos >= 1)
            f.Type = end - pos == 2 ? char.ConvertToUtf32(spec[pos], spec[pos + 1]) : spec[pos];

        if (f.Grouping != '\0')
        {
            switch (f.Type)
            {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (f.Grouping == '_') break;
                    throw BadGroupingType(f.Grouping, f.Type);
                default:
                    throw BadGroupingType(f.Grouping, f.Type);
            }
        }
        return f;
    }

    static bool IsAlign(char c) => c == '<' || c == '>' || c == '=' || c == '^';

    /// <summary>Reads decimal digits; returns how many were read. Raises for values past Py_ssize_t as CPython does.</summary>
    static int ReadNumber(string s, ref int pos, out int value)
    {
        int start = pos;
        long v = 0;
        while (pos < s.Length && s[pos] >= '0' && s[pos] <= '9')
        {
            v = v * 10 + (s[pos] - '0');
            // CPython's limit is PY_SSIZE_T_MAX; a width past int range could never be allocated here anyway.
            if (v > int.MaxValue) throw PyException.ValueError("Too many decimal digits in format string");
            pos++;
        }
        value = (int)v;
        return pos - start;
    }

    static PyException BadGroupingType(char grouping, int type) =>
        PyException.ValueError($"Cannot specify '{grouping}' with '{TypeChar(type)}'.");

    static string TypeChar(int type) => type > 0xFFFF ? char.ConvertFromUtf32(type) : ((char)type).ToString();

    /// <summary>The ValueError for a presentation type a type does not support (CPython's unknown_presentation_type).</summary>
    public static PyException UnknownFormatCode(int type, string typeName) =>
        PyException.ValueError(type > 32 && type < 128
            ? $"Unknown format code '{(char)type}' for object of type '{typeName}'"
            : $"Unknown format code '\\x{type:x}' for object of type '{typeName}'");

    /// <summary>The fill code point as a .NET string.</summary>
    public readonly string FillString => TypeChar(Fill);

    /// <summary>
    /// Pads <paramref name="body"/> (whose length in code points is <paramref name="length"/>) to the
    /// width with the fill, for alignments '&lt;', '&gt;' and '^' ('=' is handled by number layout).
    /// </summary>
    public readonly string Pad(string body, int length)
    {
        if (Width <= length) return body;
        int total = Width - length;
        int left = Align switch { '>' => total, '^' => total / 2, _ => 0 };
        int right = total - left;
        var sb = new StringBuilder(body.Length + total * (Fill > 0xFFFF ? 2 : 1));
        AppendFill(sb, left);
        sb.Append(body);
        AppendFill(sb, right);
        return sb.ToString();
    }

    public readonly void AppendFill(StringBuilder sb, int count)
    {
        if (count <= 0) return;
        if (Fill <= 0xFFFF) sb.Append((char)Fill, count);
        else
        {
            string f = char.ConvertFromUtf32(Fill);
            for (int i = 0; i < count; i++) sb.Append(f);
        }
    }

    // ---------------- str.__format__ ----------------

    /// <summary>format(value, spec) for a str (str.__format__): checks as CPython's format_string_internal.</summary>
    public static PyStr FormatString(PyStr value, string spec, string typeName = "str")
    {
        if (spec.Length == 0) return value.Type == PyStr.TypeObject ? value : new PyStr(value.Value);
        var f = Parse(spec, typeName, 's', '<');
        if (f.Type != 's') throw UnknownFormatCode(f.Type, typeName);
        if (f.Sign != '\0') throw PyException.ValueError("Sign not allowed in string format specifier");
        if (f.NoNegativeZero) throw PyException.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        if (f.Alternate) throw PyException.ValueError("Alternate form (#) not allowed in string format specifier");
        if (f.Align == '=') throw PyException.ValueError("'=' alignment not allowed in string format specifier");

        int len = value.Length;
        bool truncate = f.Precision >= 0 && f.Precision < len;
        if (!truncate && f.Width <= len) return value.Type == PyStr.TypeObject ? value : new PyStr(value.Value);
        int n = truncate ? f.Precision : len;
        string body;
        if (value.IsBmp) body = truncate ? value.BmpValue!.Substring(0, n) : value.BmpValue!;
        else body = PyStr.FromCodePoints(value.CodePointArray.AsSpan(0, n));
        string padded = f.Pad(body, n);
        return value.IsBmp && f.Fill <= 0xFFFF && !char.IsSurrogate((char)f.Fill)
            ? new PyStr(padded)
            : new PyStr(PadCodePoints(value, n, f));
    }

    /// <summary>Padding for strs holding lone surrogates, where a .NET string would be ambiguous.</summary>
    static int[] PadCodePoints(PyStr value, int n, FormatSpec f)
    {
        int total = f.Width > n ? f.Width - n : 0;
        int left = f.Align switch { '>' => total, '^' => total / 2, _ => 0 };
        var r = new int[n + total];
        int k = 0;
        for (int i = 0; i < left; i++) r[k++] = f.Fill;
        for (int i = 0; i < n; i++) r[k++] = value.CodePointAt(i);
        while (k < r.Length) r[k++] = f.Fill;
        return r;
    }
}
