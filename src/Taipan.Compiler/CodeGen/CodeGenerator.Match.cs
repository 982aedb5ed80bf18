using Taipan.Runtime;
using Taipan.Runtime.Bytecode;
using Taipan.Syntax.Ast;

namespace Taipan.Compiler.CodeGen;

// The match statement (PEP 634), after CPython's compiler_match and compiler_pattern_*: the subject
// stays on the stack, each pattern pushes the values it captures, and a failed test jumps to a
// "fail_pop" label that pops however many items were pushed so far.
internal sealed partial class CodeGenerator
{
    sealed class PatternContext
    {
        /// <summary>Names captured so far; their values are on the stack (under on_top items).</summary>
        public List<string> Stores = new();
        public bool AllowIrrefutable;
        public List<int> FailPop = new();
        /// <summary>Items on top of the stack that are not captures.</summary>
        public int OnTop;
    }

    static bool IsWildcard(PatternBase p) => p is MatchAs { Pattern: null, Name: null };
    static bool IsWildcardStar(PatternBase p) => p is MatchStar { Name: null };

    public override void VisitMatch(Match node)
    {
        var pc = new PatternContext();
        VisitExpr(node.Subject);
        int end = NewLabel();
        int cases = node.Cases.Count;
        var last = node.Cases[cases - 1];
        bool hasDefault = IsWildcard(last.Pattern) && cases > 1;
        for (int i = 0; i < cases - (hasDefault ? 1 : 0); i++)
        {
            var m = node.Cases[i];
            var ploc = Pos(m.Pattern);
            var saved = _loc;
            _loc = ploc;
            if (i != cases - (hasDefault ? 1 : 0) - 1) EmitI(OpCode.COPY, 1);
            pc.Stores = new List<string>();
            pc.AllowIrrefutable = m.Guard != null || i == cases - 1;
            pc.FailPop = new List<int>();
            pc.OnTop = 0;
            CompilePattern(m.Pattern, pc);
            _loc = ploc;
            foreach (var name in pc.Stores) NameOp(name, 1);
            if (m.Guard != null)
            {
                EnsureFailPop(pc, 0);
                JumpIf(m.Guard, pc.FailPop[0], false);
            }
            if (i != cases - (hasDefault ? 1 : 0) - 1) Emit(OpCode.POP_TOP);
            _loc = saved;
            CompileStatements(m.Body);
            _loc = SourcePosition.None;
            Jump(end);
            _loc = ploc;
            EmitAndResetFailPop(pc);
            _loc = saved;
        }
        if (hasDefault)
        {
            var saved = _loc;
            _loc = Pos(last.Pattern);
            Emit(cases == 1 ? OpCode.POP_TOP : OpCode.NOP);
            if (last.Guard != null) JumpIf(last.Guard, end, false);
            _loc = saved;
            CompileStatements(last.Body);
        }
        UseLabel(end);
    }

    void EnsureFailPop(PatternContext pc, int n)
    {
        while (pc.FailPop.Count < n + 1) pc.FailPop.Add(NewLabel());
    }

    void JumpToFailPop(PatternContext pc, OpCode op)
    {
        int pops = pc.OnTop + pc.Stores.Count;
        EnsureFailPop(pc, pops);
        EmitJump(op, pc.FailPop[pops]);
    }

    void JumpToFailPopAlways(PatternContext pc)
    {
        int pops = pc.OnTop + pc.Stores.Count;
        EnsureFailPop(pc, pops);
        Jump(pc.FailPop[pops]);
    }

    void EmitAndResetFailPop(PatternContext pc)
    {
        if (pc.FailPop.Count == 0) return;
        for (int i = pc.FailPop.Count - 1; i > 0; i--)
        {
            UseLabel(pc.FailPop[i]);
            Emit(OpCode.POP_TOP);
        }
        UseLabel(pc.FailPop[0]);
        pc.FailPop = new List<int>();
    }

    void Rotate(int count)
    {
        while (1 < count) EmitI(OpCode.SWAP, count--);
    }

    void StoreCapture(string? name, PatternContext pc, LocatedNode at)
    {
        if (name == null)
        {
            Emit(OpCode.POP_TOP);
            return;
        }
        if (name == "__debug__") throw Error("cannot assign to __debug__", at);
        if (pc.Stores.Contains(name)) throw Error($"multiple assignments to name '{name}' in pattern", at);
        Rotate(pc.OnTop + pc.Stores.Count + 1);
        pc.Stores.Add(name);
    }

    void CompileSubpattern(PatternBase p, PatternContext pc)
    {
        bool saved = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        CompilePattern(p, pc);
        pc.AllowIrrefutable = saved;
    }

    void CompilePattern(PatternBase p, PatternContext pc)
    {
        var saved = _loc;
        _loc = Pos(p);
        switch (p)
        {
            case MatchValue v: PatternValue(v, pc); break;
            case MatchSingleton s:
                LoadConst(s.Value);
                EmitI(OpCode.IS_OP, 0);
                JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
                break;
            case MatchSequence s: PatternSequence(s, pc); break;
            case MatchMapping m: PatternMapping(m, pc); break;
            case MatchClass c: PatternClass(c, pc); break;
            case MatchStar st: StoreCapture(st.Name, pc, st); break;
            case MatchAs a: PatternAs(a, pc); break;
            case MatchOr o: PatternOr(o, pc); break;
            default: throw PyException.SystemError("invalid match pattern node");
        }
        _loc = saved;
    }

    static bool IsMatchValueExpr(ExprBase e) => e switch
    {
        Constant or Attribute => true,
        UnaryOp { Op: USub, Operand: Constant } => true,
        BinOp { Op: Add or Sub, Left: Constant or UnaryOp { Op: USub, Operand: Constant }, Right: Constant } => true,
        _ => false,
    };

    void PatternValue(MatchValue p, PatternContext pc)
    {
        if (!IsMatchValueExpr(p.Value)) throw Error("patterns may only match literals and attribute lookups", p);
        VisitExpr(p.Value);
        EmitI(OpCode.COMPARE_OP, (int)ComparisonOp.Eq);
        JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
    }

    void PatternAs(MatchAs p, PatternContext pc)
    {
        if (p.Pattern == null)
        {
            if (!pc.AllowIrrefutable)
            {
                if (p.Name != null) throw Error($"name capture '{p.Name}' makes remaining patterns unreachable", p);
                throw Error("wildcard makes remaining patterns unreachable", p);
            }
            StoreCapture(p.Name, pc, p);
            return;
        }
        pc.OnTop++;
        EmitI(OpCode.COPY, 1);
        CompilePattern(p.Pattern, pc);
        pc.OnTop--;
        StoreCapture(p.Name, pc, p);
    }

    void PatternSequence(MatchSequence p, PatternContext pc)
    {
        var patterns = p.Patterns;
        int size = patterns.Count;
        int star = -1;
        bool onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++)
        {
            var pat = patterns[i];
            if (pat is MatchStar)
            {
                if (star >= 0) throw Error("multiple starred names in sequence pattern", p);
                starWildcard = IsWildcardStar(pat);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= IsWildcard(pat);
        }
        pc.OnTop++;
        Emit(OpCode.MATCH_SEQUENCE);
        JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
        if (star < 0)
        {
            Emit(OpCode.GET_LEN);
            LoadConst((long)size);
            EmitI(OpCode.COMPARE_OP, (int)ComparisonOp.Eq);
            JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
        }
        else if (size > 1)
        {
            Emit(OpCode.GET_LEN);
            LoadConst((long)(size - 1));
            EmitI(OpCode.COMPARE_OP, (int)ComparisonOp.Ge);
            JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
        }
        pc.OnTop--;
        if (onlyWildcard) Emit(OpCode.POP_TOP);
        else if (starWildcard) SequenceSubscr(patterns, star, pc);
        else SequenceUnpack(patterns, pc, p);
    }

    void SequenceUnpack(List<PatternBase> patterns, PatternContext pc, LocatedNode at)
    {
        int n = patterns.Count;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (patterns[i] is MatchStar)
            {
                if (seenStar) throw Error("multiple starred expressions in sequence pattern", at);
                EmitI(OpCode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) EmitI(OpCode.UNPACK_SEQUENCE, n);
        pc.OnTop += n;
        for (int i = 0; i < n; i++)
        {
            pc.OnTop--;
            CompileSubpattern(patterns[i], pc);
        }
    }

    void SequenceSubscr(List<PatternBase> patterns, int star, PatternContext pc)
    {
        pc.OnTop++;
        int size = patterns.Count;
        for (int i = 0; i < size; i++)
        {
            var pat = patterns[i];
            if (IsWildcard(pat) || i == star) continue;
            EmitI(OpCode.COPY, 1);
            if (i < star) LoadConst((long)i);
            else
            {
                Emit(OpCode.GET_LEN);
                LoadConst((long)(size - i));
                EmitI(OpCode.BINARY_OP, (int)BinaryOp.Subtract);
            }
            Emit(OpCode.BINARY_SUBSCR);
            CompileSubpattern(pat, pc);
        }
        pc.OnTop--;
        Emit(OpCode.POP_TOP);
    }

    void PatternClass(MatchClass p, PatternContext pc)
    {
        int nargs = p.Patterns.Count, nattrs = p.KwdAttrs.Count;
        if (nattrs != p.KwdPatterns.Count)
            throw Error($"kwd_attrs ({nattrs}) / kwd_patterns ({p.KwdPatterns.Count}) length mismatch in class pattern", p);
        for (int i = 0; i < nattrs; i++)
        {
            var name = p.KwdAttrs[i];
            if (name == "__debug__") throw Error("cannot assign to __debug__", p.KwdPatterns[i]);
            for (int j = i + 1; j < nattrs; j++)
                if (p.KwdAttrs[j] == name) throw Error($"attribute name repeated in class pattern: {name}", p.KwdPatterns[j]);
        }
        VisitExpr(p.Cls);
        EmitI(OpCode.LOAD_CONST, AddStringTuple(p.KwdAttrs));
        EmitI(OpCode.MATCH_CLASS, nargs);
        EmitI(OpCode.COPY, 1);
        LoadConst(NoneValue.Instance);
        EmitI(OpCode.IS_OP, 1);
        pc.OnTop++;
        JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
        EmitI(OpCode.UNPACK_SEQUENCE, nargs + nattrs);
        pc.OnTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++)
        {
            pc.OnTop--;
            var pat = i < nargs ? p.Patterns[i] : p.KwdPatterns[i - nargs];
            if (IsWildcard(pat))
            {
                Emit(OpCode.POP_TOP);
                continue;
            }
            CompileSubpattern(pat, pc);
        }
    }

    void PatternMapping(MatchMapping p, PatternContext pc)
    {
        var keys = p.Keys;
        int size = keys.Count;
        if (size != p.Patterns.Count)
            throw Error($"keys ({size}) / patterns ({p.Patterns.Count}) length mismatch in mapping pattern", p);
        var starTarget = p.Rest;
        pc.OnTop++;
        Emit(OpCode.MATCH_MAPPING);
        JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
        if (size == 0 && starTarget == null)
        {
            pc.OnTop--;
            Emit(OpCode.POP_TOP);
            return;
        }
        if (size > 0)
        {
            Emit(OpCode.GET_LEN);
            LoadConst((long)size);
            EmitI(OpCode.COMPARE_OP, (int)ComparisonOp.Ge);
            JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
        }
        var seen = new HashSet<string>();
        foreach (var key in keys)
        {
            if (key is Constant c)
            {
                if (!seen.Add(EqualityKey(c.Value)))
                    throw Error($"mapping pattern checks duplicate key ({Ops.ReprString(ConstantFactory.FromAst(c.Value))})", p);
            }
            else if (key is not Attribute && !IsMatchValueExpr(key))
                throw Error("mapping pattern keys may only match literals and attribute lookups", p);
            VisitExpr(key);
        }
        EmitI(OpCode.BUILD_TUPLE, size);
        Emit(OpCode.MATCH_KEYS);
        pc.OnTop += 2;
        EmitI(OpCode.COPY, 1);
        LoadConst(NoneValue.Instance);
        EmitI(OpCode.IS_OP, 1);
        JumpToFailPop(pc, OpCode.POP_JUMP_IF_FALSE);
        EmitI(OpCode.UNPACK_SEQUENCE, size);
        pc.OnTop += size - 1;
        for (int i = 0; i < size; i++)
        {
            pc.OnTop--;
            CompileSubpattern(p.Patterns[i], pc);
        }
        pc.OnTop -= 2;
        if (starTarget != null)
        {
            EmitI(OpCode.BUILD_MAP, 0);
            EmitI(OpCode.SWAP, 3);
            EmitI(OpCode.DICT_UPDATE, 2);
            EmitI(OpCode.UNPACK_SEQUENCE, size);
            while (size > 0)
            {
                EmitI(OpCode.COPY, 1 + size--);
                EmitI(OpCode.SWAP, 2);
                Emit(OpCode.DELETE_SUBSCR);
            }
            StoreCapture(starTarget, pc, p);
        }
        else
        {
            Emit(OpCode.POP_TOP);
            Emit(OpCode.POP_TOP);
        }
    }

    /// <summary>Keys that compare equal in Python (1, 1.0, True) share one key here.</summary>
    static string EqualityKey(object v) => v switch
    {
        bool b => b ? "i1" : "i0",
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => "i" + ((long)d).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => ConstantFactory.Key(v),
    };

    void PatternOr(MatchOr p, PatternContext pc)
    {
        int end = NewLabel();
        int size = p.Patterns.Count;
        var oldStores = pc.Stores;
        bool oldAllow = pc.AllowIrrefutable;
        var oldFailPop = pc.FailPop;
        int oldOnTop = pc.OnTop;
        List<string>? control = null;
        for (int i = 0; i < size; i++)
        {
            var alt = p.Patterns[i];
            pc.Stores = new List<string>();
            pc.AllowIrrefutable = i == size - 1 && oldAllow;
            pc.FailPop = new List<int>();
            pc.OnTop = 0;
            var saved = _loc;
            _loc = Pos(alt);
            EmitI(OpCode.COPY, 1);
            CompilePattern(alt, pc);
            int nstores = pc.Stores.Count;
            if (i == 0) control = pc.Stores;
            else if (nstores != control!.Count) throw Error("alternative patterns bind different names", p);
            else if (nstores > 0)
            {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--)
                {
                    string name = control[icontrol];
                    int istores = pc.Stores.IndexOf(name);
                    if (istores < 0) throw Error("alternative patterns bind different names", p);
                    if (icontrol != istores)
                    {
                        int rotations = istores + 1;
                        var rotated = pc.Stores.GetRange(0, rotations);
                        pc.Stores.RemoveRange(0, rotations);
                        pc.Stores.InsertRange(icontrol - istores, rotated);
                        while (rotations-- > 0) Rotate(icontrol + 1);
                    }
                }
            }
            Jump(end);
            EmitAndResetFailPop(pc);
            _loc = saved;
        }
        pc.Stores = oldStores;
        pc.AllowIrrefutable = oldAllow;
        pc.FailPop = oldFailPop;
        pc.OnTop = oldOnTop;
        Emit(OpCode.POP_TOP);
        JumpToFailPopAlways(pc);
        UseLabel(end);
        int n = control!.Count;
        int nrots = n + 1 + pc.OnTop + pc.Stores.Count;
        for (int i = 0; i < n; i++)
        {
            Rotate(nrots);
            string name = control[i];
            if (pc.Stores.Contains(name)) throw Error($"multiple assignments to name '{name}' in pattern", p);
            pc.Stores.Add(name);
        }
        Emit(OpCode.POP_TOP);
    }
}
