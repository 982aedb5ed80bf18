using Taipan.Syntax.Ast;

namespace Taipan.Compiler.Symbols;

/// <summary>Kinds of blocks (CPython's _Py_block_ty).</summary>
public enum BlockType
{
    Function,
    Class,
    Module,
    /// <summary>Lazily evaluated annotations (only with from __future__ import annotations; unused in 3.12 otherwise).</summary>
    Annotation,
    /// <summary>The bound or constraints of a PEP 695 TypeVar.</summary>
    TypeVarBound,
    /// <summary>The value of a PEP 695 type alias.</summary>
    TypeAlias,
    /// <summary>The scope holding the type parameters of a generic function, class or alias.</summary>
    TypeParam,
}

/// <summary>What a comprehension scope builds (None for other scopes).</summary>
public enum ComprehensionKind { None, List, Set, Dict, Generator }

/// <summary>How a name resolves in a scope (CPython's LOCAL, GLOBAL_EXPLICIT, ... values).</summary>
public enum SymbolScope
{
    Unknown = 0,
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

/// <summary>Definition flags of a symbol (CPython's DEF_* values).</summary>
[Flags]
public enum SymbolFlags
{
    None = 0,
    Global = 1,
    Local = 2,
    Param = 4,
    Nonlocal = 8,
    Use = 16,
    Free = 32,
    FreeClass = 64,
    Import = 128,
    Annot = 256,
    CompIter = 512,
    TypeParam = 1024,
    CompCell = 2048,
    Bound = Local | Param | Import,
}

/// <summary>
/// One scope of the symbol table (CPython's PySTEntryObject): the names it defines and uses, their
/// resolved scopes after analysis, and its children in source order.
/// </summary>
public sealed class Scope
{
    public readonly string Name;
    public readonly BlockType Type;
    public readonly AstNode Node;
    public readonly Scope? Parent;
    public readonly int Lineno, ColOffset, EndLineno, EndColOffset;

    /// <summary>Flags per (mangled) name, in insertion order.</summary>
    public readonly Dictionary<string, SymbolFlags> Symbols = new();
    /// <summary>Name order of first appearance (Dictionary order is not guaranteed after removals).</summary>
    public readonly List<string> SymbolOrder = new();
    /// <summary>Resolved scopes, filled by the analysis.</summary>
    public readonly Dictionary<string, SymbolScope> Scopes = new();
    /// <summary>Parameters in order (co_varnames starts with them).</summary>
    public readonly List<string> VarNames = new();
    public readonly List<Scope> Children = new();
    /// <summary>Location of each global/nonlocal declaration (for error messages).</summary>
    public readonly Dictionary<string, LocatedNode> Directives = new();

    public bool IsNested;
    public bool IsGenerator;
    public bool IsCoroutine;
    public ComprehensionKind Comprehension;
    public bool HasVarArgs, HasVarKeywords;
    public bool HasFree, HasChildFree;
    public bool ReturnsValue;
    /// <summary>A method uses super() or __class__: the class body must create the __class__ cell.</summary>
    public bool NeedsClassClosure;
    /// <summary>An annotation/type-param scope inside the class reads the class namespace via __classdict__.</summary>
    public bool NeedsClassDict;
    /// <summary>Annotation-like scope directly inside a class that may read the class namespace.</summary>
    public bool CanSeeClassScope;
    /// <summary>This comprehension is inlined into its parent (PEP 709).</summary>
    public bool CompInlined;
    internal int CompIterTarget;
    internal int CompIterExpr;
    /// <summary>The private name of the enclosing class, for name mangling.</summary>
    public string? Private;

    public Scope(string name, BlockType type, AstNode node, Scope? parent, int lineno, int col, int endLineno, int endCol)
    {
        Name = name; Type = type; Node = node; Parent = parent;
        Lineno = lineno; ColOffset = col; EndLineno = endLineno; EndColOffset = endCol;
    }

    /// <summary>Functions, lambdas, comprehensions and the PEP 695 scopes: they have fast locals.</summary>
    public bool IsFunctionLike => Type is BlockType.Function or BlockType.Annotation or BlockType.TypeVarBound
        or BlockType.TypeAlias or BlockType.TypeParam;

    public SymbolFlags GetFlags(string name) => Symbols.TryGetValue(name, out var f) ? f : SymbolFlags.None;

    /// <summary>The resolved scope of a name, or Unknown when the scope never mentions it.</summary>
    public SymbolScope GetScope(string name) => Scopes.TryGetValue(name, out var s) ? s : SymbolScope.Unknown;

    public override string ToString() => $"<{Type} {Name}>";
}
