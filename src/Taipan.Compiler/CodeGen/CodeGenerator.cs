using Taipan.Compiler.Symbols;
using Taipan.Runtime;
using Taipan.Runtime.Bytecode;
using Taipan.Syntax.Ast;

namespace Taipan.Compiler.CodeGen;

internal enum UnitKind { Module, Class, Function, AsyncFunction, Lambda, Comprehension, TypeParams }

internal enum FBlockType
{
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
    ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator, StopIteration,
}

internal struct FBlock
{
    public FBlockType Type;
    public int Block;
    public int Exit;
    /// <summary>Finally body (FinallyTry), handler name (HandlerCleanup) or with statement (With).</summary>
    public object? Datum;
    public SourcePosition Loc;
}

/// <summary>The compilation state of one code object being built.</summary>
internal sealed class Unit
{
    public readonly Scope Ste;
    public readonly UnitKind Kind;
    public readonly CodeBuilder B = new();
    public readonly string Name;
    public string QualName = "";
    public readonly int FirstLineNo;
    public string? Private;
    public int ArgCount, PosOnlyArgCount, KwOnlyArgCount;

    public readonly List<PyObject> Consts = new();
    public readonly Dictionary<string, int> ConstIndex = new();
    public readonly List<string> Names = new();
    public readonly Dictionary<string, int> NameIndex = new();
    public readonly List<string> VarNames = new();
    public readonly Dictionary<string, int> VarIndex = new();
    public readonly List<string> CellVars = new();
    public readonly Dictionary<string, int> CellIndex = new();
    public readonly List<string> FreeVars = new();
    public readonly Dictionary<string, int> FreeIndex = new();
    /// <summary>Names temporarily compiled as fast locals in a module/class (inlined comprehensions).</summary>
    public readonly Dictionary<string, bool> FastHidden = new();
    public readonly List<FBlock> FBlocks = new();
    public int InInlinedComp;

    public Unit(Scope ste, UnitKind kind, string name, int firstLineNo)
    {
        Ste = ste; Kind = kind; Name = name; FirstLineNo = firstLineNo;
    }

    public int AddName(string name)
    {
        if (NameIndex.TryGetValue(name, out int i)) return i;
        i = Names.Count;
        Names.Add(name);
        NameIndex[name] = i;
        return i;
    }

    public int AddCell(string name)
    {
        if (CellIndex.TryGetValue(name, out int i)) return i;
        i = CellVars.Count;
        CellVars.Add(name);
        CellIndex[name] = i;
        return i;
    }

    public int AddVar(string name)
    {
        if (VarIndex.TryGetValue(name, out int i)) return i;
        i = VarNames.Count;
        VarNames.Add(name);
        VarIndex[name] = i;
        return i;
    }

    public bool IsFunctionLike => Ste.IsFunctionLike;
}

/// <summary>
/// Generates Taipan bytecode from a Python AST, following CPython 3.12's compiler (Python/compile.c)
/// construct by construct so that evaluation order, exception handling and the names, constants
/// and flags of the code objects match.
/// </summary>
internal sealed partial class CodeGenerator : AstWalker
{
    const int StackUseGuideline = 30;
    /// <summary>Marks a DEREF argument as a free-variable index (else a cell index) until assembly.</summary>
    const int FreeRef = 1 << 22;
    const int MaxBlocks = 20;

    readonly SymbolTable _st;
    readonly CompileErrors _errors;
    readonly string _filename;
    readonly string? _source;
    readonly int _optimize;
    readonly bool _interactive;
    readonly CodeFlags _futureFlags;
    readonly List<Unit> _stack = new();
    Unit _u = null!;
    SourcePosition _loc = SourcePosition.None;
    int _nestLevel;

    public CodeGenerator(SymbolTable st, CompileErrors errors, string filename, string? source, int optimize,
        bool interactive, CodeFlags futureFlags)
    {
        _st = st; _errors = errors; _filename = filename; _source = source; _optimize = optimize;
        _interactive = interactive; _futureFlags = futureFlags;
    }

    bool FutureAnnotations => (_futureFlags & CodeFlags.FutureAnnotations) != 0 || _st.FutureAnnotations;

    // ================================================================ entry points

    public PyCode CompileModule(ModBase mod)
    {
        EnterScope("<module>", UnitKind.Module, _st.Top, 1, mod);
        bool addNone = true;
        switch (mod)
        {
            case Module m:
                CompileBody(m.Body);
                break;
            case Interactive i:
                foreach (var s in i.Body) Visit(s);
                break;
            case Expression e:
                VisitExpr(e.Body);
                addNone = false;
                break;
            default:
                throw PyException.SystemError("compile(): unsupported AST node");
        }
        var code = Assemble(addNone);
        ExitScope();
        return code;
    }

    // ================================================================ units

    void EnterScope(string name, UnitKind kind, Scope ste, int lineno, AstNode key)
    {
        var u = new Unit(ste, kind, name, lineno);
        // Arguments first, in order, then cells (sorted), then free variables (sorted).
        foreach (var v in ste.VarNames) u.AddVar(v);
        var cells = new List<string>();
        var frees = new List<string>();
        foreach (var (sym, sc) in ste.Scopes)
        {
            if (sc == SymbolScope.Cell) cells.Add(sym);
            else if (sc == SymbolScope.Free) frees.Add(sym);
        }
        if (kind == UnitKind.Class)
        {
            foreach (var sym in ste.SymbolOrder)
                if ((ste.Symbols[sym] & SymbolFlags.FreeClass) != 0 && !frees.Contains(sym)) frees.Add(sym);
            if (ste.NeedsClassClosure) cells.Add("__class__");
            if (ste.NeedsClassDict) cells.Add("__classdict__");
        }
        cells.Sort(string.CompareOrdinal);
        frees.Sort(string.CompareOrdinal);
        foreach (var c in cells) { u.CellIndex[c] = u.CellVars.Count; u.CellVars.Add(c); }
        foreach (var f in frees) { u.FreeIndex[f] = u.FreeVars.Count; u.FreeVars.Add(f); }
        u.Private = _stack.Count > 0 ? _u.Private : null;
        if (_stack.Count > 0) _stack.Add(_u);
        else _stack.Add(null!);
        _u = u;
        SetQualName();
        var startLoc = kind == UnitKind.Module ? new SourcePosition(0, 1, 0, 0) : new SourcePosition(lineno, lineno, -1, -1);
        _u.B.Emit((int)OpCode.RESUME, 0, startLoc);
        _ = key;
    }

    void ExitScope()
    {
        var parent = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        _u = parent;
    }

    void SetQualName()
    {
        // _stack holds the enclosing units (index 0 is a placeholder for "none").
        int depth = _stack.Count - 1; // number of enclosing units
        var u = _u;
        if (depth < 1) { u.QualName = u.Name; return; }
        Unit parent = _stack[^1];
        if (parent.Kind == UnitKind.TypeParams)
        {
            if (depth == 2) { u.QualName = u.Name; return; }
            parent = _stack[^2];
        }
        bool forceGlobal = false;
        if (u.Kind is UnitKind.Function or UnitKind.AsyncFunction or UnitKind.Class)
        {
            string mangled = SymbolTable.Mangle(parent.Private, u.Name);
            if (parent.Ste.GetScope(mangled) == SymbolScope.GlobalExplicit) forceGlobal = true;
        }
        if (forceGlobal || parent.Kind == UnitKind.Module) { u.QualName = u.Name; return; }
        string b = parent.Kind is UnitKind.Function or UnitKind.AsyncFunction or UnitKind.Lambda
            ? parent.QualName + ".<locals>" : parent.QualName;
        u.QualName = b + "." + u.Name;
    }

    PyCode Assemble(bool addNone)
    {
        var u = _u;
        var b = u.B;
        if (addNone)
        {
            AddConst(NoneValue.Instance);
            var pos = LastLocation();
            EmitI(OpCode.RETURN_CONST, AddConst(NoneValue.Instance), pos);
        }
        else Emit(OpCode.RETURN_VALUE, LastLocation());

        var ste = u.Ste;
        CodeFlags flags = 0;
        if (ste.IsFunctionLike && u.Kind != UnitKind.Module && u.Kind != UnitKind.Class)
        {
            flags |= CodeFlags.NewLocals | CodeFlags.Optimized;
            if (ste.IsNested) flags |= CodeFlags.Nested;
            if (ste.IsGenerator && !ste.IsCoroutine) flags |= CodeFlags.Generator;
            if (!ste.IsGenerator && ste.IsCoroutine) flags |= CodeFlags.Coroutine;
            if (ste.IsGenerator && ste.IsCoroutine) flags |= CodeFlags.AsyncGenerator;
            if (ste.HasVarArgs) flags |= CodeFlags.VarArgs;
            if (ste.HasVarKeywords) flags |= CodeFlags.VarKeywords;
        }
        flags |= _futureFlags;
        if (u.Kind == UnitKind.Module && _st.AllowTopLevelAwait && ste.IsCoroutine && !ste.IsGenerator)
            flags |= CodeFlags.Coroutine;

        // Prefix: free variables, cells, generator creation.
        var first = new SourcePosition(u.FirstLineNo, u.FirstLineNo, -1, -1);
        int insertAt = 0;
        if (u.FreeVars.Count > 0) b.Insert(insertAt++, (int)OpCode.COPY_FREE_VARS, u.FreeVars.Count, first);
        for (int i = 0; i < u.CellVars.Count; i++) b.Insert(insertAt++, (int)OpCode.MAKE_CELL, i, first);
        if ((flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0)
        {
            b.Insert(insertAt++, (int)OpCode.RETURN_GENERATOR, 0, first);
            b.Insert(insertAt++, (int)OpCode.POP_TOP, 0, first);
        }

        LoadFastForArguments(u);

        // Localsplus: varnames, then cells that are not arguments/locals, then free variables.
        int nvar = u.VarNames.Count;
        var cellSlot = new int[u.CellVars.Count];
        int extra = 0;
        for (int i = 0; i < u.CellVars.Count; i++)
            cellSlot[i] = u.VarIndex.TryGetValue(u.CellVars[i], out int vi) ? vi : nvar + extra++;
        int ncellsExtra = extra;
        int total = nvar + ncellsExtra + u.FreeVars.Count;
        var lpNames = new PyStr[total];
        var lpKinds = new LocalKind[total];
        for (int i = 0; i < nvar; i++)
        {
            lpNames[i] = PyStr.Intern(u.VarNames[i]);
            lpKinds[i] = LocalKind.Local;
            if (u.FastHidden.ContainsKey(u.VarNames[i])) lpKinds[i] |= LocalKind.Hidden;
        }
        for (int i = 0; i < u.CellVars.Count; i++)
        {
            lpNames[cellSlot[i]] = PyStr.Intern(u.CellVars[i]);
            lpKinds[cellSlot[i]] |= LocalKind.Cell;
        }
        for (int i = 0; i < u.FreeVars.Count; i++)
        {
            lpNames[nvar + ncellsExtra + i] = PyStr.Intern(u.FreeVars[i]);
            lpKinds[nvar + ncellsExtra + i] = LocalKind.Free;
        }
        int MapDeref(int j) => (j & FreeRef) == 0 ? cellSlot[j] : nvar + ncellsExtra + (j & ~FreeRef);
        int MapLocal(int j) => j;

        CodeBuilder.Result r;
        try
        {
            r = b.Assemble(MapDeref, MapLocal);
        }
        catch (InvalidOperationException e)
        {
            throw PyException.SystemError("compiler: " + e.Message + " in " + u.QualName);
        }
        var names = new PyStr[u.Names.Count];
        for (int i = 0; i < names.Length; i++) names[i] = PyStr.Intern(u.Names[i]);
        return new PyCode(r.Instructions, u.Consts.ToArray(), names, lpNames, lpKinds, u.ArgCount, u.PosOnlyArgCount,
            u.KwOnlyArgCount, flags, r.MaxDepth, _filename, u.Name, u.QualName, u.FirstLineNo, r.Positions,
            r.ExceptionTable);
    }

    /// <summary>
    /// Arguments are bound on entry: their loads need no unbound check unless the code deletes or
    /// clears them somewhere (a conservative stand-in for CPython's dataflow pass).
    /// </summary>
    static void LoadFastForArguments(Unit u)
    {
        int nparams = u.Ste.VarNames.Count;
        if (nparams == 0 || !u.IsFunctionLike) return;
        var b = u.B;
        Span<bool> unsafeArg = nparams <= 256 ? stackalloc bool[nparams] : new bool[nparams];
        for (int i = 0; i < b.Count; i++)
        {
            int op = b.Code[i].Op, arg = b.Code[i].Arg;
            if ((op == (int)OpCode.DELETE_FAST || op == (int)OpCode.LOAD_FAST_AND_CLEAR) && arg < nparams) unsafeArg[arg] = true;
        }
        for (int i = 0; i < b.Count; i++)
        {
            ref var ins = ref b.Code[i];
            if (ins.Op == (int)OpCode.LOAD_FAST_CHECK && ins.Arg < nparams && !unsafeArg[ins.Arg]) ins.Op = (int)OpCode.LOAD_FAST;
        }
    }

    SourcePosition LastLocation()
    {
        var b = _u.B;
        for (int i = b.Count - 1; i >= 0; i--)
            if (b.Code[i].Op != Pseudo.LABEL && b.Code[i].Pos.Line > 0)
                return new SourcePosition(b.Code[i].Pos.Line, b.Code[i].Pos.Line, -1, -1);
        return SourcePosition.None;
    }

    // ================================================================ emission helpers

    void Emit(OpCode op) => _u.B.Emit((int)op, 0, _loc);
    void Emit(OpCode op, SourcePosition pos) => _u.B.Emit((int)op, 0, pos);
    void EmitI(OpCode op, int arg) => _u.B.Emit((int)op, arg, _loc);
    void EmitI(OpCode op, int arg, SourcePosition pos) => _u.B.Emit((int)op, arg, pos);
    void EmitJump(OpCode op, int label) => _u.B.Emit((int)op, 0, _loc, label);
    void EmitJump(int pseudo, int label) => _u.B.Emit(pseudo, 0, _loc, label);
    void EmitPseudo(int pseudo) => _u.B.Emit(pseudo, 0, _loc);
    void Jump(int label) => _u.B.Emit(Pseudo.JUMP, 0, _loc, label);
    int NewLabel() => _u.B.NewLabel();
    void UseLabel(int label) => _u.B.UseLabel(label);

    void LoadConst(object value) => EmitI(OpCode.LOAD_CONST, AddConst(value));
    void LoadConstObj(PyObject value) => EmitI(OpCode.LOAD_CONST, AddConstObject(value, null));

    int AddConst(object value)
    {
        string key = ConstantFactory.Key(value);
        if (key.Length > 0 && _u.ConstIndex.TryGetValue(key, out int i)) return i;
        return AddConstObject(ConstantFactory.FromAst(value), key);
    }

    int AddConstObject(PyObject value, string? key)
    {
        if (key != null && _u.ConstIndex.TryGetValue(key, out int i)) return i;
        i = _u.Consts.Count;
        _u.Consts.Add(value);
        if (key != null) _u.ConstIndex[key] = i;
        return i;
    }

    /// <summary>A tuple of strings as one constant (KW_NAMES, import from-lists, keys).</summary>
    int AddStringTuple(List<string> items)
    {
        var key = "t(" + string.Join("\u0001", items) + ")";
        if (_u.ConstIndex.TryGetValue(key, out int i)) return i;
        var arr = new PyObject[items.Count];
        for (int j = 0; j < arr.Length; j++) arr[j] = ConstantFactory.FromAst(items[j]);
        return AddConstObject(PyTuple.Create(arr), key);
    }

    string Mangle(string name) => SymbolTable.Mangle(_u.Private, name);

    void EmitName(OpCode op, string name)
    {
        int i = _u.AddName(Mangle(name));
        if (op == OpCode.LOAD_GLOBAL) i <<= 1;
        else if (op == OpCode.LOAD_ATTR) i <<= 1;
        EmitI(op, i);
    }

    static SourcePosition Pos(LocatedNode n) => new(n.Lineno, n.EndLineno, n.ColOffset, n.EndColOffset);

    PyException Error(string message, LocatedNode? node) => _errors.At(message, node);

    PyException Error(string message) => _errors.At(message, _loc.Line, _loc.Column, _loc.EndLine, _loc.EndColumn);

    // ================================================================ names

    SymbolScope GetRefType(string name)
    {
        if (_u.Kind == UnitKind.Class && (name == "__class__" || name == "__classdict__")) return SymbolScope.Cell;
        var sc = _u.Ste.GetScope(name);
        if (sc == SymbolScope.Unknown)
            throw PyException.SystemError($"compiler: cannot resolve '{name}' in {_u.Ste.Name}");
        return sc;
    }

    void NameOp(string name, ExprContextBase ctx) => NameOp(name, ctx is Load ? 0 : ctx is Store ? 1 : 2);

    /// <summary>Emits the load (0), store (1) or delete (2) of a name, chosen by its scope.</summary>
    void NameOp(string name, int ctx)
    {
        string mangled = Mangle(name);
        if (ctx != 0 && name == "__debug__")
            throw Error(ctx == 1 ? "cannot assign to __debug__" : "cannot delete __debug__");
        var scope = _u.Ste.GetScope(mangled);
        int optype = 0; // 0 name, 1 fast, 2 global, 3 deref
        switch (scope)
        {
            case SymbolScope.Free:
            case SymbolScope.Cell:
                optype = 3;
                break;
            case SymbolScope.Local:
                if (_u.IsFunctionLike || (_u.FastHidden.TryGetValue(mangled, out bool hidden) && hidden)) optype = 1;
                break;
            case SymbolScope.GlobalImplicit:
                if (_u.IsFunctionLike) optype = 2;
                break;
            case SymbolScope.GlobalExplicit:
                optype = 2;
                break;
        }
        switch (optype)
        {
            case 3:
            {
                int idx = DerefIndex(mangled, scope);
                if (ctx == 0)
                {
                    if (_u.Ste.Type == BlockType.Class && _u.InInlinedComp == 0)
                    {
                        Emit(OpCode.LOAD_LOCALS);
                        EmitI(OpCode.LOAD_FROM_DICT_OR_DEREF, idx);
                    }
                    else if (_u.Ste.CanSeeClassScope)
                    {
                        EmitI(OpCode.LOAD_DEREF, DerefIndex("__classdict__", SymbolScope.Free));
                        EmitI(OpCode.LOAD_FROM_DICT_OR_DEREF, idx);
                    }
                    else EmitI(OpCode.LOAD_DEREF, idx);
                }
                else EmitI(ctx == 1 ? OpCode.STORE_DEREF : OpCode.DELETE_DEREF, idx);
                return;
            }
            case 1:
            {
                int idx = _u.AddVar(mangled);
                EmitI(ctx == 0 ? OpCode.LOAD_FAST_CHECK : ctx == 1 ? OpCode.STORE_FAST : OpCode.DELETE_FAST, idx);
                return;
            }
            case 2:
            {
                int idx = _u.AddName(mangled);
                if (ctx == 0)
                {
                    if (_u.Ste.CanSeeClassScope && scope == SymbolScope.GlobalImplicit)
                    {
                        EmitI(OpCode.LOAD_DEREF, DerefIndex("__classdict__", SymbolScope.Free));
                        EmitI(OpCode.LOAD_FROM_DICT_OR_GLOBALS, idx);
                    }
                    else EmitI(OpCode.LOAD_GLOBAL, idx << 1);
                }
                else EmitI(ctx == 1 ? OpCode.STORE_GLOBAL : OpCode.DELETE_GLOBAL, idx);
                return;
            }
            default:
            {
                int idx = _u.AddName(mangled);
                if (ctx == 0)
                {
                    if (_u.Ste.Type == BlockType.Class && _u.InInlinedComp > 0) EmitI(OpCode.LOAD_GLOBAL, idx << 1);
                    else EmitI(OpCode.LOAD_NAME, idx);
                }
                else EmitI(ctx == 1 ? OpCode.STORE_NAME : OpCode.DELETE_NAME, idx);
                return;
            }
        }
    }

    /// <summary>The cell/free index of a name (cells first, then free variables).</summary>
    int DerefIndex(string name, SymbolScope scope)
    {
        if (scope == SymbolScope.Cell && _u.CellIndex.TryGetValue(name, out int c)) return c;
        if (_u.FreeIndex.TryGetValue(name, out int f)) return FreeRef | f;
        if (_u.CellIndex.TryGetValue(name, out c)) return c;
        throw PyException.SystemError($"compiler: no cell or free variable '{name}' in {_u.Ste.Name}");
    }

    // ================================================================ frame blocks

    void PushFBlock(FBlockType type, int block, int exit, object? datum = null)
    {
        if (_u.FBlocks.Count >= MaxBlocks) throw Error("too many statically nested blocks");
        _u.FBlocks.Add(new FBlock { Type = type, Block = block, Exit = exit, Datum = datum, Loc = _loc });
    }

    void PopFBlock() => _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);

    /// <summary>Emits the code that leaves one frame block early (return, break, continue).</summary>
    void UnwindFBlock(FBlock info, bool preserveTos)
    {
        switch (info.Type)
        {
            case FBlockType.WhileLoop:
            case FBlockType.ExceptionHandler:
            case FBlockType.ExceptionGroupHandler:
            case FBlockType.AsyncComprehensionGenerator:
            case FBlockType.StopIteration:
                return;
            case FBlockType.ForLoop:
                if (preserveTos) EmitI(OpCode.SWAP, 2);
                Emit(OpCode.POP_TOP);
                return;
            case FBlockType.TryExcept:
                EmitPseudo(Pseudo.POP_BLOCK);
                return;
            case FBlockType.FinallyTry:
                EmitPseudo(Pseudo.POP_BLOCK);
                if (preserveTos) PushFBlock(FBlockType.PopValue, -1, -1);
                // The finally body runs with the try's block gone (it is already popped by the caller).
                CompileStatements((List<StmtBase>)info.Datum!);
                if (preserveTos) PopFBlock();
                return;
            case FBlockType.FinallyEnd:
                if (preserveTos) EmitI(OpCode.SWAP, 2);
                Emit(OpCode.POP_TOP);
                if (preserveTos) EmitI(OpCode.SWAP, 2);
                EmitPseudo(Pseudo.POP_BLOCK);
                Emit(OpCode.POP_EXCEPT);
                return;
            case FBlockType.With:
            case FBlockType.AsyncWith:
            {
                var saved = _loc;
                _loc = info.Loc;
                EmitPseudo(Pseudo.POP_BLOCK);
                if (preserveTos) EmitI(OpCode.SWAP, 2);
                CallExitWithNones();
                if (info.Type == FBlockType.AsyncWith)
                {
                    EmitI(OpCode.GET_AWAITABLE, 2);
                    LoadConst(NoneValue.Instance);
                    AddYieldFrom(true);
                }
                Emit(OpCode.POP_TOP);
                _loc = saved;
                return;
            }
            case FBlockType.HandlerCleanup:
            {
                var name = (string?)info.Datum;
                if (name != null) EmitPseudo(Pseudo.POP_BLOCK);
                if (preserveTos) EmitI(OpCode.SWAP, 2);
                EmitPseudo(Pseudo.POP_BLOCK);
                Emit(OpCode.POP_EXCEPT);
                if (name != null)
                {
                    LoadConst(NoneValue.Instance);
                    NameOp(name, 1);
                    NameOp(name, 2);
                }
                return;
            }
            case FBlockType.PopValue:
                if (preserveTos) EmitI(OpCode.SWAP, 2);
                Emit(OpCode.POP_TOP);
                return;
        }
    }

    /// <summary>Unwinds the frame blocks up to the innermost loop (returned) or all of them.</summary>
    bool UnwindFBlockStack(bool preserveTos, bool stopAtLoop, out FBlock loop)
    {
        loop = default;
        var blocks = _u.FBlocks;
        if (blocks.Count == 0) return false;
        var top = blocks[^1];
        if (top.Type == FBlockType.ExceptionGroupHandler)
            throw Error("'break', 'continue' and 'return' cannot appear in an except* block");
        if (stopAtLoop && (top.Type == FBlockType.WhileLoop || top.Type == FBlockType.ForLoop))
        {
            loop = top;
            return true;
        }
        blocks.RemoveAt(blocks.Count - 1);
        UnwindFBlock(top, preserveTos);
        bool found = UnwindFBlockStack(preserveTos, stopAtLoop, out loop);
        blocks.Add(top);
        return found;
    }

    void CallExitWithNones()
    {
        LoadConst(NoneValue.Instance);
        LoadConst(NoneValue.Instance);
        LoadConst(NoneValue.Instance);
        EmitI(OpCode.CALL, 2);
    }

    /// <summary>The delegation loop of yield from / await (CPython's compiler_add_yield_from).</summary>
    void AddYieldFrom(bool isAwait)
    {
        int send = NewLabel(), fail = NewLabel(), exit = NewLabel();
        UseLabel(send);
        EmitJump(OpCode.SEND, exit);
        EmitJump(Pseudo.SETUP_FINALLY, fail);
        EmitI(OpCode.YIELD_VALUE, 0);
        EmitPseudo(Pseudo.POP_BLOCK);
        EmitI(OpCode.RESUME, isAwait ? 3 : 2);
        EmitJump(Pseudo.JUMP_NO_INTERRUPT, send);
        UseLabel(fail);
        Emit(OpCode.CLEANUP_THROW);
        UseLabel(exit);
        Emit(OpCode.END_SEND);
    }

    void AddYield()
    {
        if (_u.Ste.IsGenerator && _u.Ste.IsCoroutine) EmitI(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.AsyncGenWrap);
        EmitI(OpCode.YIELD_VALUE, 0);
        EmitI(OpCode.RESUME, 1);
    }

    void PopExceptAndReraise()
    {
        EmitI(OpCode.COPY, 3);
        Emit(OpCode.POP_EXCEPT);
        EmitI(OpCode.RERAISE, 1);
    }
}
