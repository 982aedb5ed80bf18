using Taipan.Runtime;
using static Taipan.Modules.Sre.SreOp;

namespace Taipan.Modules.Sre;

/// <summary>
/// The backtracking matcher over re._compiler's code (CPython's sre_lib.h semantics). Sub-matches push a
/// frame on <see cref="SreState.Ctx"/> and jump back to the entrance instead of recursing in C#, so deep
/// patterns on long strings use heap memory only. Each suspended frame records which resume point
/// (JUMP_*) to continue at when the sub-match returns.
/// </summary>
static class SreMatcher<T> where T : struct, ISreText
{
    const int JumpNone = 0, JumpMaxUntil1 = 1, JumpMaxUntil2 = 2, JumpMaxUntil3 = 3, JumpMinUntil1 = 4,
        JumpMinUntil2 = 5, JumpMinUntil3 = 6, JumpRepeat = 7, JumpRepeatOne1 = 8, JumpRepeatOne2 = 9,
        JumpMinRepeatOne = 10, JumpBranch = 11, JumpAssert = 12, JumpAssertNot = 13, JumpPossRepeat1 = 14,
        JumpPossRepeat2 = 15, JumpAtomicGroup = 16;

    static bool AtPosition(SreState st, T text, int ptr, uint at)
    {
        int end = st.End;
        bool thisp, thatp;
        switch (at)
        {
            case AtBeginning:
            case AtBeginningString:
                return ptr == 0;
            case AtBeginningLine:
                return ptr == 0 || text[ptr - 1] == '\n';
            case AtEnd:
                return (end - ptr == 1 && text[ptr] == '\n') || ptr == end;
            case AtEndLine:
                return ptr == end || text[ptr] == '\n';
            case AtEndString:
                return ptr == end;
            case AtBoundary:
            case AtNonBoundary:
                if (end == 0) return false;
                thatp = ptr > 0 && SreChars.IsWord(text[ptr - 1]);
                thisp = ptr < end && SreChars.IsWord(text[ptr]);
                return at == AtBoundary ? thisp != thatp : thisp == thatp;
            case AtLocBoundary:
            case AtLocNonBoundary:
                if (end == 0) return false;
                thatp = ptr > 0 && SreChars.IsLocWord(text[ptr - 1]);
                thisp = ptr < end && SreChars.IsLocWord(text[ptr]);
                return at == AtLocBoundary ? thisp != thatp : thisp == thatp;
            case AtUniBoundary:
            case AtUniNonBoundary:
                if (end == 0) return false;
                thatp = ptr > 0 && SreChars.IsUniWord(text[ptr - 1]);
                thisp = ptr < end && SreChars.IsUniWord(text[ptr]);
                return at == AtUniBoundary ? thisp != thatp : thisp == thatp;
        }
        return false;
    }

    /// <summary>Whether <paramref name="ch"/> is in the set starting at <paramref name="set"/> (ends with FAILURE).</summary>
    internal static bool Charset(uint[] code, int set, int ch)
    {
        bool ok = true;
        uint c = (uint)ch;
        for (;;)
        {
            switch (code[set++])
            {
                case Failure:
                    return !ok;
                case Literal:
                    if (c == code[set]) return ok;
                    set++;
                    break;
                case Category:
                    if (SreChars.Category(code[set], ch)) return ok;
                    set++;
                    break;
                case SreOp.Charset:
                    if (c < 256 && (code[set + (int)(c >> 5)] & (1u << (int)(c & 31))) != 0) return ok;
                    set += 8;
                    break;
                case SreOp.Range:
                    if (code[set] <= c && c <= code[set + 1]) return ok;
                    set += 2;
                    break;
                case RangeUniIgnore:
                {
                    if (code[set] <= c && c <= code[set + 1]) return ok;
                    uint uch = (uint)SreChars.UpperUnicode(ch);
                    if (code[set] <= uch && uch <= code[set + 1]) return ok;
                    set += 2;
                    break;
                }
                case Negate:
                    ok = !ok;
                    break;
                case BigCharset:
                {
                    int count = (int)code[set++];
                    int block = -1;
                    if (c < 0x10000)
                    {
                        // 256 block indices packed as bytes, little-endian within each code word.
                        int hi = (int)(c >> 8);
                        block = (int)((code[set + (hi >> 2)] >> ((hi & 3) * 8)) & 0xFF);
                    }
                    set += 64;
                    if (block >= 0)
                    {
                        int bit = block * 256 + (int)(c & 255);
                        if ((code[set + (bit >> 5)] & (1u << (bit & 31))) != 0) return ok;
                    }
                    set += count * 8;
                    break;
                }
                default:
                    return false;
            }
        }
    }

    static bool CharsetLocIgnore(uint[] code, int set, int ch)
    {
        int lo = SreChars.LowerLocale(ch);
        if (Charset(code, set, lo)) return true;
        int up = SreChars.UpperLocale(ch);
        return up != lo && Charset(code, set, up);
    }

    /// <summary>Whether the one-character item at <paramref name="pc"/> (a REPEAT_ONE body) matches <paramref name="ch"/>.</summary>
    static bool MatchOne(uint[] code, int pc, int ch)
    {
        uint c = (uint)ch;
        switch (code[pc])
        {
            case Any: return ch != '\n';
            case AnyAll: return true;
            case Literal: return c == code[pc + 1];
            case NotLiteral: return c != code[pc + 1];
            case LiteralIgnore: return (uint)SreChars.LowerAscii(ch) == code[pc + 1];
            case NotLiteralIgnore: return (uint)SreChars.LowerAscii(ch) != code[pc + 1];
            case LiteralUniIgnore: return (uint)SreChars.LowerUnicode(ch) == code[pc + 1];
            case NotLiteralUniIgnore: return (uint)SreChars.LowerUnicode(ch) != code[pc + 1];
            case LiteralLocIgnore: return SreChars.CharLocIgnore(code[pc + 1], ch);
            case NotLiteralLocIgnore: return !SreChars.CharLocIgnore(code[pc + 1], ch);
            case In: return Charset(code, pc + 2, ch);
            case InIgnore: return Charset(code, pc + 2, SreChars.LowerAscii(ch));
            case InUniIgnore: return Charset(code, pc + 2, SreChars.LowerUnicode(ch));
            case InLocIgnore: return CharsetLocIgnore(code, pc + 2, ch);
            case Category: return SreChars.Category(code[pc + 1], ch);
        }
        throw PyException.RuntimeError("internal error in regular expression engine");
    }

    /// <summary>SRE(count): how many times (up to maxcount) the one-character item at pc matches from ptr.</summary>
    static int Count(SreState st, T text, uint[] code, int pc, uint maxcount, int ptr)
    {
        int end = st.End;
        if (maxcount != MaxRepeat && maxcount < (uint)(end - ptr)) end = ptr + (int)maxcount;
        int start = ptr;
        switch (code[pc])
        {
            case In:
                while (ptr < end && Charset(code, pc + 2, text[ptr])) ptr++;
                break;
            case Any:
                while (ptr < end && text[ptr] != '\n') ptr++;
                break;
            case AnyAll:
                ptr = end;
                break;
            case Literal:
            {
                int chr = (int)code[pc + 1];
                while (ptr < end && text[ptr] == chr) ptr++;
                break;
            }
            case NotLiteral:
            {
                int chr = (int)code[pc + 1];
                if (end - ptr > 8)
                {
                    int i = text.IndexOf(chr, ptr, end);
                    ptr = i < 0 ? end : i;
                }
                else while (ptr < end && text[ptr] != chr) ptr++;
                break;
            }
            default:
                while (ptr < end && MatchOne(code, pc, text[ptr])) ptr++;
                break;
        }
        return ptr - start;
    }

    static int GroupSpan(SreState st, uint group, out int p, out int e)
    {
        int groupref = (int)group * 2;
        p = e = -1;
        if (groupref >= st.LastMark) return -1;
        p = st.Mark[groupref];
        e = st.Mark[groupref + 1];
        if (p < 0 || e < 0 || e < p) return -1;
        return e - p;
    }

    /// <summary>SRE(match): does the pattern at <paramref name="start"/> match at st.Ptr? On success st.Ptr is the end.</summary>
    public static bool Match(SreState st, T text, uint[] code, int start, bool toplevel)
    {
        int end = st.End;
        int baseCi = 0;
        int ci = baseCi;
        var ctxs = st.Ctx;
        ctxs[ci] = default;
        ctxs[ci].Jump = JumpNone;
        ctxs[ci].TopLevel = toplevel;
        int pattern = start;
        int ptr;
        bool ret = false;
        int nextPattern = 0;
        int jumpKind = 0;
        bool nextTop = false;

    entrance:
        ptr = st.Ptr;
        if (code[pattern] == Info)
        {
            // <INFO> <skip> <flags> <min> ...: reject when fewer characters remain than the minimum.
            if (code[pattern + 3] != 0 && (uint)(end - ptr) < code[pattern + 3]) goto failure;
            pattern += (int)code[pattern + 1] + 1;
        }

    dispatch:
        switch (code[pattern++])
        {
            case Mark:
            {
                int i = (int)code[pattern];
                if ((i & 1) != 0) st.LastIndex = i / 2 + 1;
                if (i > st.LastMark)
                {
                    // Marks skipped over are unset.
                    int j = st.LastMark + 1;
                    while (j < i) st.Mark[j++] = -1;
                    st.LastMark = i;
                }
                st.Mark[i] = ptr;
                pattern++;
                goto dispatch;
            }
            case Literal:
                if (ptr >= end || (uint)text[ptr] != code[pattern]) goto failure;
                pattern++;
                ptr++;
                goto dispatch;
            case NotLiteral:
                if (ptr >= end || (uint)text[ptr] == code[pattern]) goto failure;
                pattern++;
                ptr++;
                goto dispatch;
            case Success:
                if (ctxs[ci].TopLevel && ((st.MatchAll && ptr != st.End) || (st.MustAdvance && ptr == st.Start)))
                    goto failure;
                st.Ptr = ptr;
                goto success;
            case At:
                if (!AtPosition(st, text, ptr, code[pattern])) goto failure;
                pattern++;
                goto dispatch;
            case Category:
                if (ptr >= end || !SreChars.Category(code[pattern], text[ptr])) goto failure;
                pattern++;
                ptr++;
                goto dispatch;
            case Any:
                if (ptr >= end || text[ptr] == '\n') goto failure;
                ptr++;
                goto dispatch;
            case AnyAll:
                if (ptr >= end) goto failure;
                ptr++;
                goto dispatch;
            case In:
                if (ptr >= end || !Charset(code, pattern + 1, text[ptr])) goto failure;
                pattern += (int)code[pattern];
                ptr++;
                goto dispatch;
            case LiteralIgnore:
                if (ptr >= end || (uint)SreChars.LowerAscii(text[ptr]) != code[pattern]) goto failure;
                pattern++;
                ptr++;
                goto dispatch;
            case LiteralUniIgnore:
                if (ptr >= end || (uint)SreChars.LowerUnicode(text[ptr]) != code[pattern]) goto failure;
                pattern++;
                ptr++;
                goto dispatch;
            case LiteralLocIgnore:
                if (ptr >= end || !SreChars.CharLocIgnore(code[pattern], text[ptr])) goto failure;
                pattern++;
                ptr++;
                goto dispatch;
            case NotLiteralIgnore:
                if (ptr >= end || (uint)SreChars.LowerAscii(text[ptr]) == code[pattern]) goto failure;
                pattern++;
                ptr++;
                goto dispatch;
            case NotLiteralUniIgnore:
                if (ptr >= end || (uint)SreChars.LowerUnicode(text[ptr]) == code[pattern]) goto failure;
                pattern++;
                ptr++;
                goto dispatch;
            case NotLiteralLocIgnore:
                if (ptr >= end || SreChars.CharLocIgnore(code[pattern], text[ptr])) goto failure;
                pattern++;
                ptr++;
                goto dispatch;
            case InIgnore:
                if (ptr >= end || !Charset(code, pattern + 1, SreChars.LowerAscii(text[ptr]))) goto failure;
                pattern += (int)code[pattern];
                ptr++;
                goto dispatch;
            case InUniIgnore:
                if (ptr >= end || !Charset(code, pattern + 1, SreChars.LowerUnicode(text[ptr]))) goto failure;
                pattern += (int)code[pattern];
                ptr++;
                goto dispatch;
            case InLocIgnore:
                if (ptr >= end || !CharsetLocIgnore(code, pattern + 1, text[ptr])) goto failure;
                pattern += (int)code[pattern];
                ptr++;
                goto dispatch;
            case Jump:
            case Info:
                pattern += (int)code[pattern];
                goto dispatch;

            case Branch:
                // <BRANCH> <0=skip> code <JUMP> ... <NULL>
                ctxs[ci].LastMark = st.LastMark;
                ctxs[ci].LastIndex = st.LastIndex;
                if (st.Repeat != null) st.MarkPush(ctxs[ci].LastMark);
                goto branchLoop;

            case RepeatOne:
            {
                // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                if ((long)code[pattern + 1] > end - ptr) goto failure;
                st.Ptr = ptr;
                int count = Count(st, text, code, pattern + 3, code[pattern + 2], ptr);
                ctxs[ci].Count = count;
                ptr += count;
                if ((uint)count < code[pattern + 1]) goto failure;
                int tail = pattern + (int)code[pattern];
                if (code[tail] == Success && ptr == st.End &&
                    !(ctxs[ci].TopLevel && st.MustAdvance && ptr == st.Start))
                {
                    st.Ptr = ptr;
                    goto success;
                }
                ctxs[ci].LastMark = st.LastMark;
                ctxs[ci].LastIndex = st.LastIndex;
                if (st.Repeat != null) st.MarkPush(ctxs[ci].LastMark);
                if (code[tail] == Literal)
                {
                    // The tail starts with a literal: skip positions where it cannot match.
                    ctxs[ci].Chr = code[tail + 1];
                    goto repeatOne1Loop;
                }
                goto repeatOne2Loop;
            }

            case MinRepeatOne:
            {
                // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                if ((long)code[pattern + 1] > end - ptr) goto failure;
                st.Ptr = ptr;
                if (code[pattern + 1] == 0) ctxs[ci].Count = 0;
                else
                {
                    int count = Count(st, text, code, pattern + 3, code[pattern + 1], ptr);
                    if ((uint)count < code[pattern + 1]) goto failure;
                    ctxs[ci].Count = count;
                    ptr += count;
                }
                if (code[pattern + (int)code[pattern]] == Success &&
                    !(ctxs[ci].TopLevel && ((st.MatchAll && ptr != st.End) || (st.MustAdvance && ptr == st.Start))))
                {
                    st.Ptr = ptr;
                    goto success;
                }
                ctxs[ci].LastMark = st.LastMark;
                ctxs[ci].LastIndex = st.LastIndex;
                if (st.Repeat != null) st.MarkPush(ctxs[ci].LastMark);
                goto minRepeatOneLoop;
            }

            case PossessiveRepeatOne:
            {
                if ((long)code[pattern + 1] > end - ptr) goto failure;
                st.Ptr = ptr;
                int count = Count(st, text, code, pattern + 3, code[pattern + 2], ptr);
                ptr += count;
                if ((uint)count < code[pattern + 1]) goto failure;
                pattern += (int)code[pattern];
                if (code[pattern] == Success && ptr == st.End &&
                    !(ctxs[ci].TopLevel && st.MustAdvance && ptr == st.Start))
                {
                    st.Ptr = ptr;
                    goto success;
                }
                goto dispatch;
            }

            case Repeat:
            {
                // <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
                var rep = new SreRepeat { Count = -1, Pattern = pattern, Prev = st.Repeat, LastPtr = -1 };
                ctxs[ci].Rep = rep;
                st.Repeat = rep;
                st.Ptr = ptr;
                jumpKind = JumpRepeat; nextPattern = pattern + (int)code[pattern]; nextTop = ctxs[ci].TopLevel;
                goto doJump;
            }

            case MaxUntil:
            {
                var rep = st.Repeat ?? throw InternalError();
                ctxs[ci].Rep = rep;
                st.Ptr = ptr;
                ctxs[ci].Count = rep.Count + 1;
                if ((uint)ctxs[ci].Count < code[rep.Pattern + 1])
                {
                    // Not enough matches yet.
                    rep.Count = ctxs[ci].Count;
                    jumpKind = JumpMaxUntil1; nextPattern = rep.Pattern + 3; nextTop = ctxs[ci].TopLevel;
                    goto doJump;
                }
                goto maxUntilMore;
            }

            case MinUntil:
            {
                var rep = st.Repeat ?? throw InternalError();
                ctxs[ci].Rep = rep;
                st.Ptr = ptr;
                ctxs[ci].Count = rep.Count + 1;
                if ((uint)ctxs[ci].Count < code[rep.Pattern + 1])
                {
                    rep.Count = ctxs[ci].Count;
                    jumpKind = JumpMinUntil1; nextPattern = rep.Pattern + 3; nextTop = ctxs[ci].TopLevel;
                    goto doJump;
                }
                // See if the tail matches.
                st.Repeat = rep.Prev;
                ctxs[ci].LastMark = st.LastMark;
                ctxs[ci].LastIndex = st.LastIndex;
                if (st.Repeat != null) st.MarkPush(ctxs[ci].LastMark);
                jumpKind = JumpMinUntil2; nextPattern = pattern; nextTop = ctxs[ci].TopLevel;
                goto doJump;
            }

            case PossessiveRepeat:
                // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
                st.Ptr = ptr;
                ctxs[ci].Count = 0;
                goto possMinLoop;

            case AtomicGroup:
                // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                st.Ptr = ptr;
                jumpKind = JumpAtomicGroup; nextPattern = pattern + 1; nextTop = false;
                goto doJump;

            case GroupRef:
            case GroupRefIgnore:
            case GroupRefUniIgnore:
            case GroupRefLocIgnore:
            {
                uint op = code[pattern - 1];
                if (GroupSpan(st, code[pattern], out int p, out int e) < 0) goto failure;
                if (e - p > end - ptr) goto failure;
                for (; p < e; p++, ptr++)
                {
                    int a = text[ptr], b = text[p];
                    if (a == b) continue;
                    if (op == GroupRef) goto failure;
                    if (op == GroupRefIgnore) { if (SreChars.LowerAscii(a) != SreChars.LowerAscii(b)) goto failure; }
                    else if (op == GroupRefUniIgnore) { if (SreChars.LowerUnicode(a) != SreChars.LowerUnicode(b)) goto failure; }
                    else if (SreChars.LowerLocale(a) != SreChars.LowerLocale(b)) goto failure;
                }
                pattern++;
                goto dispatch;
            }

            case GroupRefExists:
                // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                if (GroupSpan(st, code[pattern], out _, out _) < 0)
                {
                    pattern += (int)code[pattern + 1];
                    goto dispatch;
                }
                pattern += 2;
                goto dispatch;

            case Assert:
                // <ASSERT> <skip> <back> <pattern>
                if ((uint)ptr < code[pattern + 1]) goto failure;
                st.Ptr = ptr - (int)code[pattern + 1];
                jumpKind = JumpAssert; nextPattern = pattern + 2; nextTop = false;
                goto doJump;

            case AssertNot:
                if ((uint)ptr >= code[pattern + 1])
                {
                    st.Ptr = ptr - (int)code[pattern + 1];
                    ctxs[ci].LastMark = st.LastMark;
                    ctxs[ci].LastIndex = st.LastIndex;
                    if (st.Repeat != null) st.MarkPush(ctxs[ci].LastMark);
                    jumpKind = JumpAssertNot; nextPattern = pattern + 2; nextTop = false;
                    goto doJump;
                }
                pattern += (int)code[pattern];
                goto dispatch;

            case Failure:
                goto failure;

            default:
                throw InternalError();
        }

    // ---- the continuations of the operators that call sub-matches ----
    branchLoop:
        while (code[pattern] != 0)
        {
            uint first = code[pattern + 1];
            if (first == Literal && (ptr >= end || (uint)text[ptr] != code[pattern + 2]))
            {
                pattern += (int)code[pattern];
                continue;
            }
            if (first == In && (ptr >= end || !Charset(code, pattern + 3, text[ptr])))
            {
                pattern += (int)code[pattern];
                continue;
            }
            st.Ptr = ptr;
            jumpKind = JumpBranch; nextPattern = pattern + 1; nextTop = ctxs[ci].TopLevel;
            goto doJump;
        }
        if (st.Repeat != null) st.MarkPopDiscard(ctxs[ci].LastMark);
        goto failure;
    jumpBranch:
        if (ret)
        {
            if (st.Repeat != null) st.MarkPopDiscard(ctxs[ci].LastMark);
            goto success;
        }
        if (st.Repeat != null) st.MarkPopKeep(ctxs[ci].LastMark);
        st.LastMark = ctxs[ci].LastMark;
        st.LastIndex = ctxs[ci].LastIndex;
        pattern += (int)code[pattern];
        goto branchLoop;

    repeatOne1Loop:
        {
            uint min = code[pattern + 1];
            uint chr = ctxs[ci].Chr;
            while (ctxs[ci].Count >= (long)min && (ptr >= end || (uint)text[ptr] != chr))
            {
                ptr--;
                ctxs[ci].Count--;
            }
            if (ctxs[ci].Count < (long)min)
            {
                if (st.Repeat != null) st.MarkPopDiscard(ctxs[ci].LastMark);
                goto failure;
            }
            st.Ptr = ptr;
            jumpKind = JumpRepeatOne1; nextPattern = pattern + (int)code[pattern]; nextTop = ctxs[ci].TopLevel;
            goto doJump;
        }
    jumpRepeatOne1:
        if (ret)
        {
            if (st.Repeat != null) st.MarkPopDiscard(ctxs[ci].LastMark);
            goto success;
        }
        if (st.Repeat != null) st.MarkPopKeep(ctxs[ci].LastMark);
        st.LastMark = ctxs[ci].LastMark;
        st.LastIndex = ctxs[ci].LastIndex;
        ptr--;
        ctxs[ci].Count--;
        goto repeatOne1Loop;

    repeatOne2Loop:
        if (ctxs[ci].Count < (long)code[pattern + 1])
        {
            if (st.Repeat != null) st.MarkPopDiscard(ctxs[ci].LastMark);
            goto failure;
        }
        st.Ptr = ptr;
        jumpKind = JumpRepeatOne2; nextPattern = pattern + (int)code[pattern]; nextTop = ctxs[ci].TopLevel;
        goto doJump;
    jumpRepeatOne2:
        if (ret)
        {
            if (st.Repeat != null) st.MarkPopDiscard(ctxs[ci].LastMark);
            goto success;
        }
        if (st.Repeat != null) st.MarkPopKeep(ctxs[ci].LastMark);
        st.LastMark = ctxs[ci].LastMark;
        st.LastIndex = ctxs[ci].LastIndex;
        ptr--;
        ctxs[ci].Count--;
        goto repeatOne2Loop;

    minRepeatOneLoop:
        if (!(code[pattern + 2] == MaxRepeat || ctxs[ci].Count <= (long)code[pattern + 2]))
        {
            if (st.Repeat != null) st.MarkPopDiscard(ctxs[ci].LastMark);
            goto failure;
        }
        st.Ptr = ptr;
        jumpKind = JumpMinRepeatOne; nextPattern = pattern + (int)code[pattern]; nextTop = ctxs[ci].TopLevel;
        goto doJump;
    jumpMinRepeatOne:
        if (ret)
        {
            if (st.Repeat != null) st.MarkPopDiscard(ctxs[ci].LastMark);
            goto success;
        }
        if (st.Repeat != null) st.MarkPopKeep(ctxs[ci].LastMark);
        st.LastMark = ctxs[ci].LastMark;
        st.LastIndex = ctxs[ci].LastIndex;
        st.Ptr = ptr;
        if (Count(st, text, code, pattern + 3, 1, ptr) == 0)
        {
            if (st.Repeat != null) st.MarkPopDiscard(ctxs[ci].LastMark);
            goto failure;
        }
        ptr++;
        ctxs[ci].Count++;
        goto minRepeatOneLoop;

    jumpRepeat:
        st.Repeat = ctxs[ci].Rep!.Prev;
        if (ret) goto success;
        goto failure;

    jumpMaxUntil1:
        if (ret) goto success;
        ctxs[ci].Rep!.Count = ctxs[ci].Count - 1;
        st.Ptr = ptr;
        goto failure;
    maxUntilMore:
        {
            var rep = ctxs[ci].Rep!;
            uint max = code[rep.Pattern + 2];
            if (((uint)ctxs[ci].Count < max || max == MaxRepeat) && st.Ptr != rep.LastPtr)
            {
                // We may have enough matches, but if we can match another item, do so.
                rep.Count = ctxs[ci].Count;
                ctxs[ci].LastMark = st.LastMark;
                ctxs[ci].LastIndex = st.LastIndex;
                st.MarkPush(ctxs[ci].LastMark);
                // Zero-width match protection.
                st.DataPush(rep.LastPtr);
                rep.LastPtr = st.Ptr;
                jumpKind = JumpMaxUntil2; nextPattern = rep.Pattern + 3; nextTop = ctxs[ci].TopLevel;
                goto doJump;
            }
            goto maxUntilTail;
        }
    jumpMaxUntil2:
        ctxs[ci].Rep!.LastPtr = st.DataPop();
        if (ret)
        {
            st.MarkPopDiscard(ctxs[ci].LastMark);
            goto success;
        }
        st.MarkPop(ctxs[ci].LastMark);
        st.LastMark = ctxs[ci].LastMark;
        st.LastIndex = ctxs[ci].LastIndex;
        ctxs[ci].Rep!.Count = ctxs[ci].Count - 1;
        st.Ptr = ptr;
    maxUntilTail:
        // Cannot match more repeated items here; make sure the tail matches.
        st.Repeat = ctxs[ci].Rep!.Prev;
        jumpKind = JumpMaxUntil3; nextPattern = pattern; nextTop = ctxs[ci].TopLevel;
        goto doJump;
    jumpMaxUntil3:
        st.Repeat = ctxs[ci].Rep;
        if (ret) goto success;
        st.Ptr = ptr;
        goto failure;

    jumpMinUntil1:
        if (ret) goto success;
        ctxs[ci].Rep!.Count = ctxs[ci].Count - 1;
        st.Ptr = ptr;
        goto failure;
    jumpMinUntil2:
        {
            var repOfTail = st.Repeat;
            var rep = ctxs[ci].Rep!;
            st.Repeat = rep;
            if (ret)
            {
                if (repOfTail != null) st.MarkPopDiscard(ctxs[ci].LastMark);
                goto success;
            }
            if (repOfTail != null) st.MarkPop(ctxs[ci].LastMark);
            st.LastMark = ctxs[ci].LastMark;
            st.LastIndex = ctxs[ci].LastIndex;
            st.Ptr = ptr;
            uint max = code[rep.Pattern + 2];
            if (((uint)ctxs[ci].Count >= max && max != MaxRepeat) || st.Ptr == rep.LastPtr) goto failure;
            rep.Count = ctxs[ci].Count;
            st.DataPush(rep.LastPtr);
            rep.LastPtr = st.Ptr;
            jumpKind = JumpMinUntil3; nextPattern = rep.Pattern + 3; nextTop = ctxs[ci].TopLevel;
            goto doJump;
        }
    jumpMinUntil3:
        ctxs[ci].Rep!.LastPtr = st.DataPop();
        if (ret) goto success;
        ctxs[ci].Rep!.Count = ctxs[ci].Count - 1;
        st.Ptr = ptr;
        goto failure;

    possMinLoop:
        if ((uint)ctxs[ci].Count < code[pattern + 1])
        {
            jumpKind = JumpPossRepeat1; nextPattern = pattern + 3; nextTop = false;
            goto doJump;
        }
        // Make the context's position differ from the state's so the loop is entered.
        ptr = -1;
        goto possLoop;
    jumpPossRepeat1:
        if (ret)
        {
            ctxs[ci].Count++;
            goto possMinLoop;
        }
        st.Ptr = ptr;
        goto failure;
    possLoop:
        {
            uint max = code[pattern + 2];
            if (((uint)ctxs[ci].Count < max || max == MaxRepeat) && st.Ptr != ptr)
            {
                ctxs[ci].LastMark = st.LastMark;
                ctxs[ci].LastIndex = st.LastIndex;
                st.MarkPush(ctxs[ci].LastMark);
                ptr = st.Ptr;
                jumpKind = JumpPossRepeat2; nextPattern = pattern + 3; nextTop = false;
                goto doJump;
            }
            goto possTail;
        }
    jumpPossRepeat2:
        if (ret)
        {
            st.MarkPopDiscard(ctxs[ci].LastMark);
            ctxs[ci].Count++;
            goto possLoop;
        }
        st.MarkPop(ctxs[ci].LastMark);
        st.LastMark = ctxs[ci].LastMark;
        st.LastIndex = ctxs[ci].LastIndex;
        st.Ptr = ptr;
    possTail:
        pattern += (int)code[pattern] + 1;
        ptr = st.Ptr;
        goto dispatch;

    jumpAtomicGroup:
        if (!ret)
        {
            st.Ptr = ptr;
            goto failure;
        }
        pattern += (int)code[pattern];
        ptr = st.Ptr;
        goto dispatch;

    jumpAssert:
        if (!ret) goto failure;
        pattern += (int)code[pattern];
        goto dispatch;

    jumpAssertNot:
        if (ret)
        {
            if (st.Repeat != null) st.MarkPopDiscard(ctxs[ci].LastMark);
            goto failure;
        }
        if (st.Repeat != null) st.MarkPop(ctxs[ci].LastMark);
        st.LastMark = ctxs[ci].LastMark;
        st.LastIndex = ctxs[ci].LastIndex;
        pattern += (int)code[pattern];
        goto dispatch;

    // ---- frame push (DO_JUMP) and pop (exit) ----
    doJump:
        ctxs[ci].Pattern = pattern;
        ctxs[ci].Ptr = ptr;
        if (++ci == ctxs.Length)
        {
            Array.Resize(ref st.Ctx, ctxs.Length * 2);
            ctxs = st.Ctx;
        }
        ctxs[ci] = default;
        ctxs[ci].Jump = jumpKind;
        ctxs[ci].TopLevel = nextTop;
        pattern = nextPattern;
        goto entrance;

    failure:
        ret = false;
        goto exit;
    success:
        ret = true;
    exit:
        {
            int jump = ctxs[ci].Jump;
            ctxs[ci].Rep = null;
            if (ci == baseCi) return ret;
            ci--;
            pattern = ctxs[ci].Pattern;
            ptr = ctxs[ci].Ptr;
            switch (jump)
            {
                case JumpMaxUntil1: goto jumpMaxUntil1;
                case JumpMaxUntil2: goto jumpMaxUntil2;
                case JumpMaxUntil3: goto jumpMaxUntil3;
                case JumpMinUntil1: goto jumpMinUntil1;
                case JumpMinUntil2: goto jumpMinUntil2;
                case JumpMinUntil3: goto jumpMinUntil3;
                case JumpRepeat: goto jumpRepeat;
                case JumpRepeatOne1: goto jumpRepeatOne1;
                case JumpRepeatOne2: goto jumpRepeatOne2;
                case JumpMinRepeatOne: goto jumpMinRepeatOne;
                case JumpBranch: goto jumpBranch;
                case JumpAssert: goto jumpAssert;
                case JumpAssertNot: goto jumpAssertNot;
                case JumpPossRepeat1: goto jumpPossRepeat1;
                case JumpPossRepeat2: goto jumpPossRepeat2;
                case JumpAtomicGroup: goto jumpAtomicGroup;
            }
            return ret;
        }
    }

    static PyException InternalError() => PyException.RuntimeError("internal error in regular expression engine");

    /// <summary>SRE(search): the leftmost match at or after st.Start; on success st.Start..st.Ptr is it.</summary>
    public static bool Search(SreState st, T text, uint[] code)
    {
        int ptr = st.Start;
        int end = st.End;
        if (ptr > end) return false;
        int prefixLen = 0, prefixSkip = 0, prefix = 0, overlap = 0, charset = -1;
        uint flags = 0;
        int pattern = 0;
        if (code[0] == Info)
        {
            // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
            flags = code[2];
            if (code[3] != 0 && (uint)(end - ptr) < code[3]) return false;
            if (code[3] > 1)
            {
                // Leave at least one character, so literal search works.
                end -= (int)code[3] - 1;
                if (end <= ptr) end = ptr;
            }
            if ((flags & InfoPrefix) != 0)
            {
                prefixLen = (int)code[5];
                prefixSkip = (int)code[6];
                prefix = 7;
                overlap = prefix + prefixLen - 1;
            }
            else if ((flags & InfoCharset) != 0) charset = 5;
            pattern = 1 + (int)code[1];
        }

        if (prefixLen == 1)
        {
            int c = (int)code[prefix];
            end = st.End;
            st.MustAdvance = false;
            while (ptr < end)
            {
                ptr = text.IndexOf(c, ptr, end);
                if (ptr < 0) return false;
                st.Start = ptr;
                st.Ptr = ptr + prefixSkip;
                if ((flags & InfoLiteral) != 0) return true;
                if (Match(st, text, code, pattern + 2 * prefixSkip, false)) return true;
                ++ptr;
                st.LastMark = st.LastIndex = -1;
            }
            return false;
        }

        if (prefixLen > 1)
        {
            // A known prefix: the overlap table lets the scan skip ahead (Knuth-Morris-Pratt).
            end = st.End;
            if (prefixLen > end - ptr) return false;
            int c0 = (int)code[prefix];
            while (ptr < end)
            {
                int found = text.IndexOf(c0, ptr, end);
                if (found < 0) return false;
                ptr = found + 1;
                if (ptr >= end) return false;
                int i = 1;
                st.MustAdvance = false;
                do
                {
                    if ((uint)text[ptr] == code[prefix + i])
                    {
                        if (++i != prefixLen)
                        {
                            if (++ptr >= end) return false;
                            continue;
                        }
                        // A potential match.
                        st.Start = ptr - (prefixLen - 1);
                        st.Ptr = ptr - (prefixLen - prefixSkip - 1);
                        if ((flags & InfoLiteral) != 0) return true;
                        if (Match(st, text, code, pattern + 2 * prefixSkip, false)) return true;
                        if (++ptr >= end) return false;
                        st.LastMark = st.LastIndex = -1;
                    }
                    i = (int)code[overlap + i];
                } while (i != 0);
            }
            return false;
        }

        if (charset >= 0)
        {
            end = st.End;
            st.MustAdvance = false;
            for (;;)
            {
                while (ptr < end && !Charset(code, charset, text[ptr])) ptr++;
                if (ptr >= end) return false;
                st.Start = ptr;
                st.Ptr = ptr;
                if (Match(st, text, code, pattern, false)) return true;
                ptr++;
                st.LastMark = st.LastIndex = -1;
            }
        }

        st.Start = st.Ptr = ptr;
        bool status = Match(st, text, code, pattern, true);
        st.MustAdvance = false;
        if (!status && code[pattern] == SreOp.At && (code[pattern + 1] == AtBeginning || code[pattern + 1] == AtBeginningString))
        {
            st.Start = st.Ptr = end;
            return false;
        }
        while (!status && ptr < end)
        {
            ptr++;
            st.LastMark = st.LastIndex = -1;
            st.Start = st.Ptr = ptr;
            status = Match(st, text, code, pattern, false);
        }
        return status;
    }
}
