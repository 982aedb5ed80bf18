using Taipan.Syntax.Tokens;

namespace Taipan.Syntax.Parsing;

using Taipan.Syntax.Ast;
using Kw = Taipan.Syntax.Tokens.KeywordKind;

/// <summary>
/// Hand-written recursive-descent parser for CPython 3.12's grammar. Expressions are parsed once
/// and converted to targets when an '=' (or 'for ... in', 'del', ...) shows they were targets,
/// which avoids most of the PEG grammar's backtracking; the few real ambiguities (match
/// statements, parenthesised with-items) backtrack by token index. Error messages and locations
/// follow CPython's invalid_* rules for the common cases.
/// </summary>
internal sealed partial class PythonParser
{
    private const int MaxDepth = 2990;

    private readonly Tokenizer _tz;
    private readonly string _filename;
    private readonly ParseOptions _options;
    private Token[] _toks = new Token[512];
    private int _count;
    private int _p;
    private int _depth;
    private bool _sawEnd;
    private bool _lastBlockIndented;
    // CPython places a generic "invalid syntax" at the furthest token of its first pass; tokens
    // read only by our error-message lookaheads (its second pass) must not move that point.
    private int _furthest;
    private int _errorChecks;
    private readonly List<TypeIgnoreBase> _typeIgnores = new();

    /// <summary>Warnings (e.g. invalid escape sequences) for the runtime to issue later.</summary>
    public List<ParseWarning> Warnings { get; } = new();

    public PythonParser(string source, string filename, ParseOptions options)
    {
        _filename = filename;
        _options = options;
        _tz = new Tokenizer(source, filename, typeComments: options.TypeComments);
        if (_tz.Source.Contains('\0'))
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "source code string cannot contain null bytes", filename, 1, 0, 1, 0, null);
    }

    // ------------------------------------------------------------------ token access

    private ref Token Tok(int i)
    {
        while (i >= _count) Fill();
        return ref _toks[i];
    }

    private void Fill()
    {
        if (_count == _toks.Length) Array.Resize(ref _toks, _toks.Length * 2);
        if (_errorChecks == 0) _furthest = _count;
        if (_sawEnd)
        {
            _toks[_count] = _toks[_count - 1];
            _count++;
            return;
        }
        var t = _tz.Next();
        while (t.Kind == TokenKind.TypeIgnore)
        {
            _typeIgnores.Add(new TypeIgnore(t.Line, t.Text!));
            t = _tz.Next();
        }
        if (t.Kind is TokenKind.EndMarker or TokenKind.ErrorToken) _sawEnd = true;
        _toks[_count++] = t;
    }

    private ref Token Peek => ref Tok(_p);
    private TokenKind PeekKind => Tok(_p).Kind;
    private TokenKind PeekKindAt(int k) => Tok(_p + k).Kind;
    private ref Token Prev => ref _toks[_p - 1];

    private bool At(TokenKind k) => Tok(_p).Kind == k;
    private bool AtKw(Kw k) { ref var t = ref Tok(_p); return t.Kind == TokenKind.Name && t.Keyword == k; }

    private bool Accept(TokenKind k)
    {
        if (Tok(_p).Kind != k) return false;
        _p++;
        return true;
    }

    private bool AcceptKw(Kw k)
    {
        ref var t = ref Tok(_p);
        if (t.Kind != TokenKind.Name || t.Keyword != k) return false;
        _p++;
        return true;
    }

    private ref Token Next() { ref var t = ref Tok(_p); _p++; return ref t; }

    /// <summary>A forced token (CPython's &&'x'): its absence is "expected 'x'" at the current token.</summary>
    private void Expect(TokenKind k, string text)
    {
        if (Accept(k)) return;
        if (At(TokenKind.ErrorToken)) throw _tz.UnclosedParenError();
        throw ErrorAtToken($"expected '{text}'", Peek);
    }

    /// <summary>
    /// The ':' of if/elif/while/for/with/except/class/match/case: CPython says "expected ':'" only
    /// when the header line ends there; anything else is a generic syntax error.
    /// </summary>
    private void ExpectHeaderColon()
    {
        if (Accept(TokenKind.Colon)) return;
        if (At(TokenKind.Newline)) throw ErrorAtToken("expected ':'", Peek);
        throw InvalidSyntax();
    }

    private void ExpectKw(Kw k, string text)
    {
        if (AcceptKw(k)) return;
        throw ErrorAtToken($"expected '{text}'", Peek);
    }

    /// <summary>Consumes a token of kind k or reports generic invalid syntax.</summary>
    private void Require(TokenKind k)
    {
        if (!Accept(k)) throw InvalidSyntax();
    }

    private string RequireName()
    {
        ref var t = ref Tok(_p);
        if (t.Kind != TokenKind.Name || t.IsHardKeyword) throw InvalidSyntax();
        _p++;
        return t.Text!;
    }

    private bool AtName => Tok(_p).Kind == TokenKind.Name && !Tok(_p).IsHardKeyword;

    // ------------------------------------------------------------------ positions

    private int BC(in Token t) => _tz.ByteCol(t.Line, t.Col);
    private int EBC(in Token t) => _tz.ByteCol(t.EndLine, t.EndCol);

    private T Fin<T>(T n, in Token start) where T : LocatedNode
    {
        n.Lineno = start.Line;
        n.ColOffset = BC(start);
        ref var e = ref _toks[_p - 1];
        n.EndLineno = e.EndLine;
        n.EndColOffset = EBC(e);
        return n;
    }

    private T FinAt<T>(T n, int startIndex) where T : LocatedNode
    {
        ref var st = ref _toks[startIndex];
        n.Lineno = st.Line;
        n.ColOffset = BC(st);
        ref var e = ref _toks[_p - 1];
        n.EndLineno = e.EndLine;
        n.EndColOffset = EBC(e);
        return n;
    }

    private T FinFrom<T>(T n, LocatedNode start) where T : LocatedNode
    {
        n.Lineno = start.Lineno;
        n.ColOffset = start.ColOffset;
        ref var e = ref _toks[_p - 1];
        n.EndLineno = e.EndLine;
        n.EndColOffset = EBC(e);
        return n;
    }

    private static T Span<T>(T n, LocatedNode a, LocatedNode b) where T : LocatedNode
    {
        n.Lineno = a.Lineno; n.ColOffset = a.ColOffset; n.EndLineno = b.EndLineno; n.EndColOffset = b.EndColOffset;
        return n;
    }

    private T SpanTok<T>(T n, in Token start, LocatedNode end) where T : LocatedNode
    {
        n.Lineno = start.Line; n.ColOffset = BC(start); n.EndLineno = end.EndLineno; n.EndColOffset = end.EndColOffset;
        return n;
    }

    /// <summary>
    /// Guards recursion: past MaxDepth nested constructs (about where CPython gives up too) or when
    /// the thread's stack runs low, parsing stops with a RecursionError-kind error, never a crash.
    /// </summary>
    private void Enter()
    {
        if (++_depth > MaxDepth || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new PythonSyntaxError(SyntaxErrorKind.RecursionError, "maximum recursion depth exceeded during ast construction", _filename, 0, 0, 0, 0, null);
    }

    private void Leave() => _depth--;

    // ------------------------------------------------------------------ errors

    private PythonSyntaxError ErrorAtToken(string msg, in Token t, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
        => _tz.Error(msg, t.Line, t.Col, t.EndLine, t.EndCol, kind);

    private PythonSyntaxError ErrorAtTokens(string msg, in Token a, in Token b)
        => _tz.Error(msg, a.Line, a.Col, b.EndLine, b.EndCol);

    /// <summary>An error spanning a node (node columns are UTF-8 byte offsets; convert back).</summary>
    private PythonSyntaxError ErrorAtNode(string msg, LocatedNode n) => ErrorAtNodes(msg, n, n);

    private PythonSyntaxError ErrorAtNodes(string msg, LocatedNode a, LocatedNode b)
        => _tz.Error(msg, a.Lineno, CharColOfByte(a.Lineno, a.ColOffset), b.EndLineno, CharColOfByte(b.EndLineno, b.EndColOffset));

    private PythonSyntaxError ErrorFromTokenToNode(string msg, in Token a, LocatedNode b)
        => _tz.Error(msg, a.Line, a.Col, b.EndLineno, CharColOfByte(b.EndLineno, b.EndColOffset));

    private PythonSyntaxError ErrorFromNodeTo(string msg, LocatedNode a, in Token b)
        => _tz.Error(msg, a.Lineno, CharColOfByte(a.Lineno, a.ColOffset), b.EndLine, b.EndCol);

    private int CharColOfByte(int line, int byteCol)
    {
        int s = _tz.LineStartOffset(line);
        string src = _tz.Source;
        int bytes = 0, i = 0;
        while (bytes < byteCol && s + i < src.Length)
        {
            char c = src[s + i];
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (char.IsHighSurrogate(c)) { bytes += 4; i++; }
            else bytes += 3;
            i++;
        }
        return i + (byteCol - bytes);
    }

    /// <summary>CPython's generic error: "invalid syntax" at the furthest token read.</summary>
    private PythonSyntaxError InvalidSyntax()
    {
        int i = Math.Max(_p, _furthest);
        ref var t = ref Tok(i);
        ProbeLikeSecondPass(i);
        if (t.Kind == TokenKind.ErrorToken) return _tz.UnclosedParenError();
        if (t.Kind == TokenKind.Indent)
            return _tz.Error("unexpected indent", t.Line, t.EndCol - 1, t.Line, -1, SyntaxErrorKind.IndentationError);
        if (t.Kind == TokenKind.Dedent)
            return _tz.Error("unexpected unindent", t.Line, t.Col, t.Line, -1, SyntaxErrorKind.IndentationError);
        if (t.Kind == TokenKind.EndMarker)
        {
            // CPython's ENDMARKER has no column: line of the input's end, offset 0 (0 everywhere if empty).
            int line = _tz.Source.Length == 0 ? 0 : _tz.EofPosition().Line;
            return _tz.Raw("invalid syntax", line, 0, line, 0);
        }
        if (t.Kind == TokenKind.Newline && t.Start >= _tz.Source.Length)
        {
            return _tz.Error("invalid syntax", t.Line, t.Col, t.Line, t.Col + 1);
        }
        return ErrorAtToken("invalid syntax", t);
    }

    /// <summary>
    /// CPython's second pass tries "expression expression" (its invalid_expression rule) at a
    /// failure right after an expression, reading that second expression: a tokenizer error met
    /// there is what CPython reports. Read it the same way, keeping only tokenizer errors.
    /// </summary>
    private void ProbeLikeSecondPass(int i)
    {
        if (i == 0 || !CanStartExpression(Tok(i))) return;
        var prev = Tok(i - 1).Kind;
        if (prev is not (TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.FStringEnd or TokenKind.RPar or TokenKind.RSqb or TokenKind.RBrace)) return;
        int save = _p;
        _errorChecks++;
        try
        {
            _p = i;
            try { ParseExpression(); }
            catch (PythonSyntaxError e) when (!e.FromTokenizer && e.Kind != SyntaxErrorKind.RecursionError) { }
            // Its rules read on through the logical line.
            for (int k = 0; k < 64; k++)
            {
                var kind = Tok(_p).Kind;
                if (kind is TokenKind.Newline or TokenKind.EndMarker or TokenKind.ErrorToken) break;
                _p++;
            }
        }
        catch (PythonSyntaxError e) when (!e.FromTokenizer || e.Kind == SyntaxErrorKind.RecursionError) { }
        finally
        {
            _errorChecks--;
            _p = save;
        }
    }

    /// <summary>
    /// CPython tokenizes the rest of the file after a parser error: a tokenizer error found there
    /// (except indentation ones) replaces it, and so does an unclosed bracket opened on an earlier
    /// line than the error.
    /// </summary>
    private PythonSyntaxError PreferTokenizerErrors(PythonSyntaxError parserError)
    {
        int errLine = _count > 0 ? _toks[_count - 1].Line : parserError.Lineno;
        try
        {
            while (!_sawEnd) Fill();
        }
        catch (PythonSyntaxError e) when (e.FromTokenizer)
        {
            if (e.Kind == SyntaxErrorKind.SyntaxError && !e.Deferred) return e;
            return parserError;
        }
        if (_count > 0 && _toks[_count - 1].Kind == TokenKind.ErrorToken && errLine > _tz.OpenParenLine)
            return _tz.UnclosedParenError();
        return parserError;
    }

    private T Guard<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        // CPython reports an unexpected INDENT/DEDENT without looking further.
        catch (PythonSyntaxError e) when (!e.FromTokenizer && e.Kind != SyntaxErrorKind.RecursionError && e.Msg is not ("unexpected indent" or "unexpected unindent"))
        {
            var better = PreferTokenizerErrors(e);
            if (ReferenceEquals(better, e)) throw;
            throw better;
        }
    }

    // ------------------------------------------------------------------ entry points

    public ModBase ParseFile() => Guard(ParseFileCore);
    public ModBase ParseEval() => Guard(ParseEvalCore);
    public ModBase ParseInteractive() => Guard(ParseInteractiveCore);
    public ModBase ParseFuncType() => Guard(ParseFuncTypeCore);

    private ModBase ParseFileCore()
    {
        var body = new List<StmtBase>();
        while (!At(TokenKind.EndMarker)) ParseStatement(body);
        return new Module(body, _typeIgnores);
    }

    private ModBase ParseEvalCore()
    {
        while (Accept(TokenKind.Newline)) { }
        if (At(TokenKind.EndMarker)) throw InvalidSyntax();
        // expressions: expression (',' expression)* [','] -- no starred items in eval input.
        var start = Peek;
        var e = ParseExpression();
        if (At(TokenKind.Comma))
        {
            var elts = new List<ExprBase> { e };
            while (Accept(TokenKind.Comma))
            {
                if (!CanStartExpression() || At(TokenKind.Star)) break;
                elts.Add(ParseExpression());
            }
            e = Fin(new Tuple(elts, Load.Instance), start);
        }
        while (Accept(TokenKind.Newline)) { }
        if (!At(TokenKind.EndMarker)) throw InvalidSyntax();
        return new Expression(e);
    }

    private ModBase ParseInteractiveCore()
    {
        // statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
        var body = new List<StmtBase>();
        if (At(TokenKind.EndMarker)) throw InvalidSyntax();
        if (Accept(TokenKind.Newline)) { if (At(TokenKind.EndMarker)) return new Interactive(body); throw InvalidSyntax(); }
        _lastBlockIndented = true;
        ParseStatement(body);
        bool compound = body.Count == 1 && body[0] is FunctionDef or AsyncFunctionDef or ClassDef or If or While or For or AsyncFor or With or AsyncWith or Try or TryStar or Match;
        // A compound statement typed in one line still needs the blank line that ends it.
        if (compound && !_lastBlockIndented) throw InvalidSyntax();
        var endTok = Prev;
        while (Accept(TokenKind.Newline) || Accept(TokenKind.Dedent)) { }
        if (!At(TokenKind.EndMarker)) throw ErrorAtToken("multiple statements found while compiling a single statement", endTok);
        return new Interactive(body);
    }

    private ModBase ParseFuncTypeCore()
    {
        Require(TokenKind.LPar);
        var args = new List<ExprBase>();
        if (!At(TokenKind.RPar))
        {
            while (true)
            {
                // type_expressions: '*' and '**' items are kept as their plain expressions (CPython does).
                if (Accept(TokenKind.Star) || Accept(TokenKind.DoubleStar)) args.Add(ParseExpression());
                else args.Add(ParseExpression());
                if (!Accept(TokenKind.Comma)) break;
                if (At(TokenKind.RPar)) break;
            }
        }
        Require(TokenKind.RPar);
        Require(TokenKind.RArrow);
        var ret = ParseExpression();
        while (Accept(TokenKind.Newline)) { }
        if (!At(TokenKind.EndMarker)) throw InvalidSyntax();
        return new FunctionType(args, ret);
    }
}
