using Taipan.Syntax.Tokens;

namespace Taipan.Syntax.Parsing;

using Taipan.Syntax.Ast;
using Kw = Taipan.Syntax.Tokens.KeywordKind;

internal sealed partial class PythonParser
{
    /// <summary>
    /// "match" is a soft keyword: try subject ':' NEWLINE INDENT 'case'; if that shape is not
    /// there, rewind and let the statement be an expression/assignment using the name "match".
    /// </summary>
    private StmtBase? TryParseMatch()
    {
        var k1 = PeekKindAt(1);
        if (k1 is TokenKind.Equal or TokenKind.Dot or TokenKind.Newline or TokenKind.Colon or TokenKind.Comma or TokenKind.RPar or TokenKind.Semi or TokenKind.EndMarker)
            return null;
        if (AugOp(k1) != null) return null;
        int save = _p;
        var start = Next();
        ExprBase subject;
        try
        {
            var s = Peek;
            var first = ParseStarNamedExpression();
            if (At(TokenKind.Comma))
            {
                var elts = new List<ExprBase> { first };
                while (Accept(TokenKind.Comma))
                {
                    if (At(TokenKind.Colon)) break;
                    elts.Add(ParseStarNamedExpression());
                }
                subject = Fin(new Tuple(elts, Load.Instance), s);
            }
            else subject = first;
            if (!At(TokenKind.Colon)) { _p = save; return null; }
        }
        catch (PythonSyntaxError e) when (!e.FromTokenizer && e.Kind != SyntaxErrorKind.RecursionError)
        {
            _p = save;
            return null;
        }
        _p++; // ':'
        if (!Accept(TokenKind.Newline)) { _p = save; return null; }
        if (!Accept(TokenKind.Indent))
        {
            ref var t = ref Peek;
            throw _tz.Error($"expected an indented block after 'match' statement on line {start.Line}", t.Line, t.Col, t.EndLine, t.EndCol, SyntaxErrorKind.IndentationError);
        }
        var cases = new List<MatchCase>();
        while (!Accept(TokenKind.Dedent))
        {
            if (At(TokenKind.EndMarker)) break;
            if (!AtKw(Kw.Case)) throw InvalidSyntax();
            var caseTok = Next();
            var pattern = ParsePatterns();
            ExprBase? guard = null;
            if (AcceptKw(Kw.If)) guard = ParseNamedExpression();
            ExpectHeaderColon();
            var body = ParseBlock("'case' statement", caseTok.Line);
            cases.Add(new MatchCase(pattern, guard, body));
        }
        if (cases.Count == 0) throw InvalidSyntax();
        var m = StartAt(new Match(subject, cases), start);
        return EndAtLast(m, cases[^1].Body);
    }

    /// <summary>patterns: open_sequence_pattern | pattern.</summary>
    private PatternBase ParsePatterns()
    {
        var start = Peek;
        var first = ParseMaybeStarPattern();
        if (!At(TokenKind.Comma))
        {
            if (first is MatchStar) return Fin(new MatchSequence(new List<PatternBase> { first }), start);
            return first;
        }
        var list = new List<PatternBase> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.Colon) || AtKw(Kw.If)) break;
            list.Add(ParseMaybeStarPattern());
        }
        return Fin(new MatchSequence(list), start);
    }

    private PatternBase ParseMaybeStarPattern()
    {
        if (At(TokenKind.Star))
        {
            var s = Next();
            string name = RequireName();
            return Fin(new MatchStar(name == "_" ? null : name), s);
        }
        return ParsePattern();
    }

    /// <summary>pattern: or_pattern ['as' NAME].</summary>
    private PatternBase ParsePattern()
    {
        Enter();
        var start = Peek;
        var p = ParseOrPattern();
        if (AcceptKw(Kw.As))
        {
            ref var nt = ref Peek;
            if (nt.Kind != TokenKind.Name || nt.IsHardKeyword) throw InvalidSyntax();
            if (nt.Text == "_") throw ErrorAtToken("cannot use '_' as a target", nt);
            _p++;
            if (At(TokenKind.Dot) || At(TokenKind.LPar)) throw ErrorAtToken("invalid pattern target", nt);
            p = Fin(new MatchAs(p, nt.Text), start);
        }
        Leave();
        return p;
    }

    private PatternBase ParseOrPattern()
    {
        var start = Peek;
        var first = ParseClosedPattern();
        if (!At(TokenKind.VBar)) return first;
        var list = new List<PatternBase> { first };
        while (Accept(TokenKind.VBar)) list.Add(ParseClosedPattern());
        return Fin(new MatchOr(list), start);
    }

    private PatternBase ParseClosedPattern()
    {
        ref var t = ref Peek;
        var start = t;
        switch (t.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
                {
                    var v = ParseSignedNumberOrComplex();
                    return Fin(new MatchValue(v), start);
                }
            case TokenKind.String:
            case TokenKind.FStringStart:
                {
                    var v = ParseStrings();
                    if (v is JoinedStr) throw ErrorAtNode("patterns may only match literals and attribute lookups", v);
                    return Fin(new MatchValue(v), start);
                }
            case TokenKind.LPar:
                {
                    _p++;
                    if (Accept(TokenKind.RPar)) return Fin(new MatchSequence(new List<PatternBase>()), start);
                    var first = ParseMaybeStarPattern();
                    if (Accept(TokenKind.RPar))
                    {
                        if (first is MatchStar) return Fin(new MatchSequence(new List<PatternBase> { first }), start);
                        return first; // group pattern keeps the inner positions
                    }
                    var list = new List<PatternBase> { first };
                    while (Accept(TokenKind.Comma))
                    {
                        if (At(TokenKind.RPar)) break;
                        list.Add(ParseMaybeStarPattern());
                    }
                    Require(TokenKind.RPar);
                    return Fin(new MatchSequence(list), start);
                }
            case TokenKind.LSqb:
                {
                    _p++;
                    var list = new List<PatternBase>();
                    while (!At(TokenKind.RSqb))
                    {
                        list.Add(ParseMaybeStarPattern());
                        if (!Accept(TokenKind.Comma)) break;
                    }
                    Require(TokenKind.RSqb);
                    return Fin(new MatchSequence(list), start);
                }
            case TokenKind.LBrace:
                return ParseMappingPattern();
            case TokenKind.Name:
                {
                    if (t.Keyword == Kw.NoneKw) { _p++; return Fin(new MatchSingleton(NoneValue.Instance), start); }
                    if (t.Keyword == Kw.True) { _p++; return Fin(new MatchSingleton(true), start); }
                    if (t.Keyword == Kw.False) { _p++; return Fin(new MatchSingleton(false), start); }
                    if (t.IsHardKeyword) throw InvalidSyntax();
                    _p++;
                    ExprBase? dotted = null;
                    if (At(TokenKind.Dot))
                    {
                        dotted = Fin(new Name(start.Text!, Load.Instance), start);
                        while (Accept(TokenKind.Dot))
                        {
                            string attr = RequireName();
                            dotted = FinFrom(new Attribute(dotted, attr, Load.Instance), dotted);
                        }
                    }
                    if (At(TokenKind.LPar))
                        return ParseClassPattern(dotted ?? Fin(new Name(start.Text!, Load.Instance), start), start);
                    if (dotted != null) return Fin(new MatchValue(dotted), start);
                    return Fin(new MatchAs(null, start.Text == "_" ? null : start.Text), start);
                }
        }
        throw InvalidSyntax();
    }

    /// <summary>signed_number, or real +/- imaginary (complex literal patterns).</summary>
    private ExprBase ParseSignedNumberOrComplex()
    {
        var start = Peek;
        ExprBase left;
        if (Accept(TokenKind.Minus))
        {
            if (!At(TokenKind.Number)) throw InvalidSyntax();
            var n = Next();
            var c = Fin(new Constant(ParseNumber(n), null), n);
            left = Fin(new UnaryOp(USub.Instance, c), start);
        }
        else
        {
            if (!At(TokenKind.Number)) throw InvalidSyntax();
            var n = Next();
            left = Fin(new Constant(ParseNumber(n), null), n);
        }
        if (At(TokenKind.Plus) || At(TokenKind.Minus))
        {
            OperatorBase op = At(TokenKind.Plus) ? Add.Instance : Sub.Instance;
            _p++;
            if (!At(TokenKind.Number)) throw InvalidSyntax();
            var n = Next();
            var right = Fin(new Constant(ParseNumber(n), null), n);
            if (right.Value is not System.Numerics.Complex)
                throw ErrorAtNode("imaginary number required in complex literal", right);
            return Span(new BinOp(left, op, right), left, right);
        }
        return left;
    }

    private PatternBase ParseMappingPattern()
    {
        var start = Next();
        var keys = new List<ExprBase>();
        var patterns = new List<PatternBase>();
        string? rest = null;
        while (!At(TokenKind.RBrace))
        {
            if (Accept(TokenKind.DoubleStar))
            {
                rest = RequireName();
                Accept(TokenKind.Comma);
                break;
            }
            ExprBase key;
            ref var t = ref Peek;
            if (t.Kind is TokenKind.Number or TokenKind.Minus) key = ParseSignedNumberOrComplex();
            else if (t.Kind is TokenKind.String or TokenKind.FStringStart) key = ParseStrings();
            else if (t.Kind == TokenKind.Name && t.Keyword is Kw.NoneKw or Kw.True or Kw.False) key = ParseAtom();
            else if (t.Kind == TokenKind.Name && !t.IsHardKeyword)
            {
                var s = Next();
                ExprBase d = Fin(new Name(s.Text!, Load.Instance), s);
                if (!At(TokenKind.Dot)) throw InvalidSyntax();
                while (Accept(TokenKind.Dot)) d = FinFrom(new Attribute(d, RequireName(), Load.Instance), d);
                key = d;
            }
            else throw InvalidSyntax();
            Require(TokenKind.Colon);
            keys.Add(key);
            patterns.Add(ParsePattern());
            if (!Accept(TokenKind.Comma)) break;
        }
        Require(TokenKind.RBrace);
        return Fin(new MatchMapping(keys, patterns, rest), start);
    }

    private PatternBase ParseClassPattern(ExprBase cls, in Token start)
    {
        _p++; // '('
        var patterns = new List<PatternBase>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<PatternBase>();
        while (!At(TokenKind.RPar))
        {
            ref var t = ref Peek;
            if (t.Kind == TokenKind.Name && !t.IsHardKeyword && PeekKindAt(1) == TokenKind.Equal)
            {
                var nameTok = Next();
                _p++;
                kwdAttrs.Add(nameTok.Text!);
                kwdPatterns.Add(ParsePattern());
            }
            else
            {
                var p = ParsePattern();
                if (kwdAttrs.Count > 0)
                    throw ErrorAtNode("positional patterns follow keyword patterns", p);
                patterns.Add(p);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        Require(TokenKind.RPar);
        return Fin(new MatchClass(cls, patterns, kwdAttrs, kwdPatterns), start);
    }
}
