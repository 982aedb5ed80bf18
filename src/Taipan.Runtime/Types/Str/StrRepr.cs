using System.Text;

namespace Taipan.Runtime;

/// <summary>repr() of str: quote choice and escapes exactly as CPython's unicode_repr.</summary>
public static class StrRepr
{
    public static string Repr(PyStr s)
    {
        int n = s.Length;
        bool hasSingle = false, hasDouble = false;
        for (int i = 0; i < n; i++)
        {
            int c = s.CodePointAt(i);
            if (c == '\'') hasSingle = true;
            else if (c == '"') hasDouble = true;
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(n + 2);
        sb.Append(quote);
        for (int i = 0; i < n; i++)
        {
            int c = s.CodePointAt(i);
            if (c == quote || c == '\\') { sb.Append('\\').Append((char)c); }
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c == 0x7F) sb.Append("\\x").Append(c.ToString("x2"));
            else if (c < 0x7F) sb.Append((char)c);
            else if (UnicodeProps.IsPrintable(c))
            {
                if (c > 0xFFFF) sb.Append(char.ConvertFromUtf32(c)); else sb.Append((char)c);
            }
            else if (c <= 0xFF) sb.Append("\\x").Append(c.ToString("x2"));
            else if (c <= 0xFFFF) sb.Append("\\u").Append(c.ToString("x4"));
            else sb.Append("\\U").Append(c.ToString("x8"));
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>ascii(): the repr with every non-ASCII code point escaped (\xNN, \uNNNN, \UNNNNNNNN).</summary>
    public static string Ascii(PyStr repr)
    {
        var sb = new StringBuilder(repr.Length);
        for (int i = 0; i < repr.Length; i++)
        {
            int c = repr.CodePointAt(i);
            if (c < 128) sb.Append((char)c);
            else if (c <= 0xFF) sb.Append("\\x").Append(c.ToString("x2"));
            else if (c <= 0xFFFF) sb.Append("\\u").Append(c.ToString("x4"));
            else sb.Append("\\U").Append(c.ToString("x8"));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Python's str.isprintable for one code point: false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs
    /// except the ASCII space.
    /// </summary>
    public static bool IsPrintable(int cp)
    {
        if (cp == ' ') return true;
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        var cat = cp > 0xFFFF
            ? System.Globalization.CharUnicodeInfo.GetUnicodeCategory(cp)
            : System.Globalization.CharUnicodeInfo.GetUnicodeCategory((char)cp);
        return cat switch
        {
            System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.PrivateUse
                or System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.LineSeparator
                or System.Globalization.UnicodeCategory.ParagraphSeparator or System.Globalization.UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }
}
