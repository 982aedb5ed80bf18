using System.Globalization;
using System.Text;

namespace Taipan.Syntax.Tokens;

/// <summary>
/// CPython 3.12's tokenizer: indentation, implicit line joining, numbers, strings and PEP 701
/// f-strings (FSTRING_START / FSTRING_MIDDLE / FSTRING_END with the replacement fields tokenized
/// as ordinary tokens). Works on one newline-normalised string; tokens are structs, and only NAME
/// tokens carry a (interned) string. Errors are raised as <see cref="PythonSyntaxError"/>.
/// </summary>
public sealed class Tokenizer
{
    private const int MaxIndent = 100;
    private const int MaxParenDepth = 200;

    private readonly string _src;
    private readonly int _len;
    private readonly string _filename;
    private readonly bool _trivia;
    private readonly bool _typeComments;
    private bool _typeCommentLine; // a comment-only line holding a type comment ends with NEWLINE
    private int _commentStart = -1;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly List<byte> _lineAscii = new(); // 0 unknown, 1 ascii, 2 not

    private readonly int[] _indents = new int[MaxIndent + 1];
    private readonly int[] _altIndents = new int[MaxIndent + 1];
    private int _indentTop;
    private int _pendingDedents;
    private bool _atBol = true;
    private bool _blankLine;
    private bool _sawNewline = true; // last significant token was NEWLINE (or none yet)
    private bool _done;
    private int _dedentCol;

    private struct Paren { public char Ch; public int Line; public int Col; }
    private readonly List<Paren> _parens = new();

    private enum FKind : byte { Literal, Expr, Spec }
    private struct FMode
    {
        public FKind Kind;
        public char Quote;
        public bool Triple;
        public bool Raw;
        public int Depth;      // paren depth right after the field's '{' (Expr/Spec)
        public int StartLine;  // line of FSTRING_START
        public int StartCol;
    }
    private readonly List<FMode> _fmodes = new();

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _names;

    /// <summary>Invalid escape sequences found by the string decoder are not the tokenizer's; this lists "invalid decimal literal"-style warnings.</summary>
    public List<(string Message, int Line, int Col)> Warnings { get; } = new();

    public Tokenizer(string source, string filename = "<unknown>", bool trivia = false, bool typeComments = false)
    {
        _typeComments = typeComments;
        _src = NormalizeNewlines(source);
        _len = _src.Length;
        _filename = filename;
        _trivia = trivia;
        _names = new Dictionary<string, string>().GetAlternateLookup<ReadOnlySpan<char>>();
        _lineStarts[0] = _pos;
    }

    public string Source => _src;
    public string Filename => _filename;

    /// <summary>CPython reads source with universal newlines: \r\n and \r become \n.</summary>
    public static string NormalizeNewlines(string s)
    {
        int i = s.IndexOf('\r');
        if (i < 0) return s;
        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, i);
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < s.Length && s[i + 1] == '\n') i++;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    // ---------------------------------------------------------------- positions

    public int LineCount => _lineStarts.Count;

    /// <summary>The line of the source's last character ("detected at line N").</summary>
    private int LastLine => _len > 0 && _src[_len - 1] == '\n' && _line > 1 ? _line - 1 : _line;

    public int LineStartOffset(int line) => line - 1 < _lineStarts.Count ? _lineStarts[line - 1] : _len;

    /// <summary>The text of a 1-based line, with its newline if it has one.</summary>
    public string LineText(int line)
    {
        if (line < 1) return "";
        int s = LineStartOffset(line);
        if (s > _len) return "";
        int e = _src.IndexOf('\n', s);
        return e < 0 ? _src.Substring(s) : _src.Substring(s, e - s + 1);
    }

    /// <summary>Converts a column in UTF-16 chars to CPython's col_offset in UTF-8 bytes.</summary>
    public int ByteCol(int line, int col)
    {
        if (col <= 0) return col;
        int idx = line - 1;
        while (_lineAscii.Count <= idx) _lineAscii.Add(0);
        byte state = _lineAscii[idx];
        int s = LineStartOffset(line);
        if (state == 0)
        {
            int e = _src.IndexOf('\n', s);
            if (e < 0) e = _len;
            state = Ascii.IsValid(_src.AsSpan(s, e - s)) ? (byte)1 : (byte)2;
            _lineAscii[idx] = state;
        }
        if (state == 1) return col;
        int n = Math.Min(col, _len - s);
        return Encoding.UTF8.GetByteCount(_src.AsSpan(s, n)) + (col - n);
    }

    /// <summary>Converts a column in UTF-16 chars to a column in code points (SyntaxError offsets).</summary>
    public int CharCol(int line, int col)
    {
        int s = LineStartOffset(line);
        int n = 0;
        for (int i = 0; i < col && s + i < _len; i++)
            if (!char.IsLowSurrogate(_src[s + i]) || i == 0 || !char.IsHighSurrogate(_src[s + i - 1])) n++;
        return n + Math.Max(0, col - (_len - s));
    }

    internal PythonSyntaxError Error(string msg, int line, int col, int endLine, int endCol, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        int off = col < 0 ? col : CharCol(line, col) + 1;
        int endOff = endCol < 0 ? endCol : CharCol(endLine, endCol) + 1;
        return new PythonSyntaxError(kind, msg, _filename, line, off, endLine, endOff, LineText(line));
    }

    /// <summary>
    /// Where CPython points for errors at the end of input (DEDENT/ENDMARKER there): the last line,
    /// offset = that line's length counting its newline (CPython adds one when missing).
    /// </summary>
    public (int Line, int Offset) EofPosition()
    {
        if (_len == 0) return (1, 0);
        int end = _src[_len - 1] == '\n' ? _len - 1 : _len;
        var (line, col) = LineCol(end);
        return (line, CharCol(line, col) + 1);
    }

    /// <summary>Line of the innermost bracket still open at EOF (0 if none).</summary>
    public int OpenParenLine => _parens.Count > 0 ? _parens[^1].Line : 0;

    /// <summary>"'(' was never closed": raised when the parser fails at EOF with brackets open.</summary>
    public PythonSyntaxError UnclosedParenError()
    {
        var pr = _parens[^1];
        return Raw($"'{pr.Ch}' was never closed", pr.Line, CharCol(pr.Line, pr.Col) + 1, pr.Line, 0);
    }

    /// <summary>An error with CPython's 1-based offsets given as they are (some tokenizer errors use odd ends like 0 or -1).</summary>
    internal PythonSyntaxError Raw(string msg, int line, int offset, int endLine, int endOffset, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
        => new PythonSyntaxError(kind, msg, _filename, line, offset, endLine, endOffset, LineText(line));

    private static PythonSyntaxError Deferred(PythonSyntaxError e)
    {
        e.Deferred = true;
        return e;
    }

    /// <summary>Number errors: CPython reports the offset of the tokenizer's cursor, i.e. the 0-based index of the offending char.</summary>
    private PythonSyntaxError NumError(string msg, int p)
    {
        var (l, c) = LineCol(p);
        int off = CharCol(l, c);
        return Raw(msg, l, off, l, off);
    }

    private PythonSyntaxError ErrorAt(string msg, int offset, int endOffset)
    {
        var (l, c) = LineCol(offset);
        var (el, ec) = LineCol(endOffset);
        return Error(msg, l, c, el, ec);
    }

    /// <summary>Line and UTF-16 column of a source offset (offset must be in an already-scanned line).</summary>
    public (int Line, int Col) LineCol(int offset)
    {
        int lo = 0, hi = _lineStarts.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (_lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return (lo + 1, offset - _lineStarts[lo]);
    }

    private void NewLineAt(int nextLineStart)
    {
        _line++;
        _lineStart = nextLineStart;
        if (_lineStarts.Count < _line) _lineStarts.Add(nextLineStart);
    }

    // ---------------------------------------------------------------- tokenize-module view

    /// <summary>
    /// Tokens the way Python's tokenize module yields them (for a future _tokenize module).
    /// Syntax errors surface as <see cref="PythonSyntaxError"/> when reached.
    /// </summary>
    public static IEnumerable<TokenInfo> Tokenize(string source, string filename = "<string>")
    {
        var tz = new Tokenizer(source, filename, trivia: true);
        while (true)
        {
            var t = tz.Next();
            if (t.Kind == TokenKind.FStringMiddle)
            {
                // CPython ends an FSTRING_MIDDLE after the first brace of each doubled pair.
                int segStart = t.Start;
                for (int i = t.Start; i + 1 < t.End; i++)
                {
                    char c = tz._src[i];
                    if ((c == '{' || c == '}') && tz._src[i + 1] == c)
                    {
                        yield return tz.Segment(segStart, i + 1);
                        segStart = i + 2;
                        i++;
                    }
                }
                if (segStart < t.End) yield return tz.Segment(segStart, t.End);
                continue;
            }
            yield return tz.ToInfo(t);
            if (t.Kind is TokenKind.EndMarker or TokenKind.ErrorToken) yield break;
        }
    }

    private TokenInfo Segment(int start, int end)
    {
        var (sl, sc) = LineCol(start);
        var (el, ec) = LineCol(end);
        string line = LineText(sl);
        for (int l = sl + 1; l <= el; l++) line += LineText(l);
        return new TokenInfo(TokenKind.FStringMiddle, TokenKind.FStringMiddle, _src.Substring(start, end - start),
            sl, CharCol(sl, sc), el, CharCol(el, ec), line);
    }

    private TokenInfo ToInfo(in Token t)
    {
        TokenKind type = t.Kind;
        if (type >= TokenKind.LPar && type <= TokenKind.Exclamation) type = TokenKind.Op;
        string text;
        int sc = CharCol(t.Line, t.Col), ec;
        int er = t.EndLine;
        switch (t.Kind)
        {
            case TokenKind.Dedent:
            case TokenKind.EndMarker:
                text = "";
                ec = sc;
                er = t.Line;
                break;
            case TokenKind.Newline when t.Start >= _len:
                text = "";
                ec = sc + 1;
                break;
            case TokenKind.FStringMiddle:
                // CPython reports the literal with doubled braces undoubled, and sizes the token by it.
                text = _src.Substring(t.Start, t.End - t.Start).Replace("{{", "{").Replace("}}", "}");
                ec = t.EndLine == t.Line ? sc + (text.Length - (t.End - t.Start) + CharCol(t.EndLine, t.EndCol) - sc) : CharCol(t.EndLine, t.EndCol);
                break;
            default:
                text = _src.Substring(t.Start, t.End - t.Start);
                ec = CharCol(t.EndLine, t.EndCol);
                break;
        }
        string line;
        if (t.Kind == TokenKind.EndMarker) line = "";
        else
        {
            line = LineText(t.Line);
            for (int l = t.Line + 1; l <= er; l++) line += LineText(l);
        }
        return new TokenInfo(type, t.Kind, text, t.Line, sc, er, ec, line);
    }

    // ---------------------------------------------------------------- main loop

    private Token Make(TokenKind kind, int start, int end)
    {
        var (sl, sc) = start >= _lineStart ? (_line, start - _lineStart) : LineCol(start);
        return new Token { Kind = kind, Start = start, End = end, Line = sl, Col = sc, EndLine = _line, EndCol = end - _lineStart };
    }

    /// <summary>Returns the next token; after ENDMARKER keeps returning ENDMARKER.</summary>
    public Token Next()
    {
        try
        {
            return NextCore();
        }
        catch (PythonSyntaxError e)
        {
            e.FromTokenizer = true;
            throw;
        }
    }

    private Token NextCore()
    {
        while (true)
        {
            if (_pendingDedents > 0)
            {
                _pendingDedents--;
                return new Token { Kind = TokenKind.Dedent, Start = _pos, End = _pos, Line = _line, Col = _dedentCol, EndLine = _line, EndCol = _dedentCol };
            }
            if (_fmodes.Count > 0 && _fmodes[^1].Kind != FKind.Expr)
                return ScanFStringLiteral();
            if (_atBol && _parens.Count == 0)
            {
                var t = HandleIndentation(out bool produced);
                if (produced) return t;
            }

            // Skip whitespace, comments and line continuations.
            int p = _pos;
            while (p < _len)
            {
                char c = _src[p];
                if (c == ' ' || c == '\t' || c == '\f') { p++; continue; }
                if (c == '\\')
                {
                    if (p + 1 < _len && _src[p + 1] == '\n')
                    {
                        p += 2;
                        NewLineAt(p);
                        if (p >= _len) throw Deferred(Raw("unexpected EOF while parsing", _line - 1, CharCol(_line - 1, p - 2 - _lineStarts[_line - 2]) + 2, _line - 1, -1));
                        continue;
                    }
                    if (p + 1 >= _len)
                        throw Deferred(Raw("unexpected EOF while parsing", _line, CharCol(_line, p - _lineStart) + 2, _line, -1));
                    _pos = p;
                    throw Deferred(Raw("unexpected character after line continuation character", _line, CharCol(_line, p - _lineStart) + 2, _line, 0));
                }
                break;
            }
            _pos = p;
            if (p >= _len) return AtEof();

            char ch = _src[p];
            if (ch == '#')
            {
                int e = _src.IndexOf('\n', p);
                if (e < 0) e = _len;
                _pos = e;
                if (_typeComments && TypeCommentBody(p, e) is int body)
                {
                    if (body + 6 <= e && _src.AsSpan(body, 6).SequenceEqual("ignore") && (body + 6 == e || !IsAsciiIdentChar(_src[body + 6])))
                    {
                        // Its text after "ignore" is the tag; on a line of its own CPython keeps the newline.
                        int tagEnd = _blankLine && e < _len ? e + 1 : e;
                        var ti = Make(TokenKind.TypeIgnore, body + 6, e);
                        ti.Text = _src.Substring(body + 6, tagEnd - body - 6);
                        return ti;
                    }
                    if (_blankLine) _typeCommentLine = true;
                    return Make(TokenKind.TypeComment, body, e);
                }
                if (_trivia) return Make(TokenKind.Comment, p, e);
                _commentStart = p;
                continue;
            }
            if (ch == '\n')
            {
                _pos = p + 1;
                bool blank = (_blankLine && !_typeCommentLine) || _parens.Count > 0;
                _typeCommentLine = false;
                // For the parser CPython's NEWLINE token starts at a comment before it (seen in error spans).
                int ns = _commentStart >= 0 && !_trivia ? _commentStart : p;
                _commentStart = -1;
                var t = Make(blank ? TokenKind.NL : TokenKind.Newline, ns, p + 1);
                NewLineAt(p + 1);
                if (_parens.Count == 0) _atBol = true;
                if (blank)
                {
                    if (_trivia) return t;
                    continue;
                }
                _sawNewline = true;
                return t;
            }
            _sawNewline = false;
            _blankLine = false;

            if (IsAsciiIdentStart(ch) || ch >= 0x80)
                return ScanNameOrString(p);
            if (ch >= '0' && ch <= '9' || ch == '.' && p + 1 < _len && _src[p + 1] >= '0' && _src[p + 1] <= '9')
                return ScanNumber(p);
            if (ch == '"' || ch == '\'')
                return ScanString(p, p, false, false, false);
            return ScanOperator(p);
        }
    }

    /// <summary>Start of the text after "# type:" (PEP 484 type comment), or null.</summary>
    private int? TypeCommentBody(int p, int e)
    {
        int i = p + 1;
        while (i < e && (_src[i] == ' ' || _src[i] == '\t')) i++;
        if (i + 4 > e || !_src.AsSpan(i, 4).SequenceEqual("type")) return null;
        i += 4;
        while (i < e && (_src[i] == ' ' || _src[i] == '\t')) i++;
        if (i >= e || _src[i] != ':') return null;
        i++;
        while (i < e && (_src[i] == ' ' || _src[i] == '\t')) i++;
        return i;
    }

    private Token AtEof()
    {
        if (_parens.Count > 0)
        {
            // Like CPython: an ERRORTOKEN; the parser reports "'(' was never closed" if it fails here.
            return new Token { Kind = TokenKind.ErrorToken, Start = _len, End = _len, Line = _line, Col = _len - _lineStart, EndLine = _line, EndCol = _len - _lineStart };
        }
        if (_fmodes.Count > 0)
        {
            var fm = _fmodes[^1];
            throw FStringUnterminated(fm);
        }
        if (!_sawNewline && !_done)
        {
            _sawNewline = true;
            _blankLine = true;
            return new Token { Kind = TokenKind.Newline, Start = _len, End = _len, Line = _line, Col = _len - _lineStart, EndLine = _line, EndCol = _len - _lineStart + 1 };
        }
        if (_indentTop > 0)
        {
            _pendingDedents = _indentTop - 1;
            _indentTop = 0;
            int dl = _len == _lineStart ? _line : _line + 1;
            _dedentCol = 0;
            return new Token { Kind = TokenKind.Dedent, Start = _len, End = _len, Line = dl, Col = 0, EndLine = dl, EndCol = 0 };
        }
        _done = true;
        int line = _len == _lineStart ? _line : _line + 1;
        return new Token { Kind = TokenKind.EndMarker, Start = _len, End = _len, Line = line, Col = 0, EndLine = line, EndCol = 0 };
    }

    private Token HandleIndentation(out bool produced)
    {
        produced = false;
        _atBol = false;
        int col = 0, alt = 0, p = _pos;
        int contCol = -1, contAlt = -1; // a backslash inside the indentation fixes the level (CPython 3.12)
        while (p < _len)
        {
            char c = _src[p];
            if (c == ' ') { col++; alt++; }
            else if (c == '\t') { col = (col / 8 + 1) * 8; alt++; }
            else if (c == '\f') { col = alt = 0; }
            else if (c == '\\')
            {
                if (contCol < 0) { contCol = col; contAlt = alt; }
                if (p + 1 < _len && _src[p + 1] == '\n') { p += 2; NewLineAt(p); continue; }
                _pos = p;
                if (p + 1 >= _len) throw Deferred(Raw("unexpected EOF while parsing", _line, CharCol(_line, p - _lineStart) + 2, _line, -1));
                throw Deferred(Raw("unexpected character after line continuation character", _line, CharCol(_line, p - _lineStart) + 2, _line, 0));
            }
            else break;
            p++;
        }
        if (contCol >= 0) { col = contCol; alt = contAlt; }
        _pos = p;
        if (p >= _len || _src[p] == '#' || _src[p] == '\n')
        {
            _blankLine = p < _len; // lines with only a comment or whitespace don't change indentation
            return default;
        }
        _blankLine = false;
        int top = _indents[_indentTop];
        if (col == top)
        {
            if (alt != _altIndents[_indentTop]) throw TabError(p);
            return default;
        }
        if (col > top)
        {
            if (_indentTop + 1 >= MaxIndent)
                throw Error("too many levels of indentation", _line, p - _lineStart, _line, p - _lineStart, SyntaxErrorKind.IndentationError);
            if (alt <= _altIndents[_indentTop]) throw TabError(p);
            _indentTop++;
            _indents[_indentTop] = col;
            _altIndents[_indentTop] = alt;
            produced = true;
            return new Token { Kind = TokenKind.Indent, Start = _lineStart, End = p, Line = _line, Col = 0, EndLine = _line, EndCol = p - _lineStart };
        }
        int n = 0;
        while (_indentTop > 0 && col < _indents[_indentTop]) { _indentTop--; n++; }
        if (col != _indents[_indentTop])
        {
            int e = _src.IndexOf('\n', p);
            if (e < 0) e = _len;
            throw Raw("unindent does not match any outer indentation level", _line, CharCol(_line, e - _lineStart) + 1, _line, -1, SyntaxErrorKind.IndentationError);
        }
        if (alt != _altIndents[_indentTop]) throw TabError(p);
        _pendingDedents = n - 1;
        _dedentCol = p - _lineStart;
        produced = true;
        return new Token { Kind = TokenKind.Dedent, Start = p, End = p, Line = _line, Col = p - _lineStart, EndLine = _line, EndCol = p - _lineStart };
    }

    private PythonSyntaxError TabError(int p) =>
        Raw("inconsistent use of tabs and spaces in indentation", _line, 1, _line, 0, SyntaxErrorKind.TabError);

    // ---------------------------------------------------------------- names

    private static bool IsAsciiIdentStart(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';
    private static bool IsAsciiIdentChar(char c) => IsAsciiIdentStart(c) || (uint)(c - '0') <= 9;

    private static bool IsIdentStartRune(Rune r)
    {
        if (r.Value < 0x80) return IsAsciiIdentStart((char)r.Value);
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return true;
        }
        // Other_ID_Start
        return r.Value is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C;
    }

    private static bool IsIdentContinueRune(Rune r)
    {
        if (r.Value < 0x80) return IsAsciiIdentChar((char)r.Value);
        if (IsIdentStartRune(r)) return true;
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
        }
        return r.Value is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA;
    }

    private Token ScanNameOrString(int start)
    {
        int p = start;
        bool ascii = true;
        while (p < _len)
        {
            char c = _src[p];
            if (c < 0x80)
            {
                if (!IsAsciiIdentChar(c)) break;
                p++;
                continue;
            }
            if (c >= 0xDC80 && c <= 0xDCFF) throw UndecodableByte(start, p);
            if (Rune.DecodeFromUtf16(_src.AsSpan(p), out Rune r, out int used) != System.Buffers.OperationStatus.Done) r = new Rune(0xFFFD);
            bool ok = p == start ? IsIdentStartRune(r) : IsIdentContinueRune(r);
            if (!ok)
            {
                if (p == start || !IsPotentialIdentChar(r)) break;
                throw InvalidCharacter(p, r);
            }
            ascii = false;
            p += used;
        }
        if (p == start)
        {
            Rune.DecodeFromUtf16(_src.AsSpan(p), out Rune bad, out _);
            throw InvalidCharacter(p, bad);
        }
        // String prefix?
        if (p < _len && (_src[p] == '"' || _src[p] == '\'') && p - start <= 2)
        {
            bool r = false, b = false, u = false, f = false, valid = true;
            for (int i = start; i < p; i++)
            {
                switch (_src[i])
                {
                    case 'r': case 'R': valid &= !r; r = true; break;
                    case 'b': case 'B': valid &= !b; b = true; break;
                    case 'u': case 'U': valid &= !u; u = true; break;
                    case 'f': case 'F': valid &= !f; f = true; break;
                    default: valid = false; break;
                }
            }
            if (valid && !(u && (r || b || f)) && !(b && f))
                return ScanString(start, p, r, b, f);
        }
        _pos = p;
        var t = Make(TokenKind.Name, start, p);
        var span = _src.AsSpan(start, p - start);
        if (!_names.TryGetValue(span, out string? name))
        {
            name = span.ToString();
            if (!ascii) name = Nfkc.Normalize(name);
            _names[span] = name;
        }
        t.Text = name;
        t.Keyword = ascii ? KeywordOf(name) : KeywordKind.None;
        return t;
    }

    /// <summary>
    /// Bytes that were not UTF-8 reach the tokenizer as U+DC80..U+DCFF (see SourceDecoder); like
    /// CPython, they are an error only inside a token: "(unicode error) 'utf-8' codec can't decode ...".
    /// </summary>
    private PythonSyntaxError UndecodableByte(int tokenStart, int p)
    {
        var (l, c) = LineCol(p);
        int pos = Encoding.UTF8.GetByteCount(_src.AsSpan(tokenStart, p - tokenStart));
        return Raw(UndecodableMessage(_src, p, pos), l, CharCol(l, c) + 1, l, -1);
    }

    /// <summary>Python's UTF-8 decode error text for the undecodable byte at s[p]; the data ends at <paramref name="limit"/>.</summary>
    internal static string UndecodableMessage(string s, int p, int position, int limit = -1)
    {
        if (limit < 0) limit = s.Length;
        int b = s[p] - 0xDC00;
        if (b < 0xC2 || b > 0xF4)
            return $"(unicode error) 'utf-8' codec can't decode byte 0x{b:x2} in position {position}: invalid start byte";
        int need = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        int n = 0; // continuation bytes that follow
        while (n + 1 < need && p + 1 + n < limit && s[p + 1 + n] >= 0xDC80 && s[p + 1 + n] <= 0xDCBF) n++;
        if (p + 1 + n >= limit)
            return n == 0
                ? $"(unicode error) 'utf-8' codec can't decode byte 0x{b:x2} in position {position}: unexpected end of data"
                : $"(unicode error) 'utf-8' codec can't decode bytes in position {position}-{position + n}: unexpected end of data";
        return $"(unicode error) 'utf-8' codec can't decode byte 0x{b:x2} in position {position}: invalid continuation byte";
    }

    private static bool IsPotentialIdentChar(Rune r) => r.Value >= 0x80 && Rune.IsLetterOrDigit(r);

    private PythonSyntaxError InvalidCharacter(int p, Rune r)
    {
        var (l, c) = LineCol(p);
        string msg;
        var cat = Rune.GetUnicodeCategory(r);
        bool printable = !(cat is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
        if (printable) msg = $"invalid character '{r}' (U+{r.Value:X4})";
        else msg = $"invalid non-printable character U+{r.Value:X4}";
        return Error(msg, l, c, l, c);
    }

    public static KeywordKind KeywordOf(string s)
    {
        switch (s.Length)
        {
            case 1: return s == "_" ? KeywordKind.Underscore : KeywordKind.None;
            case 2:
                switch (s)
                {
                    case "as": return KeywordKind.As;
                    case "if": return KeywordKind.If;
                    case "in": return KeywordKind.In;
                    case "is": return KeywordKind.Is;
                    case "or": return KeywordKind.Or;
                }
                break;
            case 3:
                switch (s)
                {
                    case "and": return KeywordKind.And;
                    case "def": return KeywordKind.Def;
                    case "del": return KeywordKind.Del;
                    case "for": return KeywordKind.For;
                    case "not": return KeywordKind.Not;
                    case "try": return KeywordKind.Try;
                }
                break;
            case 4:
                switch (s)
                {
                    case "None": return KeywordKind.NoneKw;
                    case "True": return KeywordKind.True;
                    case "elif": return KeywordKind.Elif;
                    case "else": return KeywordKind.Else;
                    case "from": return KeywordKind.From;
                    case "pass": return KeywordKind.Pass;
                    case "with": return KeywordKind.With;
                    case "case": return KeywordKind.Case;
                    case "type": return KeywordKind.Type;
                }
                break;
            case 5:
                switch (s)
                {
                    case "False": return KeywordKind.False;
                    case "async": return KeywordKind.Async;
                    case "await": return KeywordKind.Await;
                    case "break": return KeywordKind.Break;
                    case "class": return KeywordKind.Class;
                    case "raise": return KeywordKind.Raise;
                    case "while": return KeywordKind.While;
                    case "yield": return KeywordKind.Yield;
                    case "match": return KeywordKind.Match;
                }
                break;
            case 6:
                switch (s)
                {
                    case "assert": return KeywordKind.Assert;
                    case "except": return KeywordKind.Except;
                    case "global": return KeywordKind.Global;
                    case "import": return KeywordKind.Import;
                    case "lambda": return KeywordKind.Lambda;
                    case "return": return KeywordKind.Return;
                }
                break;
            case 7:
                if (s == "finally") return KeywordKind.Finally;
                break;
            case 8:
                if (s == "continue") return KeywordKind.Continue;
                if (s == "nonlocal") return KeywordKind.Nonlocal;
                break;
        }
        return KeywordKind.None;
    }

    // ---------------------------------------------------------------- numbers

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;
    private static bool IsHex(char c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 5;

    private char At(int p) => p < _len ? _src[p] : '\0';

    private Token ScanNumber(int start)
    {
        int p = start;
        char c = _src[p];
        if (c == '0' && (At(p + 1) | 0x20) is 'x' or 'o' or 'b')
        {
            char kind = (char)(At(p + 1) | 0x20);
            string name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            p += 2;
            bool any = false;
            while (true)
            {
                if (At(p) == '_') p++;
                char d = At(p);
                bool ok = kind == 'x' ? IsHex(d) : kind == 'o' ? d >= '0' && d <= '7' : d == '0' || d == '1';
                if (!ok)
                {
                    if (kind != 'x' && IsDigit(d))
                        throw NumError($"invalid digit '{d}' in {name} literal", p + 1);
                    if (!any || _src[p - 1] == '_')
                        throw NumError($"invalid {name} literal", p);
                    break;
                }
                any = true;
                while (p < _len && (kind == 'x' ? IsHex(_src[p]) : kind == 'o' ? _src[p] >= '0' && _src[p] <= '7' : _src[p] is '0' or '1')) p++;
                if (At(p) != '_') break;
            }
            if (kind != 'x' && IsDigit(At(p)))
                throw NumError($"invalid digit '{At(p)}' in {name} literal", p + 1);
            VerifyEndOfNumber(start, p, name);
            _pos = p;
            return Make(TokenKind.Number, start, p);
        }

        bool isFloat = false;
        if (c != '.')
        {
            if (c == '0')
            {
                // Only zeros may follow a leading zero, unless this turns out to be a float/imaginary.
                int q = p + 1;
                while (At(q) == '0' || At(q) == '_' && IsDigit(At(q + 1))) q++;
                bool nonzero = false;
                int r = q;
                if (IsDigit(At(r))) { nonzero = true; r = ScanDigits(r); }
                if (nonzero && At(r) != '.' && (At(r) | 0x20) != 'e' && (At(r) | 0x20) != 'j')
                {
                    var (l0, c0) = LineCol(start);
                    throw Raw("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", l0, CharCol(l0, c0) + 1, l0, CharCol(l0, c0) + 1 + (q - start));
                }
                if (At(q) == '_') throw NumError("invalid decimal literal", q + 1);
                p = nonzero ? r : q;
            }
            else p = ScanDigits(p);
        }
        if (At(p) == '.')
        {
            isFloat = true;
            p++;
            if (IsDigit(At(p))) p = ScanDigits(p);
        }
        if ((At(p) | 0x20) == 'e')
        {
            int save = p;
            p++;
            if (At(p) == '+' || At(p) == '-') p++;
            if (!IsDigit(At(p)))
            {
                if (p > save + 1) throw NumError("invalid decimal literal", p);
                // "1else" style: the 'e' may start a keyword; let the end-of-number check decide.
                p = save;
                VerifyEndOfNumber(start, p, "decimal");
                _pos = p;
                return Make(TokenKind.Number, start, p);
            }
            p = ScanDigits(p);
            isFloat = true;
        }
        if ((At(p) | 0x20) == 'j')
        {
            p++;
            VerifyEndOfNumber(start, p, "imaginary");
        }
        else VerifyEndOfNumber(start, p, "decimal");
        _ = isFloat;
        _pos = p;
        return Make(TokenKind.Number, start, p);
    }

    private int ScanDigits(int p)
    {
        while (true)
        {
            while (IsDigit(At(p))) p++;
            if (At(p) != '_') return p;
            if (!IsDigit(At(p + 1))) throw NumError("invalid decimal literal", p + 1);
            p++;
        }
    }

    private void VerifyEndOfNumber(int start, int p, string kind)
    {
        char c = At(p);
        // A keyword right after a number ("1if x else y") is accepted with a DeprecationWarning.
        if (c is 'a' or 'e' or 'f' or 'i' or 'n' or 'o')
        {
            string rest = _src.Substring(p, Math.Min(3, _len - p));
            bool kw = rest.StartsWith("and") || rest.StartsWith("else") || rest.StartsWith("for") || rest.StartsWith("if") ||
                      rest.StartsWith("in") || rest.StartsWith("is") || rest.StartsWith("not") || rest.StartsWith("or");
            if (c == 'e' && p + 4 <= _len) kw = _src.AsSpan(p, 4).SequenceEqual("else");
            if (kw)
            {
                var (l, col) = LineCol(start);
                Warnings.Add(($"invalid {kind} literal", l, col));
                return;
            }
        }
        if (c < 0x80 ? IsAsciiIdentChar(c) : c != '\0' && Rune.TryGetRuneAt(_src, p, out Rune r) && IsIdentContinueRune(r))
            throw NumError($"invalid {kind} literal", p);
    }

    // ---------------------------------------------------------------- strings

    private Token ScanString(int start, int quotePos, bool raw, bool bytes, bool fstr)
    {
        char q = _src[quotePos];
        bool triple = At(quotePos + 1) == q && At(quotePos + 2) == q;
        int p = quotePos + (triple ? 3 : 1);
        if (fstr)
        {
            _pos = p;
            var (sl, sc) = (_line, start - _lineStart);
            _fmodes.Add(new FMode { Kind = FKind.Literal, Quote = q, Triple = triple, Raw = raw, StartLine = sl, StartCol = sc });
            return Make(TokenKind.FStringStart, start, p);
        }
        int startLine = _line, startCol = start - _lineStart;
        bool inFExpr = _fmodes.Count > 0;
        while (true)
        {
            if (p >= _len)
            {
                if (inFExpr && !triple) throw FStringExpectingBrace(start);
                throw Error(triple ? $"unterminated triple-quoted string literal (detected at line {LastLine})"
                                   : $"unterminated string literal (detected at line {_line})", startLine, startCol, startLine, startCol);
            }
            char c = _src[p];
            if (c == '\\')
            {
                if (p + 1 < _len && _src[p + 1] == '\n') { p += 2; NewLineAt(p); continue; }
                p += 2;
                if (p > _len) p = _len;
                continue;
            }
            if (c == '\n')
            {
                if (!triple)
                {
                    if (inFExpr) throw FStringExpectingBrace(start);
                    throw Error($"unterminated string literal (detected at line {_line})", startLine, startCol, startLine, startCol);
                }
                p++;
                NewLineAt(p);
                continue;
            }
            if (c == q)
            {
                if (!triple) { p++; break; }
                if (At(p + 1) == q && At(p + 2) == q) { p += 3; break; }
            }
            p++;
        }
        _pos = p;
        var t = new Token { Kind = TokenKind.String, Start = start, End = p, Line = startLine, Col = startCol, EndLine = _line, EndCol = p - _lineStart };
        return t;
    }

    private PythonSyntaxError FStringExpectingBrace(int at)
    {
        var (l, c) = LineCol(at);
        return Error("f-string: expecting '}'", l, c, l, c);
    }

    private PythonSyntaxError FStringUnterminated(FMode fm)
    {
        return Error(fm.Triple ? $"unterminated triple-quoted f-string literal (detected at line {LastLine})"
                               : $"unterminated f-string literal (detected at line {_line})", fm.StartLine, fm.StartCol, fm.StartLine, fm.StartCol);
    }

    private Token ScanFStringLiteral()
    {
        var fm = _fmodes[^1];
        int start = _pos, p = _pos;
        int startLine = _line, startCol = p - _lineStart;
        while (true)
        {
            if (p >= _len)
            {
                if (fm.Kind == FKind.Spec) throw FStringExpectingBrace(p);
                // Find the outermost f-string to report, like CPython.
                throw FStringUnterminated(fm.Kind == FKind.Literal ? fm : _fmodes[^1]);
            }
            char c = _src[p];
            if (c == fm.Quote && (!fm.Triple || At(p + 1) == c && At(p + 2) == c))
            {
                if (fm.Kind == FKind.Spec)
                {
                    if (p > start) break;
                    throw FStringExpectingBrace(p);
                }
                if (p > start) break;
                int e = p + (fm.Triple ? 3 : 1);
                _pos = e;
                _fmodes.RemoveAt(_fmodes.Count - 1);
                _sawNewline = false;
                return Make(TokenKind.FStringEnd, p, e);
            }
            if (c == '\n')
            {
                if (!fm.Triple)
                {
                    if (fm.Kind == FKind.Spec) throw FStringExpectingBrace(p);
                    throw FStringUnterminated(fm);
                }
                p++;
                NewLineAt(p);
                continue;
            }
            if (c == '\\')
            {
                char n = At(p + 1);
                if (n == '{' || n == '}') { p++; continue; }
                if (!fm.Raw && n == 'N' && At(p + 2) == '{')
                {
                    int close = _src.IndexOf('}', p + 3);
                    int nl = _src.IndexOf('\n', p + 3);
                    if (close >= 0 && (nl < 0 || close < nl)) { p = close + 1; continue; }
                }
                if (n == '\n') { p += 2; NewLineAt(p); continue; }
                p += n == '\0' && p + 1 >= _len ? 1 : 2;
                continue;
            }
            if (c == '{')
            {
                if (At(p + 1) == '{' && fm.Kind == FKind.Literal) { p += 2; continue; }
                if (p > start) break;
                // Start of a replacement field.
                PushParen('{', p);
                _fmodes.Add(new FMode { Kind = FKind.Expr, Quote = fm.Quote, Triple = fm.Triple, Raw = fm.Raw, Depth = _parens.Count, StartLine = fm.StartLine, StartCol = fm.StartCol });
                _pos = p + 1;
                return Make(TokenKind.LBrace, p, p + 1);
            }
            if (c == '}')
            {
                if (fm.Kind == FKind.Literal)
                {
                    if (At(p + 1) == '}') { p += 2; continue; }
                    throw NumError("f-string: single '}' is not allowed", p + 1);
                }
                if (p > start) break;
                // End of the replacement field whose format spec this was.
                _parens.RemoveAt(_parens.Count - 1);
                _fmodes.RemoveAt(_fmodes.Count - 1);
                _pos = p + 1;
                return Make(TokenKind.RBrace, p, p + 1);
            }
            p++;
        }
        _pos = p;
        return new Token { Kind = TokenKind.FStringMiddle, Start = start, End = p, Line = startLine, Col = startCol, EndLine = _line, EndCol = p - _lineStart };
    }

    // ---------------------------------------------------------------- operators

    private void PushParen(char ch, int p)
    {
        if (_parens.Count >= MaxParenDepth)
            throw ErrorAt("too many nested parentheses", p, p);
        _parens.Add(new Paren { Ch = ch, Line = _line, Col = p - _lineStart });
    }

    private Token ScanOperator(int p)
    {
        char c = _src[p];
        char c2 = At(p + 1);
        char c3 = At(p + 2);
        TokenKind k;
        int n = 1;
        switch (c)
        {
            case '(': PushParen('(', p); k = TokenKind.LPar; break;
            case '[': PushParen('[', p); k = TokenKind.LSqb; break;
            case '{': PushParen('{', p); k = TokenKind.LBrace; break;
            case ')': case ']': case '}':
                {
                    if (_parens.Count == 0) throw ErrorAt($"unmatched '{c}'", p, p);
                    if (_fmodes.Count > 0 && _fmodes[^1].Kind == FKind.Expr && _parens.Count == _fmodes[^1].Depth && c != '}')
                        throw ErrorAt($"f-string: unmatched '{c}'", p, p);
                    var open = _parens[^1];
                    char want = open.Ch == '(' ? ')' : open.Ch == '[' ? ']' : '}';
                    if (c != want)
                    {
                        string msg = open.Line != _line
                            ? $"closing parenthesis '{c}' does not match opening parenthesis '{open.Ch}' on line {open.Line}"
                            : $"closing parenthesis '{c}' does not match opening parenthesis '{open.Ch}'";
                        throw ErrorAt(msg, p, p);
                    }
                    _parens.RemoveAt(_parens.Count - 1);
                    k = c == ')' ? TokenKind.RPar : c == ']' ? TokenKind.RSqb : TokenKind.RBrace;
                    if (c == '}' && _fmodes.Count > 0 && _fmodes[^1].Kind == FKind.Expr && _parens.Count == _fmodes[^1].Depth - 1)
                        _fmodes.RemoveAt(_fmodes.Count - 1); // end of a replacement field
                    break;
                }
            case ':':
                if (_fmodes.Count > 0 && _fmodes[^1].Kind == FKind.Expr && _parens.Count == _fmodes[^1].Depth)
                {
                    var fm = _fmodes[^1];
                    fm.Kind = FKind.Spec;
                    _fmodes[^1] = fm;
                    k = TokenKind.Colon;
                    break;
                }
                if (c2 == '=') { k = TokenKind.ColonEqual; n = 2; } else k = TokenKind.Colon;
                break;
            case ',': k = TokenKind.Comma; break;
            case ';': k = TokenKind.Semi; break;
            case '~': k = TokenKind.Tilde; break;
            case '.':
                if (c2 == '.' && c3 == '.') { k = TokenKind.Ellipsis; n = 3; } else k = TokenKind.Dot;
                break;
            case '+': if (c2 == '=') { k = TokenKind.PlusEqual; n = 2; } else k = TokenKind.Plus; break;
            case '-':
                if (c2 == '=') { k = TokenKind.MinEqual; n = 2; }
                else if (c2 == '>') { k = TokenKind.RArrow; n = 2; }
                else k = TokenKind.Minus;
                break;
            case '*':
                if (c2 == '*') { if (c3 == '=') { k = TokenKind.DoubleStarEqual; n = 3; } else { k = TokenKind.DoubleStar; n = 2; } }
                else if (c2 == '=') { k = TokenKind.StarEqual; n = 2; }
                else k = TokenKind.Star;
                break;
            case '/':
                if (c2 == '/') { if (c3 == '=') { k = TokenKind.DoubleSlashEqual; n = 3; } else { k = TokenKind.DoubleSlash; n = 2; } }
                else if (c2 == '=') { k = TokenKind.SlashEqual; n = 2; }
                else k = TokenKind.Slash;
                break;
            case '%': if (c2 == '=') { k = TokenKind.PercentEqual; n = 2; } else k = TokenKind.Percent; break;
            case '&': if (c2 == '=') { k = TokenKind.AmperEqual; n = 2; } else k = TokenKind.Amper; break;
            case '|': if (c2 == '=') { k = TokenKind.VBarEqual; n = 2; } else k = TokenKind.VBar; break;
            case '^': if (c2 == '=') { k = TokenKind.CircumflexEqual; n = 2; } else k = TokenKind.Circumflex; break;
            case '@': if (c2 == '=') { k = TokenKind.AtEqual; n = 2; } else k = TokenKind.At; break;
            case '=': if (c2 == '=') { k = TokenKind.EqEqual; n = 2; } else k = TokenKind.Equal; break;
            case '!': if (c2 == '=') { k = TokenKind.NotEqual; n = 2; } else k = TokenKind.Exclamation; break;
            case '<':
                if (c2 == '<') { if (c3 == '=') { k = TokenKind.LeftShiftEqual; n = 3; } else { k = TokenKind.LeftShift; n = 2; } }
                else if (c2 == '=') { k = TokenKind.LessEqual; n = 2; }
                else k = TokenKind.Less;
                break;
            case '>':
                if (c2 == '>') { if (c3 == '=') { k = TokenKind.RightShiftEqual; n = 3; } else { k = TokenKind.RightShift; n = 2; } }
                else if (c2 == '=') { k = TokenKind.GreaterEqual; n = 2; }
                else k = TokenKind.Greater;
                break;
            case '$': case '?': case '`':
                // CPython's ERRORTOKEN: no error until the parser trips over it (generic OP here).
                k = TokenKind.Op;
                break;
            default:
                {
                    Rune.DecodeFromUtf16(_src.AsSpan(p), out Rune r, out _);
                    if (c == '\0') throw ErrorAt("source code cannot contain null bytes", p, p);
                    throw InvalidCharacter(p, r);
                }
        }
        _pos = p + n;
        return Make(k, p, p + n);
    }
}
