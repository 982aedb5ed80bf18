namespace Taipan.Runtime;

/// <summary>
/// Python's per-code-point Unicode properties (CPython's Objects/unicodectype.c) over the generated tables,
/// with ASCII fast paths. The tables pin Unicode 15.0 (CPython 3.12) rather than .NET's newer data.
/// </summary>
public static class UnicodeProps
{
    static bool InRanges(ReadOnlySpan<int> r, int cp)
    {
        int lo = 0, hi = r.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (cp < r[2 * mid]) hi = mid - 1;
            else if (cp > r[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /// <summary>Python's whitespace: bidirectional class WS/B/S or category Zs (str.split, str.strip, isspace).</summary>
    public static bool IsSpace(int c)
    {
        if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x1F);
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
               c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /// <summary>Line boundaries of str.splitlines.</summary>
    public static bool IsLineBreak(int c) =>
        c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 ||
        c == 0x2028 || c == 0x2029;

    public static bool IsAlpha(int c)
    {
        if (c < 128) return (uint)((c | 0x20) - 'a') <= 'z' - 'a';
        return InRanges(UnicodeTables.AlphaRanges, c);
    }

    public static bool IsDecimal(int c) => c < 128 ? (uint)(c - '0') <= 9 : InRanges(UnicodeTables.DecimalRanges, c);
    public static bool IsDigit(int c) => c < 128 ? (uint)(c - '0') <= 9 : InRanges(UnicodeTables.DigitRanges, c);
    public static bool IsNumeric(int c) => c < 128 ? (uint)(c - '0') <= 9 : InRanges(UnicodeTables.NumericRanges, c);
    public static bool IsAlnum(int c) => IsAlpha(c) || IsDecimal(c) || IsDigit(c) || IsNumeric(c);
    public static bool IsPrintable(int c) => c < 128 ? c >= 0x20 && c < 0x7F : InRanges(UnicodeTables.PrintableRanges, c);
    public static bool IsLower(int c) => c < 128 ? (uint)(c - 'a') <= 25 : InRanges(UnicodeTables.LowerRanges, c);
    public static bool IsUpper(int c) => c < 128 ? (uint)(c - 'A') <= 25 : InRanges(UnicodeTables.UpperRanges, c);
    public static bool IsTitle(int c) => c >= 128 && InRanges(UnicodeTables.TitleRanges, c);
    public static bool IsCased(int c) => IsLower(c) || IsUpper(c) || IsTitle(c);
    public static bool IsCaseIgnorable(int c) => InRanges(UnicodeTables.CaseIgnorableRanges, c);

    public static bool IsXidStart(int c)
    {
        if (c < 128) return c == '_' || (uint)((c | 0x20) - 'a') <= 'z' - 'a';
        return InRanges(UnicodeTables.XidStartRanges, c);
    }

    public static bool IsXidContinue(int c)
    {
        if (c < 128) return c == '_' || (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        return InRanges(UnicodeTables.XidContinueRanges, c);
    }

    /// <summary>The decimal digit value of a category-Nd code point, or -1.</summary>
    public static int DecimalValue(int c)
    {
        if (c < 128) return (uint)(c - '0') <= 9 ? c - '0' : -1;
        if (!InRanges(UnicodeTables.DecimalRanges, c)) return -1;
        // Nd digits come in contiguous runs of ten starting at a zero (a Unicode stability guarantee).
        var zeros = UnicodeTables.DecimalZeros;
        int lo = 0, hi = zeros.Length - 1, best = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (zeros[mid] <= c) { best = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return best < 0 ? -1 : c - zeros[best];
    }

    // ---- case mappings: full mappings (SpecialCasing) from the tables ----

    static int Lookup(ReadOnlySpan<int> keys, int c)
    {
        int lo = 0, hi = keys.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int k = keys[mid];
            if (c < k) hi = mid - 1;
            else if (c > k) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Appends the mapping of <paramref name="c"/> from one table; returns false when the table has no entry.</summary>
    static bool AppendMapped(TextBuilder sb, ReadOnlySpan<int> keys, ReadOnlySpan<int> vals, ReadOnlySpan<int> multi, int c)
    {
        int i = Lookup(keys, c);
        if (i < 0) return false;
        int v = vals[i];
        if (v >= 0) { sb.Add(v); return true; }
        int off = -v - 1;
        int n = multi[off];
        for (int k = 1; k <= n; k++) sb.Add(multi[off + k]);
        return true;
    }

    internal static void AppendUpper(TextBuilder sb, int c)
    {
        if (c < 128) { sb.Add((uint)(c - 'a') <= 25 ? c - 32 : c); return; }
        if (!AppendMapped(sb, UnicodeTables.UpperKeys, UnicodeTables.UpperVals, UnicodeTables.UpperMulti, c)) sb.Add(c);
    }

    internal static void AppendLower(TextBuilder sb, int c)
    {
        if (c < 128) { sb.Add((uint)(c - 'A') <= 25 ? c + 32 : c); return; }
        if (!AppendMapped(sb, UnicodeTables.LowerKeys, UnicodeTables.LowerVals, UnicodeTables.LowerMulti, c)) sb.Add(c);
    }

    internal static void AppendTitle(TextBuilder sb, int c)
    {
        if (c < 128) { sb.Add((uint)(c - 'a') <= 25 ? c - 32 : c); return; }
        if (!AppendMapped(sb, UnicodeTables.TitleKeys, UnicodeTables.TitleVals, UnicodeTables.TitleMulti, c)) AppendUpper(sb, c);
    }

    internal static void AppendFold(TextBuilder sb, int c)
    {
        if (c < 128) { sb.Add((uint)(c - 'A') <= 25 ? c + 32 : c); return; }
        if (!AppendMapped(sb, UnicodeTables.FoldKeys, UnicodeTables.FoldVals, UnicodeTables.FoldMulti, c)) AppendLower(sb, c);
    }

    /// <summary>Single-code-point simple mappings are not needed by str; callers use the Append* forms.</summary>
    public static bool HasUpper(int c) => c < 128 ? (uint)(c - 'a') <= 25 : Lookup(UnicodeTables.UpperKeys, c) >= 0;
}
