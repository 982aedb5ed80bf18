namespace Taipan.Syntax.Tokens;

/// <summary>Token types, numbered as CPython 3.12's token module (token.tok_name).</summary>
public enum TokenKind : byte
{
    EndMarker = 0, Name = 1, Number = 2, String = 3, Newline = 4, Indent = 5, Dedent = 6,
    LPar = 7, RPar = 8, LSqb = 9, RSqb = 10, Colon = 11, Comma = 12, Semi = 13, Plus = 14, Minus = 15,
    Star = 16, Slash = 17, VBar = 18, Amper = 19, Less = 20, Greater = 21, Equal = 22, Dot = 23,
    Percent = 24, LBrace = 25, RBrace = 26, EqEqual = 27, NotEqual = 28, LessEqual = 29,
    GreaterEqual = 30, Tilde = 31, Circumflex = 32, LeftShift = 33, RightShift = 34, DoubleStar = 35,
    PlusEqual = 36, MinEqual = 37, StarEqual = 38, SlashEqual = 39, PercentEqual = 40, AmperEqual = 41,
    VBarEqual = 42, CircumflexEqual = 43, LeftShiftEqual = 44, RightShiftEqual = 45,
    DoubleStarEqual = 46, DoubleSlash = 47, DoubleSlashEqual = 48, At = 49, AtEqual = 50, RArrow = 51,
    Ellipsis = 52, ColonEqual = 53, Exclamation = 54, Op = 55, Await = 56, Async = 57,
    TypeIgnore = 58, TypeComment = 59, SoftKeyword = 60, FStringStart = 61, FStringMiddle = 62,
    FStringEnd = 63, Comment = 64, NL = 65, ErrorToken = 66, Encoding = 67,
}

/// <summary>Hard and soft keywords, resolved once per NAME token so the parser compares enums, not strings.</summary>
public enum KeywordKind : byte
{
    None = 0,
    False, True, NoneKw, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,
    // Soft keywords: still NAMEs to the grammar outside their statements.
    Match, Case, Type, Underscore,
}

/// <summary>One token. Offsets index the (newline-normalised) source; columns count UTF-16 chars.</summary>
public struct Token
{
    public TokenKind Kind;
    public KeywordKind Keyword;
    public int Start, End;
    public int Line, Col, EndLine, EndCol;
    /// <summary>NAME: the (NFKC-normalised, interned) identifier. Otherwise null.</summary>
    public string? Text;

    public readonly bool IsHardKeyword => Keyword != KeywordKind.None && Keyword < KeywordKind.Match;
    public override readonly string ToString() => $"{Kind} {Line}:{Col}-{EndLine}:{EndCol} {Text}";
}
