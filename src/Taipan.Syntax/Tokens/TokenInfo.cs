namespace Taipan.Syntax.Tokens;

/// <summary>
/// A token as Python's tokenize module reports it (CPython's _tokenize.TokenizerIter with
/// extra_tokens=True): operators have Type OP and their own ExactType, COMMENT and NL tokens are
/// included, rows are 1-based, columns count characters (code points) of the line, and Line holds
/// the physical line(s) the token spans.
/// </summary>
public readonly record struct TokenInfo(TokenKind Type, TokenKind ExactType, string String, int StartRow, int StartCol, int EndRow, int EndCol, string Line)
{
    public override string ToString() => $"{Type} {String} ({StartRow}, {StartCol}) ({EndRow}, {EndCol})";
}
