namespace Taipan.Syntax.Ast;

/// <summary>
/// Root of every AST node (CPython's <c>ast.AST</c>). The concrete classes are generated from
/// Python.ast: constructors keep CPython's class names (Module, FunctionDef, BinOp, Add, Load...),
/// abstract bases of sum types are named XBase (ModBase, StmtBase, ExprBase, ExprContextBase,
/// BoolopBase, OperatorBase, UnaryopBase, CmpopBase, ExcepthandlerBase, PatternBase,
/// TypeIgnoreBase, TypeParamBase) since CPython reuses some base names for concrete nodes
/// (Expr, Mod); products are PascalCase (Arguments, Arg, Keyword, Alias, Withitem, MatchCase,
/// Comprehension). Properties are PascalCase of CPython's field names, except arg.arg = Arg.ArgName.
/// </summary>
public abstract class AstNode
{
    /// <summary>Python class name, field names and attribute names of this node.</summary>
    public abstract AstNodeInfo NodeInfo { get; }

    /// <summary>The value of field <paramref name="index"/> in NodeInfo.Fields order.</summary>
    public abstract object? GetField(int index);

    /// <summary>Sets field <paramref name="index"/> (the runtime uses this when converting Python ast objects back).</summary>
    public abstract void SetField(int index, object? value);

    public abstract T Accept<T>(AstVisitor<T> visitor);
    public abstract void Accept(AstWalker walker);

    /// <summary>Visits the child nodes, in field order.</summary>
    public abstract void WalkChildren(AstWalker walker);
}

/// <summary>
/// A node with CPython's location attributes. Lines are 1-based; columns are 0-based offsets in
/// UTF-8 bytes of the line, exactly as CPython reports them. The parser always sets all four.
/// </summary>
public abstract class LocatedNode : AstNode
{
    public int Lineno { get; set; }
    public int ColOffset { get; set; }
    public int EndLineno { get; set; }
    public int EndColOffset { get; set; }
}

public enum AstMultiplicity { One, Optional, Sequence }

/// <summary>One field of a node: its Python name, C# property name, ASDL type and multiplicity.</summary>
public sealed class AstFieldInfo
{
    public AstFieldInfo(string name, string propertyName, string asdlType, AstMultiplicity multiplicity, bool itemsNullable)
    {
        Name = name; PropertyName = propertyName; AsdlType = asdlType; Multiplicity = multiplicity; ItemsNullable = itemsNullable;
    }
    public string Name { get; }
    public string PropertyName { get; }
    /// <summary>"expr", "identifier", "int", "string", "constant", ...</summary>
    public string AsdlType { get; }
    public AstMultiplicity Multiplicity { get; }
    /// <summary>True for lists whose items may be None (Dict.keys, arguments.kw_defaults).</summary>
    public bool ItemsNullable { get; }
}

/// <summary>What the runtime needs to build the Python <c>_ast</c> class for a node.</summary>
public sealed class AstNodeInfo
{
    public static readonly string[] LocationAttributes = { "lineno", "col_offset", "end_lineno", "end_col_offset" };

    public AstNodeInfo(string pythonName, string? basePythonName, bool isAbstract, AstFieldInfo[] fields, string[] attributes)
    {
        PythonName = pythonName; BasePythonName = basePythonName; IsAbstract = isAbstract; Fields = fields; Attributes = attributes;
    }
    /// <summary>CPython's class name, e.g. "BinOp", "arguments", "expr".</summary>
    public string PythonName { get; }
    /// <summary>The Python base class name ("expr", "stmt", ...), or null when it is <c>AST</c> itself.</summary>
    public string? BasePythonName { get; }
    public bool IsAbstract { get; }
    public IReadOnlyList<AstFieldInfo> Fields { get; }
    /// <summary>Empty, or lineno, col_offset, end_lineno, end_col_offset.</summary>
    public IReadOnlyList<string> Attributes { get; }
}
