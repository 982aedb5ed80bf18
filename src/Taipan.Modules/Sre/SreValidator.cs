using static Taipan.Modules.Sre.SreOp;

namespace Taipan.Modules.Sre;

/// <summary>
/// Checks a code list before it is used, as sre.c's _validate does: every skip stays inside its block, sets
/// end with FAILURE, repeats end with their UNTIL/SUCCESS, group numbers are in range. The matcher then
/// never reads outside the code array for well-formed input.
/// </summary>
static class SreValidator
{
    public static bool Validate(uint[] code, int groups)
    {
        if (groups < 0 || groups > MaxGroups || code.Length == 0 || code[^1] != Success) return false;
        return Inner(code, 0, code.Length - 1, groups) >= 0;
    }

    static bool Charset(uint[] code, int pc, int end)
    {
        while (pc < end)
        {
            uint op = code[pc++];
            switch (op)
            {
                case Negate:
                    break;
                case Literal:
                    if (pc >= end) return false;
                    pc++;
                    break;
                case SreOp.Range:
                case RangeUniIgnore:
                    if (pc + 2 > end) return false;
                    pc += 2;
                    break;
                case SreOp.Charset:
                    if (8 > end - pc) return false;
                    pc += 8;
                    break;
                case BigCharset:
                {
                    if (pc >= end) return false;
                    uint count = code[pc++];
                    if (64 > end - pc) return false;
                    for (int i = 0; i < 256; i++)
                        if (((code[pc + (i >> 2)] >> ((i & 3) * 8)) & 0xFF) >= count) return false;
                    pc += 64;
                    if ((long)count * 8 > end - pc) return false;
                    pc += (int)count * 8;
                    break;
                }
                case Category:
                    if (pc >= end || code[pc] > CatUniNotLinebreak) return false;
                    pc++;
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    static bool GetSkip(uint[] code, int pc, int end, int adj, out int skip)
    {
        skip = 0;
        if (pc >= end) return false;
        uint s = code[pc];
        if ((long)s - adj > end - pc) return false;
        skip = (int)s;
        return true;
    }

    /// <summary>Returns -1 on failure, 0 on success and 1 when the block ends with a JUMP.</summary>
    static int Inner(uint[] code, int pc, int end, int groups)
    {
        if (pc > end) return -1;
        while (pc < end)
        {
            uint op = code[pc++];
            int skip;
            switch (op)
            {
                case Mark:
                    if (pc >= end || code[pc] > 2 * (uint)groups + 1) return -1;
                    pc++;
                    break;
                case Literal: case NotLiteral: case LiteralIgnore: case NotLiteralIgnore:
                case LiteralUniIgnore: case NotLiteralUniIgnore: case LiteralLocIgnore: case NotLiteralLocIgnore:
                    if (pc >= end) return -1;
                    pc++;
                    break;
                case Success:
                case Failure:
                    break;
                case At:
                    if (pc >= end || code[pc] > AtUniNonBoundary) return -1;
                    pc++;
                    break;
                case Any:
                case AnyAll:
                    break;
                case In: case InIgnore: case InUniIgnore: case InLocIgnore:
                    if (!GetSkip(code, pc, end, 0, out skip) || skip < 2) return -1;
                    pc++;
                    if (!Charset(code, pc, pc + skip - 2)) return -1;
                    if (code[pc + skip - 2] != Failure) return -1;
                    pc += skip - 1;
                    break;
                case Info:
                {
                    if (!GetSkip(code, pc, end, 0, out skip) || skip < 1) return -1;
                    pc++;
                    int newpc = pc + skip - 1;
                    if (pc + 3 > end) return -1;
                    uint flags = code[pc];
                    pc += 3;
                    if ((flags & ~(InfoPrefix | InfoLiteral | InfoCharset)) != 0) return -1;
                    if ((flags & InfoPrefix) != 0 && (flags & InfoCharset) != 0) return -1;
                    if ((flags & InfoLiteral) != 0 && (flags & InfoPrefix) == 0) return -1;
                    if ((flags & InfoPrefix) != 0)
                    {
                        if (pc + 2 > end) return -1;
                        uint prefixLen = code[pc];
                        pc += 2;
                        if (prefixLen > newpc - pc) return -1;
                        pc += (int)prefixLen;
                        if (prefixLen > newpc - pc) return -1;
                        for (int i = 0; i < prefixLen; i++)
                            if (code[pc + i] >= prefixLen) return -1;
                        pc += (int)prefixLen;
                    }
                    if ((flags & InfoCharset) != 0)
                    {
                        if (newpc - 1 < pc || !Charset(code, pc, newpc - 1)) return -1;
                        if (code[newpc - 1] != Failure) return -1;
                        pc = newpc;
                    }
                    else if (pc != newpc) return -1;
                    break;
                }
                case Branch:
                {
                    int target = -1;
                    for (;;)
                    {
                        if (!GetSkip(code, pc, end, 0, out skip)) return -1;
                        pc++;
                        if (skip == 0) break;
                        if (skip < 3) return -1;
                        if (Inner(code, pc, pc + skip - 3, groups) < 0) return -1;
                        pc += skip - 3;
                        if (pc >= end || code[pc++] != Jump) return -1;
                        if (!GetSkip(code, pc, end, 0, out skip)) return -1;
                        pc++;
                        if (target < 0) target = pc + skip - 1;
                        else if (pc + skip - 1 != target) return -1;
                    }
                    if (pc != target) return -1;
                    break;
                }
                case RepeatOne: case MinRepeatOne: case PossessiveRepeatOne:
                {
                    if (!GetSkip(code, pc, end, 0, out skip) || skip < 4) return -1;
                    pc++;
                    if (pc + 2 > end) return -1;
                    uint min = code[pc++], max = code[pc++];
                    if (min > max) return -1;
                    if (Inner(code, pc, pc + skip - 4, groups) < 0) return -1;
                    pc += skip - 4;
                    if (pc >= end || code[pc++] != Success) return -1;
                    break;
                }
                case Repeat: case PossessiveRepeat:
                {
                    if (!GetSkip(code, pc, end, 0, out skip) || skip < 3) return -1;
                    pc++;
                    if (pc + 2 > end) return -1;
                    uint min = code[pc++], max = code[pc++];
                    if (min > max) return -1;
                    if (Inner(code, pc, pc + skip - 3, groups) < 0) return -1;
                    pc += skip - 3;
                    if (pc >= end) return -1;
                    uint op2 = code[pc++];
                    if (op == PossessiveRepeat) { if (op2 != Success) return -1; }
                    else if (op2 != MaxUntil && op2 != MinUntil) return -1;
                    break;
                }
                case AtomicGroup:
                    if (!GetSkip(code, pc, end, 0, out skip) || skip < 2) return -1;
                    pc++;
                    if (Inner(code, pc, pc + skip - 2, groups) < 0) return -1;
                    pc += skip - 2;
                    if (pc >= end || code[pc++] != Success) return -1;
                    break;
                case GroupRef: case GroupRefIgnore: case GroupRefUniIgnore: case GroupRefLocIgnore:
                    if (pc >= end || code[pc] >= (uint)groups) return -1;
                    pc++;
                    break;
                case GroupRefExists:
                {
                    if (pc >= end || code[pc] >= (uint)groups) return -1;
                    pc++;
                    if (!GetSkip(code, pc, end, 1, out skip) || skip < 2) return -1;
                    // The then-part follows the skip; a JUMP at its end means an else-part follows.
                    int at = pc;
                    int rc = Inner(code, at + 1, at + skip - 1, groups);
                    if (rc == 1)
                    {
                        int q = at + skip - 2;
                        if (!GetSkip(code, q, end, 0, out int skip2) || skip2 < 1) return -1;
                        q++;
                        if (Inner(code, q, q + skip2 - 1, groups) != 0) return -1;
                        pc = q + skip2 - 1;
                    }
                    else if (rc != 0) return -1;
                    else pc = at + skip - 1;
                    break;
                }
                case Assert:
                case AssertNot:
                {
                    if (!GetSkip(code, pc, end, 0, out skip) || skip < 3) return -1;
                    int at = pc;
                    if (at + 1 >= end) return -1;
                    if (Inner(code, at + 2, at + skip - 1, groups) < 0) return -1;
                    pc = at + skip - 1;
                    if (pc >= end || code[pc++] != Success) return -1;
                    break;
                }
                case Jump:
                    if (pc + 1 != end) return -1;
                    return 1;
                default:
                    return -1;
            }
        }
        return 0;
    }
}
