namespace Taipan.Syntax;

/// <summary>Which Python exception class a syntax error maps to.</summary>
/// <remarks>RecursionError is used when the source nests too deeply for the parser (CPython raises RecursionError then).</remarks>
public enum SyntaxErrorKind { SyntaxError, IndentationError, TabError, RecursionError }

/// <summary>
/// A Python SyntaxError (or IndentationError / TabError) raised by the tokenizer or the parser.
/// Lines are 1-based; Offset and EndOffset are 1-based positions in characters (code points) of
/// the line, as CPython 3.12 reports them in SyntaxError.offset / end_offset. Undecodable bytes
/// given to Parser.Parse(byte[]) also surface as this exception, as CPython does.
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    public PythonSyntaxError(SyntaxErrorKind kind, string msg, string filename, int lineno, int offset, int endLineno, int endOffset, string? text)
        : base(msg)
    {
        Kind = kind; Msg = msg; Filename = filename; Lineno = lineno; Offset = offset; EndLineno = endLineno; EndOffset = endOffset; Text = text;
    }

    public SyntaxErrorKind Kind { get; }
    public string Msg { get; }
    public string Filename { get; }
    public int Lineno { get; }
    public int Offset { get; }
    public int EndLineno { get; }
    public int EndOffset { get; }
    /// <summary>The source line the error is on (with its newline when it had one), or null.</summary>
    public string? Text { get; }

    /// <summary>Raised by the tokenizer (CPython lets later tokenizer errors override parser errors).</summary>
    internal bool FromTokenizer { get; set; }

    /// <summary>A tokenizer error CPython only reports when the parser reaches it (not in its look-ahead scan).</summary>
    internal bool Deferred { get; set; }

    /// <summary>The Python class name: "SyntaxError", "IndentationError" or "TabError".</summary>
    public string TypeName => Kind.ToString();

    public override string ToString() => $"{TypeName}: {Msg} ({Filename}, line {Lineno}, offset {Offset})";
}
