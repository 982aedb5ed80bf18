using System.Globalization;
using System.Numerics;
using System.Text;
using Taipan.Syntax.Tokens;

namespace Taipan.Syntax.Parsing;

using Taipan.Syntax.Ast;
using Kw = Taipan.Syntax.Tokens.KeywordKind;

internal sealed partial class PythonParser
{
    /// <summary>One piece of an implicitly concatenated string: literal text or a FormattedValue.</summary>
    private struct StrPiece
    {
        public string? Text;          // literal text (null for a FormattedValue)
        public int[]? CodePoints;     // literal text with lone surrogates
        public FormattedValue? Value;
        public int Line, Col, EndLine, EndCol; // byte columns
    }

    // ------------------------------------------------------------------ numbers

    private object ParseNumber(in Token t)
    {
        var span = _tz.Source.AsSpan(t.Start, t.End - t.Start);
        string text = span.Contains('_') ? span.ToString().Replace("_", "") : span.ToString();
        char last = text[^1];
        if (last == 'j' || last == 'J')
            return new Complex(0, ParseFloat(text.AsSpan(0, text.Length - 1)));
        if (text.Length > 1 && text[0] == '0' && (text[1] | 0x20) is 'x' or 'o' or 'b')
        {
            int radix = (text[1] | 0x20) == 'x' ? 16 : (text[1] | 0x20) == 'o' ? 8 : 2;
            return ParseRadix(text.AsSpan(2), radix);
        }
        foreach (char c in text)
            if (c == '.' || c == 'e' || c == 'E') return ParseFloat(text);
        if (text.Length <= 18) return long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        var big = BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        if (big <= long.MaxValue) return (long)big;
        return big;
    }

    private static object ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        int bitsPer = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        if (digits.Length * bitsPer < 63)
        {
            long v = 0;
            foreach (char c in digits) v = v * radix + HexVal(c);
            return v;
        }
        BigInteger b = BigInteger.Zero;
        foreach (char c in digits) b = b * radix + HexVal(c);
        if (b <= long.MaxValue) return (long)b;
        return b;
    }

    private static int HexVal(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static double ParseFloat(ReadOnlySpan<char> s)
    {
        return double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    // ------------------------------------------------------------------ strings

    /// <summary>STRING / f-string tokens that follow each other: one Constant or JoinedStr.</summary>
    private ExprBase ParseStrings()
    {
        var first = Peek;
        // Fast path: one plain string.
        if (first.Kind == TokenKind.String && PeekKindAt(1) != TokenKind.String && PeekKindAt(1) != TokenKind.FStringStart)
        {
            _p++;
            var (val, _, kindU) = DecodeStringToken(first);
            return Fin(new Constant(val, kindU ? "u" : null), first);
        }
        bool anyF = false, anyBytes = false, anyStr = false;
        bool firstU = false;
        var pieces = new List<StrPiece>();
        List<byte>? bytes = null;
        bool firstTok = true;
        while (true)
        {
            ref var t = ref Peek;
            if (t.Kind == TokenKind.String)
            {
                var tok = Next();
                var (val, isBytes, kindU) = DecodeStringToken(tok);
                if (firstTok) firstU = kindU;
                if (isBytes) { anyBytes = true; (bytes ??= new List<byte>()).AddRange((byte[])val); }
                else
                {
                    anyStr = true;
                    var pc = new StrPiece { Line = tok.Line, Col = BC(tok), EndLine = tok.EndLine, EndCol = EBC(tok) };
                    if (val is CodePointString cps) pc.CodePoints = cps.CodePoints; else pc.Text = (string)val;
                    pieces.Add(pc);
                }
            }
            else if (t.Kind == TokenKind.FStringStart)
            {
                anyF = true;
                anyStr = true;
                ParseFString(pieces);
            }
            else break;
            firstTok = false;
        }
        if (anyBytes && anyStr) throw ErrorAtToken("cannot mix bytes and nonbytes literals", Peek);
        if (anyBytes) return Fin(new Constant(bytes!.ToArray(), null), first);
        if (!anyF)
        {
            return Fin(new Constant(JoinPieces(pieces, 0, pieces.Count), firstU ? "u" : null), first);
        }
        var values = MergePieces(pieces);
        return Fin(new JoinedStr(values), first);
    }

    private static object JoinPieces(List<StrPiece> pieces, int from, int to)
    {
        bool cp = false;
        for (int i = from; i < to; i++) if (pieces[i].CodePoints != null) cp = true;
        if (!cp)
        {
            if (to - from == 1) return pieces[from].Text!;
            var sb = new StringBuilder();
            for (int i = from; i < to; i++) sb.Append(pieces[i].Text);
            return sb.ToString();
        }
        var list = new List<int>();
        for (int i = from; i < to; i++)
        {
            if (pieces[i].CodePoints != null) list.AddRange(pieces[i].CodePoints!);
            else AppendCodePoints(list, pieces[i].Text!);
        }
        return new CodePointString(list.ToArray());
    }

    private static void AppendCodePoints(List<int> list, string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else list.Add(s[i]);
        }
    }

    /// <summary>Adjacent literal pieces become one Constant (spanning them); empty literals vanish.</summary>
    private static List<ExprBase> MergePieces(List<StrPiece> pieces)
    {
        var values = new List<ExprBase>();
        int i = 0;
        while (i < pieces.Count)
        {
            if (pieces[i].Value != null) { values.Add(pieces[i].Value!); i++; continue; }
            int j = i;
            while (j < pieces.Count && pieces[j].Value == null) j++;
            var v = JoinPieces(pieces, i, j);
            bool empty = v is string s ? s.Length == 0 : ((CodePointString)v).CodePoints.Length == 0;
            if (!empty)
                values.Add(new Constant(v, null, pieces[i].Line, pieces[i].Col, pieces[j - 1].EndLine, pieces[j - 1].EndCol));
            i = j;
        }
        return values;
    }

    /// <summary>Decodes a STRING token: value (string / CodePointString / byte[]), bytes?, u-prefix?</summary>
    private (object Value, bool IsBytes, bool KindU) DecodeStringToken(in Token t)
    {
        string src = _tz.Source;
        int p = t.Start;
        bool raw = false, isBytes = false, u = false;
        while (src[p] != '\'' && src[p] != '"')
        {
            switch (src[p] | 0x20)
            {
                case 'r': raw = true; break;
                case 'b': isBytes = true; break;
                case 'u': u = true; break;
            }
            p++;
        }
        char q = src[p];
        int ql = p + 2 < t.End && src[p + 1] == q && src[p + 2] == q && t.End - p >= 6 ? 3 : 1;
        int bodyStart = p + ql, bodyEnd = t.End - ql;
        var body = src.AsSpan(bodyStart, bodyEnd - bodyStart);
        // Undecodable source bytes (kept as U+DC80..U+DCFF by SourceDecoder) fail here, as in CPython.
        int bad = body.IndexOfAnyInRange('\uDC80', '\uDCFF');
        // Only a lone low surrogate is an escaped byte; after a high surrogate it is half of a real pair.
        while (bad > 0 && char.IsHighSurrogate(body[bad - 1]))
        {
            int next = body.Slice(bad + 1).IndexOfAnyInRange('\uDC80', '\uDCFF');
            bad = next < 0 ? -1 : bad + 1 + next;
        }
        if (bad >= 0 && !isBytes)
            throw ErrorAtToken(Tokenizer.UndecodableMessage(src, bodyStart + bad, System.Text.Encoding.UTF8.GetByteCount(body.Slice(0, bad)), bodyEnd), t);
        if (isBytes)
        {
            foreach (char c in body)
                if (c >= 0x80) throw ErrorAtToken("bytes can only contain ASCII literal characters", t);
            if (raw || body.IndexOf('\\') < 0)
            {
                var arr = new byte[body.Length];
                for (int i = 0; i < arr.Length; i++) arr[i] = (byte)body[i];
                return (arr, true, false);
            }
            return (DecodeBytesEscapes(body, t), true, false);
        }
        if (raw || body.IndexOf('\\') < 0) return (body.ToString(), false, u);
        return (DecodeEscapes(body, t, bodyStart, false), false, u);
    }

    private void EscapeWarning(string msg, in Token t)
    {
        Warnings.Add(new ParseWarning("DeprecationWarning", msg, t.Line, t.Col));
    }

    private byte[] DecodeBytesEscapes(ReadOnlySpan<char> s, in Token t)
    {
        var output = new List<byte>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c != '\\') { output.Add((byte)c); continue; }
            int escStart = i;
            i++;
            if (i >= s.Length) { output.Add((byte)'\\'); break; }
            c = s[i];
            switch (c)
            {
                case '\n': break;
                case '\\': output.Add((byte)'\\'); break;
                case '\'': output.Add((byte)'\''); break;
                case '"': output.Add((byte)'"'); break;
                case 'a': output.Add(7); break;
                case 'b': output.Add(8); break;
                case 'f': output.Add(12); break;
                case 'n': output.Add(10); break;
                case 'r': output.Add(13); break;
                case 't': output.Add(9); break;
                case 'v': output.Add(11); break;
                case >= '0' and <= '7':
                    {
                        int v = c - '0';
                        int n = 1;
                        while (n < 3 && i + 1 < s.Length && s[i + 1] >= '0' && s[i + 1] <= '7') { v = v * 8 + (s[++i] - '0'); n++; }
                        if (v > 0xFF) EscapeWarning($"invalid octal escape sequence '\\{Convert.ToString(v, 8)}'", t);
                        output.Add((byte)v);
                        break;
                    }
                case 'x':
                    if (i + 2 < s.Length + 0 && i + 2 <= s.Length - 1 + 0 && IsHexChar(s[i + 1]) && IsHexChar(s[i + 2]))
                    {
                        output.Add((byte)(HexVal(s[i + 1]) * 16 + HexVal(s[i + 2])));
                        i += 2;
                    }
                    else throw ErrorAtToken($"(value error) invalid \\x escape at position {escStart}", t);
                    break;
                default:
                    EscapeWarning($"invalid escape sequence '\\{c}'", t);
                    output.Add((byte)'\\');
                    output.Add((byte)c);
                    break;
            }
        }
        return output.ToArray();
    }

    private static bool IsHexChar(char c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 5;

    /// <summary>Decodes str escapes; returns string, or CodePointString when escapes made lone surrogates.</summary>
    private object DecodeEscapes(ReadOnlySpan<char> s, in Token t, int bodyStart, bool fstring)
    {
        var sb = new StringBuilder(s.Length);
        bool surrogateEscape = false;
        List<int>? cps = null; // code points, only once a surrogate came from an escape
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c != '\\')
            {
                if (cps != null)
                {
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { cps.Add(char.ConvertToUtf32(c, s[i + 1])); i++; }
                    else cps.Add(c);
                }
                else sb.Append(c);
                continue;
            }
            int escStart = i;
            i++;
            if (i >= s.Length) { Emit('\\'); break; }
            c = s[i];
            int cp;
            switch (c)
            {
                case '\n': continue;
                case '\\': cp = '\\'; break;
                case '\'': cp = '\''; break;
                case '"': cp = '"'; break;
                case 'a': cp = 7; break;
                case 'b': cp = 8; break;
                case 'f': cp = 12; break;
                case 'n': cp = 10; break;
                case 'r': cp = 13; break;
                case 't': cp = 9; break;
                case 'v': cp = 11; break;
                case >= '0' and <= '7':
                    {
                        int v = c - '0';
                        int n = 1;
                        while (n < 3 && i + 1 < s.Length && s[i + 1] >= '0' && s[i + 1] <= '7') { v = v * 8 + (s[++i] - '0'); n++; }
                        if (v > 0xFF) EscapeWarning($"invalid octal escape sequence '\\{Convert.ToString(v, 8)}'", t);
                        cp = v;
                        break;
                    }
                case 'x':
                case 'u':
                case 'U':
                    {
                        int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                        int v = 0, k = 0;
                        for (; k < n && i + 1 < s.Length && IsHexChar(s[i + 1]); k++) v = v * 16 + HexVal(s[++i]);
                        if (k < n)
                        {
                            string what = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                            throw UnicodeError(escStart, i, what, t);
                        }
                        if (v > 0x10FFFF) throw UnicodeError(escStart, i, "illegal Unicode character", t);
                        cp = v;
                        break;
                    }
                case 'N':
                    {
                        int close = -1;
                        if (i + 1 < s.Length && s[i + 1] == '{') close = s.Slice(i + 2).IndexOf('}');
                        if (close < 0) throw UnicodeError(escStart, i, "malformed \\N character escape", t);
                        string name = s.Slice(i + 2, close).ToString();
                        int? found = UnicodeNames.Lookup(name);
                        if (found == null) throw UnicodeError(escStart, i + 2 + close, "unknown Unicode character name", t);
                        cp = found.Value;
                        i += 2 + close;
                        break;
                    }
                default:
                    EscapeWarning($"invalid escape sequence '\\{c}'", t);
                    Emit('\\');
                    i--; // the character itself is emitted literally next round
                    continue;
            }
            if (cp >= 0xD800 && cp <= 0xDFFF)
            {
                if (!surrogateEscape)
                {
                    surrogateEscape = true;
                    cps = new List<int>();
                    AppendCodePoints(cps, sb.ToString());
                }
                cps!.Add(cp);
                continue;
            }
            if (cps != null) cps.Add(cp);
            else if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        if (cps != null) return Canonical(cps);
        return sb.ToString();

        void Emit(char ch)
        {
            if (cps != null) cps.Add(ch); else sb.Append(ch);
        }
    }

    /// <summary>Lone surrogates that cannot pair up in UTF-16 can stay a plain string.</summary>
    private static object Canonical(List<int> cps)
    {
        bool pairRisk = false;
        for (int i = 0; i + 1 < cps.Count; i++)
            if (cps[i] >= 0xD800 && cps[i] <= 0xDBFF && cps[i + 1] >= 0xDC00 && cps[i + 1] <= 0xDFFF) pairRisk = true;
        if (pairRisk) return new CodePointString(cps.ToArray());
        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps)
        {
            if (cp < 0x10000) sb.Append((char)cp); else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    private PythonSyntaxError UnicodeError(int from, int to, string what, in Token t)
        => ErrorAtToken($"(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {what}", t);

    // ------------------------------------------------------------------ f-strings

    private void ParseFString(List<StrPiece> pieces)
    {
        var start = Next(); // FSTRING_START
        bool raw = false;
        for (int i = start.Start; i < start.End; i++) if ((_tz.Source[i] | 0x20) == 'r') raw = true;
        Enter();
        while (true)
        {
            ref var t = ref Peek;
            if (t.Kind == TokenKind.FStringMiddle)
            {
                var m = Next();
                pieces.Add(MiddlePiece(m, raw));
            }
            else if (t.Kind == TokenKind.LBrace)
            {
                ParseReplacementField(pieces, raw);
            }
            else if (t.Kind == TokenKind.FStringEnd)
            {
                _p++;
                break;
            }
            else throw InvalidSyntax();
        }
        Leave();
    }

    private StrPiece MiddlePiece(in Token m, bool raw)
    {
        var text = _tz.Source.AsSpan(m.Start, m.End - m.Start);
        object v;
        if (text.IndexOf('{') >= 0 || text.IndexOf('}') >= 0)
        {
            // Literal braces are doubled in the source.
            var sb = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                sb.Append(text[i]);
                if ((text[i] == '{' || text[i] == '}') && i + 1 < text.Length && text[i + 1] == text[i]) i++;
                else if (text[i] == '\\' && i + 1 < text.Length && !raw) { sb.Append(text[i + 1]); i++; }
            }
            string undoubled = sb.ToString();
            v = raw || undoubled.IndexOf('\\') < 0 ? undoubled : DecodeEscapes(undoubled, m, m.Start, true);
        }
        else v = raw || text.IndexOf('\\') < 0 ? text.ToString() : DecodeEscapes(text, m, m.Start, true);
        var pc = new StrPiece { Line = m.Line, Col = BC(m), EndLine = m.EndLine, EndCol = EBC(m) };
        if (v is CodePointString c) pc.CodePoints = c.CodePoints; else pc.Text = (string)v;
        return pc;
    }

    private void ParseReplacementField(List<StrPiece> pieces, bool raw)
    {
        var lbrace = Next();
        if (At(TokenKind.RBrace)) throw ErrorAtToken("f-string: valid expression required before '}'", Peek);
        if (At(TokenKind.Exclamation) || At(TokenKind.Colon) || At(TokenKind.Equal))
            throw ErrorAtToken($"f-string: valid expression required before '{_tz.Source[Peek.Start]}'", Peek);
        if (AtKw(Kw.Lambda))
        {
            var lam = Peek;
            int i = _p;
            while (Tok(i).Kind is not (TokenKind.Colon or TokenKind.RBrace or TokenKind.FStringEnd or TokenKind.EndMarker or TokenKind.ErrorToken)) i++;
            if (Tok(i).Kind == TokenKind.Colon)
                throw ErrorAtTokens("f-string: lambda expressions are not allowed without parentheses", lam, Tok(i));
        }
        if (At(TokenKind.ErrorToken)) throw _tz.UnclosedParenError();
        if (!CanStartExpression() && !AtKw(Kw.Yield))
            throw ErrorAtToken("f-string: expecting a valid expression after '{'", lbrace);
        _nesting++;
        ExprBase value = AtKw(Kw.Yield) ? ParseYieldExpression() : ParseStarExpressions();
        if (!At(TokenKind.Equal) && !At(TokenKind.Exclamation) && !At(TokenKind.Colon) && !At(TokenKind.RBrace))
        {
            MaybeForgotComma(value);
            if (!At(TokenKind.FStringEnd) && !At(TokenKind.ErrorToken))
                throw ErrorAtToken("f-string: expecting '=', or '!', or ':', or '}'", Peek);
        }
        _nesting--;
        bool debug = false;
        if (At(TokenKind.Equal))
        {
            _p++;
            debug = true;
            // The debug text runs from after '{' to the next '!', ':' or '}'.
            ref var nt = ref Peek;
            var dbg = new StrPiece
            {
                Text = StripComments(_tz.Source.Substring(lbrace.End, nt.Start - lbrace.End)),
                Line = lbrace.EndLine,
                Col = EBC(lbrace),
                EndLine = nt.Line,
                EndCol = BC(nt),
            };
            pieces.Add(dbg);
        }
        int conversion = -1;
        if (At(TokenKind.Exclamation))
        {
            var bang = Next();
            ref var ct = ref Peek;
            if (ct.Kind != TokenKind.Name || ct.Start != bang.End)
                throw ErrorAtToken("f-string: missing conversion character", ct);
            string conv = ct.Text!;
            if (conv != "s" && conv != "r" && conv != "a")
                throw ErrorAtToken($"f-string: invalid conversion character '{conv}': expected 's', 'r', or 'a'", ct);
            _p++;
            conversion = conv[0];
            if (!At(TokenKind.Colon) && !At(TokenKind.RBrace) && !At(TokenKind.FStringEnd) && !At(TokenKind.ErrorToken))
                throw ErrorAtToken("f-string: expecting ':' or '}'", Peek);
        }
        else if (debug && !At(TokenKind.Colon) && !At(TokenKind.RBrace) && !At(TokenKind.FStringEnd) && !At(TokenKind.ErrorToken))
            throw ErrorAtToken("f-string: expecting '!', or ':', or '}'", Peek);
        JoinedStr? spec = null;
        if (At(TokenKind.Colon))
        {
            var colon = Next();
            var specPieces = new List<StrPiece>();
            while (true)
            {
                ref var t = ref Peek;
                if (t.Kind == TokenKind.FStringMiddle) specPieces.Add(MiddlePiece(Next(), raw));
                else if (t.Kind == TokenKind.LBrace)
                {
                    ParseReplacementField(specPieces, raw);
                    if (!At(TokenKind.FStringMiddle))
                    {
                        // CPython leaves an empty literal after a nested field that ends the spec.
                        ref var pv = ref Prev;
                        specPieces.Add(new StrPiece { Text = "", Line = pv.EndLine, Col = EBC(pv), EndLine = pv.EndLine, EndCol = EBC(pv) });
                    }
                }
                else break;
            }
            var vals = MergePiecesKeepEmptyTail(specPieces);
            spec = Fin(new JoinedStr(vals), colon);
        }
        if (!At(TokenKind.RBrace))
        {
            ref var bad = ref Peek;
            if (bad.Kind == TokenKind.FStringEnd || bad.Kind == TokenKind.EndMarker || bad.Kind == TokenKind.Newline)
                throw _tz.Error("f-string: expecting '}'", bad.Line, bad.Col, bad.Line, bad.Col);
            throw InvalidSyntax();
        }
        _p++;
        if (debug && conversion == -1 && spec == null) conversion = 'r';
        var fv = Fin(new FormattedValue(value, conversion, spec), lbrace);
        pieces.Add(new StrPiece { Value = fv });
    }

    /// <summary>The '=' debug text keeps the expression source minus its comments (as CPython).</summary>
    private static string StripComments(string text)
    {
        if (text.IndexOf('#') < 0) return text;
        var sb = new StringBuilder(text.Length);
        char quote = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                sb.Append(c);
                if (c == '\\' && i + 1 < text.Length) sb.Append(text[++i]);
                else if (c == quote) quote = '\0';
                continue;
            }
            if (c == '\'' || c == '"') { quote = c; sb.Append(c); continue; }
            if (c == '#')
            {
                while (i < text.Length && text[i] != '\n') i++;
                if (i < text.Length) sb.Append('\n');
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static List<ExprBase> MergePiecesKeepEmptyTail(List<StrPiece> pieces)
    {
        var values = new List<ExprBase>();
        int i = 0;
        while (i < pieces.Count)
        {
            if (pieces[i].Value != null) { values.Add(pieces[i].Value!); i++; continue; }
            int j = i;
            while (j < pieces.Count && pieces[j].Value == null) j++;
            var v = JoinPieces(pieces, i, j);
            bool empty = v is string s ? s.Length == 0 : ((CodePointString)v).CodePoints.Length == 0;
            if (!empty || j == pieces.Count && i > 0)
                values.Add(new Constant(v, null, pieces[i].Line, pieces[i].Col, pieces[j - 1].EndLine, pieces[j - 1].EndCol));
            i = j;
        }
        return values;
    }
}
