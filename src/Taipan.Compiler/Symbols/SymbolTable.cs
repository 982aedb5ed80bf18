using Taipan.Runtime;
using Taipan.Syntax.Ast;

namespace Taipan.Compiler.Symbols;

/// <summary>
/// Builds the scopes of a module (CPython's symtable.c): a first pass records what every block
/// defines and uses, a second pass (Analyze) resolves each name to local, global, free or cell,
/// inlines list/set/dict comprehensions into their parent (PEP 709) and finds the cells that
/// closures need (including __class__ for super()).
/// </summary>
public sealed partial class SymbolTable : AstWalker
{
    public Scope Top { get; private set; } = null!;
    readonly Dictionary<AstNode, Scope> _blocks = new(ReferenceEqualityComparer.Instance);
    readonly List<Scope> _stack = new();
    Scope _cur = null!;
    string? _private;
    readonly CompileErrors _errors;
    /// <summary>from __future__ import annotations was seen.</summary>
    public bool FutureAnnotations;

    internal SymbolTable(CompileErrors errors) { _errors = errors; }

    /// <summary>Builds and analyses the table of a module (for tests and tools).</summary>
    public static SymbolTable Build(ModBase module, string filename, string? source = null)
    {
        var st = new SymbolTable(new CompileErrors(filename, source));
        st.Run(module);
        return st;
    }

    internal void Run(ModBase module)
    {
        Top = Enter("top", BlockType.Module, module, 0, 0, 0, 0);
        switch (module)
        {
            case Module m: foreach (var s in m.Body) Visit(s); break;
            case Interactive i: foreach (var s in i.Body) Visit(s); break;
            case Expression e: Visit(e.Body); break;
            case FunctionType ft: foreach (var a in ft.Argtypes) Visit(a); Visit(ft.Returns); break;
        }
        Exit();
        Analyze();
    }

    /// <summary>The scope a node (module, function, lambda, class, comprehension, type-param owner) opens.</summary>
    public Scope Lookup(AstNode node) => _blocks[node];
    public bool TryLookup(AstNode node, out Scope scope) => _blocks.TryGetValue(node, out scope!);

    /// <summary>Scopes of the PEP 695 helper blocks, keyed by their owner node and a tag.</summary>
    readonly Dictionary<(AstNode, int), Scope> _extra = new();
    public Scope LookupExtra(AstNode node, int tag) => _extra[(node, tag)];

    internal const int TagTypeParams = 1, TagTypeAliasValue = 2, TagTypeVarBound = 3;

    // ---------------------------------------------------------------- blocks

    Scope Enter(string name, BlockType type, AstNode node, int lineno, int col, int endLineno, int endCol, int tag = 0)
    {
        var prev = _stack.Count > 0 ? _cur : null;
        var s = new Scope(name, type, node, prev, lineno, col, endLineno, endCol);
        if (tag == 0) _blocks[node] = s; else _extra[(node, tag)] = s;
        if (prev != null)
        {
            prev.Children.Add(s);
            if (prev.IsNested || prev.Type == BlockType.Function || prev.IsFunctionLike) s.IsNested = true;
        }
        // Annotation-like scopes directly in a class see the class namespace through __classdict__.
        _stack.Add(s);
        _cur = s;
        return s;
    }

    void Exit()
    {
        _stack.RemoveAt(_stack.Count - 1);
        _cur = _stack.Count > 0 ? _stack[^1] : null!;
    }

    // ---------------------------------------------------------------- definitions

    /// <summary>CPython's _Py_Mangle: __spam inside class Ham becomes _Ham__spam.</summary>
    public static string Mangle(string? privateName, string name)
    {
        if (privateName == null || name.Length < 3 || name[0] != '_' || name[1] != '_') return name;
        if (name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        int i = 0;
        while (i < privateName.Length && privateName[i] == '_') i++;
        if (i == privateName.Length) return name;
        return "_" + privateName.Substring(i) + name;
    }

    void AddDef(string name, SymbolFlags flag, LocatedNode? loc) => AddDefTo(_cur, name, flag, loc);

    void AddDefTo(Scope ste, string name, SymbolFlags flag, LocatedNode? loc)
    {
        string mangled = Mangle(_private, name);
        if (ste.Symbols.TryGetValue(mangled, out var val))
        {
            if ((flag & SymbolFlags.Param) != 0 && (val & SymbolFlags.Param) != 0)
                throw _errors.At($"duplicate argument '{name}' in function definition", loc);
            val |= flag;
        }
        else
        {
            val = flag;
            ste.SymbolOrder.Add(mangled);
        }
        if (ste.CompIterTarget != 0)
        {
            // The iteration variable of a comprehension may not be rebound by a walrus inside it.
            if ((val & (SymbolFlags.Global | SymbolFlags.Nonlocal)) != 0)
                throw _errors.At($"comprehension inner loop cannot rebind assignment expression target '{name}'", loc);
            val |= SymbolFlags.CompIter;
        }
        ste.Symbols[mangled] = val;
        if ((flag & SymbolFlags.Param) != 0) ste.VarNames.Add(mangled);
        else if ((flag & SymbolFlags.Global) != 0 && ste != Top)
        {
            // A global declaration anywhere makes the module itself treat the name as explicitly global.
            if (Top.Symbols.TryGetValue(mangled, out var g)) Top.Symbols[mangled] = g | flag;
            else { Top.Symbols[mangled] = flag; Top.SymbolOrder.Add(mangled); }
        }
    }

    SymbolFlags LookupFlags(string name) => _cur.GetFlags(Mangle(_private, name));

    // ---------------------------------------------------------------- statements

    public override void VisitFunctionDef(FunctionDef node) =>
        VisitFunction(node, node.Name, node.Args, node.Body, node.DecoratorList, node.Returns, node.TypeParams, false);

    public override void VisitAsyncFunctionDef(AsyncFunctionDef node) =>
        VisitFunction(node, node.Name, node.Args, node.Body, node.DecoratorList, node.Returns, node.TypeParams, true);

    void VisitFunction(StmtBase node, string name, Arguments args, List<StmtBase> body, List<ExprBase> decorators,
        ExprBase? returns, List<TypeParamBase> typeParams, bool isAsync)
    {
        AddDef(name, SymbolFlags.Local, node);
        foreach (var d in args.Defaults) Visit(d);
        foreach (var d in args.KwDefaults) if (d != null) Visit(d);
        foreach (var d in decorators) Visit(d);
        bool generic = typeParams.Count > 0;
        if (generic)
        {
            EnterTypeParamBlock("<generic parameters of " + name + ">", node, args.Defaults.Count > 0,
                HasKwDefaults(args), false);
            foreach (var tp in typeParams) Visit(tp);
        }
        VisitAnnotations(args, returns);
        var s = Enter(name, BlockType.Function, node, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);
        if (isAsync) s.IsCoroutine = true;
        VisitParams(args);
        foreach (var st in body) Visit(st);
        Exit();
        if (generic) Exit();
    }

    static bool HasKwDefaults(Arguments args)
    {
        foreach (var d in args.KwDefaults) if (d != null) return true;
        return false;
    }

    void EnterTypeParamBlock(string name, LocatedNode node, bool hasDefaults, bool hasKwDefaults, bool isClass)
    {
        var outer = _cur;
        var s = Enter(name, BlockType.TypeParam, node, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset,
            TagTypeParams);
        if (outer.Type == BlockType.Class)
        {
            s.CanSeeClassScope = true;
            AddDef("__classdict__", SymbolFlags.Use, node);
        }
        if (isClass)
        {
            AddDef(".type_params", SymbolFlags.Local, node);
            AddDef(".type_params", SymbolFlags.Use, node);
            AddDef(".generic_base", SymbolFlags.Local, node);
            AddDef(".generic_base", SymbolFlags.Use, node);
        }
        if (hasDefaults) AddDef(".defaults", SymbolFlags.Param, node);
        if (hasKwDefaults) AddDef(".kwdefaults", SymbolFlags.Param, node);
    }

    void VisitAnnotations(Arguments args, ExprBase? returns)
    {
        foreach (var a in args.Posonlyargs) VisitAnnotation(a.Annotation);
        foreach (var a in args.Args) VisitAnnotation(a.Annotation);
        if (args.Vararg != null) VisitAnnotation(args.Vararg.Annotation);
        foreach (var a in args.Kwonlyargs) VisitAnnotation(a.Annotation);
        if (args.Kwarg != null) VisitAnnotation(args.Kwarg.Annotation);
        VisitAnnotation(returns);
    }

    void VisitAnnotation(ExprBase? annotation)
    {
        if (annotation == null) return;
        if (FutureAnnotations) return; // kept as strings; nothing is evaluated
        Visit(annotation);
    }

    void VisitParams(Arguments args)
    {
        foreach (var a in args.Posonlyargs) AddDef(a.ArgName, SymbolFlags.Param, a);
        foreach (var a in args.Args) AddDef(a.ArgName, SymbolFlags.Param, a);
        foreach (var a in args.Kwonlyargs) AddDef(a.ArgName, SymbolFlags.Param, a);
        if (args.Vararg != null) { AddDef(args.Vararg.ArgName, SymbolFlags.Param, args.Vararg); _cur.HasVarArgs = true; }
        if (args.Kwarg != null) { AddDef(args.Kwarg.ArgName, SymbolFlags.Param, args.Kwarg); _cur.HasVarKeywords = true; }
    }

    public override void VisitClassDef(ClassDef node)
    {
        AddDef(node.Name, SymbolFlags.Local, node);
        foreach (var d in node.DecoratorList) Visit(d);
        string? savedPrivate = _private;
        bool generic = node.TypeParams.Count > 0;
        if (generic)
        {
            EnterTypeParamBlock("<generic parameters of " + node.Name + ">", node, false, false, true);
            _private = node.Name;
            foreach (var tp in node.TypeParams) Visit(tp);
        }
        foreach (var b in node.Bases) Visit(b);
        foreach (var k in node.Keywords) Visit(k.Value);
        var s = Enter(node.Name, BlockType.Class, node, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);
        _private = node.Name;
        s.Private = node.Name;
        if (generic)
        {
            AddDef("__type_params__", SymbolFlags.Local, node);
            AddDef(".type_params", SymbolFlags.Use, node);
        }
        foreach (var st in node.Body) Visit(st);
        Exit();
        if (generic) Exit();
        _private = savedPrivate;
    }

    public override void VisitTypeAlias(TypeAlias node)
    {
        Visit(node.Name);
        string name = ((Name)node.Name).Id;
        bool inClass = _cur.Type == BlockType.Class;
        bool generic = node.TypeParams.Count > 0;
        if (generic)
        {
            EnterTypeParamBlock(name, node, false, false, false);
            foreach (var tp in node.TypeParams) Visit(tp);
        }
        var s = Enter(name, BlockType.TypeAlias, node, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset,
            TagTypeAliasValue);
        if (inClass && !generic)
        {
            s.CanSeeClassScope = true;
            AddDef("__classdict__", SymbolFlags.Use, node.Value);
        }
        else if (generic && _cur.Parent!.CanSeeClassScope)
        {
            s.CanSeeClassScope = true;
            AddDef("__classdict__", SymbolFlags.Use, node.Value);
        }
        Visit(node.Value);
        Exit();
        if (generic) Exit();
    }

    public override void VisitTypeVar(TypeVar node)
    {
        AddDef(node.Name, SymbolFlags.TypeParam | SymbolFlags.Local, node);
        if (node.Bound != null)
        {
            bool canSee = _cur.CanSeeClassScope;
            var s = Enter(node.Name, BlockType.TypeVarBound, node, node.Lineno, node.ColOffset, node.EndLineno,
                node.EndColOffset, TagTypeVarBound);
            if (canSee)
            {
                s.CanSeeClassScope = true;
                AddDef("__classdict__", SymbolFlags.Use, node);
            }
            Visit(node.Bound);
            Exit();
        }
    }

    public override void VisitParamSpec(ParamSpec node) => AddDef(node.Name, SymbolFlags.TypeParam | SymbolFlags.Local, node);
    public override void VisitTypeVarTuple(TypeVarTuple node) => AddDef(node.Name, SymbolFlags.TypeParam | SymbolFlags.Local, node);

    public override void VisitReturn(Return node)
    {
        if (node.Value != null)
        {
            Visit(node.Value);
            _cur.ReturnsValue = true;
        }
    }

    public override void VisitAnnAssign(AnnAssign node)
    {
        if (node.Target is Name n)
        {
            var cur = LookupFlags(n.Id);
            if ((cur & (SymbolFlags.Global | SymbolFlags.Nonlocal)) != 0 && _cur != Top && node.Simple != 0)
                throw _errors.At((cur & SymbolFlags.Global) != 0
                    ? $"annotated name '{n.Id}' can't be global"
                    : $"annotated name '{n.Id}' can't be nonlocal", node);
            if (node.Simple != 0) AddDef(n.Id, SymbolFlags.Annot | SymbolFlags.Local, n);
            else if (node.Value != null) AddDef(n.Id, SymbolFlags.Local, n);
        }
        else Visit(node.Target);
        VisitAnnotation(node.Annotation);
        if (node.Value != null) Visit(node.Value);
    }

    public override void VisitGlobal(Global node) => VisitDeclaration(node, node.Names, true);
    public override void VisitNonlocal(Nonlocal node) => VisitDeclaration(node, node.Names, false);

    void VisitDeclaration(StmtBase node, List<string> names, bool isGlobal)
    {
        string kw = isGlobal ? "global" : "nonlocal";
        foreach (var name in names)
        {
            var cur = LookupFlags(name);
            if ((cur & (SymbolFlags.Param | SymbolFlags.Local | SymbolFlags.Use | SymbolFlags.Annot)) != 0)
            {
                string msg;
                if ((cur & SymbolFlags.Param) != 0) msg = $"name '{name}' is parameter and {kw}";
                else if ((cur & SymbolFlags.Use) != 0) msg = $"name '{name}' is used prior to {kw} declaration";
                else if ((cur & SymbolFlags.Annot) != 0) msg = $"annotated name '{name}' can't be {kw}";
                else msg = $"name '{name}' is assigned to before {kw} declaration";
                throw _errors.At(msg, node);
            }
            AddDef(name, isGlobal ? SymbolFlags.Global : SymbolFlags.Nonlocal, node);
            _cur.Directives[Mangle(_private, name)] = node;
        }
    }

    public override void VisitImport(Import node) { foreach (var a in node.Names) VisitAlias(a); }

    public override void VisitImportFrom(ImportFrom node)
    {
        if (_cur == Top && node.Module == "__future__")
            foreach (var a in node.Names) if (a.Name == "annotations") FutureAnnotations = true;
        foreach (var a in node.Names) VisitAlias(a);
    }

    public override void VisitAlias(Alias node)
    {
        string name = node.Asname ?? node.Name;
        if (node.Asname == null)
        {
            int dot = name.IndexOf('.');
            if (dot >= 0) name = name.Substring(0, dot);
        }
        if (name == "*")
        {
            if (_cur.Type != BlockType.Module)
                throw _errors.At("import * only allowed at module level", node);
            return;
        }
        AddDef(name, SymbolFlags.Import, node);
    }

    public override void VisitExceptHandler(ExceptHandler node)
    {
        if (node.Type != null) Visit(node.Type);
        if (node.Name != null) AddDef(node.Name, SymbolFlags.Local, node);
        foreach (var s in node.Body) Visit(s);
    }

    public override void VisitMatchAs(MatchAs node)
    {
        if (node.Pattern != null) Visit(node.Pattern);
        if (node.Name != null) AddDef(node.Name, SymbolFlags.Local, node);
    }

    public override void VisitMatchStar(MatchStar node)
    {
        if (node.Name != null) AddDef(node.Name, SymbolFlags.Local, node);
    }

    public override void VisitMatchMapping(MatchMapping node)
    {
        foreach (var k in node.Keys) Visit(k);
        foreach (var p in node.Patterns) Visit(p);
        if (node.Rest != null) AddDef(node.Rest, SymbolFlags.Local, node);
    }

    // ---------------------------------------------------------------- expressions

    public override void VisitName(Name node)
    {
        AddDef(node.Id, node.Ctx is Load ? SymbolFlags.Use : SymbolFlags.Local, node);
        // super() implicitly reads the __class__ cell.
        if (node.Ctx is Load && _cur.IsFunctionLike && node.Id == "super")
            AddDef("__class__", SymbolFlags.Use, node);
    }

    public override void VisitNamedExpr(NamedExpr node)
    {
        if (_cur.CompIterExpr > 0)
            throw _errors.At("assignment expression cannot be used in a comprehension iterable expression", node);
        if (_cur.Comprehension != ComprehensionKind.None) ExtendNamedExprScope((Name)node.Target);
        Visit(node.Value);
        Visit(node.Target);
    }

    void ExtendNamedExprScope(Name target)
    {
        string name = target.Id;
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            var ste = _stack[i];
            if (ste.Comprehension != ComprehensionKind.None)
            {
                if ((ste.GetFlags(name) & SymbolFlags.CompIter) != 0)
                    throw _errors.At($"assignment expression cannot rebind comprehension iteration variable '{name}'", target);
                continue;
            }
            if (ste.Type == BlockType.Function)
            {
                if ((ste.GetFlags(name) & SymbolFlags.Global) != 0) AddDef(name, SymbolFlags.Global, target);
                else AddDef(name, SymbolFlags.Nonlocal, target);
                _cur.Directives[name] = target;
                AddDefTo(ste, name, SymbolFlags.Local, target);
                return;
            }
            if (ste.Type == BlockType.Module)
            {
                AddDef(name, SymbolFlags.Global, target);
                _cur.Directives[name] = target;
                AddDefTo(ste, name, SymbolFlags.Global, target);
                return;
            }
            if (ste.Type == BlockType.Class)
                throw _errors.At("assignment expression within a comprehension cannot be used in a class body", target);
            string what = ste.Type switch
            {
                BlockType.TypeParam => "a type parameter",
                BlockType.TypeAlias => "a type alias",
                BlockType.TypeVarBound => "a TypeVar bound",
                _ => "an annotation",
            };
            throw _errors.At($"assignment expression cannot be used within {what}", target);
        }
    }

    public override void VisitLambda(Lambda node)
    {
        foreach (var d in node.Args.Defaults) Visit(d);
        foreach (var d in node.Args.KwDefaults) if (d != null) Visit(d);
        Enter("lambda", BlockType.Function, node, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);
        VisitParams(node.Args);
        Visit(node.Body);
        Exit();
    }

    public override void VisitListComp(ListComp node) => VisitComprehension(node, "listcomp", node.Generators, node.Elt, null, ComprehensionKind.List);
    public override void VisitSetComp(SetComp node) => VisitComprehension(node, "setcomp", node.Generators, node.Elt, null, ComprehensionKind.Set);
    public override void VisitDictComp(DictComp node) => VisitComprehension(node, "dictcomp", node.Generators, node.Key, node.Value, ComprehensionKind.Dict);
    public override void VisitGeneratorExp(GeneratorExp node) => VisitComprehension(node, "genexpr", node.Generators, node.Elt, null, ComprehensionKind.Generator);

    void VisitComprehension(ExprBase node, string scopeName, List<Comprehension> generators, ExprBase elt, ExprBase? value,
        ComprehensionKind kind)
    {
        var outermost = generators[0];
        // The outermost iterable is evaluated in the enclosing scope.
        _cur.CompIterExpr++;
        Visit(outermost.Iter);
        _cur.CompIterExpr--;
        bool isGenerator = kind == ComprehensionKind.Generator;
        var s = Enter(scopeName, BlockType.Function, node, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);
        s.Comprehension = kind;
        if (outermost.IsAsync != 0) s.IsCoroutine = true;
        if (isGenerator) s.IsGenerator = true;
        AddDef(".0", SymbolFlags.Param, node);
        s.CompIterTarget = 1;
        Visit(outermost.Target);
        s.CompIterTarget = 0;
        foreach (var e in outermost.Ifs) Visit(e);
        for (int i = 1; i < generators.Count; i++)
        {
            var g = generators[i];
            s.CompIterTarget = 1;
            Visit(g.Target);
            s.CompIterTarget = 0;
            s.CompIterExpr++;
            Visit(g.Iter);
            s.CompIterExpr--;
            foreach (var e in g.Ifs) Visit(e);
            if (g.IsAsync != 0) s.IsCoroutine = true;
        }
        if (value != null) Visit(value);
        Visit(elt);
        Exit();
    }

    public override void VisitYield(Yield node)
    {
        CheckYield(node, "yield");
        if (node.Value != null) Visit(node.Value);
        _cur.IsGenerator = true;
    }

    public override void VisitYieldFrom(YieldFrom node)
    {
        CheckYield(node, "yield");
        Visit(node.Value);
        _cur.IsGenerator = true;
    }

    void CheckYield(LocatedNode node, string what)
    {
        if (!_cur.IsFunctionLike) throw _errors.At($"'{what}' outside function", node);
        if (_cur.Comprehension != ComprehensionKind.None)
            throw _errors.At($"'{what}' inside {ComprehensionName(_cur.Comprehension)}", node);
        CheckAnnotationLike(node, what == "yield" ? "yield expression" : "await expression");
    }

    void CheckAnnotationLike(LocatedNode node, string what)
    {
        string? where = _cur.Type switch
        {
            BlockType.TypeParam => "a type parameter",
            BlockType.TypeAlias => "a type alias",
            BlockType.TypeVarBound => "a TypeVar bound",
            BlockType.Annotation => "an annotation",
            _ => null,
        };
        if (where != null) throw _errors.At($"{what} cannot be used within {where}", node);
    }

    static string ComprehensionName(ComprehensionKind k) => k switch
    {
        ComprehensionKind.List => "list comprehension",
        ComprehensionKind.Set => "set comprehension",
        ComprehensionKind.Dict => "dict comprehension",
        _ => "generator expression",
    };

    public override void VisitAwait(Await node)
    {
        if (_cur.Type == BlockType.Module && AllowTopLevelAwait) { Visit(node.Value); return; }
        if (!_cur.IsFunctionLike) throw _errors.At("'await' outside function", node);
        CheckAnnotationLike(node, "await expression");
        if (!IsAsyncDef() && _cur.Comprehension == ComprehensionKind.None)
            throw _errors.At("'await' outside async function", node);
        Visit(node.Value);
        _cur.IsCoroutine = true;
    }

    /// <summary>PyCF_ALLOW_TOP_LEVEL_AWAIT (asyncio REPL, IPython).</summary>
    public bool AllowTopLevelAwait;

    bool IsAsyncDef() => _cur.Node is AsyncFunctionDef;
}
