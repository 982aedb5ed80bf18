namespace Taipan.Syntax.Parsing;

using Taipan.Syntax.Ast;

internal sealed partial class PythonParser
{
    /// <summary>CPython's _PyPegen_get_expr_name: how error messages name an expression.</summary>
    internal static string ExprName(ExprBase e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            NoneValue => "None",
            true => "True",
            false => "False",
            EllipsisValue => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    private enum TargetsType { Star, Del, For }

    /// <summary>CPython's _PyPegen_get_invalid_target: the sub-expression that cannot be a target.</summary>
    private static ExprBase? InvalidTarget(ExprBase e, TargetsType type)
    {
        switch (e)
        {
            case Tuple t:
                foreach (var x in t.Elts) { var r = InvalidTarget(x, type); if (r != null) return r; }
                return null;
            case List l:
                foreach (var x in l.Elts) { var r = InvalidTarget(x, type); if (r != null) return r; }
                return null;
            case Starred s:
                if (type == TargetsType.Del) return e;
                return InvalidTarget(s.Value, type);
            case Compare c:
                if (type == TargetsType.For && c.Ops[0] is In) return InvalidTarget(c.Left, type);
                return e;
            case Name or Subscript or Attribute:
                return null;
            default:
                return e;
        }
    }

    /// <summary>Marks an assignment target Store, or raises CPython's "cannot assign to ..." error.</summary>
    private void SetAssignTarget(ExprBase target, bool single, ExprBase? value)
    {
        var bad = InvalidTarget(target, TargetsType.Star);
        if (bad != null)
        {
            if (single && bad == target && target is not (List or Tuple or GeneratorExp) && IsBitwiseOrLevel(target) &&
                !(target is Constant c && (c.Value is bool || c.Value is NoneValue)) && value != null && IsBitwiseOrLevel(value))
                throw ErrorAtNode($"cannot assign to {ExprName(bad)} here. Maybe you meant '==' instead of '='?", bad);
            throw ErrorAtNode($"cannot assign to {ExprName(bad)}", bad);
        }
        SetContext(target, Store.Instance);
    }

    private static bool IsBitwiseOrLevel(ExprBase e) =>
        e is not (Tuple or BoolOp or Compare or IfExp or Lambda or NamedExpr or Yield or YieldFrom or Starred) &&
        !(e is UnaryOp u && u.Op is Not);

    private void SetForTarget(ExprBase target)
    {
        var bad = InvalidTarget(target, TargetsType.For);
        if (bad != null) throw ErrorAtNode($"cannot assign to {ExprName(bad)}", bad);
        SetContext(target, Store.Instance);
    }

    private void SetDelTarget(ExprBase target)
    {
        var bad = InvalidTarget(target, TargetsType.Del);
        if (bad != null) throw ErrorAtNode($"cannot delete {ExprName(bad)}", bad);
        SetContext(target, Del.Instance);
    }

    private static void SetContext(ExprBase e, ExprContextBase ctx)
    {
        switch (e)
        {
            case Name n: n.Ctx = ctx; break;
            case Attribute a: a.Ctx = ctx; break;
            case Subscript s: s.Ctx = ctx; break;
            case Starred st: st.Ctx = ctx; SetContext(st.Value, ctx); break;
            case List l: l.Ctx = ctx; foreach (var x in l.Elts) SetContext(x, ctx); break;
            case Tuple t: t.Ctx = ctx; foreach (var x in t.Elts) SetContext(x, ctx); break;
        }
    }
}
