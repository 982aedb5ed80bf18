using Taipan.Runtime;

namespace Taipan.Modules.Sre;

/// <summary>
/// The character predicates and case mappings of sre.c. Unicode lower/upper are CPython's
/// _PyUnicode_ToLowercase/_PyUnicode_ToUppercase: the first code point of the full mapping. The locale
/// forms follow the C/UTF-8 locales, where only ASCII letters have cases and only ASCII is alphanumeric.
/// </summary>
static class SreChars
{
    static int[]? s_lowerBmp, s_upperBmp;

    static int[] LowerTable => s_lowerBmp ?? BuildTables().lower;
    static int[] UpperTable => s_upperBmp ?? BuildTables().upper;

    /// <summary>Built once per process from str.lower()/str.upper() of each BMP character.</summary>
    static (int[] lower, int[] upper) BuildTables()
    {
        var lower = new int[0x10000];
        var upper = new int[0x10000];
        for (int c = 0; c < 0x10000; c++)
        {
            lower[c] = c;
            upper[c] = c;
        }
        for (int c = 128; c < 0x10000; c++)
        {
            if (c >= 0xD800 && c <= 0xDFFF) continue;
            lower[c] = MapSlow(c, true);
            upper[c] = MapSlow(c, false);
        }
        for (int c = 'A'; c <= 'Z'; c++) lower[c] = c + 32;
        for (int c = 'a'; c <= 'z'; c++) upper[c] = c - 32;
        s_upperBmp = upper;
        s_lowerBmp = lower;
        return (lower, upper);
    }

    /// <summary>The first code point of the full case mapping of one character.</summary>
    static int MapSlow(int c, bool lower)
    {
        var s = PyStr.FromCodePoint(c);
        var r = lower ? s.Lower() : s.Upper();
        return r.Length > 0 ? r.CodePointAt(0) : c;
    }

    public static int LowerUnicode(int c)
    {
        if (c < 128) return (uint)(c - 'A') <= 25 ? c + 32 : c;
        if (c < 0x10000) return LowerTable[c];
        return c > 0x10FFFF ? c : MapSlow(c, true);
    }

    public static int UpperUnicode(int c)
    {
        if (c < 128) return (uint)(c - 'a') <= 25 ? c - 32 : c;
        if (c < 0x10000) return UpperTable[c];
        return c > 0x10FFFF ? c : MapSlow(c, false);
    }

    public static int LowerAscii(int c) => (uint)(c - 'A') <= 25 ? c + 32 : c;
    public static int UpperAscii(int c) => (uint)(c - 'a') <= 25 ? c - 32 : c;
    // C/UTF-8 locale: tolower/toupper change only ASCII letters.
    public static int LowerLocale(int c) => LowerAscii(c);
    public static int UpperLocale(int c) => UpperAscii(c);

    public static bool IsAsciiAlnum(int c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 25;
    public static bool IsDigit(int c) => (uint)(c - '0') <= 9;
    public static bool IsSpace(int c) => c == ' ' || (c >= 9 && c <= 13);
    public static bool IsLinebreak(int c) => c == '\n';
    public static bool IsWord(int c) => c < 128 && (IsAsciiAlnum(c) || c == '_');
    public static bool IsLocWord(int c) => c < 256 && (IsAsciiAlnum(c) || c == '_');
    public static bool IsUniWord(int c) => c == '_' || (c < 128 ? IsAsciiAlnum(c) : UnicodeProps.IsAlnum(c));

    public static bool Category(uint category, int c) => category switch
    {
        SreOp.CatDigit => IsDigit(c),
        SreOp.CatNotDigit => !IsDigit(c),
        SreOp.CatSpace => IsSpace(c),
        SreOp.CatNotSpace => !IsSpace(c),
        SreOp.CatWord => IsWord(c),
        SreOp.CatNotWord => !IsWord(c),
        SreOp.CatLinebreak => c == '\n',
        SreOp.CatNotLinebreak => c != '\n',
        SreOp.CatLocWord => IsLocWord(c),
        SreOp.CatLocNotWord => !IsLocWord(c),
        SreOp.CatUniDigit => UnicodeProps.IsDecimal(c),
        SreOp.CatUniNotDigit => !UnicodeProps.IsDecimal(c),
        SreOp.CatUniSpace => UnicodeProps.IsSpace(c),
        SreOp.CatUniNotSpace => !UnicodeProps.IsSpace(c),
        SreOp.CatUniWord => IsUniWord(c),
        SreOp.CatUniNotWord => !IsUniWord(c),
        SreOp.CatUniLinebreak => UnicodeProps.IsLineBreak(c),
        SreOp.CatUniNotLinebreak => !UnicodeProps.IsLineBreak(c),
        _ => false,
    };

    public static bool CharLocIgnore(uint pattern, int c) =>
        (uint)c == pattern || (uint)LowerLocale(c) == pattern || (uint)UpperLocale(c) == pattern;
}
