using Taipan.Syntax.Tokens;

namespace Taipan.Syntax.Parsing;

using Taipan.Syntax.Ast;
using Kw = Taipan.Syntax.Tokens.KeywordKind;

internal sealed partial class PythonParser
{
    // ------------------------------------------------------------------ statements

    private void ParseStatement(List<StmtBase> into)
    {
        Enter();
        ref var t = ref Peek;
        if (t.Kind == TokenKind.Indent)
            throw _tz.Error("unexpected indent", t.Line, t.EndCol - 1, t.Line, -1, SyntaxErrorKind.IndentationError);
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Keyword)
            {
                case Kw.Def: into.Add(ParseFunctionDef(new List<ExprBase>(), default, false)); Leave(); return;
                case Kw.If: into.Add(ParseIf()); Leave(); return;
                case Kw.Class: into.Add(ParseClassDef(new List<ExprBase>(), default)); Leave(); return;
                case Kw.With: into.Add(ParseWith(default, false)); Leave(); return;
                case Kw.For: into.Add(ParseFor(default, false)); Leave(); return;
                case Kw.Try: into.Add(ParseTry()); Leave(); return;
                case Kw.While: into.Add(ParseWhile()); Leave(); return;
                case Kw.Async:
                    {
                        var start = t;
                        var k = Tok(_p + 1);
                        if (k.Kind == TokenKind.Name)
                        {
                            if (k.Keyword == Kw.Def) { _p++; into.Add(ParseFunctionDef(new List<ExprBase>(), start, true)); Leave(); return; }
                            if (k.Keyword == Kw.With) { _p++; into.Add(ParseWith(start, true)); Leave(); return; }
                            if (k.Keyword == Kw.For) { _p++; into.Add(ParseFor(start, true)); Leave(); return; }
                        }
                        break;
                    }
                case Kw.Match:
                    {
                        var m = TryParseMatch();
                        if (m != null) { into.Add(m); Leave(); return; }
                        break;
                    }
            }
        }
        else if (t.Kind == TokenKind.At)
        {
            into.Add(ParseDecorated());
            Leave();
            return;
        }
        ParseSimpleStatements(into);
        Leave();
    }

    private void ParseSimpleStatements(List<StmtBase> into)
    {
        while (true)
        {
            into.Add(ParseSimpleStatement());
            if (Accept(TokenKind.Semi))
            {
                if (Accept(TokenKind.Newline)) return;
                continue;
            }
            if (Accept(TokenKind.Newline)) return;
            throw NoStatementEnd();
        }
    }

    /// <summary>A simple statement ended but neither ';' nor NEWLINE follows.</summary>
    private PythonSyntaxError NoStatementEnd()
    {
        ref var t = ref Peek;
        return InvalidSyntax();
    }

    private StmtBase ParseSimpleStatement()
    {
        ref var t = ref Peek;
        var start = t;
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Keyword)
            {
                case Kw.Pass: _p++; return Fin(new Pass(), start);
                case Kw.Break: _p++; return Fin(new Break(), start);
                case Kw.Continue: _p++; return Fin(new Continue(), start);
                case Kw.Return:
                    {
                        _p++;
                        ExprBase? v = CanStartExpression() ? ParseStarExpressions() : null;
                        return Fin(new Return(v), start);
                    }
                case Kw.Import: return ParseImport();
                case Kw.From: return ParseFromImport();
                case Kw.Raise:
                    {
                        _p++;
                        ExprBase? exc = null, cause = null;
                        if (CanStartExpression())
                        {
                            exc = ParseExpression();
                            if (AcceptKw(Kw.From)) cause = ParseExpression();
                        }
                        return Fin(new Raise(exc, cause), start);
                    }
                case Kw.Global:
                case Kw.Nonlocal:
                    {
                        _p++;
                        var names = new List<string>();
                        do names.Add(RequireName()); while (Accept(TokenKind.Comma));
                        return start.Keyword == Kw.Global ? Fin(new Global(names), start) : Fin(new Nonlocal(names), start);
                    }
                case Kw.Del: return ParseDel();
                case Kw.Assert:
                    {
                        _p++;
                        var test = ParseExpression();
                        ExprBase? msg = null;
                        if (Accept(TokenKind.Comma)) msg = ParseExpression();
                        return Fin(new Assert(test, msg), start);
                    }
                case Kw.Type:
                    {
                        ref var n1 = ref Tok(_p + 1);
                        if (n1.Kind == TokenKind.Name && !n1.IsHardKeyword)
                        {
                            var k2 = PeekKindAt(2);
                            if (k2 == TokenKind.Equal || k2 == TokenKind.LSqb) return ParseTypeAlias();
                        }
                        break;
                    }
            }
        }
        return ParseExpressionOrAssignment();
    }

    private StmtBase ParseTypeAlias()
    {
        var start = Next();
        ref var nt = ref Next();
        var name = Fin(new Name(nt.Text!, Store.Instance), nt);
        var tps = At(TokenKind.LSqb) ? ParseTypeParams() : new List<TypeParamBase>();
        Require(TokenKind.Equal);
        var value = ParseExpression();
        return Fin(new TypeAlias(name, tps, value), start);
    }

    private StmtBase ParseExpressionOrAssignment()
    {
        var start = Peek;
        bool firstBareYield = AtKw(Kw.Yield);
        ExprBase first = firstBareYield ? ParseYieldExpression() : ParseStarExpressions();
        var k = PeekKind;
        if (k == TokenKind.ColonEqual && first is Name) throw ErrorAtToken("invalid syntax", Peek);
        if (k == TokenKind.ColonEqual && first is not Tuple)
            throw ErrorAtNode($"cannot use assignment expressions with {ExprName(first)}", first);
        if (k == TokenKind.Equal)
        {
            var targets = new List<ExprBase> { first };
            var bareYield = new List<bool> { firstBareYield };
            ExprBase value;
            while (true)
            {
                _p++;
                bool by = AtKw(Kw.Yield);
                ExprBase e = by ? ParseYieldExpression() : ParseStarExpressions();
                if (At(TokenKind.Equal)) { targets.Add(e); bareYield.Add(by); continue; }
                value = e;
                break;
            }
            for (int i = 0; i < targets.Count; i++)
            {
                if (bareYield[i]) throw ErrorAtNode("assignment to yield expression not possible", targets[i]);
                SetAssignTarget(targets[i], targets.Count == 1 && i == 0, value);
            }
            string? tc = null;
            if (_options.TypeComments && At(TokenKind.TypeComment)) tc = TypeCommentText(Next());
            return Fin(new Assign(targets, value, tc), start);
        }
        if (k == TokenKind.Colon)
        {
            // Annotated assignment; the target errors apply only when an annotation follows.
            if (first is not (Name or Attribute or Subscript) && !CanStartExpression(Tok(_p + 1)))
                throw ErrorAtToken("invalid syntax", Peek);
            if (first is Tuple) throw ErrorAtNode("only single target (not tuple) can be annotated", first);
            if (first is List) throw ErrorAtNode("only single target (not list) can be annotated", first);
            if (first is not (Name or Attribute or Subscript)) throw ErrorAtNode("illegal target for annotation", first);
            _p++;
            var ann = ParseExpression();
            ExprBase? value = null;
            if (Accept(TokenKind.Equal)) value = AtKw(Kw.Yield) ? ParseYieldExpression() : ParseStarExpressions();
            SetContext(first, Store.Instance);
            int simple = first is Name && start.Kind != TokenKind.LPar ? 1 : 0;
            return Fin(new AnnAssign(first, ann, value, simple), start);
        }
        OperatorBase? op = AugOp(k);
        if (op != null)
        {
            if (first is not (Name or Attribute or Subscript))
                throw ErrorAtNode($"'{ExprName(first)}' is an illegal expression for augmented assignment", first);
            _p++;
            var value = AtKw(Kw.Yield) ? ParseYieldExpression() : ParseStarExpressions();
            SetContext(first, Store.Instance);
            return Fin(new AugAssign(first, op, value), start);
        }
        if (k != TokenKind.Newline && k != TokenKind.Semi)
            CheckLegacyPrint(first);
        return Fin(new Expr(first), start);
    }

    /// <summary>"print x" / "exec x": CPython's invalid_legacy_expression.</summary>
    private void CheckLegacyPrint(ExprBase first)
    {
        if (first is Name n && (n.Id == "print" || n.Id == "exec") && CanStartExpression())
        {
            int save = _p;
            try
            {
                var rest = ParseStarExpressions();
                throw ErrorAtNodes($"Missing parentheses in call to '{n.Id}'. Did you mean {n.Id}(...)?", first, rest);
            }
            catch (PythonSyntaxError e) when (!e.FromTokenizer && !e.Msg.StartsWith("Missing parentheses"))
            {
                _p = save;
            }
        }
    }

    private static OperatorBase? AugOp(TokenKind k) => k switch
    {
        TokenKind.PlusEqual => Add.Instance,
        TokenKind.MinEqual => Sub.Instance,
        TokenKind.StarEqual => Mult.Instance,
        TokenKind.AtEqual => MatMult.Instance,
        TokenKind.SlashEqual => Div.Instance,
        TokenKind.PercentEqual => Mod.Instance,
        TokenKind.AmperEqual => BitAnd.Instance,
        TokenKind.VBarEqual => BitOr.Instance,
        TokenKind.CircumflexEqual => BitXor.Instance,
        TokenKind.LeftShiftEqual => LShift.Instance,
        TokenKind.RightShiftEqual => RShift.Instance,
        TokenKind.DoubleStarEqual => Pow.Instance,
        TokenKind.DoubleSlashEqual => FloorDiv.Instance,
        _ => null,
    };

    private StmtBase ParseDel()
    {
        var start = Next();
        var targets = new List<ExprBase>();
        while (true)
        {
            var e = ParseStarTargetElement(true);
            targets.Add(e);
            if (!Accept(TokenKind.Comma)) break;
            if (At(TokenKind.Newline) || At(TokenKind.Semi)) break;
        }
        if (!(At(TokenKind.Newline) || At(TokenKind.Semi)))
        {
            throw InvalidSyntax();
        }
        foreach (var t in targets) SetDelTarget(t);
        return Fin(new Delete(targets), start);
    }

    private StmtBase ParseImport()
    {
        var start = Next();
        var names = new List<Alias>();
        do
        {
            var s = Peek;
            string name = ParseDottedName();
            string? asname = null;
            if (AcceptKw(Kw.As)) asname = RequireName();
            names.Add(Fin(new Alias(name, asname), s));
        } while (Accept(TokenKind.Comma));
        return Fin(new Import(names), start);
    }

    private string ParseDottedName()
    {
        string name = RequireName();
        if (!At(TokenKind.Dot)) return name;
        var sb = new System.Text.StringBuilder(name);
        while (Accept(TokenKind.Dot)) sb.Append('.').Append(RequireName());
        return sb.ToString();
    }

    private StmtBase ParseFromImport()
    {
        var start = Next();
        int level = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot)) level++;
            else if (Accept(TokenKind.Ellipsis)) level += 3;
            else break;
        }
        string? module = null;
        if (!AtKw(Kw.Import)) module = ParseDottedName();
        else if (level == 0) throw ErrorAtToken("invalid syntax", Peek); // "from import x"
        if (!AcceptKw(Kw.Import)) throw InvalidSyntax();
        var names = new List<Alias>();
        if (At(TokenKind.Star))
        {
            ref var st = ref Next();
            names.Add(Fin(new Alias("*", null), st));
        }
        else
        {
            bool paren = Accept(TokenKind.LPar);
            while (true)
            {
                var s = Peek;
                string name = RequireName();
                string? asname = null;
                if (AcceptKw(Kw.As)) asname = RequireName();
                names.Add(Fin(new Alias(name, asname), s));
                if (!Accept(TokenKind.Comma)) break;
                if (paren && At(TokenKind.RPar)) break;
                if (!paren && (At(TokenKind.Newline) || At(TokenKind.Semi)))
                    throw ErrorAtToken("trailing comma not allowed without surrounding parentheses", Peek);
            }
            if (paren) Require(TokenKind.RPar);
        }
        return Fin(new ImportFrom(module, names, level), start);
    }

    // ------------------------------------------------------------------ blocks

    /// <summary>block: NEWLINE INDENT statements DEDENT | simple_stmts.</summary>
    private List<StmtBase> ParseBlock(string what, int headerLine)
    {
        var body = new List<StmtBase>();
        if (Accept(TokenKind.Newline))
        {
            if (!Accept(TokenKind.Indent))
            {
                ref var t = ref Peek;
                if (t.Kind is TokenKind.Dedent or TokenKind.EndMarker)
                {
                    var (l, off) = t.Start >= _tz.Source.Length ? _tz.EofPosition() : (t.Line, t.Col);
                    throw _tz.Raw($"expected an indented block after {what} on line {headerLine}", l, off, l, -1, SyntaxErrorKind.IndentationError);
                }
                throw _tz.Error($"expected an indented block after {what} on line {headerLine}", t.Line, t.Col, t.EndLine, t.EndCol, SyntaxErrorKind.IndentationError);
            }
            while (!Accept(TokenKind.Dedent))
            {
                if (At(TokenKind.EndMarker)) break;
                ParseStatement(body);
            }
            _lastBlockIndented = true;
            return body;
        }
        if (At(TokenKind.EndMarker)) throw InvalidSyntax();
        ParseSimpleStatements(body);
        _lastBlockIndented = false;
        return body;
    }

    /// <summary>A compound statement ends at the last token before the NEWLINE/DEDENTs (CPython's EXTRA).</summary>
    private T EndAtLast<T>(T n, List<StmtBase> body) where T : LocatedNode
    {
        int i = _p - 1;
        while (i > 0 && _toks[i].Kind is TokenKind.Newline or TokenKind.Dedent or TokenKind.Indent) i--;
        ref var e = ref _toks[i];
        n.EndLineno = e.EndLine;
        n.EndColOffset = EBC(e);
        return n;
    }

    private T StartAt<T>(T n, in Token t) where T : LocatedNode
    {
        n.Lineno = t.Line;
        n.ColOffset = BC(t);
        return n;
    }

    private StmtBase ParseIf()
    {
        var start = Next();
        var test = ParseNamedExpressionChecked();
        ExpectHeaderColon();
        var body = ParseBlock("'if' statement", start.Line);
        var orelse = ParseElse(true);
        var n = StartAt(new If(test, body, orelse), start);
        return EndAtLast(n, orelse.Count > 0 ? orelse : body);
    }

    private List<StmtBase> ParseElse(bool allowElif)
    {
        if (allowElif && AtKw(Kw.Elif))
        {
            var start = Next();
            var test = ParseNamedExpressionChecked();
            ExpectHeaderColon();
            var body = ParseBlock("'elif' statement", start.Line);
            var orelse = ParseElse(true);
            var n = StartAt(new If(test, body, orelse), start);
            return new List<StmtBase> { EndAtLast(n, orelse.Count > 0 ? orelse : body) };
        }
        if (AtKw(Kw.Else))
        {
            var start = Next();
            Expect(TokenKind.Colon, ":");
            return ParseBlock("'else' statement", start.Line);
        }
        return new List<StmtBase>();
    }

    private StmtBase ParseWhile()
    {
        var start = Next();
        var test = ParseNamedExpressionChecked();
        ExpectHeaderColon();
        var body = ParseBlock("'while' statement", start.Line);
        var orelse = ParseElse(false);
        return EndAtLast(StartAt(new While(test, body, orelse), start), orelse.Count > 0 ? orelse : body);
    }

    private StmtBase ParseFor(Token asyncTok, bool isAsync)
    {
        var forTok = Next();
        var start = isAsync ? asyncTok : forTok;
        var target = ParseStarTargets();
        SetForTarget(target);
        ExpectKw(Kw.In, "in");
        var iter = ParseStarExpressions();
        ExpectHeaderColon();
        string? tc = null;
        if (_options.TypeComments && At(TokenKind.TypeComment)) tc = TypeCommentText(Next());
        var body = ParseBlock("'for' statement", forTok.Line);
        var orelse = ParseElse(false);
        StmtBase n = isAsync ? new AsyncFor(target, iter, body, orelse, tc) : new For(target, iter, body, orelse, tc);
        return EndAtLast(StartAt(n, start), orelse.Count > 0 ? orelse : body);
    }

    private StmtBase ParseWith(Token asyncTok, bool isAsync)
    {
        var withTok = Next();
        var start = isAsync ? asyncTok : withTok;
        List<Withitem>? items = null;
        if (At(TokenKind.LPar))
        {
            // with ( item, item, ) :  -- only if the closing ')' is followed by ':'
            int save = _p;
            try
            {
                _p++;
                var list = new List<Withitem>();
                while (true)
                {
                    list.Add(ParseWithItem());
                    if (!Accept(TokenKind.Comma)) break;
                    if (At(TokenKind.RPar)) break;
                }
                if (Accept(TokenKind.RPar) && At(TokenKind.Colon)) items = list;
                else _p = save;
            }
            catch (PythonSyntaxError e) when (!e.FromTokenizer && e.Kind != SyntaxErrorKind.RecursionError)
            {
                _p = save;
            }
        }
        if (items == null)
        {
            items = new List<Withitem>();
            do items.Add(ParseWithItem()); while (Accept(TokenKind.Comma));
        }
        ExpectHeaderColon();
        string? tc = null;
        if (_options.TypeComments && At(TokenKind.TypeComment)) tc = TypeCommentText(Next());
        var body = ParseBlock("'with' statement", withTok.Line);
        StmtBase n = isAsync ? new AsyncWith(items, body, tc) : new With(items, body, tc);
        return EndAtLast(StartAt(n, start), body);
    }

    private Withitem ParseWithItem()
    {
        var e = ParseExpression();
        ExprBase? vars = null;
        if (AcceptKw(Kw.As))
        {
            vars = ParseStarTargetElement(false);
            var k = PeekKind;
            if (k != TokenKind.Comma && k != TokenKind.RPar && k != TokenKind.Colon) throw InvalidSyntax();
            SetAssignTarget(vars, false, null);
        }
        return new Withitem(e, vars);
    }

    private StmtBase ParseTry()
    {
        var start = Next();
        Expect(TokenKind.Colon, ":");
        var body = ParseBlock("'try' statement", start.Line);
        var handlers = new List<ExcepthandlerBase>();
        bool star = false;
        bool? sawStar = null;
        while (AtKw(Kw.Except))
        {
            var et = Next();
            bool isStar = Accept(TokenKind.Star);
            if (sawStar != null && sawStar != isStar)
                throw ErrorAtTokens("cannot have both 'except' and 'except*' on the same 'try'", et, Prev);
            sawStar = isStar;
            star = isStar;
            ExprBase? type = null;
            string? name = null;
            if (!At(TokenKind.Colon))
            {
                if (isStar && At(TokenKind.Colon)) throw ErrorAtToken("expected one or more exception types", Peek);
                type = ParseExpression();
                if (At(TokenKind.Comma))
                {
                    // except A, B:  -> needs parentheses
                    int save = _p;
                    _p++;
                    var last = ParseExpression();
                    if (At(TokenKind.Colon) || AtKw(Kw.As) || At(TokenKind.Comma))
                        throw ErrorAtNodes("multiple exception types must be parenthesized", type, last);
                    _p = save;
                }
                if (AcceptKw(Kw.As)) name = RequireName();
            }
            else if (isStar) throw ErrorAtToken("expected one or more exception types", Peek);
            ExpectHeaderColon();
            var hbody = ParseBlock(isStar ? "'except*' statement" : "'except' statement", et.Line);
            handlers.Add(EndAtLast(StartAt(new ExceptHandler(type, name, hbody), et), hbody));
        }
        var orelse = new List<StmtBase>();
        var finalbody = new List<StmtBase>();
        if (handlers.Count > 0 && AtKw(Kw.Else))
        {
            var et = Next();
            Expect(TokenKind.Colon, ":");
            orelse = ParseBlock("'else' statement", et.Line);
        }
        if (AtKw(Kw.Finally))
        {
            var ft = Next();
            Expect(TokenKind.Colon, ":");
            finalbody = ParseBlock("'finally' statement", ft.Line);
        }
        if (handlers.Count == 0 && finalbody.Count == 0)
        {
            if (Peek.Start >= _tz.Source.Length)
            {
                var (l, off) = _tz.EofPosition();
                throw _tz.Raw("expected 'except' or 'finally' block", l, off, l, -1);
            }
            int i = _p;
            while (i > 0 && _toks[i].Kind is TokenKind.Dedent or TokenKind.Indent or TokenKind.EndMarker) i--;
            ref var t = ref _toks[i];
            if (t.Kind == TokenKind.Newline) throw _tz.Raw("expected 'except' or 'finally' block", t.Line, _tz.CharCol(t.Line, t.Col) + 1, t.Line, -1);
            throw ErrorAtToken("expected 'except' or 'finally' block", t);
        }
        StmtBase n = star ? new TryStar(body, handlers, orelse, finalbody) : new Try(body, handlers, orelse, finalbody);
        StartAt(n, start);
        if (finalbody.Count > 0) return EndAtLast(n, finalbody);
        if (orelse.Count > 0) return EndAtLast(n, orelse);
        var lh = handlers[^1];
        n.EndLineno = lh.EndLineno;
        n.EndColOffset = lh.EndColOffset;
        return n;
    }

    private StmtBase ParseDecorated()
    {
        var decorators = new List<ExprBase>();
        while (Accept(TokenKind.At))
        {
            decorators.Add(ParseNamedExpression());
            Require(TokenKind.Newline);
        }
        ref var t = ref Peek;
        if (AtKw(Kw.Def)) return ParseFunctionDef(decorators, default, false);
        if (AtKw(Kw.Class)) return ParseClassDef(decorators, default);
        if (AtKw(Kw.Async) && Tok(_p + 1).Keyword == Kw.Def && Tok(_p + 1).Kind == TokenKind.Name)
        {
            var a = Next();
            return ParseFunctionDef(decorators, a, true);
        }
        throw InvalidSyntax();
    }

    private StmtBase ParseFunctionDef(List<ExprBase> decorators, Token asyncTok, bool isAsync)
    {
        var defTok = Next();
        var start = isAsync ? asyncTok : defTok;
        string name = RequireName();
        var tps = At(TokenKind.LSqb) && PeekKindAt(1) != TokenKind.RSqb ? ParseTypeParams() : new List<TypeParamBase>();
        Expect(TokenKind.LPar, "(");
        var args = ParseParameters(TokenKind.RPar, true);
        Require(TokenKind.RPar);
        ExprBase? returns = null;
        if (Accept(TokenKind.RArrow)) returns = ParseExpression();
        Expect(TokenKind.Colon, ":");
        string? tc = null;
        if (_options.TypeComments)
        {
            // func_type_comment: after the ':' or alone on the next line, before the block.
            if (At(TokenKind.TypeComment)) tc = TypeCommentText(Next());
            else if (At(TokenKind.Newline) && PeekKindAt(1) == TokenKind.TypeComment && PeekKindAt(2) == TokenKind.Newline && PeekKindAt(3) == TokenKind.Indent)
            {
                _p++;
                tc = TypeCommentText(Next());
            }
        }
        var body = ParseBlock("function definition", defTok.Line);
        StmtBase n = isAsync ? new AsyncFunctionDef(name, args, body, decorators, returns, tc, tps)
                             : new FunctionDef(name, args, body, decorators, returns, tc, tps);
        return EndAtLast(StartAt(n, start), body);
    }

    private StmtBase ParseClassDef(List<ExprBase> decorators, Token unused)
    {
        var start = Next();
        string name = RequireName();
        var tps = At(TokenKind.LSqb) && PeekKindAt(1) != TokenKind.RSqb ? ParseTypeParams() : new List<TypeParamBase>();
        var bases = new List<ExprBase>();
        var keywords = new List<Keyword>();
        if (Accept(TokenKind.LPar))
        {
            if (!At(TokenKind.RPar)) ParseCallArguments(bases, keywords, null);
            Require(TokenKind.RPar);
        }
        ExpectHeaderColon();
        var body = ParseBlock("class definition", start.Line);
        return EndAtLast(StartAt(new ClassDef(name, bases, keywords, body, decorators, tps), start), body);
    }

    private List<TypeParamBase> ParseTypeParams()
    {
        var lsq = Next();
        var list = new List<TypeParamBase>();
        if (At(TokenKind.RSqb)) throw InvalidSyntax();
        while (true)
        {
            var s = Peek;
            if (Accept(TokenKind.Star))
            {
                string n = RequireName();
                if (At(TokenKind.Colon)) { var c = Next(); var b = ParseExpression(); throw ErrorFromTokenToNode("cannot use bound with TypeVarTuple", c, b); }
                list.Add(Fin(new TypeVarTuple(n), s));
            }
            else if (Accept(TokenKind.DoubleStar))
            {
                string n = RequireName();
                if (At(TokenKind.Colon)) { var c = Next(); var b = ParseExpression(); throw ErrorFromTokenToNode("cannot use bound with ParamSpec", c, b); }
                list.Add(Fin(new ParamSpec(n), s));
            }
            else
            {
                string n = RequireName();
                ExprBase? bound = null;
                if (Accept(TokenKind.Colon)) bound = ParseExpression();
                list.Add(Fin(new TypeVar(n, bound), s));
            }
            if (!Accept(TokenKind.Comma)) break;
            if (At(TokenKind.RSqb)) break;
        }
        Require(TokenKind.RSqb);
        return list;
    }

    private string TypeCommentText(in Token t) => _tz.Source.Substring(t.Start, t.End - t.Start);

    // ------------------------------------------------------------------ parameters

    /// <summary>Parameters of def (annotations allowed) or lambda, up to the closing token.</summary>
    private Arguments ParseParameters(TokenKind close, bool allowAnnotations)
    {
        var posonly = new List<Arg>();
        var args = new List<Arg>();
        var defaults = new List<ExprBase>();
        var kwonly = new List<Arg>();
        var kwDefaults = new List<ExprBase?>();
        Arg? vararg = null, kwarg = null;
        bool sawStar = false, sawSlash = false, sawDefault = false;
        Arg? lastArg = null;
        while (!At(close))
        {
            ref var t = ref Peek;
            var s = t;
            if (t.Kind == TokenKind.Slash)
            {
                if (sawSlash) throw ErrorAtToken("/ may appear only once", t);
                if (sawStar) throw ErrorAtToken("/ must be ahead of *", t);
                if (args.Count == 0)
                {
                    if (PeekKindAt(1) == TokenKind.Comma) throw ErrorAtToken("at least one argument must precede /", t);
                    throw ErrorAtToken("invalid syntax", t);
                }
                _p++;
                sawSlash = true;
                posonly.AddRange(args);
                args.Clear();
            }
            else if (t.Kind == TokenKind.Star)
            {
                if (sawStar) throw ErrorAtToken("* argument may appear only once", t);
                _p++;
                sawStar = true;
                if (At(TokenKind.Comma) || At(close))
                {
                    var k1 = PeekKindAt(1);
                    if (At(close) || k1 == close || k1 == TokenKind.DoubleStar)
                        throw ErrorAtToken("named arguments must follow bare *", s);
                }
                else
                {
                    vararg = ParseParam(allowAnnotations, true);
                    if (At(TokenKind.Equal)) throw ErrorAtToken("var-positional argument cannot have default value", Peek);
                }
            }
            else if (t.Kind == TokenKind.DoubleStar)
            {
                _p++;
                kwarg = ParseParam(allowAnnotations, false);
                if (At(TokenKind.Equal)) throw ErrorAtToken("var-keyword argument cannot have default value", Peek);
                Accept(TokenKind.Comma);
                if (!At(close)) throw ErrorAtToken("arguments cannot follow var-keyword argument", Peek);
                break;
            }
            else
            {
                if (!AtName) throw InvalidSyntax();
                var a = ParseParam(allowAnnotations, false);
                ExprBase? def = null;
                if (Accept(TokenKind.Equal)) def = ParseExpression();
                lastArg = a;
                if (At(TokenKind.TypeComment) && PeekKindAt(1) == close) a.TypeComment = TypeCommentText(Next());
                if (sawStar)
                {
                    kwonly.Add(a);
                    kwDefaults.Add(def);
                }
                else
                {
                    if (def != null) { defaults.Add(def); sawDefault = true; }
                    else if (sawDefault) throw ErrorAtNode("parameter without a default follows parameter with a default", a);
                    args.Add(a);
                }
            }
            if (Accept(TokenKind.Comma))
            {
                // param ',' TYPE_COMMENT: the comment types the parameter before the comma.
                if (lastArg != null && At(TokenKind.TypeComment)) lastArg.TypeComment = TypeCommentText(Next());
                lastArg = null;
            }
            else
            {
                if (!At(close))
                {
                    if (close == TokenKind.Colon) throw ErrorAtToken("expected ':'", Peek);
                    throw InvalidSyntax();
                }
                break;
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg ParseParam(bool allowAnnotations, bool starAnnotation)
    {
        var s = Peek;
        string name = RequireName();
        ExprBase? ann = null;
        if (allowAnnotations && Accept(TokenKind.Colon))
            ann = starAnnotation && At(TokenKind.Star) ? ParseStarExpression() : ParseExpression();
        string? tc = null;
        return Fin(new Arg(name, ann, tc), s);
    }
}
