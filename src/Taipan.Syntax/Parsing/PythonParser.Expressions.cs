using Taipan.Syntax.Tokens;

namespace Taipan.Syntax.Parsing;

using Taipan.Syntax.Ast;
using Kw = Taipan.Syntax.Tokens.KeywordKind;

internal sealed partial class PythonParser
{
    private int _nesting; // brackets the parser is inside (for "Perhaps you forgot a comma?")

    private bool CanStartExpression() => CanStartExpression(Peek);

    private static bool CanStartExpression(in Token t)
    {
        switch (t.Kind)
        {
            case TokenKind.Name:
                if (!t.IsHardKeyword) return true;
                return t.Keyword is Kw.NoneKw or Kw.True or Kw.False or Kw.Not or Kw.Lambda or Kw.Await or Kw.Yield;
            case TokenKind.Number:
            case TokenKind.String:
            case TokenKind.FStringStart:
            case TokenKind.LPar:
            case TokenKind.LSqb:
            case TokenKind.LBrace:
            case TokenKind.Minus:
            case TokenKind.Plus:
            case TokenKind.Tilde:
            case TokenKind.Ellipsis:
            case TokenKind.Star:
                return true;
        }
        return false;
    }

    /// <summary>star_expressions: a bare tuple of star_expression items.</summary>
    private ExprBase ParseStarExpressions()
    {
        var start = Peek;
        var e = ParseStarExpression();
        if (!At(TokenKind.Comma)) return e;
        var elts = new List<ExprBase> { e };
        while (Accept(TokenKind.Comma))
        {
            if (!CanStartExpression()) break;
            elts.Add(ParseStarExpression());
        }
        return Fin(new Tuple(elts, Load.Instance), start);
    }

    private ExprBase ParseStarExpression()
    {
        if (At(TokenKind.Star))
        {
            var s = Next();
            var v = ParseBitwiseOr();
            return Fin(new Starred(v, Load.Instance), s);
        }
        return ParseExpression();
    }

    /// <summary>star_named_expression: '*' bitwise_or | named_expression.</summary>
    private ExprBase ParseStarNamedExpression()
    {
        if (At(TokenKind.Star))
        {
            var s = Next();
            var v = ParseBitwiseOr();
            return Fin(new Starred(v, Load.Instance), s);
        }
        return ParseNamedExpressionChecked();
    }

    /// <summary>named_expression: NAME ':=' expression | expression !':='.</summary>
    private ExprBase ParseNamedExpression()
    {
        ref var t = ref Peek;
        if (t.Kind == TokenKind.Name && !t.IsHardKeyword && PeekKindAt(1) == TokenKind.ColonEqual)
        {
            var s = Next();
            var target = Fin(new Name(s.Text!, Store.Instance), s);
            _p++;
            var value = ParseExpression();
            return Fin(new NamedExpr(target, value), s);
        }
        var e = ParseExpression();
        if (At(TokenKind.ColonEqual))
            throw ErrorAtNode($"cannot use assignment expressions with {ExprName(e)}", e);
        return e;
    }

    /// <summary>named_expression where a following '=' is a mistake (if/while tests, displays).</summary>
    private ExprBase ParseNamedExpressionChecked()
    {
        var e = ParseNamedExpression();
        if (At(TokenKind.Equal) && e is not NamedExpr) InvalidNamedAssignment(e);
        return e;
    }

    private void InvalidNamedAssignment(ExprBase e)
    {
        _errorChecks++;
        try { InvalidNamedAssignmentCore(e); }
        finally { _errorChecks--; }
    }

    private void InvalidNamedAssignmentCore(ExprBase e)
    {
        int save = _p;
        _p++;
        if (!CanStartExpression()) { _p = save; return; }
        ExprBase b;
        try { b = ParseBitwiseOr(); }
        catch (PythonSyntaxError err) when (!err.FromTokenizer && err.Kind != SyntaxErrorKind.RecursionError) { _p = save; return; }
        bool followedByAssign = At(TokenKind.Equal) || At(TokenKind.ColonEqual);
        _p = save;
        if (followedByAssign) return;
        if (e is List or Tuple or GeneratorExp) return;
        if (e is Constant c && (c.Value is bool || c.Value is NoneValue)) return;
        if (e is Name)
            throw ErrorAtNodes("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, b);
        throw ErrorAtNode($"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?", e);
    }

    /// <summary>expression: disjunction ['if' disjunction 'else' expression] | lambdef.</summary>
    private ExprBase ParseExpression()
    {
        Enter();
        try
        {
            if (AtKw(Kw.Lambda)) return ParseLambda();
            int s0 = _p;
            var e = ParseDisjunction();
            if (AtKw(Kw.If))
            {
                _p++;
                var test = ParseDisjunction();
                if (!AtKw(Kw.Else))
                {
                    if (At(TokenKind.Newline) || At(TokenKind.RPar) || At(TokenKind.Comma) || At(TokenKind.RSqb) || At(TokenKind.RBrace) || At(TokenKind.EndMarker) || At(TokenKind.Semi) || At(TokenKind.Equal))
                        throw ErrorAtNodes("expected 'else' after 'if' expression", e, test);
                    throw InvalidSyntax();
                }
                _p++;
                var orelse = ParseExpression();
                return FinAt(new IfExp(test, e, orelse), s0);
            }
            return e;
        }
        finally { Leave(); }
    }

    private ExprBase ParseLambda()
    {
        var start = Next();
        var args = ParseParameters(TokenKind.Colon, false);
        Expect(TokenKind.Colon, ":");
        var body = ParseExpression();
        return Fin(new Lambda(args, body), start);
    }

    private ExprBase ParseYieldExpression()
    {
        var start = Next();
        if (AcceptKw(Kw.From))
        {
            var v = ParseExpression();
            return Fin(new YieldFrom(v), start);
        }
        ExprBase? value = CanStartExpression() ? ParseStarExpressions() : null;
        return Fin(new Yield(value), start);
    }

    private ExprBase ParseDisjunction()
    {
        int s0 = _p;
        var first = ParseConjunction();
        if (!AtKw(Kw.Or)) return first;
        var values = new List<ExprBase> { first };
        while (AcceptKw(Kw.Or)) values.Add(ParseConjunction());
        return FinAt(new BoolOp(Or.Instance, values), s0);
    }

    private ExprBase ParseConjunction()
    {
        int s0 = _p;
        var first = ParseInversion();
        if (!AtKw(Kw.And)) return first;
        var values = new List<ExprBase> { first };
        while (AcceptKw(Kw.And)) values.Add(ParseInversion());
        return FinAt(new BoolOp(And.Instance, values), s0);
    }

    private ExprBase ParseInversion()
    {
        if (AtKw(Kw.Not))
        {
            Enter();
            var s = Next();
            var operand = ParseInversion();
            Leave();
            return Fin(new UnaryOp(Not.Instance, operand), s);
        }
        return ParseComparison();
    }

    private ExprBase ParseComparison()
    {
        int s0 = _p;
        var left = ParseBitwiseOr();
        List<CmpopBase>? ops = null;
        List<ExprBase>? comparators = null;
        while (true)
        {
            ref var t = ref Peek;
            CmpopBase? op = null;
            switch (t.Kind)
            {
                case TokenKind.EqEqual: op = Eq.Instance; _p++; break;
                case TokenKind.NotEqual: op = NotEq.Instance; _p++; break;
                case TokenKind.Less: op = Lt.Instance; _p++; break;
                case TokenKind.LessEqual: op = LtE.Instance; _p++; break;
                case TokenKind.Greater: op = Gt.Instance; _p++; break;
                case TokenKind.GreaterEqual: op = GtE.Instance; _p++; break;
                case TokenKind.Name:
                    if (t.Keyword == Kw.In) { op = In.Instance; _p++; }
                    else if (t.Keyword == Kw.Is)
                    {
                        _p++;
                        if (AcceptKw(Kw.Not)) op = IsNot.Instance; else op = Is.Instance;
                    }
                    else if (t.Keyword == Kw.Not && Tok(_p + 1).Kind == TokenKind.Name && Tok(_p + 1).Keyword == Kw.In)
                    {
                        _p += 2;
                        op = NotIn.Instance;
                    }
                    break;
            }
            if (op == null) break;
            ops ??= new List<CmpopBase>();
            comparators ??= new List<ExprBase>();
            ops.Add(op);
            comparators.Add(ParseBitwiseOr());
        }
        if (ops == null) return left;
        return FinAt(new Compare(left, ops, comparators!), s0);
    }

    private ExprBase ParseBitwiseOr()
    {
        int s0 = _p;
        var left = ParseBitwiseXor();
        while (At(TokenKind.VBar))
        {
            _p++;
            var right = ParseBitwiseXor();
            left = FinAt(new BinOp(left, BitOr.Instance, right), s0);
        }
        return left;
    }

    private ExprBase ParseBitwiseXor()
    {
        int s0 = _p;
        var left = ParseBitwiseAnd();
        while (At(TokenKind.Circumflex))
        {
            _p++;
            var right = ParseBitwiseAnd();
            left = FinAt(new BinOp(left, BitXor.Instance, right), s0);
        }
        return left;
    }

    private ExprBase ParseBitwiseAnd()
    {
        int s0 = _p;
        var left = ParseShift();
        while (At(TokenKind.Amper))
        {
            _p++;
            var right = ParseShift();
            left = FinAt(new BinOp(left, BitAnd.Instance, right), s0);
        }
        return left;
    }

    private ExprBase ParseShift()
    {
        int s0 = _p;
        var left = ParseSum();
        while (true)
        {
            OperatorBase op;
            if (At(TokenKind.LeftShift)) op = LShift.Instance;
            else if (At(TokenKind.RightShift)) op = RShift.Instance;
            else return left;
            _p++;
            var right = ParseSum();
            left = FinAt(new BinOp(left, op, right), s0);
        }
    }

    private ExprBase ParseSum()
    {
        int s0 = _p;
        var left = ParseTerm();
        while (true)
        {
            OperatorBase op;
            var k = PeekKind;
            if (k == TokenKind.Plus) op = Add.Instance;
            else if (k == TokenKind.Minus) op = Sub.Instance;
            else return left;
            _p++;
            var right = ParseTerm();
            left = FinAt(new BinOp(left, op, right), s0);
        }
    }

    private ExprBase ParseTerm()
    {
        int s0 = _p;
        var left = ParseFactor();
        while (true)
        {
            OperatorBase op;
            switch (PeekKind)
            {
                case TokenKind.Star: op = Mult.Instance; break;
                case TokenKind.Slash: op = Div.Instance; break;
                case TokenKind.DoubleSlash: op = FloorDiv.Instance; break;
                case TokenKind.Percent: op = Mod.Instance; break;
                case TokenKind.At: op = MatMult.Instance; break;
                default: return left;
            }
            _p++;
            var right = ParseFactor();
            left = FinAt(new BinOp(left, op, right), s0);
        }
    }

    private ExprBase ParseFactor()
    {
        UnaryopBase op;
        switch (PeekKind)
        {
            case TokenKind.Plus: op = UAdd.Instance; break;
            case TokenKind.Minus: op = USub.Instance; break;
            case TokenKind.Tilde: op = Invert.Instance; break;
            default: return ParsePower();
        }
        Enter();
        var s = Next();
        var operand = ParseFactor();
        Leave();
        return Fin(new UnaryOp(op, operand), s);
    }

    private ExprBase ParsePower()
    {
        int s0 = _p;
        ExprBase left;
        if (AtKw(Kw.Await))
        {
            var s = Next();
            var v = ParsePrimary();
            left = Fin(new Await(v), s);
        }
        else left = ParsePrimary();
        if (At(TokenKind.DoubleStar))
        {
            _p++;
            Enter();
            var right = ParseFactor();
            Leave();
            return FinAt(new BinOp(left, Pow.Instance, right), s0);
        }
        return left;
    }

    /// <summary>primary: atom followed by .name, (args), [slices] trailers.</summary>
    private ExprBase ParsePrimary()
    {
        int s0 = _p;
        var e = ParseAtom();
        while (true)
        {
            switch (PeekKind)
            {
                case TokenKind.Dot:
                    {
                        _p++;
                        ref var nt = ref Peek;
                        if (nt.Kind != TokenKind.Name || nt.IsHardKeyword) throw InvalidSyntax();
                        _p++;
                        e = FinAt(new Attribute(e, nt.Text!, Load.Instance), s0);
                        break;
                    }
                case TokenKind.LPar:
                    {
                        var lpar = Next();
                        var args = new List<ExprBase>();
                        var keywords = new List<Keyword>();
                        _nesting++;
                        if (!At(TokenKind.RPar)) ParseCallArguments(args, keywords, lpar);
                        _nesting--;
                        if (!Accept(TokenKind.RPar)) throw CallArgsError();
                        e = FinAt(new Call(e, args, keywords), s0);
                        break;
                    }
                case TokenKind.LSqb:
                    {
                        _p++;
                        _nesting++;
                        var slice = ParseSlices();
                        _nesting--;
                        Require(TokenKind.RSqb);
                        e = FinAt(new Subscript(e, slice, Load.Instance), s0);
                        break;
                    }
                default:
                    return e;
            }
        }
    }

    private PythonSyntaxError CallArgsError() => InvalidSyntax();

    /// <summary>Call arguments (also class bases): positional, *args, name=value, **kwargs, or one bare generator.</summary>
    private void ParseCallArguments(List<ExprBase> args, List<Keyword> keywords, Token? lpar)
    {
        bool sawKeyword = false, sawDoubleStar = false;
        string? lateError = null; // CPython reports these after the whole argument list, at the next token
        while (true)
        {
            ref var t = ref Peek;
            var s = t;
            if (t.Kind == TokenKind.Star)
            {
                _p++;
                var v = ParseExpression();
                var st = Fin(new Starred(v, Load.Instance), s);
                if (sawDoubleStar) throw ErrorAtToken("iterable argument unpacking follows keyword argument unpacking", s);
                if (AtKw(Kw.For) || AtKw(Kw.Async) && Tok(_p + 1).Keyword == Kw.For)
                    throw ErrorAtNode("iterable unpacking cannot be used in comprehension", st);
                args.Add(st);
            }
            else if (t.Kind == TokenKind.DoubleStar)
            {
                _p++;
                var v = ParseExpression();
                keywords.Add(Fin(new Keyword(null, v), s));
                sawDoubleStar = true;
            }
            else if (t.Kind == TokenKind.Name && PeekKindAt(1) == TokenKind.Equal)
            {
                if (t.IsHardKeyword)
                {
                    if (t.Keyword is Kw.True or Kw.False or Kw.NoneKw)
                        throw ErrorAtTokens($"cannot assign to {t.Text}", t, Tok(_p + 1));
                    throw ErrorAtTokens("expression cannot contain assignment, perhaps you meant \"==\"?", t, Tok(_p + 1));
                }
                _p += 2;
                var v = ParseExpression();
                keywords.Add(Fin(new Keyword(s.Text, v), s));
                sawKeyword = true;
            }
            else
            {
                var e = ParseNamedExpression();
                if (At(TokenKind.Equal))
                    throw ErrorFromNodeTo("expression cannot contain assignment, perhaps you meant \"==\"?", e, Peek);
                if (AtKw(Kw.For) || AtKw(Kw.Async) && Tok(_p + 1).Keyword == Kw.For)
                {
                    if (lpar == null) throw InvalidSyntax(); // class bases take no bare generator
                    var gens = ParseComprehensionClauses();
                    GeneratorExp g;
                    if (lpar.HasValue && args.Count == 0 && keywords.Count == 0 && At(TokenKind.RPar))
                    {
                        g = new GeneratorExp(e, gens);
                        _p++;
                        Fin(g, lpar.Value);
                        _p--;
                    }
                    else
                    {
                        g = FinFrom(new GeneratorExp(e, gens), e);
                        if (!At(TokenKind.RPar) || args.Count > 0 || keywords.Count > 0)
                            throw ErrorAtNode("Generator expression must be parenthesized", g);
                    }
                    e = g;
                }
                if (sawDoubleStar) lateError ??= "positional argument follows keyword argument unpacking";
                else if (sawKeyword) lateError ??= "positional argument follows keyword argument";
                args.Add(e);
            }
            if (!Accept(TokenKind.Comma)) break;
            if (At(TokenKind.RPar)) break;
            if (!CanStartExpression() && !At(TokenKind.DoubleStar)) break;
        }
        if (!At(TokenKind.RPar)) MaybeForgotComma(args.Count > 0 ? args[^1] : null);
        if (lateError != null) throw ErrorAtToken(lateError, Peek);
    }

    /// <summary>Inside brackets, an expression directly followed by another: "Perhaps you forgot a comma?".</summary>
    private void MaybeForgotComma(ExprBase? prev)
    {
        _errorChecks++;
        try { MaybeForgotCommaCore(prev); }
        finally { _errorChecks--; }
    }

    private void MaybeForgotCommaCore(ExprBase? prev)
    {
        if (prev == null || _nesting == 0 || !CanStartExpression()) return;
        ref var t = ref Peek;
        if (t.Kind == TokenKind.Star) return;
        if (t.Kind == TokenKind.Name && (t.Keyword is Kw.Not or Kw.Lambda or Kw.Yield)) return;
        int save = _p;
        ExprBase next;
        try { next = ParseExpression(); }
        catch (PythonSyntaxError e) when (!e.FromTokenizer && e.Kind != SyntaxErrorKind.RecursionError) { _p = save; return; }
        _p = save;
        // CPython excludes NAME STRING pairs and soft keywords from this hint.
        if (prev is Name pn && (t.Kind == TokenKind.String || t.Kind == TokenKind.FStringStart)) return;
        if (prev is Name pk && Tokenizer.KeywordOf(pk.Id) >= Kw.Match) return;
        throw ErrorAtNodes("invalid syntax. Perhaps you forgot a comma?", prev, next);
    }

    /// <summary>slices: slice !',' | ','.(slice | starred_expression)+ [','].</summary>
    private ExprBase ParseSlices()
    {
        var start = Peek;
        var first = ParseSlice();
        if (!At(TokenKind.Comma))
        {
            // A lone starred item still makes a tuple: a[*b] is a[(*b,)].
            if (first is Starred) return Fin(new Tuple(new List<ExprBase> { first }, Load.Instance), start);
            return first;
        }
        var elts = new List<ExprBase> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.RSqb)) break;
            elts.Add(ParseSlice());
        }
        return Fin(new Tuple(elts, Load.Instance), start);
    }

    private ExprBase ParseSlice()
    {
        var start = Peek;
        if (At(TokenKind.Star))
        {
            var s = Next();
            var v = ParseBitwiseOr();
            return Fin(new Starred(v, Load.Instance), s);
        }
        ExprBase? lower = null;
        if (!At(TokenKind.Colon))
        {
            lower = ParseNamedExpressionChecked();
            if (!At(TokenKind.Colon))
            {
                if (!At(TokenKind.Comma) && !At(TokenKind.RSqb)) MaybeForgotComma(lower);
                return lower;
            }
            if (lower is NamedExpr)
                throw InvalidSyntax();
        }
        _p++; // ':'
        ExprBase? upper = null, step = null;
        if (!At(TokenKind.Colon) && !At(TokenKind.Comma) && !At(TokenKind.RSqb)) upper = ParseExpression();
        if (Accept(TokenKind.Colon))
        {
            if (!At(TokenKind.Comma) && !At(TokenKind.RSqb)) step = ParseExpression();
        }
        return Fin(new Slice(lower, upper, step), start);
    }

    private List<Comprehension> ParseComprehensionClauses()
    {
        var gens = new List<Comprehension>();
        while (true)
        {
            int isAsync = 0;
            if (AtKw(Kw.Async) && Tok(_p + 1).Kind == TokenKind.Name && Tok(_p + 1).Keyword == Kw.For) { _p++; isAsync = 1; }
            else if (!AtKw(Kw.For)) break;
            _p++;
            var target = ParseStarTargets();
            SetForTarget(target);
            ExpectKw(Kw.In, "in");
            var iter = ParseDisjunction();
            var ifs = new List<ExprBase>();
            while (AcceptKw(Kw.If)) ifs.Add(ParseDisjunction());
            gens.Add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    // ------------------------------------------------------------------ atoms

    private ExprBase ParseAtom()
    {
        ref var t = ref Peek;
        switch (t.Kind)
        {
            case TokenKind.Name:
                {
                    var s = t;
                    if (s.IsHardKeyword)
                    {
                        switch (s.Keyword)
                        {
                            case Kw.NoneKw: _p++; return Fin(new Constant(NoneValue.Instance, null), s);
                            case Kw.True: _p++; return Fin(new Constant(true, null), s);
                            case Kw.False: _p++; return Fin(new Constant(false, null), s);
                        }
                        throw InvalidSyntax();
                    }
                    _p++;
                    return Fin(new Name(s.Text!, Load.Instance), s);
                }
            case TokenKind.Number:
                {
                    var s = Next();
                    return Fin(new Constant(ParseNumber(s), null), s);
                }
            case TokenKind.String:
            case TokenKind.FStringStart:
                return ParseStrings();
            case TokenKind.Ellipsis:
                {
                    var s = Next();
                    return Fin(new Constant(EllipsisValue.Instance, null), s);
                }
            case TokenKind.LPar: return ParseParenAtom();
            case TokenKind.LSqb: return ParseListAtom();
            case TokenKind.LBrace: return ParseBraceAtom();
        }
        throw InvalidSyntax();
    }

    private ExprBase ParseParenAtom()
    {
        var lpar = Next();
        Enter();
        _nesting++;
        try
        {
            if (Accept(TokenKind.RPar)) return Fin(new Tuple(new List<ExprBase>(), Load.Instance), lpar);
            if (AtKw(Kw.Yield))
            {
                var y = ParseYieldExpression();
                Require(TokenKind.RPar);
                return y;
            }
            var first = ParseStarNamedExpression();
            if (AtKw(Kw.For) || AtKw(Kw.Async) && Tok(_p + 1).Keyword == Kw.For)
            {
                if (first is Starred) throw ErrorAtNode("iterable unpacking cannot be used in comprehension", first);
                var gens = ParseComprehensionClauses();
                Require(TokenKind.RPar);
                return Fin(new GeneratorExp(first, gens), lpar);
            }
            if (Accept(TokenKind.RPar))
            {
                if (first is Starred) throw ErrorAtNode("cannot use starred expression here", first);
                return first;
            }
            if (!At(TokenKind.Comma))
            {
                MaybeForgotComma(first);
                throw InvalidSyntax();
            }
            var elts = new List<ExprBase> { first };
            while (Accept(TokenKind.Comma))
            {
                if (At(TokenKind.RPar)) break;
                elts.Add(ParseStarNamedExpression());
            }
            if (!Accept(TokenKind.RPar))
            {
                MaybeForgotComma(elts[^1]);
                throw InvalidSyntax();
            }
            return Fin(new Tuple(elts, Load.Instance), lpar);
        }
        finally { _nesting--; Leave(); }
    }

    private ExprBase ParseListAtom()
    {
        var lsq = Next();
        Enter();
        _nesting++;
        try
        {
            if (Accept(TokenKind.RSqb)) return Fin(new List(new List<ExprBase>(), Load.Instance), lsq);
            var first = ParseStarNamedExpression();
            if (AtKw(Kw.For) || AtKw(Kw.Async) && Tok(_p + 1).Keyword == Kw.For)
            {
                if (first is Starred) throw ErrorAtNode("iterable unpacking cannot be used in comprehension", first);
                var gens = ParseComprehensionClauses();
                Require(TokenKind.RSqb);
                return Fin(new ListComp(first, gens), lsq);
            }
            var elts = new List<ExprBase> { first };
            while (Accept(TokenKind.Comma))
            {
                if (At(TokenKind.RSqb)) break;
                elts.Add(ParseStarNamedExpression());
            }
            if (!Accept(TokenKind.RSqb))
            {
                MaybeForgotComma(elts[^1]);
                throw InvalidSyntax();
            }
            return Fin(new List(elts, Load.Instance), lsq);
        }
        finally { _nesting--; Leave(); }
    }

    private ExprBase ParseBraceAtom()
    {
        var lbr = Next();
        Enter();
        _nesting++;
        try
        {
            if (Accept(TokenKind.RBrace)) return Fin(new Dict(new List<ExprBase?>(), new List<ExprBase>()), lbr);
            if (At(TokenKind.DoubleStar)) return ParseDictRest(lbr, null);
            ExprBase first;
            if (At(TokenKind.Star)) first = ParseStarNamedExpression();
            else
            {
                var firstTok = Peek.Kind;
                first = ParseNamedExpression();
                if (At(TokenKind.Colon) && (first is not NamedExpr || firstTok == TokenKind.LPar)) return ParseDictRest(lbr, first);
                if (At(TokenKind.Equal)) InvalidNamedAssignment(first);
            }
            if (AtKw(Kw.For) || AtKw(Kw.Async) && Tok(_p + 1).Keyword == Kw.For)
            {
                if (first is Starred) throw ErrorAtNode("iterable unpacking cannot be used in comprehension", first);
                var gens = ParseComprehensionClauses();
                Require(TokenKind.RBrace);
                return Fin(new SetComp(first, gens), lbr);
            }
            var elts = new List<ExprBase> { first };
            while (Accept(TokenKind.Comma))
            {
                if (At(TokenKind.RBrace)) break;
                elts.Add(ParseStarNamedExpression());
            }
            if (!Accept(TokenKind.RBrace))
            {
                MaybeForgotComma(elts[^1]);
                throw InvalidSyntax();
            }
            return Fin(new Set(elts), lbr);
        }
        finally { _nesting--; Leave(); }
    }

    private ExprBase ParseDictRest(in Token lbr, ExprBase? firstKey)
    {
        var keys = new List<ExprBase?>();
        var values = new List<ExprBase>();
        while (true)
        {
            if (firstKey == null && Accept(TokenKind.DoubleStar))
            {
                var dst = Prev;
                keys.Add(null);
                values.Add(ParseBitwiseOr());
                if (keys.Count == 1 && (AtKw(Kw.For) || AtKw(Kw.Async) && Tok(_p + 1).Keyword == Kw.For))
                    throw ErrorAtToken("dict unpacking cannot be used in dict comprehension", dst);
            }
            else
            {
                var k = firstKey ?? ParseExpression();
                firstKey = null;
                if (!Accept(TokenKind.Colon))
                {
                    if (At(TokenKind.Comma) || At(TokenKind.RBrace))
                        throw _tz.Raw("':' expected after dictionary key", k.Lineno, CharColOfByte(k.Lineno, k.ColOffset) + 1, k.EndLineno, 0);
                    throw InvalidSyntax();
                }
                if (At(TokenKind.RBrace) || At(TokenKind.Comma))
                    throw ErrorAtTokens("expression expected after dictionary key and ':'", Prev, Prev);
                var v = ParseExpression();
                if (keys.Count == 0 && (AtKw(Kw.For) || AtKw(Kw.Async) && Tok(_p + 1).Keyword == Kw.For))
                {
                    var gens = ParseComprehensionClauses();
                    Require(TokenKind.RBrace);
                    return Fin(new DictComp(k, v, gens), lbr);
                }
                keys.Add(k);
                values.Add(v);
            }
            if (!Accept(TokenKind.Comma)) break;
            if (At(TokenKind.RBrace)) break;
        }
        if (!Accept(TokenKind.RBrace))
        {
            MaybeForgotComma(values[^1]);
            throw InvalidSyntax();
        }
        return Fin(new Dict(keys, values), lbr);
    }

    // ------------------------------------------------------------------ targets

    /// <summary>star_targets for 'for' and comprehensions: parsed as expressions that stop before 'in'.</summary>
    private ExprBase ParseStarTargets()
    {
        var start = Peek;
        var e = ParseStarTargetElement(false);
        if (!At(TokenKind.Comma)) return e;
        var elts = new List<ExprBase> { e };
        while (Accept(TokenKind.Comma))
        {
            if (AtKw(Kw.In) || At(TokenKind.Equal)) break;
            elts.Add(ParseStarTargetElement(false));
        }
        return Fin(new Tuple(elts, Load.Instance), start);
    }

    private ExprBase ParseStarTargetElement(bool forDel)
    {
        if (At(TokenKind.Star))
        {
            var s = Next();
            var v = ParseStarTargetElement(forDel);
            return Fin(new Starred(v, Load.Instance), s);
        }
        return ParseBitwiseOr();
    }
}
