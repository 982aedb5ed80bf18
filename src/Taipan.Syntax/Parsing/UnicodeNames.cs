namespace Taipan.Syntax.Parsing;

/// <summary>\N{name} lookup. Not yet backed by the Unicode name table: only a handful of names.</summary>
internal static class UnicodeNames
{
    public static int? Lookup(string name)
    {
        switch (name.ToUpperInvariant())
        {
            case "SPACE": return 0x20;
            case "NO-BREAK SPACE": return 0xA0;
            case "BULLET": return 0x2022;
            case "EM DASH": return 0x2014;
            case "EN DASH": return 0x2013;
            case "HORIZONTAL ELLIPSIS": return 0x2026;
            case "DEGREE SIGN": return 0xB0;
            case "GREEK SMALL LETTER ALPHA": return 0x3B1;
            case "LATIN SMALL LETTER E WITH ACUTE": return 0xE9;
            case "EURO SIGN": return 0x20AC;
            case "SNOWMAN": return 0x2603;
            case "NULL": return 0;
            case "LINE FEED": case "LF": return 10;
            case "CARRIAGE RETURN": case "CR": return 13;
            case "CHARACTER TABULATION": return 9;
            case "ZERO WIDTH SPACE": return 0x200B;
            case "BYTE ORDER MARK": case "ZERO WIDTH NO-BREAK SPACE": return 0xFEFF;
            case "REPLACEMENT CHARACTER": return 0xFFFD;
        }
        return null;
    }
}
