using Taipan.Compiler.Symbols;
using Taipan.Runtime;
using Taipan.Runtime.Bytecode;
using Taipan.Syntax.Ast;

namespace Taipan.Compiler.CodeGen;

// Functions, lambdas, classes, comprehensions and the PEP 695 scopes: everything that makes a code object.
internal sealed partial class CodeGenerator
{
    public override void VisitFunctionDef(FunctionDef node) =>
        CompileFunction(node, node.Name, node.Args, node.Body, node.DecoratorList, node.Returns, node.TypeParams, false);

    public override void VisitAsyncFunctionDef(AsyncFunctionDef node) =>
        CompileFunction(node, node.Name, node.Args, node.Body, node.DecoratorList, node.Returns, node.TypeParams, true);

    void CompileFunction(StmtBase node, string name, Arguments args, List<StmtBase> body, List<ExprBase> decorators,
        ExprBase? returns, List<TypeParamBase> typeParams, bool isAsync)
    {
        foreach (var d in decorators) VisitExpr(d);
        int firstLineNo = decorators.Count > 0 ? decorators[0].Lineno : node.Lineno;
        int funcFlags = DefaultArguments(args);
        bool generic = typeParams.Count > 0;
        int numTypeParamArgs = 0;
        if (generic)
        {
            numTypeParamArgs = ((funcFlags & 1) != 0 ? 1 : 0) + ((funcFlags & 2) != 0 ? 1 : 0);
            EnterScope("<generic parameters of " + name + ">", UnitKind.TypeParams,
                _st.LookupExtra(node, SymbolTable.TagTypeParams), firstLineNo, node);
            CompileTypeParams(typeParams);
            for (int i = 0; i < numTypeParamArgs; i++) EmitI(OpCode.LOAD_FAST, i);
        }
        if (VisitAnnotations(args, returns)) funcFlags |= (int)MakeFunctionFlags.Annotations;
        FunctionBody(node, name, args, body, isAsync, funcFlags, firstLineNo);
        if (generic)
        {
            EmitI(OpCode.SWAP, 2);
            EmitI(OpCode.CALL_INTRINSIC_2, (int)Intrinsic2.SetFunctionTypeParams);
            _u.ArgCount = numTypeParamArgs;
            var co = Assemble(false);
            ExitScope();
            MakeClosure(co, 0);
            CallTypeParamsFunction(numTypeParamArgs);
        }
        ApplyDecorators(decorators);
        NameOp(name, 1);
    }

    /// <summary>Calls the function just made (on top) with the <paramref name="n"/> values below it.</summary>
    void CallTypeParamsFunction(int n)
    {
        if (n == 0)
        {
            Emit(OpCode.PUSH_NULL);
            EmitI(OpCode.SWAP, 2);
            EmitI(OpCode.CALL, 0);
            return;
        }
        // [a1 .. an, f] -> [f, a1 .. an]: the callable-with-self form of CALL.
        EmitI(OpCode.SWAP, n + 1);
        if (n == 2) EmitI(OpCode.SWAP, 2);
        EmitI(OpCode.CALL, n - 1);
    }

    void ApplyDecorators(List<ExprBase> decorators)
    {
        for (int i = decorators.Count - 1; i >= 0; i--)
        {
            var saved = _loc;
            _loc = Pos(decorators[i]);
            EmitI(OpCode.CALL, 0);
            _loc = saved;
        }
    }

    void FunctionBody(StmtBase node, string name, Arguments args, List<StmtBase> body, bool isAsync, int funcFlags,
        int firstLineNo)
    {
        var scope = _st.Lookup(node);
        EnterScope(name, isAsync ? UnitKind.AsyncFunction : UnitKind.Function, scope, firstLineNo, node);
        string? doc = _optimize < 2 ? GetDocString(body) : null;
        if (doc != null && body[0] is Expr { Value: Constant dc }) AddConst(dc.Value);
        else AddConst(NoneValue.Instance);
        _u.ArgCount = args.Args.Count + args.Posonlyargs.Count;
        _u.PosOnlyArgCount = args.Posonlyargs.Count;
        _u.KwOnlyArgCount = args.Kwonlyargs.Count;
        _nestLevel++;
        for (int i = doc != null ? 1 : 0; i < body.Count; i++) VisitStmt(body[i]);
        _nestLevel--;
        if (scope.IsCoroutine || scope.IsGenerator) WrapInStopIterationHandler();
        var co = Assemble(true);
        ExitScope();
        var saved = _loc;
        _loc = Pos((LocatedNode)node);
        MakeClosure(co, funcFlags);
        _loc = saved;
    }

    /// <summary>PEP 479: a StopIteration escaping a generator body becomes RuntimeError.</summary>
    void WrapInStopIterationHandler()
    {
        int handler = NewLabel();
        _u.B.Insert(0, Pseudo.SETUP_CLEANUP, 0, SourcePosition.None, handler);
        EmitI(OpCode.RETURN_CONST, AddConst(NoneValue.Instance), LastLocation());
        UseLabel(handler);
        EmitI(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.StopIterationError, SourcePosition.None);
        EmitI(OpCode.RERAISE, 1, SourcePosition.None);
    }

    void MakeClosure(PyCode co, int flags)
    {
        if (co.NFree > 0)
        {
            int first = co.LocalsPlusCount - co.NFree;
            for (int i = first; i < co.LocalsPlusCount; i++)
            {
                string name = co.LocalsPlusNames[i].Value;
                var reftype = GetRefType(name);
                int arg;
                if (reftype == SymbolScope.Cell && _u.CellIndex.TryGetValue(name, out int c)) arg = c;
                else if (_u.FreeIndex.TryGetValue(name, out int f)) arg = FreeRef | f;
                else if (_u.CellIndex.TryGetValue(name, out c)) arg = c;
                else throw PyException.SystemError($"compiler: no closure cell for '{name}' in {_u.QualName}");
                EmitI(OpCode.LOAD_CLOSURE, arg);
            }
            flags |= (int)MakeFunctionFlags.Closure;
            EmitI(OpCode.BUILD_TUPLE, co.NFree);
        }
        LoadConstObj(co);
        EmitI(OpCode.MAKE_FUNCTION, flags);
    }

    int DefaultArguments(Arguments args)
    {
        int flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults) VisitExpr(d);
            EmitI(OpCode.BUILD_TUPLE, args.Defaults.Count);
            flags |= (int)MakeFunctionFlags.Defaults;
        }
        int n = 0;
        for (int i = 0; i < args.Kwonlyargs.Count; i++)
        {
            var d = i < args.KwDefaults.Count ? args.KwDefaults[i] : null;
            if (d == null) continue;
            LoadConst(Mangle(args.Kwonlyargs[i].ArgName));
            VisitExpr(d);
            n++;
        }
        if (n > 0)
        {
            EmitI(OpCode.BUILD_MAP, n);
            flags |= (int)MakeFunctionFlags.KwDefaults;
        }
        return flags;
    }

    bool VisitAnnotations(Arguments args, ExprBase? returns)
    {
        int len = 0;
        foreach (var a in args.Args) ArgAnnotation(a.ArgName, a.Annotation, ref len);
        foreach (var a in args.Posonlyargs) ArgAnnotation(a.ArgName, a.Annotation, ref len);
        if (args.Vararg != null) ArgAnnotation(args.Vararg.ArgName, args.Vararg.Annotation, ref len);
        foreach (var a in args.Kwonlyargs) ArgAnnotation(a.ArgName, a.Annotation, ref len);
        if (args.Kwarg != null) ArgAnnotation(args.Kwarg.ArgName, args.Kwarg.Annotation, ref len);
        ArgAnnotation("return", returns, ref len);
        if (len == 0) return false;
        EmitI(OpCode.BUILD_TUPLE, len);
        return true;
    }

    void ArgAnnotation(string id, ExprBase? annotation, ref int len)
    {
        if (annotation == null) return;
        LoadConst(Mangle(id));
        if (FutureAnnotations) LoadConst(AnnotationString(annotation));
        else if (annotation is Starred st)
        {
            VisitExpr(st.Value);
            EmitI(OpCode.UNPACK_SEQUENCE, 1);
        }
        else VisitExpr(annotation);
        len += 2;
    }

    public override void VisitLambda(Lambda node)
    {
        int funcFlags = DefaultArguments(node.Args);
        EnterScope("<lambda>", UnitKind.Lambda, _st.Lookup(node), node.Lineno, node);
        AddConst(NoneValue.Instance);
        _u.ArgCount = node.Args.Args.Count + node.Args.Posonlyargs.Count;
        _u.PosOnlyArgCount = node.Args.Posonlyargs.Count;
        _u.KwOnlyArgCount = node.Args.Kwonlyargs.Count;
        _nestLevel++;
        VisitExpr(node.Body);
        _nestLevel--;
        if (_u.Ste.IsGenerator) WrapInStopIterationHandlerForLambda();
        var co = Assemble(false);
        ExitScope();
        MakeClosure(co, funcFlags);
    }

    void WrapInStopIterationHandlerForLambda()
    {
        // The body value is on the stack: return it, with the PEP 479 handler around the body.
        int handler = NewLabel();
        _u.B.Insert(0, Pseudo.SETUP_CLEANUP, 0, SourcePosition.None, handler);
        Emit(OpCode.RETURN_VALUE);
        UseLabel(handler);
        EmitI(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.StopIterationError, SourcePosition.None);
        EmitI(OpCode.RERAISE, 1, SourcePosition.None);
        // Assemble(false) adds a RETURN_VALUE after this, which is unreachable and dropped.
        LoadConst(NoneValue.Instance);
    }

    // ================================================================ classes

    public override void VisitClassDef(ClassDef node)
    {
        foreach (var d in node.DecoratorList) VisitExpr(d);
        int firstLineNo = node.DecoratorList.Count > 0 ? node.DecoratorList[0].Lineno : node.Lineno;
        bool generic = node.TypeParams.Count > 0;
        if (generic)
        {
            EnterScope("<generic parameters of " + node.Name + ">", UnitKind.TypeParams,
                _st.LookupExtra(node, SymbolTable.TagTypeParams), firstLineNo, node);
            _u.Private = node.Name;
            CompileTypeParams(node.TypeParams);
            NameOp(".type_params", 1);
        }
        ClassBody(node, firstLineNo);
        if (generic)
        {
            NameOp(".type_params", 0);
            EmitI(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.SubscriptGeneric);
            NameOp(".generic_base", 1);
            var bases = new List<ExprBase>(node.Bases);
            bases.Add(new Name(".generic_base", Load.Instance, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset));
            CallHelper(2, bases, node.Keywords);
            var co = Assemble(false);
            ExitScope();
            MakeClosure(co, 0);
            CallTypeParamsFunction(0);
        }
        else CallHelper(2, node.Bases, node.Keywords);
        ApplyDecorators(node.DecoratorList);
        NameOp(node.Name, 1);
    }

    void ClassBody(ClassDef node, int firstLineNo)
    {
        EnterScope(node.Name, UnitKind.Class, _st.Lookup(node), firstLineNo, node);
        _u.Private = node.Name;
        NameOp("__name__", 0);
        NameOp("__module__", 1);
        LoadConst(_u.QualName);
        NameOp("__qualname__", 1);
        if (node.TypeParams.Count > 0)
        {
            NameOp(".type_params", 0);
            NameOp("__type_params__", 1);
        }
        if (_u.Ste.NeedsClassDict)
        {
            Emit(OpCode.LOAD_LOCALS);
            EmitI(OpCode.STORE_DEREF, _u.CellIndex["__classdict__"]);
        }
        _nestLevel++;
        CompileBody(node.Body);
        _nestLevel--;
        var savedLoc = _loc;
        _loc = SourcePosition.None;
        if (_u.Ste.NeedsClassDict)
        {
            EmitI(OpCode.LOAD_CLOSURE, _u.CellIndex["__classdict__"]);
            NameOp("__classdictcell__", 1);
        }
        if (_u.Ste.NeedsClassClosure)
        {
            EmitI(OpCode.LOAD_CLOSURE, _u.CellIndex["__class__"]);
            EmitI(OpCode.COPY, 1);
            NameOp("__classcell__", 1);
        }
        else LoadConst(NoneValue.Instance);
        var co = Assemble(false);
        ExitScope();
        _loc = savedLoc;
        var saved = _loc;
        _loc = Pos(node);
        Emit(OpCode.PUSH_NULL);
        Emit(OpCode.LOAD_BUILD_CLASS);
        MakeClosure(co, 0);
        LoadConst(node.Name);
        _loc = saved;
    }

    // ================================================================ PEP 695

    void CompileTypeParams(List<TypeParamBase> typeParams)
    {
        foreach (var tp in typeParams)
        {
            var saved = _loc;
            _loc = Pos(tp);
            switch (tp)
            {
                case TypeVar tv:
                    LoadConst(tv.Name);
                    if (tv.Bound != null)
                    {
                        EnterScope(tv.Name, UnitKind.TypeParams, _st.LookupExtra(tv, SymbolTable.TagTypeVarBound),
                            tv.Bound.Lineno, tv);
                        VisitExpr(tv.Bound);
                        var co = Assemble(false);
                        ExitScope();
                        MakeClosure(co, 0);
                        EmitI(OpCode.CALL_INTRINSIC_2, (int)(tv.Bound is Tuple
                            ? Intrinsic2.TypeVarWithConstraints : Intrinsic2.TypeVarWithBound));
                    }
                    else EmitI(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.TypeVar);
                    EmitI(OpCode.COPY, 1);
                    NameOp(tv.Name, 1);
                    break;
                case TypeVarTuple tvt:
                    LoadConst(tvt.Name);
                    EmitI(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.TypeVarTuple);
                    EmitI(OpCode.COPY, 1);
                    NameOp(tvt.Name, 1);
                    break;
                case ParamSpec ps:
                    LoadConst(ps.Name);
                    EmitI(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.ParamSpec);
                    EmitI(OpCode.COPY, 1);
                    NameOp(ps.Name, 1);
                    break;
            }
            _loc = saved;
        }
        EmitI(OpCode.BUILD_TUPLE, typeParams.Count);
    }

    public override void VisitTypeAlias(TypeAlias node)
    {
        string name = ((Name)node.Name).Id;
        bool generic = node.TypeParams.Count > 0;
        if (generic)
        {
            EnterScope("<generic parameters of " + name + ">", UnitKind.TypeParams,
                _st.LookupExtra(node, SymbolTable.TagTypeParams), node.Lineno, node);
            LoadConst(name);
            CompileTypeParams(node.TypeParams);
        }
        else
        {
            LoadConst(name);
            LoadConst(NoneValue.Instance);
        }
        EnterScope(name, UnitKind.TypeParams, _st.LookupExtra(node, SymbolTable.TagTypeAliasValue), node.Lineno, node);
        AddConst(NoneValue.Instance);
        VisitExpr(node.Value);
        var co = Assemble(false);
        ExitScope();
        MakeClosure(co, 0);
        EmitI(OpCode.BUILD_TUPLE, 3);
        EmitI(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.TypeAlias);
        if (generic)
        {
            var co2 = Assemble(false);
            ExitScope();
            MakeClosure(co2, 0);
            CallTypeParamsFunction(0);
        }
        NameOp(name, 1);
    }

    // ================================================================ comprehensions

    public override void VisitListComp(ListComp node) =>
        CompileComprehension(node, "<listcomp>", ComprehensionKind.List, node.Generators, node.Elt, null);
    public override void VisitSetComp(SetComp node) =>
        CompileComprehension(node, "<setcomp>", ComprehensionKind.Set, node.Generators, node.Elt, null);
    public override void VisitDictComp(DictComp node) =>
        CompileComprehension(node, "<dictcomp>", ComprehensionKind.Dict, node.Generators, node.Key, node.Value);
    public override void VisitGeneratorExp(GeneratorExp node) =>
        CompileComprehension(node, "<genexpr>", ComprehensionKind.Generator, node.Generators, node.Elt, null);

    sealed class InlinedState
    {
        public List<string>? PushedLocals;
        public Dictionary<string, SymbolScope>? TempSymbols;
        public List<string>? FastHidden;
        public int Cleanup, End;
    }

    void CompileComprehension(ExprBase node, string name, ComprehensionKind kind, List<Comprehension> generators,
        ExprBase elt, ExprBase? val)
    {
        var scope = _st.Lookup(node);
        bool inlined = scope.CompInlined;
        bool isAsyncGenerator = scope.IsCoroutine;
        var outerKind = _u.Kind;
        var outermost = generators[0];
        InlinedState? state = null;
        if (inlined)
        {
            VisitExpr(outermost.Iter);
            Emit(outermost.IsAsync != 0 ? OpCode.GET_AITER : OpCode.GET_ITER);
            state = PushInlinedComprehensionState(scope);
        }
        else EnterScope(name, UnitKind.Comprehension, scope, node.Lineno, node);
        if (isAsyncGenerator && kind != ComprehensionKind.Generator && outerKind != UnitKind.AsyncFunction
            && outerKind != UnitKind.Comprehension && !(outerKind == UnitKind.Module && _st.AllowTopLevelAwait))
            throw Error("asynchronous comprehension outside of an asynchronous function", node);
        if (kind != ComprehensionKind.Generator)
        {
            EmitI(kind switch
            {
                ComprehensionKind.List => OpCode.BUILD_LIST,
                ComprehensionKind.Set => OpCode.BUILD_SET,
                _ => OpCode.BUILD_MAP,
            }, 0);
            if (inlined) EmitI(OpCode.SWAP, 2);
        }
        ComprehensionGenerator(generators, 0, 0, elt, val, kind, inlined);
        if (inlined)
        {
            PopInlinedComprehensionState(state!);
            return;
        }
        if (kind != ComprehensionKind.Generator) Emit(OpCode.RETURN_VALUE);
        else WrapInStopIterationHandler();
        var co = Assemble(true);
        ExitScope();
        MakeClosure(co, 0);
        VisitExpr(outermost.Iter);
        Emit(outermost.IsAsync != 0 ? OpCode.GET_AITER : OpCode.GET_ITER);
        EmitI(OpCode.CALL, 0);
        if (isAsyncGenerator && kind != ComprehensionKind.Generator)
        {
            EmitI(OpCode.GET_AWAITABLE, 0);
            LoadConst(NoneValue.Instance);
            AddYieldFrom(true);
        }
    }

    void ComprehensionGenerator(List<Comprehension> generators, int genIndex, int depth, ExprBase elt, ExprBase? val,
        ComprehensionKind kind, bool iterOnStack)
    {
        if (generators[genIndex].IsAsync != 0)
            AsyncComprehensionGenerator(generators, genIndex, depth, elt, val, kind, iterOnStack);
        else SyncComprehensionGenerator(generators, genIndex, depth, elt, val, kind, iterOnStack);
    }

    void SyncComprehensionGenerator(List<Comprehension> generators, int genIndex, int depth, ExprBase elt,
        ExprBase? val, ComprehensionKind kind, bool iterOnStack)
    {
        int start = NewLabel(), ifCleanup = NewLabel(), anchor = NewLabel();
        bool loop = true;
        var gen = generators[genIndex];
        if (!iterOnStack)
        {
            if (genIndex == 0)
            {
                _u.ArgCount = 1;
                EmitI(OpCode.LOAD_FAST, 0);
            }
            else
            {
                var elts = gen.Iter is List l ? l.Elts : gen.Iter is Tuple t ? t.Elts : null;
                if (elts != null && elts.Count == 1 && elts[0] is not Starred)
                {
                    // for y in [f(x)]: a plain assignment, no loop.
                    VisitExpr(elts[0]);
                    loop = false;
                }
                else
                {
                    VisitExpr(gen.Iter);
                    Emit(OpCode.GET_ITER);
                }
            }
        }
        if (loop)
        {
            depth++;
            UseLabel(start);
            EmitJump(OpCode.FOR_ITER, anchor);
        }
        VisitExpr(gen.Target);
        foreach (var e in gen.Ifs) JumpIf(e, ifCleanup, false);
        if (++genIndex < generators.Count)
            ComprehensionGenerator(generators, genIndex, depth, elt, val, kind, false);
        if (genIndex >= generators.Count) ComprehensionElement(elt, val, kind, depth);
        UseLabel(ifCleanup);
        if (loop)
        {
            Jump(start);
            UseLabel(anchor);
        }
    }

    void ComprehensionElement(ExprBase elt, ExprBase? val, ComprehensionKind kind, int depth)
    {
        var saved = _loc;
        switch (kind)
        {
            case ComprehensionKind.Generator:
                VisitExpr(elt);
                _loc = Pos(elt);
                AddYield();
                Emit(OpCode.POP_TOP);
                break;
            case ComprehensionKind.List:
                VisitExpr(elt);
                _loc = Pos(elt);
                EmitI(OpCode.LIST_APPEND, depth + 1);
                break;
            case ComprehensionKind.Set:
                VisitExpr(elt);
                _loc = Pos(elt);
                EmitI(OpCode.SET_ADD, depth + 1);
                break;
            default:
                VisitExpr(elt);
                VisitExpr(val!);
                _loc = new SourcePosition(elt.Lineno, val!.EndLineno, elt.ColOffset, val.EndColOffset);
                EmitI(OpCode.MAP_ADD, depth + 1);
                break;
        }
        _loc = saved;
    }

    void AsyncComprehensionGenerator(List<Comprehension> generators, int genIndex, int depth, ExprBase elt,
        ExprBase? val, ComprehensionKind kind, bool iterOnStack)
    {
        int start = NewLabel(), except = NewLabel(), ifCleanup = NewLabel();
        var gen = generators[genIndex];
        if (!iterOnStack)
        {
            if (genIndex == 0)
            {
                _u.ArgCount = 1;
                EmitI(OpCode.LOAD_FAST, 0);
            }
            else
            {
                VisitExpr(gen.Iter);
                Emit(OpCode.GET_AITER);
            }
        }
        UseLabel(start);
        PushFBlock(FBlockType.AsyncComprehensionGenerator, start, -1);
        EmitJump(Pseudo.SETUP_FINALLY, except);
        Emit(OpCode.GET_ANEXT);
        LoadConst(NoneValue.Instance);
        AddYieldFrom(true);
        EmitPseudo(Pseudo.POP_BLOCK);
        VisitExpr(gen.Target);
        foreach (var e in gen.Ifs) JumpIf(e, ifCleanup, false);
        depth++;
        if (++genIndex < generators.Count)
            ComprehensionGenerator(generators, genIndex, depth, elt, val, kind, false);
        if (genIndex >= generators.Count) ComprehensionElement(elt, val, kind, depth);
        UseLabel(ifCleanup);
        Jump(start);
        PopFBlock();
        UseLabel(except);
        Emit(OpCode.END_ASYNC_FOR);
    }

    InlinedState PushInlinedComprehensionState(Scope comp)
    {
        var state = new InlinedState();
        bool inClassBlock = _u.Ste.Type == BlockType.Class && _u.InInlinedComp == 0;
        _u.InInlinedComp++;
        foreach (var name in comp.SymbolOrder)
        {
            var flags = comp.Symbols[name];
            if ((flags & SymbolFlags.Local) == 0 || (flags & SymbolFlags.Nonlocal) != 0) continue;
            var compScope = comp.GetScope(name);
            var outScope = _u.Ste.GetScope(name);
            if ((compScope != outScope && compScope != SymbolScope.Free
                    && !(compScope == SymbolScope.Cell && outScope == SymbolScope.Free)) || inClassBlock)
            {
                state.TempSymbols ??= new();
                state.TempSymbols[name] = outScope;
                _u.Ste.Scopes[name] = compScope;
            }
            if (!_u.IsFunctionLike && !(_u.FastHidden.TryGetValue(name, out bool h) && h))
            {
                _u.FastHidden[name] = true;
                (state.FastHidden ??= new()).Add(name);
            }
            (state.PushedLocals ??= new()).Add(name);
            EmitI(OpCode.LOAD_FAST_AND_CLEAR, _u.AddVar(name));
            if (compScope == SymbolScope.Cell)
            {
                int idx = outScope == SymbolScope.Free && _u.FreeIndex.TryGetValue(name, out int fi)
                    ? FreeRef | fi
                    : _u.AddCell(name);
                EmitI(OpCode.MAKE_CELL, idx);
            }
        }
        if (state.PushedLocals != null)
        {
            EmitI(OpCode.SWAP, state.PushedLocals.Count + 1);
            state.Cleanup = NewLabel();
            state.End = NewLabel();
            EmitJump(Pseudo.SETUP_FINALLY, state.Cleanup);
        }
        return state;
    }

    void PopInlinedComprehensionState(InlinedState state)
    {
        _u.InInlinedComp--;
        if (state.TempSymbols != null)
        {
            foreach (var (name, sc) in state.TempSymbols)
            {
                if (sc == SymbolScope.Unknown) _u.Ste.Scopes.Remove(name);
                else _u.Ste.Scopes[name] = sc;
            }
        }
        if (state.PushedLocals != null)
        {
            var saved = _loc;
            _loc = SourcePosition.None;
            EmitPseudo(Pseudo.POP_BLOCK);
            Jump(state.End);
            UseLabel(state.Cleanup);
            EmitI(OpCode.SWAP, 2);
            Emit(OpCode.POP_TOP);
            RestoreInlinedLocals(state);
            EmitI(OpCode.RERAISE, 0);
            UseLabel(state.End);
            _loc = saved;
            RestoreInlinedLocals(state);
        }
        if (state.FastHidden != null)
            foreach (var name in state.FastHidden) _u.FastHidden[name] = false;
    }

    void RestoreInlinedLocals(InlinedState state)
    {
        var pushed = state.PushedLocals!;
        EmitI(OpCode.SWAP, pushed.Count + 1);
        for (int i = pushed.Count - 1; i >= 0; i--) EmitI(OpCode.STORE_FAST, _u.AddVar(pushed[i]));
    }
}
