using System.Numerics;
using Taipan.Runtime;
using Taipan.Syntax.Ast;
using Attribute = Taipan.Syntax.Ast.Attribute;
using Tuple = Taipan.Syntax.Ast.Tuple;

namespace Taipan.Modules.Ast;

/// <summary>
/// The checks compile() makes on a tree built by hand (CPython's Python/ast.c validator): statement and
/// expression lists without None, non-empty bodies, expression contexts, argument and comparison shapes,
/// and the pattern rules of match statements. The parser never produces a tree that fails these.
/// </summary>
static class AstValidator
{
    public static void Validate(ModBase mod)
    {
        switch (mod)
        {
            case Module m: Stmts(m.Body); break;
            case Interactive i: Stmts(i.Body); break;
            case Expression e: Expr(e.Body, Ctx.Load); break;
            case FunctionType f: Exprs(f.Argtypes, Ctx.Load, false); Expr(f.Returns, Ctx.Load); break;
        }
    }

    enum Ctx { Load, Store, Del }

    static PyException Value(string message) => PyException.ValueError(message);

    static void Stmts(List<StmtBase> body)
    {
        foreach (var s in body)
        {
            if (s == null) throw Value("None disallowed in statement list");
            Stmt(s);
        }
    }

    static void Body(List<StmtBase> body, string owner)
    {
        if (body.Count == 0) throw Value($"empty body on {owner}");
        Stmts(body);
    }

    static void NonEmpty(int count, string what, string owner)
    {
        if (count == 0) throw Value($"empty {what} on {owner}");
    }

    static void Exprs(IReadOnlyList<ExprBase?> exprs, Ctx ctx, bool nullOk)
    {
        for (int i = 0; i < exprs.Count; i++)
        {
            var e = exprs[i];
            if (e != null) Expr(e, ctx);
            else if (!nullOk) throw Value("None disallowed in expression list");
        }
    }

    static void Optional(ExprBase? e, Ctx ctx)
    {
        if (e != null) Expr(e, ctx);
    }

    static void Stmt(StmtBase s)
    {
        using var guard = RecursionGuard.Enter(" during compilation");
        switch (s)
        {
            case FunctionDef f:
                Body(f.Body, "FunctionDef"); TypeParams(f.TypeParams); Arguments(f.Args);
                Exprs(f.DecoratorList, Ctx.Load, false); Optional(f.Returns, Ctx.Load);
                break;
            case AsyncFunctionDef f:
                Body(f.Body, "AsyncFunctionDef"); TypeParams(f.TypeParams); Arguments(f.Args);
                Exprs(f.DecoratorList, Ctx.Load, false); Optional(f.Returns, Ctx.Load);
                break;
            case ClassDef c:
                Body(c.Body, "ClassDef"); TypeParams(c.TypeParams); Exprs(c.Bases, Ctx.Load, false);
                Keywords(c.Keywords); Exprs(c.DecoratorList, Ctx.Load, false);
                break;
            case Return r: Optional(r.Value, Ctx.Load); break;
            case Delete d: NonEmpty(d.Targets.Count, "targets", "Delete"); Exprs(d.Targets, Ctx.Del, false); break;
            case Assign a:
                NonEmpty(a.Targets.Count, "targets", "Assign"); Expr(a.Value, Ctx.Load); Exprs(a.Targets, Ctx.Store, false);
                break;
            case AugAssign a: Expr(a.Target, Ctx.Store); Expr(a.Value, Ctx.Load); break;
            case AnnAssign a:
                if (a.Simple != 0 && a.Target is not Name) throw PyException.TypeError("AnnAssign with simple non-Name target");
                Expr(a.Target, Ctx.Store); Optional(a.Value, Ctx.Load); Expr(a.Annotation, Ctx.Load);
                break;
            case TypeAlias t:
                if (t.Name is not Name) throw PyException.TypeError("TypeAlias with non-Name name");
                Expr(t.Name, Ctx.Store); TypeParams(t.TypeParams); Expr(t.Value, Ctx.Load);
                break;
            case For f: Expr(f.Target, Ctx.Store); Expr(f.Iter, Ctx.Load); Body(f.Body, "For"); Stmts(f.Orelse); break;
            case AsyncFor f: Expr(f.Target, Ctx.Store); Expr(f.Iter, Ctx.Load); Body(f.Body, "AsyncFor"); Stmts(f.Orelse); break;
            case While w: Expr(w.Test, Ctx.Load); Body(w.Body, "While"); Stmts(w.Orelse); break;
            case If i: Expr(i.Test, Ctx.Load); Body(i.Body, "If"); Stmts(i.Orelse); break;
            case With w: WithItems(w.Items, "With"); Body(w.Body, "With"); break;
            case AsyncWith w: WithItems(w.Items, "AsyncWith"); Body(w.Body, "AsyncWith"); break;
            case Match m:
                Expr(m.Subject, Ctx.Load);
                NonEmpty(m.Cases.Count, "cases", "Match");
                foreach (var c in m.Cases)
                {
                    Pattern(c.Pattern, false); Optional(c.Guard, Ctx.Load); Body(c.Body, "match_case");
                }
                break;
            case Raise r:
                if (r.Exc != null) { Expr(r.Exc, Ctx.Load); Optional(r.Cause, Ctx.Load); }
                else if (r.Cause != null) throw Value("Raise with cause but no exception");
                break;
            case Try t: TryParts(t.Body, t.Handlers, t.Orelse, t.Finalbody, "Try"); break;
            case TryStar t: TryParts(t.Body, t.Handlers, t.Orelse, t.Finalbody, "TryStar"); break;
            case Assert a: Expr(a.Test, Ctx.Load); Optional(a.Msg, Ctx.Load); break;
            case Import i: NonEmpty(i.Names.Count, "names", "Import"); break;
            case ImportFrom i:
                if (i.Level < 0) throw Value("Negative ImportFrom level");
                NonEmpty(i.Names.Count, "names", "ImportFrom");
                break;
            case Global g: NonEmpty(g.Names.Count, "names", "Global"); break;
            case Nonlocal n: NonEmpty(n.Names.Count, "names", "Nonlocal"); break;
            case Expr e: Expr(e.Value, Ctx.Load); break;
        }
    }

    static void WithItems(List<Withitem> items, string owner)
    {
        NonEmpty(items.Count, "items", owner);
        foreach (var item in items)
        {
            Expr(item.ContextExpr, Ctx.Load);
            Optional(item.OptionalVars, Ctx.Store);
        }
    }

    static void TryParts(List<StmtBase> body, List<ExcepthandlerBase> handlers, List<StmtBase> orelse, List<StmtBase> finalbody, string owner)
    {
        Body(body, owner);
        if (handlers.Count == 0 && finalbody.Count == 0) throw Value($"{owner} has neither except handlers nor finalbody");
        if (handlers.Count == 0 && orelse.Count > 0) throw Value($"{owner} has orelse but no except handlers");
        foreach (var h in handlers)
        {
            var eh = (ExceptHandler)h;
            Optional(eh.Type, Ctx.Load);
            Body(eh.Body, "ExceptHandler");
        }
        if (finalbody.Count > 0) Stmts(finalbody);
        if (orelse.Count > 0) Stmts(orelse);
    }

    static void Keywords(List<Keyword> keywords)
    {
        foreach (var k in keywords) Expr(k.Value, Ctx.Load);
    }

    static void Args(List<Arg> args)
    {
        foreach (var a in args) Optional(a.Annotation, Ctx.Load);
    }

    static void Arguments(Arguments a)
    {
        Args(a.Posonlyargs);
        Args(a.Args);
        if (a.Vararg != null) Optional(a.Vararg.Annotation, Ctx.Load);
        Args(a.Kwonlyargs);
        if (a.Kwarg != null) Optional(a.Kwarg.Annotation, Ctx.Load);
        if (a.Defaults.Count > a.Posonlyargs.Count + a.Args.Count)
            throw Value("more positional defaults than args on arguments");
        if (a.KwDefaults.Count != a.Kwonlyargs.Count)
            throw Value("length of kwonlyargs is not the same as kw_defaults on arguments");
        Exprs(a.Defaults, Ctx.Load, false);
        Exprs(a.KwDefaults, Ctx.Load, true);
    }

    static void TypeParams(List<TypeParamBase> typeParams)
    {
        foreach (var tp in typeParams)
        {
            switch (tp)
            {
                case TypeVar v: CheckName(v.Name); Optional(v.Bound, Ctx.Load); break;
                case ParamSpec p: CheckName(p.Name); break;
                case TypeVarTuple t: CheckName(t.Name); break;
            }
        }
    }

    static void CheckName(string id)
    {
        if (id is "None" or "True" or "False") throw Value($"identifier field can't represent '{id}' constant");
    }

    static ExprContextBase? ContextOf(ExprBase e) => e switch
    {
        Attribute a => a.Ctx,
        Subscript s => s.Ctx,
        Starred s => s.Ctx,
        Name n => n.Ctx,
        List l => l.Ctx,
        Tuple t => t.Ctx,
        _ => null,
    };

    static Ctx ToCtx(ExprContextBase c) => c switch { Store => Ctx.Store, Del => Ctx.Del, _ => Ctx.Load };

    static void Expr(ExprBase e, Ctx ctx)
    {
        using var guard = RecursionGuard.Enter(" during compilation");
        var actual = ContextOf(e);
        if (actual != null)
        {
            if (ToCtx(actual) != ctx)
                throw Value($"expression must have {ctx} context but has {ToCtx(actual)} instead");
        }
        else if (ctx != Ctx.Load)
            throw Value($"expression which can't be assigned to in {ctx} context");

        switch (e)
        {
            case BoolOp b:
                if (b.Values.Count < 2) throw Value("BoolOp with less than 2 values");
                Exprs(b.Values, Ctx.Load, false);
                break;
            case BinOp b: Expr(b.Left, Ctx.Load); Expr(b.Right, Ctx.Load); break;
            case UnaryOp u: Expr(u.Operand, Ctx.Load); break;
            case Lambda l: Arguments(l.Args); Expr(l.Body, Ctx.Load); break;
            case IfExp i: Expr(i.Test, Ctx.Load); Expr(i.Body, Ctx.Load); Expr(i.Orelse, Ctx.Load); break;
            case Dict d:
                if (d.Keys.Count != d.Values.Count) throw Value("Dict doesn't have the same number of keys as values");
                Exprs(d.Keys, Ctx.Load, true); Exprs(d.Values, Ctx.Load, false);
                break;
            case Set s: Exprs(s.Elts, Ctx.Load, false); break;
            case ListComp c: Comprehensions(c.Generators); Expr(c.Elt, Ctx.Load); break;
            case SetComp c: Comprehensions(c.Generators); Expr(c.Elt, Ctx.Load); break;
            case GeneratorExp c: Comprehensions(c.Generators); Expr(c.Elt, Ctx.Load); break;
            case DictComp c: Comprehensions(c.Generators); Expr(c.Key, Ctx.Load); Expr(c.Value, Ctx.Load); break;
            case Yield y: Optional(y.Value, Ctx.Load); break;
            case YieldFrom y: Expr(y.Value, Ctx.Load); break;
            case Await a: Expr(a.Value, Ctx.Load); break;
            case Compare c:
                if (c.Comparators.Count == 0) throw Value("Compare with no comparators");
                if (c.Comparators.Count != c.Ops.Count) throw Value("Compare has a different number of comparators and operands");
                Exprs(c.Comparators, Ctx.Load, false); Expr(c.Left, Ctx.Load);
                break;
            case Call c: Expr(c.Func, Ctx.Load); Exprs(c.Args, Ctx.Load, false); Keywords(c.Keywords); break;
            case JoinedStr j: Exprs(j.Values, Ctx.Load, false); break;
            case FormattedValue f: Expr(f.Value, Ctx.Load); Optional(f.FormatSpec, Ctx.Load); break;
            case Attribute a: Expr(a.Value, Ctx.Load); break;
            case Subscript s: Expr(s.Slice, Ctx.Load); Expr(s.Value, Ctx.Load); break;
            case Starred s: Expr(s.Value, ctx); break;
            case Slice s: Optional(s.Lower, Ctx.Load); Optional(s.Upper, Ctx.Load); Optional(s.Step, Ctx.Load); break;
            case List l: Exprs(l.Elts, ctx, false); break;
            case Tuple t: Exprs(t.Elts, ctx, false); break;
            case NamedExpr n:
                if (n.Target is not Name) throw PyException.TypeError("NamedExpr target must be a Name");
                Expr(n.Value, Ctx.Load);
                break;
            case Name n: CheckName(n.Id); break;
        }
    }

    static void Comprehensions(List<Comprehension> gens)
    {
        if (gens.Count == 0) throw Value("comprehension with no generators");
        foreach (var c in gens)
        {
            Expr(c.Target, Ctx.Store); Expr(c.Iter, Ctx.Load); Exprs(c.Ifs, Ctx.Load, false);
        }
    }

    // ---------------- patterns ----------------

    static void Patterns(List<PatternBase> patterns, bool starOk)
    {
        foreach (var p in patterns) Pattern(p, starOk);
    }

    static void Capture(string name)
    {
        if (name == "_") throw Value("can't capture name '_' in patterns");
        CheckName(name);
    }

    static void Pattern(PatternBase p, bool starOk)
    {
        using var guard = RecursionGuard.Enter(" during compilation");
        switch (p)
        {
            case MatchValue v: MatchValueExpr(v.Value); break;
            case MatchSingleton s:
                if (s.Value is not (NoneValue or bool)) throw Value("MatchSingleton can only contain True, False and None");
                break;
            case MatchSequence s: Patterns(s.Patterns, true); break;
            case MatchMapping m:
                if (m.Keys.Count != m.Patterns.Count) throw Value("MatchMapping doesn't have the same number of keys as patterns");
                if (m.Rest != null) Capture(m.Rest);
                foreach (var key in m.Keys)
                {
                    // None, True and False are valid keys (the compiler checks them later).
                    if (key is Constant c && c.Value is NoneValue or bool) continue;
                    MatchValueExpr(key);
                }
                Patterns(m.Patterns, false);
                break;
            case MatchClass c:
                Expr(c.Cls, Ctx.Load);
                var cls = c.Cls;
                while (true)
                {
                    if (cls is Name) break;
                    if (cls is Attribute a) { cls = a.Value; continue; }
                    throw Value("MatchClass cls field can only contain Name or Attribute nodes.");
                }
                if (c.KwdAttrs.Count != c.KwdPatterns.Count)
                    throw Value("MatchClass doesn't have the same number of keyword attributes as patterns");
                foreach (var attr in c.KwdAttrs) CheckName(attr);
                Patterns(c.Patterns, false);
                Patterns(c.KwdPatterns, false);
                break;
            case MatchStar s:
                if (!starOk) throw Value("can't use MatchStar here");
                if (s.Name != null) Capture(s.Name);
                break;
            case MatchAs a:
                if (a.Name != null) Capture(a.Name);
                if (a.Pattern != null)
                {
                    if (a.Name == null) throw Value("MatchAs must specify a target name if a pattern is given");
                    Pattern(a.Pattern, false);
                }
                break;
            case MatchOr o:
                if (o.Patterns.Count < 2) throw Value("MatchOr requires at least 2 patterns");
                Patterns(o.Patterns, false);
                break;
        }
    }

    static void MatchValueExpr(ExprBase e)
    {
        Expr(e, Ctx.Load);
        switch (e)
        {
            case Constant c:
                if (c.Value is long or int or BigInteger or double or Complex or string or CodePointString or byte[]) return;
                throw Value("unexpected constant inside of a literal pattern");
            case Attribute:
            case JoinedStr:
                return;
            case UnaryOp u when u.Op is USub && IsNumber(u.Operand, real: true, imaginary: true):
                return;
            case BinOp b when b.Op is Add or Sub && IsSignedReal(b.Left) && IsNumber(b.Right, real: false, imaginary: true):
                return;
        }
        throw Value("patterns may only match literals and attribute lookups");
    }

    static bool IsSignedReal(ExprBase e) =>
        IsNumber(e, real: true, imaginary: false) || (e is UnaryOp { Op: USub } u && IsNumber(u.Operand, real: true, imaginary: false));

    static bool IsNumber(ExprBase e, bool real, bool imaginary)
    {
        if (e is not Constant c) return false;
        if (c.Value is long or int or BigInteger or double) return real;
        if (c.Value is Complex) return imaginary;
        return false;
    }
}
