using Taipan.Runtime;
using Taipan.Runtime.Bytecode;

namespace Taipan.Compiler.CodeGen;

/// <summary>Compiler-only instructions, resolved away by the assembler.</summary>
internal static class Pseudo
{
    /// <summary>Protects the following instructions; on exception go to the label with the exception pushed.</summary>
    public const int SETUP_FINALLY = 256;
    /// <summary>As SETUP_FINALLY, but lasti is pushed too.</summary>
    public const int SETUP_CLEANUP = 257;
    /// <summary>As SETUP_CLEANUP, unwinding one item less (the __enter__ result).</summary>
    public const int SETUP_WITH = 258;
    public const int POP_BLOCK = 259;
    /// <summary>Unconditional jump; becomes JUMP_FORWARD or JUMP_BACKWARD.</summary>
    public const int JUMP = 260;
    public const int JUMP_NO_INTERRUPT = 261;
    /// <summary>Marks the position of a label.</summary>
    public const int LABEL = 262;
    /// <summary>DEREF operations carry a cell/free index until assembly maps it into localsplus.</summary>
    public const int DerefFlag = 1 << 23;
}

internal struct PInstr
{
    public int Op;
    public int Arg;
    /// <summary>Jump target label, or -1.</summary>
    public int Target;
    public SourcePosition Pos;
}

/// <summary>
/// The instruction sequence of one code unit, with labels and pseudo-instructions, and the
/// assembler that turns it into a PyCode: basic blocks, stack depth and exception-handler
/// propagation over the control-flow graph, removal of unreachable code, jump resolution and the
/// exception and position tables.
/// </summary>
internal sealed class CodeBuilder
{
    public PInstr[] Code = new PInstr[64];
    public int Count;
    int _labels;

    public int NewLabel() => _labels++;

    public void Emit(int op, int arg, SourcePosition pos, int target = -1)
    {
        if (Count == Code.Length) Array.Resize(ref Code, Count * 2);
        ref var i = ref Code[Count++];
        i.Op = op; i.Arg = arg; i.Target = target; i.Pos = pos;
    }

    public void Insert(int index, int op, int arg, SourcePosition pos, int target = -1)
    {
        if (Count == Code.Length) Array.Resize(ref Code, Count * 2);
        Array.Copy(Code, index, Code, index + 1, Count - index);
        Count++;
        ref var i = ref Code[index];
        i.Op = op; i.Arg = arg; i.Target = target; i.Pos = pos;
    }

    public void UseLabel(int label) => Emit(Pseudo.LABEL, label, SourcePosition.None);

    /// <summary>The op of the last emitted real instruction (ignoring labels), or -1.</summary>
    public int LastOp()
    {
        for (int i = Count - 1; i >= 0; i--)
            if (Code[i].Op != Pseudo.LABEL) return Code[i].Op;
        return -1;
    }

    sealed class Handler
    {
        public readonly int Label, Depth;
        public readonly bool Lasti;
        public readonly Handler? Next;
        public readonly int Level;
        public Handler(int label, int depth, bool lasti, Handler? next)
        {
            Label = label; Depth = depth; Lasti = lasti; Next = next; Level = next == null ? 1 : next.Level + 1;
        }
    }

    public readonly struct Result
    {
        public readonly int[] Instructions;
        public readonly SourcePosition[] Positions;
        public readonly ExceptionTableEntry[] ExceptionTable;
        public readonly int MaxDepth;
        public Result(int[] code, SourcePosition[] pos, ExceptionTableEntry[] table, int depth)
        {
            Instructions = code; Positions = pos; ExceptionTable = table; MaxDepth = depth;
        }
    }

    static bool IsReal(int op) => op < 256 || op == Pseudo.JUMP || op == Pseudo.JUMP_NO_INTERRUPT;

    static bool IsJump(int op) => op == Pseudo.JUMP || op == Pseudo.JUMP_NO_INTERRUPT || op == Pseudo.SETUP_FINALLY
        || op == Pseudo.SETUP_CLEANUP || op == Pseudo.SETUP_WITH || (op < 256 && Instr.Info((OpCode)op).IsJump);

    static bool IsUnconditional(int op) => op == Pseudo.JUMP || op == Pseudo.JUMP_NO_INTERRUPT
        || (op < 256 && Instr.IsTerminator((OpCode)op));

    /// <summary>
    /// Assembles the unit. <paramref name="mapDeref"/> maps a cell/free index to its localsplus slot.
    /// </summary>
    public Result Assemble(Func<int, int> mapDeref, Func<int, int> mapLocal)
    {
        int n = Count;
        var code = Code;
        // Label -> instruction index of its LABEL marker.
        var labelPos = new int[_labels];
        Array.Fill(labelPos, -1);
        for (int i = 0; i < n; i++) if (code[i].Op == Pseudo.LABEL) labelPos[code[i].Arg] = i;

        // Flow analysis, instruction by instruction (a worklist of entry points).
        var depthAt = new int[n + 1];
        Array.Fill(depthAt, int.MinValue);
        var handlerAt = new Handler?[n + 1];
        var reachable = new bool[n + 1];
        var work = new Stack<int>();
        int maxDepth = 0;

        void Reach(int index, int depth, Handler? h)
        {
            if (index >= n) return;
            if (depthAt[index] != int.MinValue) return;
            depthAt[index] = depth;
            handlerAt[index] = h;
            work.Push(index);
        }

        Reach(0, 0, null);
        while (work.Count > 0)
        {
            int i = work.Pop();
            int depth = depthAt[i];
            Handler? h = handlerAt[i];
            int first = i;
            for (; i < n; i++)
            {
                // Stop when falling into code already analysed (or queued).
                if (i != first && depthAt[i] != int.MinValue) break;
                reachable[i] = true;
                depthAt[i] = depth;
                handlerAt[i] = h;
                ref var ins = ref code[i];
                int op = ins.Op;
                if (op == Pseudo.LABEL) continue;
                if (op == Pseudo.SETUP_FINALLY || op == Pseudo.SETUP_CLEANUP || op == Pseudo.SETUP_WITH)
                {
                    int targetDepth = depth + (op == Pseudo.SETUP_CLEANUP ? 2 : 1);
                    bool lasti = op != Pseudo.SETUP_FINALLY;
                    Reach(labelPos[ins.Target], targetDepth, h);
                    if (targetDepth > maxDepth) maxDepth = targetDepth;
                    h = new Handler(ins.Target, targetDepth - 1 - (lasti ? 1 : 0), lasti, h);
                    continue;
                }
                if (op == Pseudo.POP_BLOCK)
                {
                    h = h?.Next;
                    continue;
                }
                if (op == Pseudo.JUMP || op == Pseudo.JUMP_NO_INTERRUPT)
                {
                    Reach(labelPos[ins.Target], depth, h);
                    break;
                }
                var opc = (OpCode)op;
                if (opc == OpCode.YIELD_VALUE) ins.Arg = h?.Level ?? 0;
                if (ins.Target >= 0)
                {
                    int jd = depth + Instr.StackEffect(opc, ins.Arg, true);
                    if (jd > maxDepth) maxDepth = jd;
                    Reach(labelPos[ins.Target], jd, h);
                }
                depth += Instr.StackEffect(opc, ins.Arg, false);
                if (depth > maxDepth) maxDepth = depth;
                if (depth < 0) throw new InvalidOperationException($"stack underflow at {i} ({opc})");
                if (Instr.IsTerminator(opc)) break;
            }
        }

        // Layout: keep reachable real instructions.
        var newIndex = new int[n + 1];
        int m = 0;
        for (int i = 0; i < n; i++)
        {
            newIndex[i] = m;
            if (reachable[i] && IsReal(code[i].Op)) m++;
        }
        newIndex[n] = m;
        var output = new int[m];
        var positions = new SourcePosition[m];
        var handlers = new Handler?[m];
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            if (!reachable[i]) continue;
            ref var ins = ref code[i];
            int op = ins.Op;
            if (!IsReal(op)) continue;
            int arg = ins.Arg;
            if (ins.Target >= 0)
            {
                int target = newIndex[labelPos[ins.Target]];
                arg = target;
                if (op == Pseudo.JUMP) op = (int)(target > k ? OpCode.JUMP_FORWARD : OpCode.JUMP_BACKWARD);
                else if (op == Pseudo.JUMP_NO_INTERRUPT) op = (int)(target > k ? OpCode.JUMP_FORWARD : OpCode.JUMP_BACKWARD_NO_INTERRUPT);
            }
            else
            {
                switch ((OpCode)op)
                {
                    case OpCode.MAKE_CELL: case OpCode.LOAD_CLOSURE: case OpCode.LOAD_DEREF: case OpCode.STORE_DEREF:
                    case OpCode.DELETE_DEREF: case OpCode.LOAD_FROM_DICT_OR_DEREF:
                        arg = mapDeref(arg);
                        break;
                    case OpCode.LOAD_FAST: case OpCode.STORE_FAST: case OpCode.DELETE_FAST: case OpCode.LOAD_FAST_CHECK:
                    case OpCode.LOAD_FAST_AND_CLEAR:
                        if ((arg & Pseudo.DerefFlag) != 0) arg = mapDeref(arg & ~Pseudo.DerefFlag);
                        else arg = mapLocal(arg);
                        break;
                }
            }
            if ((uint)arg > Instr.MaxArg) throw new InvalidOperationException("instruction argument too large");
            output[k] = Instr.Make((OpCode)op, arg);
            positions[k] = ins.Pos;
            handlers[k] = handlerAt[i];
            k++;
        }

        // Exception table: runs of instructions with the same innermost handler.
        var table = new List<ExceptionTableEntry>();
        int start = 0;
        while (start < m)
        {
            var h = handlers[start];
            int end = start + 1;
            while (end < m && handlers[end] == h) end++;
            if (h != null)
                table.Add(new ExceptionTableEntry(start, end, newIndex[labelPos[h.Label]], h.Depth, h.Lasti));
            start = end;
        }
        // Merge adjacent entries with the same handler (distinct Handler objects, same target).
        for (int i = table.Count - 1; i > 0; i--)
        {
            var a = table[i - 1];
            var b = table[i];
            if (a.End == b.Start && a.Target == b.Target && a.Depth == b.Depth && a.Lasti == b.Lasti)
            {
                table[i - 1] = a with { End = b.End };
                table.RemoveAt(i);
            }
        }
        return new Result(output, positions, table.ToArray(), maxDepth);
    }
}
