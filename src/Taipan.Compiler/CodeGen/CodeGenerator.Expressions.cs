using Taipan.Compiler.Symbols;
using Taipan.Runtime;
using Taipan.Runtime.Bytecode;
using Taipan.Syntax.Ast;

namespace Taipan.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    void VisitExpr(ExprBase e)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyException.RecursionError("maximum recursion depth exceeded during compilation");
        var saved = _loc;
        _loc = Pos(e);
        e.Accept(this);
        _loc = saved;
    }

    // ================================================================ atoms

    public override void VisitConstant(Constant node) => LoadConst(node.Value);

    public override void VisitName(Name node)
    {
        if (node.Ctx is Load && node.Id == "__debug__")
        {
            LoadConst(_optimize == 0);
            return;
        }
        NameOp(node.Id, node.Ctx);
    }

    public override void VisitStarred(Starred node)
    {
        if (node.Ctx is Store) throw Error("starred assignment target must be in a list or tuple", node);
        throw Error("can't use starred expression here", node);
    }

    public override void VisitNamedExpr(NamedExpr node)
    {
        VisitExpr(node.Value);
        EmitI(OpCode.COPY, 1);
        VisitExpr(node.Target);
    }

    // ================================================================ operators

    static BinaryOp BinaryOpOf(OperatorBase op) => op switch
    {
        Add => BinaryOp.Add,
        Sub => BinaryOp.Subtract,
        Mult => BinaryOp.Multiply,
        MatMult => BinaryOp.MatrixMultiply,
        Div => BinaryOp.TrueDivide,
        Mod => BinaryOp.Remainder,
        Pow => BinaryOp.Power,
        LShift => BinaryOp.LShift,
        RShift => BinaryOp.RShift,
        BitOr => BinaryOp.Or,
        BitXor => BinaryOp.Xor,
        BitAnd => BinaryOp.And,
        FloorDiv => BinaryOp.FloorDivide,
        _ => throw PyException.SystemError("unknown binary operator"),
    };

    public override void VisitBinOp(BinOp node)
    {
        VisitExpr(node.Left);
        VisitExpr(node.Right);
        EmitI(OpCode.BINARY_OP, (int)BinaryOpOf(node.Op));
    }

    public override void VisitUnaryOp(UnaryOp node)
    {
        // Constant folding of -<number> (CPython's AST optimizer makes it a constant).
        if (node.Op is USub && node.Operand is Constant c && TryNegate(c.Value, out var neg))
        {
            LoadConst(neg);
            return;
        }
        VisitExpr(node.Operand);
        switch (node.Op)
        {
            case Invert: Emit(OpCode.UNARY_INVERT); break;
            case Not: Emit(OpCode.UNARY_NOT); break;
            case UAdd: EmitI(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.UnaryPositive); break;
            case USub: Emit(OpCode.UNARY_NEGATIVE); break;
        }
    }

    static bool TryNegate(object v, out object result)
    {
        switch (v)
        {
            case long l when l != long.MinValue: result = -l; return true;
            case System.Numerics.BigInteger b:
                var nb = -b;
                result = nb >= long.MinValue && nb <= long.MaxValue ? (object)(long)nb : nb;
                return true;
            case double d: result = -d; return true;
            case System.Numerics.Complex cx: result = -cx; return true;
        }
        result = v;
        return false;
    }

    public override void VisitBoolOp(BoolOp node)
    {
        var jump = node.Op is And ? OpCode.POP_JUMP_IF_FALSE : OpCode.POP_JUMP_IF_TRUE;
        int end = NewLabel();
        var values = node.Values;
        int n = values.Count - 1;
        for (int i = 0; i < n; i++)
        {
            VisitExpr(values[i]);
            EmitI(OpCode.COPY, 1);
            EmitJump(jump, end);
            Emit(OpCode.POP_TOP);
        }
        VisitExpr(values[n]);
        UseLabel(end);
    }

    void EmitCompare(CmpopBase op)
    {
        switch (op)
        {
            case Eq: EmitI(OpCode.COMPARE_OP, (int)ComparisonOp.Eq); break;
            case NotEq: EmitI(OpCode.COMPARE_OP, (int)ComparisonOp.Ne); break;
            case Lt: EmitI(OpCode.COMPARE_OP, (int)ComparisonOp.Lt); break;
            case LtE: EmitI(OpCode.COMPARE_OP, (int)ComparisonOp.Le); break;
            case Gt: EmitI(OpCode.COMPARE_OP, (int)ComparisonOp.Gt); break;
            case GtE: EmitI(OpCode.COMPARE_OP, (int)ComparisonOp.Ge); break;
            case Is: EmitI(OpCode.IS_OP, 0); break;
            case IsNot: EmitI(OpCode.IS_OP, 1); break;
            case In: EmitI(OpCode.CONTAINS_OP, 0); break;
            case NotIn: EmitI(OpCode.CONTAINS_OP, 1); break;
        }
    }

    public override void VisitCompare(Compare node)
    {
        VisitExpr(node.Left);
        int n = node.Ops.Count - 1;
        if (n == 0)
        {
            VisitExpr(node.Comparators[0]);
            EmitCompare(node.Ops[0]);
            return;
        }
        int cleanup = NewLabel();
        for (int i = 0; i < n; i++)
        {
            VisitExpr(node.Comparators[i]);
            EmitI(OpCode.SWAP, 2);
            EmitI(OpCode.COPY, 2);
            EmitCompare(node.Ops[i]);
            EmitI(OpCode.COPY, 1);
            EmitJump(OpCode.POP_JUMP_IF_FALSE, cleanup);
            Emit(OpCode.POP_TOP);
        }
        VisitExpr(node.Comparators[n]);
        EmitCompare(node.Ops[n]);
        int end = NewLabel();
        Jump(end);
        UseLabel(cleanup);
        EmitI(OpCode.SWAP, 2);
        Emit(OpCode.POP_TOP);
        UseLabel(end);
    }

    /// <summary>Jumps to <paramref name="next"/> when the truth of <paramref name="e"/> equals <paramref name="cond"/>.</summary>
    void JumpIf(ExprBase e, int next, bool cond)
    {
        var saved = _loc;
        _loc = Pos(e);
        try
        {
            switch (e)
            {
                case UnaryOp { Op: Not } u:
                    JumpIf(u.Operand, next, !cond);
                    return;
                case BoolOp b:
                {
                    var s = b.Values;
                    int n = s.Count - 1;
                    bool cond2 = b.Op is Or;
                    int next2 = next;
                    if (cond2 != cond) next2 = NewLabel();
                    for (int i = 0; i < n; i++) JumpIf(s[i], next2, cond2);
                    JumpIf(s[n], next, cond);
                    if (next2 != next) UseLabel(next2);
                    return;
                }
                case IfExp ie:
                {
                    int end = NewLabel(), next2 = NewLabel();
                    JumpIf(ie.Test, next2, false);
                    JumpIf(ie.Body, next, cond);
                    Jump(end);
                    UseLabel(next2);
                    JumpIf(ie.Orelse, next, cond);
                    UseLabel(end);
                    return;
                }
                case Compare c when c.Ops.Count > 1:
                {
                    int n = c.Ops.Count - 1;
                    int cleanup = NewLabel();
                    VisitExpr(c.Left);
                    for (int i = 0; i < n; i++)
                    {
                        VisitExpr(c.Comparators[i]);
                        EmitI(OpCode.SWAP, 2);
                        EmitI(OpCode.COPY, 2);
                        EmitCompare(c.Ops[i]);
                        EmitJump(OpCode.POP_JUMP_IF_FALSE, cleanup);
                    }
                    VisitExpr(c.Comparators[n]);
                    EmitCompare(c.Ops[n]);
                    EmitJump(cond ? OpCode.POP_JUMP_IF_TRUE : OpCode.POP_JUMP_IF_FALSE, next);
                    int end = NewLabel();
                    Jump(end);
                    UseLabel(cleanup);
                    Emit(OpCode.POP_TOP);
                    if (!cond) Jump(next);
                    UseLabel(end);
                    return;
                }
                case Constant k:
                {
                    // A constant test folds to an unconditional jump or nothing.
                    if (ConstantTruth(k.Value) is bool truth)
                    {
                        if (truth == cond) Jump(next);
                        return;
                    }
                    break;
                }
            }
            VisitExpr(e);
            EmitJump(cond ? OpCode.POP_JUMP_IF_TRUE : OpCode.POP_JUMP_IF_FALSE, next);
        }
        finally
        {
            _loc = saved;
        }
    }

    static bool? ConstantTruth(object v) => v switch
    {
        bool b => b,
        long l => l != 0,
        NoneValue => false,
        EllipsisValue => true,
        string s => s.Length != 0,
        double d => d != 0,
        System.Numerics.BigInteger bi => !bi.IsZero,
        _ => null,
    };

    public override void VisitIfExp(IfExp node)
    {
        int end = NewLabel(), next = NewLabel();
        JumpIf(node.Test, next, false);
        VisitExpr(node.Body);
        Jump(end);
        UseLabel(next);
        VisitExpr(node.Orelse);
        UseLabel(end);
    }

    // ================================================================ attributes, subscripts

    public override void VisitAttribute(Attribute node)
    {
        if (node.Ctx is Load && CanOptimizeSuperCall(node))
        {
            LoadArgsForSuper((Call)node.Value);
            int arg = _u.AddName(Mangle(node.Attr)) << 2;
            if (((Call)node.Value).Args.Count == 2) arg |= 2;
            EmitI(OpCode.LOAD_SUPER_ATTR, arg);
            return;
        }
        VisitExpr(node.Value);
        switch (node.Ctx)
        {
            case Load: EmitName(OpCode.LOAD_ATTR, node.Attr); break;
            case Store: EmitName(OpCode.STORE_ATTR, node.Attr); break;
            default: EmitName(OpCode.DELETE_ATTR, node.Attr); break;
        }
    }

    static bool IsTwoElementSlice(ExprBase e) => e is Slice { Step: null };

    void CompileSliceParts(Slice s)
    {
        if (s.Lower != null) VisitExpr(s.Lower); else LoadConst(NoneValue.Instance);
        if (s.Upper != null) VisitExpr(s.Upper); else LoadConst(NoneValue.Instance);
    }

    public override void VisitSlice(Slice node)
    {
        CompileSliceParts(node);
        if (node.Step != null)
        {
            VisitExpr(node.Step);
            EmitI(OpCode.BUILD_SLICE, 3);
        }
        else EmitI(OpCode.BUILD_SLICE, 2);
    }

    public override void VisitSubscript(Subscript node)
    {
        VisitExpr(node.Value);
        if (IsTwoElementSlice(node.Slice) && node.Ctx is not Del)
        {
            CompileSliceParts((Slice)node.Slice);
            Emit(node.Ctx is Load ? OpCode.BINARY_SLICE : OpCode.STORE_SLICE);
            return;
        }
        VisitExpr(node.Slice);
        Emit(node.Ctx switch { Load => OpCode.BINARY_SUBSCR, Store => OpCode.STORE_SUBSCR, _ => OpCode.DELETE_SUBSCR });
    }

    // ================================================================ displays

    public override void VisitTuple(Tuple node)
    {
        switch (node.Ctx)
        {
            case Store: AssignSequence(node.Elts); break;
            case Del: foreach (var e in node.Elts) VisitExpr(e); break;
            default:
                if (TryConstantTuple(node, out var folded)) { EmitI(OpCode.LOAD_CONST, folded); break; }
                StarUnpack(node.Elts, 0, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, true);
                break;
        }
    }

    public override void VisitList(List node)
    {
        switch (node.Ctx)
        {
            case Store: AssignSequence(node.Elts); break;
            case Del: foreach (var e in node.Elts) VisitExpr(e); break;
            default: StarUnpack(node.Elts, 0, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, false); break;
        }
    }

    public override void VisitSet(Set node) =>
        StarUnpack(node.Elts, 0, OpCode.BUILD_SET, OpCode.SET_ADD, OpCode.SET_UPDATE, false);

    /// <summary>A tuple display whose items are all constants is one constant (CPython's AST optimizer).</summary>
    bool TryConstantTuple(Tuple t, out int index)
    {
        index = -1;
        if (t.Elts.Count == 0)
        {
            index = AddConstObject(PyTuple.Empty, "t()");
            return true;
        }
        var key = new System.Text.StringBuilder("t(");
        var items = new PyObject[t.Elts.Count];
        if (!FoldTuple(t, key, items)) return false;
        string k = key.ToString();
        if (_u.ConstIndex.TryGetValue(k, out index)) return true;
        index = AddConstObject(new PyTuple(items), k);
        return true;
    }

    bool FoldTuple(Tuple t, System.Text.StringBuilder key, PyObject[] items)
    {
        for (int i = 0; i < t.Elts.Count; i++)
        {
            var e = t.Elts[i];
            if (e is Constant c)
            {
                items[i] = ConstantFactory.FromAst(c.Value);
                key.Append(ConstantFactory.Key(c.Value)).Append('\u0001');
            }
            else if (e is UnaryOp { Op: USub, Operand: Constant nc } && TryNegate(nc.Value, out var neg))
            {
                items[i] = ConstantFactory.FromAst(neg);
                key.Append(ConstantFactory.Key(neg)).Append('\u0001');
            }
            else if (e is Tuple { Ctx: Load } inner)
            {
                var sub = new PyObject[inner.Elts.Count];
                key.Append("t(");
                if (!FoldTuple(inner, key, sub)) return false;
                key.Append(')');
                items[i] = sub.Length == 0 ? PyTuple.Empty : new PyTuple(sub);
            }
            else return false;
        }
        key.Append(')');
        return true;
    }

    /// <summary>Builds a list/tuple/set display or positional call arguments, with *unpacking.</summary>
    void StarUnpack(List<ExprBase> elts, int pushed, OpCode build, OpCode add, OpCode extend, bool tuple)
    {
        int n = elts.Count;
        bool seenStar = false;
        foreach (var e in elts) if (e is Starred) { seenStar = true; break; }
        bool big = n + pushed > StackUseGuideline;
        if (!seenStar && !big)
        {
            foreach (var e in elts) VisitExpr(e);
            EmitI(tuple ? OpCode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        bool built = false;
        if (big)
        {
            EmitI(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++)
        {
            var elt = elts[i];
            if (elt is Starred st)
            {
                if (!built)
                {
                    EmitI(build, i + pushed);
                    built = true;
                }
                VisitExpr(st.Value);
                EmitI(extend, 1);
            }
            else
            {
                VisitExpr(elt);
                if (built) EmitI(add, 1);
            }
        }
        if (tuple) EmitI(OpCode.CALL_INTRINSIC_1, (int)Intrinsic1.ListToTuple);
    }

    void AssignSequence(List<ExprBase> elts)
    {
        int n = elts.Count;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is Starred s)
            {
                if (seenStar) throw Error("multiple starred expressions in assignment", s);
                if (i >= (1 << 8) || n - i - 1 >= (1 << 16)) throw Error("too many expressions in star-unpacking assignment", s);
                EmitI(OpCode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) EmitI(OpCode.UNPACK_SEQUENCE, n);
        foreach (var e in elts) VisitExpr(e is Starred st ? st.Value : e);
    }

    public override void VisitDict(Dict node)
    {
        int n = node.Values.Count;
        int elements = 0;
        bool haveDict = false;
        for (int i = 0; i < n; i++)
        {
            if (node.Keys[i] == null)
            {
                if (elements > 0)
                {
                    SubDict(node, i - elements, i);
                    if (haveDict) EmitI(OpCode.DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict)
                {
                    EmitI(OpCode.BUILD_MAP, 0);
                    haveDict = true;
                }
                VisitExpr(node.Values[i]);
                EmitI(OpCode.DICT_UPDATE, 1);
            }
            else
            {
                if (elements * 2 > StackUseGuideline)
                {
                    SubDict(node, i - elements, i + 1);
                    if (haveDict) EmitI(OpCode.DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                else elements++;
            }
        }
        if (elements > 0)
        {
            SubDict(node, n - elements, n);
            if (haveDict) EmitI(OpCode.DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) EmitI(OpCode.BUILD_MAP, 0);
    }

    void SubDict(Dict node, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (n > 1 && !big && AllConstantKeys(node.Keys, begin, end, out var keys))
        {
            for (int i = begin; i < end; i++) VisitExpr(node.Values[i]);
            EmitI(OpCode.LOAD_CONST, keys);
            EmitI(OpCode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) EmitI(OpCode.BUILD_MAP, 0);
        for (int i = begin; i < end; i++)
        {
            VisitExpr(node.Keys[i]!);
            VisitExpr(node.Values[i]);
            if (big) EmitI(OpCode.MAP_ADD, 1);
        }
        if (!big) EmitI(OpCode.BUILD_MAP, n);
    }

    bool AllConstantKeys(List<ExprBase?> keys, int begin, int end, out int constIndex)
    {
        constIndex = -1;
        var items = new PyObject[end - begin];
        var key = new System.Text.StringBuilder("t(");
        for (int i = begin; i < end; i++)
        {
            if (keys[i] is not Constant c) return false;
            items[i - begin] = ConstantFactory.FromAst(c.Value);
            key.Append(ConstantFactory.Key(c.Value)).Append('\u0001');
        }
        key.Append(')');
        string k = key.ToString();
        if (!_u.ConstIndex.TryGetValue(k, out constIndex)) constIndex = AddConstObject(new PyTuple(items), k);
        return true;
    }

    // ================================================================ f-strings

    public override void VisitJoinedStr(JoinedStr node)
    {
        var values = node.Values;
        if (values.Count > StackUseGuideline)
        {
            LoadConst("");
            EmitI(OpCode.LOAD_ATTR, (_u.AddName("join") << 1) | 1);
            EmitI(OpCode.BUILD_LIST, 0);
            foreach (var v in values)
            {
                VisitExpr(v);
                EmitI(OpCode.LIST_APPEND, 1);
            }
            EmitI(OpCode.CALL, 1);
            return;
        }
        foreach (var v in values) VisitExpr(v);
        if (values.Count != 1) EmitI(OpCode.BUILD_STRING, values.Count);
    }

    public override void VisitFormattedValue(FormattedValue node)
    {
        VisitExpr(node.Value);
        int oparg = node.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
        if (node.FormatSpec != null)
        {
            VisitExpr(node.FormatSpec);
            oparg |= 4;
        }
        EmitI(OpCode.FORMAT_VALUE, oparg);
    }

    // ================================================================ generators and coroutines

    public override void VisitYield(Yield node)
    {
        if (!_u.IsFunctionLike || _u.Kind is UnitKind.Module or UnitKind.Class) throw Error("'yield' outside function", node);
        if (node.Value != null) VisitExpr(node.Value);
        else LoadConst(NoneValue.Instance);
        AddYield();
    }

    public override void VisitYieldFrom(YieldFrom node)
    {
        if (!_u.IsFunctionLike || _u.Kind is UnitKind.Module or UnitKind.Class) throw Error("'yield' outside function", node);
        if (_u.Kind == UnitKind.AsyncFunction) throw Error("'yield from' inside async function", node);
        VisitExpr(node.Value);
        Emit(OpCode.GET_YIELD_FROM_ITER);
        LoadConst(NoneValue.Instance);
        AddYieldFrom(false);
    }

    public override void VisitAwait(Await node)
    {
        if (!(_u.Kind == UnitKind.Module && _st.AllowTopLevelAwait))
        {
            if (!_u.IsFunctionLike || _u.Kind is UnitKind.Module or UnitKind.Class) throw Error("'await' outside function", node);
            if (_u.Kind != UnitKind.AsyncFunction && _u.Kind != UnitKind.Comprehension)
                throw Error("'await' outside async function", node);
        }
        VisitExpr(node.Value);
        EmitI(OpCode.GET_AWAITABLE, 0);
        LoadConst(NoneValue.Instance);
        AddYieldFrom(true);
    }

    // ================================================================ calls

    public override void VisitCall(Call node)
    {
        ValidateKeywords(node.Keywords);
        if (TryMethodCall(node)) return;
        var saved = _loc;
        _loc = Pos(node.Func);
        if (node.Func is Name fn && IsGlobalLoad(fn.Id))
        {
            // LOAD_GLOBAL with the NULL bit replaces PUSH_NULL + LOAD_GLOBAL.
            int idx = _u.AddName(Mangle(fn.Id));
            EmitI(OpCode.LOAD_GLOBAL, (idx << 1) | 1);
        }
        else
        {
            Emit(OpCode.PUSH_NULL);
            VisitExpr(node.Func);
        }
        _loc = saved;
        CallHelper(0, node.Args, node.Keywords);
    }

    bool IsGlobalLoad(string name)
    {
        if (name == "__debug__") return false;
        string mangled = Mangle(name);
        var scope = _u.Ste.GetScope(mangled);
        if (scope == SymbolScope.GlobalExplicit) return true;
        if (scope == SymbolScope.GlobalImplicit) return _u.IsFunctionLike && !_u.Ste.CanSeeClassScope;
        return false;
    }

    void ValidateKeywords(List<Keyword> keywords)
    {
        for (int i = 0; i < keywords.Count; i++)
        {
            var k = keywords[i];
            if (k.Arg == null) continue;
            if (k.Arg == "__debug__") throw Error("cannot assign to __debug__", k);
            for (int j = i + 1; j < keywords.Count; j++)
                if (keywords[j].Arg == k.Arg) throw Error($"keyword argument repeated: {k.Arg}", keywords[j]);
        }
    }

    bool TryMethodCall(Call node)
    {
        if (node.Func is not Attribute { Ctx: Load } meth) return false;
        var args = node.Args;
        var kwds = node.Keywords;
        if (args.Count + kwds.Count * 2 >= StackUseGuideline) return false;
        foreach (var a in args) if (a is Starred) return false;
        foreach (var k in kwds) if (k.Arg == null) return false;
        if (CanOptimizeSuperCall(meth))
        {
            LoadArgsForSuper((Call)meth.Value);
            int arg = (_u.AddName(Mangle(meth.Attr)) << 2) | 1;
            if (((Call)meth.Value).Args.Count == 2) arg |= 2;
            var s0 = _loc;
            _loc = Pos(meth);
            EmitI(OpCode.LOAD_SUPER_ATTR, arg);
            _loc = s0;
        }
        else
        {
            VisitExpr(meth.Value);
            var s1 = _loc;
            _loc = Pos(meth);
            EmitI(OpCode.LOAD_ATTR, (_u.AddName(Mangle(meth.Attr)) << 1) | 1);
            _loc = s1;
        }
        foreach (var a in args) VisitExpr(a);
        if (kwds.Count > 0)
        {
            foreach (var k in kwds) VisitExpr(k.Value);
            EmitKwNames(kwds, 0, kwds.Count);
        }
        EmitI(OpCode.CALL, args.Count + kwds.Count);
        return true;
    }

    void EmitKwNames(List<Keyword> kwds, int begin, int end)
    {
        var names = new List<string>(end - begin);
        for (int i = begin; i < end; i++) names.Add(kwds[i].Arg!);
        EmitI(OpCode.KW_NAMES, AddStringTuple(names));
    }

    bool CanOptimizeSuperCall(Attribute attr)
    {
        if (attr.Value is not Call { Func: Name { Id: "super" } } e || attr.Attr == "__class__" || e.Keywords.Count != 0)
            return false;
        if (_u.Ste.GetScope("super") != SymbolScope.GlobalImplicit) return false;
        if (_st.Top.GetScope("super") != SymbolScope.Unknown) return false;
        int n = e.Args.Count;
        if (n == 2)
        {
            foreach (var a in e.Args) if (a is Starred) return false;
            return true;
        }
        if (n != 0) return false;
        if (_u.ArgCount == 0 && _u.PosOnlyArgCount == 0) return false;
        return _u.Kind != UnitKind.Class && _u.Ste.GetScope("__class__") == SymbolScope.Free;
    }

    void LoadArgsForSuper(Call e)
    {
        var saved = _loc;
        _loc = Pos(e.Func);
        NameOp("super", 0);
        _loc = saved;
        if (e.Args.Count == 2)
        {
            VisitExpr(e.Args[0]);
            VisitExpr(e.Args[1]);
            return;
        }
        NameOp("__class__", 0);
        NameOp(_u.VarNames[0], 0);
    }

    /// <summary>Pushes arguments and emits CALL or CALL_FUNCTION_EX (n items already pushed).</summary>
    void CallHelper(int n, List<ExprBase> args, List<Keyword> keywords)
    {
        int nelts = args.Count, nkw = keywords.Count;
        bool ex = nelts + nkw * 2 > StackUseGuideline;
        if (!ex)
        {
            foreach (var a in args) if (a is Starred) { ex = true; break; }
            foreach (var k in keywords) if (k.Arg == null) { ex = true; break; }
        }
        if (!ex)
        {
            foreach (var a in args) VisitExpr(a);
            if (nkw > 0)
            {
                foreach (var k in keywords) VisitExpr(k.Value);
                EmitKwNames(keywords, 0, nkw);
            }
            EmitI(OpCode.CALL, n + nelts + nkw);
            return;
        }
        if (n == 0 && nelts == 1 && args[0] is Starred only) VisitExpr(only.Value);
        else StarUnpack(args, n, OpCode.BUILD_LIST, OpCode.LIST_APPEND, OpCode.LIST_EXTEND, true);
        if (nkw > 0)
        {
            bool haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkw; i++)
            {
                var kw = keywords[i];
                if (kw.Arg == null)
                {
                    if (nseen > 0)
                    {
                        SubKwargs(keywords, i - nseen, i);
                        if (haveDict) EmitI(OpCode.DICT_MERGE, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict)
                    {
                        EmitI(OpCode.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    VisitExpr(kw.Value);
                    EmitI(OpCode.DICT_MERGE, 1);
                }
                else nseen++;
            }
            if (nseen > 0)
            {
                SubKwargs(keywords, nkw - nseen, nkw);
                if (haveDict) EmitI(OpCode.DICT_MERGE, 1);
            }
        }
        EmitI(OpCode.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
    }

    void SubKwargs(List<Keyword> keywords, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (n > 1 && !big)
        {
            for (int i = begin; i < end; i++) VisitExpr(keywords[i].Value);
            var names = new List<string>(n);
            for (int i = begin; i < end; i++) names.Add(keywords[i].Arg!);
            EmitI(OpCode.LOAD_CONST, AddStringTuple(names));
            EmitI(OpCode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) EmitI(OpCode.BUILD_MAP, 0);
        for (int i = begin; i < end; i++)
        {
            LoadConst(keywords[i].Arg!);
            VisitExpr(keywords[i].Value);
            if (big) EmitI(OpCode.MAP_ADD, 1);
        }
        if (!big) EmitI(OpCode.BUILD_MAP, n);
    }
}
