using Taipan.Compiler.Symbols;
using Taipan.Runtime;
using Taipan.Runtime.Bytecode;
using Taipan.Syntax.Ast;

namespace Taipan.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    void VisitStmt(StmtBase s)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyException.RecursionError("maximum recursion depth exceeded during compilation");
        var saved = _loc;
        _loc = Pos(s);
        s.Accept(this);
        _loc = saved;
    }

    void CompileStatements(List<StmtBase> body)
    {
        for (int i = 0; i < body.Count; i++) VisitStmt(body[i]);
    }

    static string? GetDocString(List<StmtBase> body)
    {
        if (body.Count > 0 && body[0] is Expr { Value: Constant { Value: string s } }) return s;
        if (body.Count > 0 && body[0] is Expr { Value: Constant { Value: CodePointString cps } }) return cps.ToString();
        return null;
    }

    /// <summary>Module and class bodies: __annotations__ setup, docstring into __doc__, statements.</summary>
    void CompileBody(List<StmtBase> stmts)
    {
        var saved = _loc;
        if (_u.Kind == UnitKind.Module && stmts.Count > 0) _loc = Pos(stmts[0]);
        if (FindAnnotations(stmts)) Emit(OpCode.SETUP_ANNOTATIONS);
        _loc = saved;
        if (stmts.Count == 0) return;
        int first = 0;
        if (!_interactive && stmts[0] is Expr { Value: Constant { Value: string or CodePointString } doc })
        {
            first = 1;
            if (_optimize < 2)
            {
                _loc = Pos(stmts[0]);
                VisitExpr(doc);
                _loc = saved;
                NameOp("__doc__", 1);
            }
        }
        for (int i = first; i < stmts.Count; i++) VisitStmt(stmts[i]);
    }

    static bool FindAnnotations(List<StmtBase> stmts)
    {
        foreach (var s in stmts)
        {
            switch (s)
            {
                case AnnAssign: return true;
                case For f: if (FindAnnotations(f.Body) || FindAnnotations(f.Orelse)) return true; break;
                case AsyncFor f: if (FindAnnotations(f.Body) || FindAnnotations(f.Orelse)) return true; break;
                case While w: if (FindAnnotations(w.Body) || FindAnnotations(w.Orelse)) return true; break;
                case If i: if (FindAnnotations(i.Body) || FindAnnotations(i.Orelse)) return true; break;
                case With w: if (FindAnnotations(w.Body)) return true; break;
                case AsyncWith w: if (FindAnnotations(w.Body)) return true; break;
                case Try t:
                    foreach (var h in t.Handlers) if (FindAnnotations(((ExceptHandler)h).Body)) return true;
                    if (FindAnnotations(t.Body) || FindAnnotations(t.Orelse) || FindAnnotations(t.Finalbody)) return true;
                    break;
                case TryStar t:
                    foreach (var h in t.Handlers) if (FindAnnotations(((ExceptHandler)h).Body)) return true;
                    if (FindAnnotations(t.Body) || FindAnnotations(t.Orelse) || FindAnnotations(t.Finalbody)) return true;
                    break;
                case Match m:
                    foreach (var c in m.Cases) if (FindAnnotations(c.Body)) return true;
                    break;
            }
        }
        return false;
    }

    // ================================================================ simple statements

    public override void VisitExpr(Expr node)
    {
        if (_interactive && _nestLevel <= 1)
        {
            VisitExpr(node.Value);
            EmitI(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.Print);
            Emit(OpCode.POP_TOP);
            return;
        }
        if (node.Value is Constant)
        {
            Emit(OpCode.NOP);
            return;
        }
        VisitExpr(node.Value);
        Emit(OpCode.POP_TOP);
    }

    public override void VisitPass(Pass node) => Emit(OpCode.NOP);

    public override void VisitAssign(Assign node)
    {
        VisitExpr(node.Value);
        for (int i = 0; i < node.Targets.Count; i++)
        {
            if (i < node.Targets.Count - 1) EmitI(OpCode.COPY, 1);
            VisitExpr(node.Targets[i]);
        }
    }

    public override void VisitAugAssign(AugAssign node)
    {
        var e = node.Target;
        var saved = _loc;
        _loc = Pos(e);
        switch (e)
        {
            case Attribute a:
                VisitExpr(a.Value);
                EmitI(OpCode.COPY, 1);
                EmitName(OpCode.LOAD_ATTR, a.Attr);
                break;
            case Subscript s:
                VisitExpr(s.Value);
                if (IsTwoElementSlice(s.Slice))
                {
                    CompileSliceParts((Slice)s.Slice);
                    EmitI(OpCode.COPY, 3);
                    EmitI(OpCode.COPY, 3);
                    EmitI(OpCode.COPY, 3);
                    Emit(OpCode.BINARY_SLICE);
                }
                else
                {
                    VisitExpr(s.Slice);
                    EmitI(OpCode.COPY, 2);
                    EmitI(OpCode.COPY, 2);
                    Emit(OpCode.BINARY_SUBSCR);
                }
                break;
            case Name n:
                NameOp(n.Id, 0);
                break;
            default:
                throw PyException.SystemError("invalid node type for augmented assignment");
        }
        _loc = saved;
        VisitExpr(node.Value);
        EmitI(OpCode.BINARY_OP, (int)BinaryOpOf(node.Op) + 13);
        _loc = Pos(e);
        switch (e)
        {
            case Attribute a:
                EmitI(OpCode.SWAP, 2);
                EmitName(OpCode.STORE_ATTR, a.Attr);
                break;
            case Subscript s:
                if (IsTwoElementSlice(s.Slice))
                {
                    EmitI(OpCode.SWAP, 4);
                    EmitI(OpCode.SWAP, 3);
                    EmitI(OpCode.SWAP, 2);
                    Emit(OpCode.STORE_SLICE);
                }
                else
                {
                    EmitI(OpCode.SWAP, 3);
                    EmitI(OpCode.SWAP, 2);
                    Emit(OpCode.STORE_SUBSCR);
                }
                break;
            case Name n:
                NameOp(n.Id, 1);
                break;
        }
        _loc = saved;
    }

    public override void VisitAnnAssign(AnnAssign node)
    {
        var target = node.Target;
        if (node.Value != null)
        {
            VisitExpr(node.Value);
            VisitExpr(target);
        }
        switch (target)
        {
            case Name n:
                if (n.Id == "__debug__") throw Error("cannot assign to __debug__", n);
                // Annotations of simple names are stored in module and class scopes only.
                if (node.Simple != 0 && (_u.Kind == UnitKind.Module || _u.Kind == UnitKind.Class))
                {
                    if (FutureAnnotations) LoadConst(AnnotationString(node.Annotation));
                    else VisitExpr(node.Annotation);
                    NameOp("__annotations__", 0);
                    LoadConst(Mangle(n.Id));
                    Emit(OpCode.STORE_SUBSCR);
                }
                break;
            case Attribute a:
                if (node.Value == null)
                {
                    VisitExpr(a.Value);
                    Emit(OpCode.POP_TOP);
                }
                break;
            case Subscript s:
                if (node.Value == null)
                {
                    VisitExpr(s.Value);
                    Emit(OpCode.POP_TOP);
                    VisitExpr(s.Slice);
                    Emit(OpCode.POP_TOP);
                }
                break;
            default:
                throw Error($"invalid node type ({target.NodeInfo.PythonName}) for annotated assignment", target);
        }
        // Complex targets: the annotation is still evaluated (and discarded) at module/class level.
        if (node.Simple == 0 && !FutureAnnotations && (_u.Kind == UnitKind.Module || _u.Kind == UnitKind.Class))
        {
            VisitExpr(node.Annotation);
            Emit(OpCode.POP_TOP);
        }
    }

    /// <summary>The source text of an annotation (from __future__ import annotations).</summary>
    string AnnotationString(ExprBase e) => SourceSegment(e) ?? "";

    string? SourceSegment(LocatedNode n)
    {
        if (_source == null) return null;
        var lines = _source.Split('\n');
        if (n.Lineno < 1 || n.EndLineno > lines.Length) return null;
        var sb = new System.Text.StringBuilder();
        for (int l = n.Lineno; l <= n.EndLineno; l++)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(lines[l - 1].TrimEnd('\r'));
            int from = l == n.Lineno ? n.ColOffset : 0;
            int to = l == n.EndLineno ? n.EndColOffset : bytes.Length;
            if (from > bytes.Length || to > bytes.Length || from > to) return null;
            sb.Append(System.Text.Encoding.UTF8.GetString(bytes, from, to - from));
            if (l != n.EndLineno) sb.Append('\n');
        }
        return sb.ToString();
    }

    public override void VisitDelete(Delete node)
    {
        foreach (var t in node.Targets) VisitExpr(t);
    }

    public override void VisitGlobal(Global node) => Emit(OpCode.NOP);
    public override void VisitNonlocal(Nonlocal node) => Emit(OpCode.NOP);

    public override void VisitReturn(Return node)
    {
        var value = node.Value;
        bool preserveTos = value != null && value is not Constant;
        if (!_u.IsFunctionLike || _u.Kind == UnitKind.Module || _u.Kind == UnitKind.Class)
            throw Error("'return' outside function", node);
        if (value != null && _u.Ste.IsCoroutine && _u.Ste.IsGenerator)
            throw Error("'return' with value in async generator", node);
        if (preserveTos) VisitExpr(value!);
        else if (value != null) Emit(OpCode.NOP, Pos(value));
        UnwindFBlockStack(preserveTos, false, out _);
        if (value == null) EmitI(OpCode.RETURN_CONST, AddConst(NoneValue.Instance));
        else if (!preserveTos) EmitI(OpCode.RETURN_CONST, AddConst(((Constant)value).Value));
        else Emit(OpCode.RETURN_VALUE);
    }

    public override void VisitBreak(Break node)
    {
        if (!UnwindFBlockStack(false, true, out var loop)) throw Error("'break' outside loop", node);
        UnwindFBlock(loop, false);
        Jump(loop.Exit);
    }

    public override void VisitContinue(Continue node)
    {
        if (!UnwindFBlockStack(false, true, out var loop)) throw Error("'continue' not properly in loop", node);
        Jump(loop.Block);
    }

    public override void VisitRaise(Raise node)
    {
        int n = 0;
        if (node.Exc != null)
        {
            VisitExpr(node.Exc);
            n++;
            if (node.Cause != null)
            {
                VisitExpr(node.Cause);
                n++;
            }
        }
        EmitI(OpCode.RAISE_VARARGS, n);
    }

    public override void VisitAssert(Assert node)
    {
        if (_optimize > 0) return;
        int end = NewLabel();
        JumpIf(node.Test, end, true);
        Emit(OpCode.LOAD_ASSERTION_ERROR);
        if (node.Msg != null)
        {
            VisitExpr(node.Msg);
            EmitI(OpCode.CALL, 0);
        }
        EmitI(OpCode.RAISE_VARARGS, 1);
        UseLabel(end);
    }

    public override void VisitImport(Import node)
    {
        foreach (var alias in node.Names)
        {
            var saved = _loc;
            _loc = Pos(alias);
            LoadConst(0L);
            LoadConst(NoneValue.Instance);
            EmitName(OpCode.IMPORT_NAME, alias.Name);
            if (alias.Asname != null)
            {
                string name = alias.Name;
                int dot = name.IndexOf('.');
                if (dot >= 0)
                {
                    while (true)
                    {
                        int pos = dot + 1;
                        dot = name.IndexOf('.', pos);
                        EmitName(OpCode.IMPORT_FROM, dot >= 0 ? name.Substring(pos, dot - pos) : name.Substring(pos));
                        if (dot < 0) break;
                        EmitI(OpCode.SWAP, 2);
                        Emit(OpCode.POP_TOP);
                    }
                    NameOp(alias.Asname, 1);
                    Emit(OpCode.POP_TOP);
                }
                else NameOp(alias.Asname, 1);
            }
            else
            {
                string name = alias.Name;
                int dot = name.IndexOf('.');
                NameOp(dot >= 0 ? name.Substring(0, dot) : name, 1);
            }
            _loc = saved;
        }
    }

    public override void VisitImportFrom(ImportFrom node)
    {
        LoadConst((long)(node.Level ?? 0));
        var names = new List<string>(node.Names.Count);
        foreach (var a in node.Names) names.Add(a.Name);
        if (node.Module == "__future__") CheckFutureImport(node);
        EmitI(OpCode.LOAD_CONST, AddStringTuple(names));
        EmitName(OpCode.IMPORT_NAME, node.Module ?? "");
        for (int i = 0; i < node.Names.Count; i++)
        {
            var alias = node.Names[i];
            if (i == 0 && alias.Name == "*")
            {
                EmitI(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.ImportStar);
                Emit(OpCode.POP_TOP);
                return;
            }
            EmitName(OpCode.IMPORT_FROM, alias.Name);
            NameOp(alias.Asname ?? alias.Name, 1);
        }
        Emit(OpCode.POP_TOP);
    }

    static readonly string[] s_futureFeatures =
    {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    };

    void CheckFutureImport(ImportFrom node)
    {
        foreach (var a in node.Names)
        {
            if (a.Name == "braces") throw Error("not a chance", a);
            if (Array.IndexOf(s_futureFeatures, a.Name) < 0) throw Error($"future feature {a.Name} is not defined", a);
        }
        if (!_futureAllowed.Contains(node)) throw Error("from __future__ imports must occur at the beginning of the file", node);
    }

    /// <summary>The __future__ imports that appear where they are allowed (start of the module).</summary>
    internal readonly HashSet<ImportFrom> _futureAllowed = new(ReferenceEqualityComparer.Instance);

    // ================================================================ control flow

    public override void VisitIf(If node)
    {
        int end = NewLabel();
        int next = node.Orelse.Count > 0 ? NewLabel() : end;
        JumpIf(node.Test, next, false);
        CompileStatements(node.Body);
        if (node.Orelse.Count > 0)
        {
            Jump(end);
            UseLabel(next);
            CompileStatements(node.Orelse);
        }
        UseLabel(end);
    }

    public override void VisitWhile(While node)
    {
        int loop = NewLabel(), body = NewLabel(), end = NewLabel(), anchor = NewLabel();
        UseLabel(loop);
        PushFBlock(FBlockType.WhileLoop, loop, end);
        JumpIf(node.Test, anchor, false);
        UseLabel(body);
        CompileStatements(node.Body);
        Jump(loop);
        PopFBlock();
        UseLabel(anchor);
        if (node.Orelse.Count > 0) CompileStatements(node.Orelse);
        UseLabel(end);
    }

    public override void VisitFor(For node)
    {
        int start = NewLabel(), body = NewLabel(), cleanup = NewLabel(), end = NewLabel();
        PushFBlock(FBlockType.ForLoop, start, end);
        VisitExpr(node.Iter);
        Emit(OpCode.GET_ITER);
        UseLabel(start);
        EmitJump(OpCode.FOR_ITER, cleanup);
        UseLabel(body);
        VisitExpr(node.Target);
        CompileStatements(node.Body);
        var saved = _loc;
        Jump(start);
        _loc = saved;
        UseLabel(cleanup);
        PopFBlock();
        CompileStatements(node.Orelse);
        UseLabel(end);
    }

    public override void VisitAsyncFor(AsyncFor node)
    {
        if (!IsAsyncContext()) throw Error("'async for' outside async function", node);
        int start = NewLabel(), except = NewLabel(), end = NewLabel();
        VisitExpr(node.Iter);
        Emit(OpCode.GET_AITER);
        UseLabel(start);
        PushFBlock(FBlockType.ForLoop, start, end);
        EmitJump(Pseudo.SETUP_FINALLY, except);
        Emit(OpCode.GET_ANEXT);
        LoadConst(NoneValue.Instance);
        AddYieldFrom(true);
        EmitPseudo(Pseudo.POP_BLOCK);
        VisitExpr(node.Target);
        CompileStatements(node.Body);
        Jump(start);
        PopFBlock();
        UseLabel(except);
        Emit(OpCode.END_ASYNC_FOR);
        CompileStatements(node.Orelse);
        UseLabel(end);
    }

    bool IsAsyncContext() =>
        _u.Kind == UnitKind.AsyncFunction || (_u.Kind == UnitKind.Module && _st.AllowTopLevelAwait)
        || (_u.Kind == UnitKind.Comprehension && _u.Ste.IsCoroutine);

    // ================================================================ try

    public override void VisitTry(Try node)
    {
        if (node.Finalbody.Count > 0) CompileTryFinally(node.Body, node.Handlers, node.Orelse, node.Finalbody, false);
        else CompileTryExcept(node.Body, node.Handlers, node.Orelse);
    }

    public override void VisitTryStar(TryStar node)
    {
        if (node.Finalbody.Count > 0) CompileTryFinally(node.Body, node.Handlers, node.Orelse, node.Finalbody, true);
        else CompileTryStarExcept(node.Body, node.Handlers, node.Orelse);
    }

    void CompileTryFinally(List<StmtBase> bodyStmts, List<ExcepthandlerBase> handlers, List<StmtBase> orelse,
        List<StmtBase> finalbody, bool star)
    {
        int body = NewLabel(), end = NewLabel(), exit = NewLabel(), cleanup = NewLabel();
        EmitJump(Pseudo.SETUP_FINALLY, end);
        UseLabel(body);
        PushFBlock(FBlockType.FinallyTry, body, end, finalbody);
        if (handlers.Count > 0)
        {
            if (star) CompileTryStarExcept(bodyStmts, handlers, orelse);
            else CompileTryExcept(bodyStmts, handlers, orelse);
        }
        else CompileStatements(bodyStmts);
        EmitPseudo(Pseudo.POP_BLOCK);
        PopFBlock();
        CompileStatements(finalbody);
        Jump(exit);
        UseLabel(end);
        var saved = _loc;
        _loc = SourcePosition.None;
        EmitJump(Pseudo.SETUP_CLEANUP, cleanup);
        Emit(OpCode.PUSH_EXC_INFO);
        PushFBlock(FBlockType.FinallyEnd, end, -1);
        _loc = saved;
        CompileStatements(finalbody);
        PopFBlock();
        _loc = SourcePosition.None;
        EmitI(OpCode.RERAISE, 0);
        UseLabel(cleanup);
        PopExceptAndReraise();
        _loc = saved;
        UseLabel(exit);
    }

    void CompileTryExcept(List<StmtBase> bodyStmts, List<ExcepthandlerBase> handlers, List<StmtBase> orelse)
    {
        int body = NewLabel(), except = NewLabel(), end = NewLabel(), cleanup = NewLabel();
        EmitJump(Pseudo.SETUP_FINALLY, except);
        UseLabel(body);
        PushFBlock(FBlockType.TryExcept, body, -1);
        CompileStatements(bodyStmts);
        PopFBlock();
        EmitPseudo(Pseudo.POP_BLOCK);
        CompileStatements(orelse);
        Jump(end);
        int n = handlers.Count;
        UseLabel(except);
        var saved = _loc;
        _loc = SourcePosition.None;
        EmitJump(Pseudo.SETUP_CLEANUP, cleanup);
        Emit(OpCode.PUSH_EXC_INFO);
        PushFBlock(FBlockType.ExceptionHandler, -1, -1);
        for (int i = 0; i < n; i++)
        {
            var handler = (ExceptHandler)handlers[i];
            _loc = Pos(handler);
            if (handler.Type == null && i < n - 1) throw Error("default 'except:' must be last", handler);
            int next = NewLabel();
            if (handler.Type != null)
            {
                VisitExpr(handler.Type);
                Emit(OpCode.CHECK_EXC_MATCH);
                EmitJump(OpCode.POP_JUMP_IF_FALSE, next);
            }
            if (handler.Name != null)
            {
                int cleanupEnd = NewLabel(), cleanupBody = NewLabel();
                NameOp(handler.Name, 1);
                EmitJump(Pseudo.SETUP_CLEANUP, cleanupEnd);
                UseLabel(cleanupBody);
                PushFBlock(FBlockType.HandlerCleanup, cleanupBody, -1, handler.Name);
                CompileStatements(handler.Body);
                PopFBlock();
                _loc = SourcePosition.None;
                EmitPseudo(Pseudo.POP_BLOCK);
                EmitPseudo(Pseudo.POP_BLOCK);
                Emit(OpCode.POP_EXCEPT);
                LoadConst(NoneValue.Instance);
                NameOp(handler.Name, 1);
                NameOp(handler.Name, 2);
                Jump(end);
                UseLabel(cleanupEnd);
                LoadConst(NoneValue.Instance);
                NameOp(handler.Name, 1);
                NameOp(handler.Name, 2);
                EmitI(OpCode.RERAISE, 1);
            }
            else
            {
                int cleanupBody = NewLabel();
                Emit(OpCode.POP_TOP);
                UseLabel(cleanupBody);
                PushFBlock(FBlockType.HandlerCleanup, cleanupBody, -1, null);
                CompileStatements(handler.Body);
                PopFBlock();
                _loc = SourcePosition.None;
                EmitPseudo(Pseudo.POP_BLOCK);
                Emit(OpCode.POP_EXCEPT);
                Jump(end);
            }
            UseLabel(next);
        }
        _loc = SourcePosition.None;
        PopFBlock();
        EmitI(OpCode.RERAISE, 0);
        UseLabel(cleanup);
        PopExceptAndReraise();
        _loc = saved;
        UseLabel(end);
    }

    void CompileTryStarExcept(List<StmtBase> bodyStmts, List<ExcepthandlerBase> handlers, List<StmtBase> orelseStmts)
    {
        int body = NewLabel(), except = NewLabel(), orelse = NewLabel(), end = NewLabel(), cleanup = NewLabel(),
            reraiseStar = NewLabel();
        EmitJump(Pseudo.SETUP_FINALLY, except);
        UseLabel(body);
        PushFBlock(FBlockType.TryExcept, body, -1);
        CompileStatements(bodyStmts);
        PopFBlock();
        EmitPseudo(Pseudo.POP_BLOCK);
        Jump(orelse);
        int n = handlers.Count;
        UseLabel(except);
        var saved = _loc;
        _loc = SourcePosition.None;
        EmitJump(Pseudo.SETUP_CLEANUP, cleanup);
        Emit(OpCode.PUSH_EXC_INFO);
        PushFBlock(FBlockType.ExceptionGroupHandler, -1, -1, "except handler");
        for (int i = 0; i < n; i++)
        {
            var handler = (ExceptHandler)handlers[i];
            _loc = Pos(handler);
            int next = NewLabel(), exceptWithError = NewLabel(), noMatch = NewLabel();
            if (i == 0)
            {
                EmitI(OpCode.BUILD_LIST, 0);
                EmitI(OpCode.COPY, 2);
            }
            if (handler.Type != null)
            {
                VisitExpr(handler.Type);
                Emit(OpCode.CHECK_EG_MATCH);
                EmitI(OpCode.COPY, 1);
                EmitJump(OpCode.POP_JUMP_IF_NONE, noMatch);
            }
            int cleanupEnd = NewLabel(), cleanupBody = NewLabel();
            if (handler.Name != null) NameOp(handler.Name, 1);
            else Emit(OpCode.POP_TOP);
            EmitJump(Pseudo.SETUP_CLEANUP, cleanupEnd);
            UseLabel(cleanupBody);
            PushFBlock(FBlockType.HandlerCleanup, cleanupBody, -1, handler.Name);
            CompileStatements(handler.Body);
            PopFBlock();
            _loc = SourcePosition.None;
            EmitPseudo(Pseudo.POP_BLOCK);
            if (handler.Name != null)
            {
                LoadConst(NoneValue.Instance);
                NameOp(handler.Name, 1);
                NameOp(handler.Name, 2);
            }
            Jump(next);
            UseLabel(cleanupEnd);
            if (handler.Name != null)
            {
                LoadConst(NoneValue.Instance);
                NameOp(handler.Name, 1);
                NameOp(handler.Name, 2);
            }
            EmitI(OpCode.LIST_APPEND, 3);
            Emit(OpCode.POP_TOP);
            Jump(exceptWithError);
            UseLabel(next);
            Emit(OpCode.NOP);
            Jump(exceptWithError);
            UseLabel(noMatch);
            Emit(OpCode.POP_TOP);
            UseLabel(exceptWithError);
            if (i == n - 1)
            {
                EmitI(OpCode.LIST_APPEND, 1);
                Jump(reraiseStar);
            }
        }
        _loc = SourcePosition.None;
        PopFBlock();
        int reraise = NewLabel();
        UseLabel(reraiseStar);
        EmitI(OpCode.CALL_INTRINSIC_2, (int)Intrinsic2.PrepReraiseStar);
        EmitI(OpCode.COPY, 1);
        EmitJump(OpCode.POP_JUMP_IF_NOT_NONE, reraise);
        Emit(OpCode.POP_TOP);
        EmitPseudo(Pseudo.POP_BLOCK);
        Emit(OpCode.POP_EXCEPT);
        Jump(end);
        UseLabel(reraise);
        EmitPseudo(Pseudo.POP_BLOCK);
        EmitI(OpCode.SWAP, 2);
        Emit(OpCode.POP_EXCEPT);
        EmitI(OpCode.RERAISE, 0);
        UseLabel(cleanup);
        PopExceptAndReraise();
        _loc = saved;
        UseLabel(orelse);
        CompileStatements(orelseStmts);
        UseLabel(end);
    }

    // ================================================================ with

    public override void VisitWith(With node) => CompileWith(node, node.Items, node.Body, 0);

    void CompileWith(StmtBase node, List<Withitem> items, List<StmtBase> bodyStmts, int pos)
    {
        var item = items[pos];
        int block = NewLabel(), final = NewLabel(), exit = NewLabel(), cleanup = NewLabel();
        VisitExpr(item.ContextExpr);
        var saved = _loc;
        _loc = Pos(node);
        Emit(OpCode.BEFORE_WITH);
        EmitJump(Pseudo.SETUP_WITH, final);
        UseLabel(block);
        PushFBlock(FBlockType.With, block, final, node);
        _loc = saved;
        if (item.OptionalVars != null) VisitExpr(item.OptionalVars);
        else Emit(OpCode.POP_TOP);
        pos++;
        if (pos == items.Count) CompileStatements(bodyStmts);
        else CompileWith(node, items, bodyStmts, pos);
        PopFBlock();
        _loc = Pos(node);
        EmitPseudo(Pseudo.POP_BLOCK);
        CallExitWithNones();
        Emit(OpCode.POP_TOP);
        Jump(exit);
        UseLabel(final);
        EmitJump(Pseudo.SETUP_CLEANUP, cleanup);
        Emit(OpCode.PUSH_EXC_INFO);
        Emit(OpCode.WITH_EXCEPT_START);
        WithExceptFinish(cleanup);
        _loc = saved;
        UseLabel(exit);
    }

    void WithExceptFinish(int cleanup)
    {
        int suppress = NewLabel(), exit = NewLabel();
        EmitJump(OpCode.POP_JUMP_IF_TRUE, suppress);
        EmitI(OpCode.RERAISE, 2);
        UseLabel(suppress);
        Emit(OpCode.POP_TOP);
        EmitPseudo(Pseudo.POP_BLOCK);
        Emit(OpCode.POP_EXCEPT);
        Emit(OpCode.POP_TOP);
        Emit(OpCode.POP_TOP);
        Jump(exit);
        UseLabel(cleanup);
        PopExceptAndReraise();
        UseLabel(exit);
    }

    public override void VisitAsyncWith(AsyncWith node)
    {
        if (!IsAsyncContext()) throw Error("'async with' outside async function", node);
        CompileAsyncWith(node, node.Items, node.Body, 0);
    }

    void CompileAsyncWith(StmtBase node, List<Withitem> items, List<StmtBase> bodyStmts, int pos)
    {
        var item = items[pos];
        int block = NewLabel(), final = NewLabel(), exit = NewLabel(), cleanup = NewLabel();
        VisitExpr(item.ContextExpr);
        var saved = _loc;
        _loc = Pos(node);
        Emit(OpCode.BEFORE_ASYNC_WITH);
        EmitI(OpCode.GET_AWAITABLE, 1);
        LoadConst(NoneValue.Instance);
        AddYieldFrom(true);
        EmitJump(Pseudo.SETUP_WITH, final);
        UseLabel(block);
        PushFBlock(FBlockType.AsyncWith, block, final, node);
        _loc = saved;
        if (item.OptionalVars != null) VisitExpr(item.OptionalVars);
        else Emit(OpCode.POP_TOP);
        pos++;
        if (pos == items.Count) CompileStatements(bodyStmts);
        else CompileAsyncWith(node, items, bodyStmts, pos);
        PopFBlock();
        _loc = Pos(node);
        EmitPseudo(Pseudo.POP_BLOCK);
        CallExitWithNones();
        EmitI(OpCode.GET_AWAITABLE, 2);
        LoadConst(NoneValue.Instance);
        AddYieldFrom(true);
        Emit(OpCode.POP_TOP);
        Jump(exit);
        UseLabel(final);
        EmitJump(Pseudo.SETUP_CLEANUP, cleanup);
        Emit(OpCode.PUSH_EXC_INFO);
        Emit(OpCode.WITH_EXCEPT_START);
        EmitI(OpCode.GET_AWAITABLE, 2);
        LoadConst(NoneValue.Instance);
        AddYieldFrom(true);
        WithExceptFinish(cleanup);
        _loc = saved;
        UseLabel(exit);
    }
}
