using System.Text;
using Taipan.Syntax.Ast;
using Taipan.Syntax.Parsing;

namespace Taipan.Syntax;

/// <summary>What the source is parsed as (the mode argument of CPython's compile/ast.parse).</summary>
public enum ParseMode { Exec, Eval, Single, FuncType }

/// <summary>Parser options. FeatureVersion is accepted and ignored (3.12 grammar always).</summary>
public sealed class ParseOptions
{
    public static readonly ParseOptions Default = new();
    /// <summary>Keep "# type:" comments and "# type: ignore" markers (ast.parse(..., type_comments=True)).</summary>
    public bool TypeComments { get; init; }
    public int? FeatureVersion { get; init; }
}

/// <summary>A warning found while parsing (e.g. DeprecationWarning: invalid escape sequence '\d').</summary>
public sealed record ParseWarning(string Category, string Message, int Lineno, int ColOffset);

/// <summary>A parsed module plus the warnings the runtime should issue.</summary>
public sealed record ParseResult(ModBase Tree, IReadOnlyList<ParseWarning> Warnings);

/// <summary>
/// Entry points of the front end. All syntax problems surface as <see cref="PythonSyntaxError"/>.
/// </summary>
public static class Parser
{
    /// <summary>Parses source text; returns Module, Expression, Interactive or FunctionType.</summary>
    public static ModBase Parse(string source, string filename = "<unknown>", ParseMode mode = ParseMode.Exec, ParseOptions? options = null)
        => ParseWithWarnings(source, filename, mode, options).Tree;

    /// <summary>Like Parse, but also returns the warnings (invalid escapes, "1if") to report later.</summary>
    public static ParseResult ParseWithWarnings(string source, string filename = "<unknown>", ParseMode mode = ParseMode.Exec, ParseOptions? options = null)
    {
        var p = new PythonParser(source, filename, options ?? ParseOptions.Default);
        ModBase tree;
        try
        {
            tree = mode switch
            {
                ParseMode.Eval => p.ParseEval(),
                ParseMode.Single => p.ParseInteractive(),
                ParseMode.FuncType => p.ParseFuncType(),
                _ => p.ParseFile(),
            };
        }
        catch (InsufficientExecutionStackException)
        {
            throw new PythonSyntaxError(SyntaxErrorKind.RecursionError, "maximum recursion depth exceeded during ast construction", filename, 0, 0, 0, 0, null);
        }
        return new ParseResult(tree, p.Warnings);
    }

    /// <summary>Parses bytes: honours a UTF-8 BOM and a PEP 263 coding declaration; bad bytes are a SyntaxError.</summary>
    public static ModBase Parse(ReadOnlySpan<byte> source, string filename = "<unknown>", ParseMode mode = ParseMode.Exec, ParseOptions? options = null)
        => Parse(SourceDecoder.Decode(source, filename), filename, mode, options);

    public static ModBase Parse(byte[] source, string filename = "<unknown>", ParseMode mode = ParseMode.Exec, ParseOptions? options = null)
        => Parse((ReadOnlySpan<byte>)source, filename, mode, options);
}
