using Taipan.Runtime;

namespace Taipan.Modules.Sre;

/// <summary>The subject of a match: the Python object and its characters in the form the matcher reads.</summary>
sealed class SreSubject
{
    public readonly PyObject Object;
    public readonly string? Bmp;
    public readonly int[]? CodePoints;
    public readonly byte[]? Bytes;
    public readonly int Length;
    public bool IsBytes => Bytes != null;

    SreSubject(PyObject o, string? bmp, int[]? cps, byte[]? bytes, int length)
    {
        Object = o; Bmp = bmp; CodePoints = cps; Bytes = bytes; Length = length;
    }

    /// <summary>getstring() of sre.c: str, or anything exporting a buffer.</summary>
    public static SreSubject? TryGet(PyObject o)
    {
        if (o is PyStr s)
        {
            if (s.IsBmp) return new SreSubject(o, s.BmpValue, null, null, s.Length);
            return new SreSubject(o, null, s.CodePointArray, null, s.Length);
        }
        if (o is PyBytes b) return new SreSubject(o, null, null, b.UnsafeArray, b.UnsafeArray.Length);
        if (o is IPyBuffer buf)
        {
            var copy = buf.ReadOnlyBytes.ToArray();
            return new SreSubject(o, null, null, copy, copy.Length);
        }
        return null;
    }

    public static SreSubject Get(PyObject o) =>
        TryGet(o) ?? throw PyException.TypeError($"expected string or bytes-like object, got '{o.Type.Name}'");

    /// <summary>getslice(): a str or bytes holding [start, end).</summary>
    public PyObject Slice(int start, int end)
    {
        if (Bytes != null)
        {
            if (Object is PyBytes pb && pb.Type == PyBytes.TypeObject && start == 0 && end == Length) return pb;
            return PyBytes.FromSpan(Bytes.AsSpan(start, end - start));
        }
        var s = (PyStr)Object;
        return s.Slice(start, 1, end - start);
    }

    public PyObject Empty => Bytes != null ? PyBytes.FromSpan(default) : PyStr.Empty;
}

/// <summary>A REPEAT context (SRE_REPEAT): shared by the MAX_UNTIL/MIN_UNTIL of one repeat.</summary>
sealed class SreRepeat
{
    public int Count;
    public int Pattern;
    public int LastPtr;
    public SreRepeat? Prev;
}

/// <summary>One frame of the matcher's explicit stack (SRE(match_context)).</summary>
struct SreCtx
{
    public int Count;
    public uint Chr;
    public SreRepeat? Rep;
    public int LastMark, LastIndex;
    public int Pattern, Ptr;
    public bool TopLevel;
    public int Jump;
}

/// <summary>SRE_STATE: the positions, marks and stacks of one matching session.</summary>
sealed class SreState
{
    public readonly SrePattern Pattern;
    public readonly SreSubject Subject;
    public readonly int[] Mark;
    public int LastMark = -1, LastIndex = -1;
    public int Start, End, Ptr, Pos, EndPos;
    public bool MatchAll, MustAdvance;
    public SreRepeat? Repeat;
    internal SreCtx[] Ctx = new SreCtx[32];
    internal int[] Data = new int[64];
    internal int DataTop;

    public SreState(SrePattern pattern, PyObject str, long start, long end)
    {
        Pattern = pattern;
        Subject = SreSubject.Get(str);
        if (Subject.IsBytes && pattern.IsBytes == 0)
            throw PyException.TypeError("cannot use a string pattern on a bytes-like object");
        if (!Subject.IsBytes && pattern.IsBytes > 0)
            throw PyException.TypeError("cannot use a bytes pattern on a string-like object");
        Mark = new int[pattern.Groups * 2 + 2];
        int length = Subject.Length;
        start = start < 0 ? 0 : start > length ? length : start;
        end = end < 0 ? 0 : end > length ? length : end;
        Start = (int)start;
        End = (int)end;
        Pos = (int)start;
        EndPos = (int)end;
    }

    public void Reset()
    {
        LastMark = -1;
        LastIndex = -1;
        Repeat = null;
        DataTop = 0;
    }

    /// <summary>sre_match: 1 on success (Ptr is the end), 0 on failure.</summary>
    public bool Match()
    {
        var code = Pattern.Code;
        var s = Subject;
        if (s.Bmp != null) return SreMatcher<BmpText>.Match(this, new BmpText(s.Bmp), code, 0, true);
        if (s.Bytes != null) return SreMatcher<ByteText>.Match(this, new ByteText(s.Bytes), code, 0, true);
        return SreMatcher<CodePointText>.Match(this, new CodePointText(s.CodePoints!), code, 0, true);
    }

    /// <summary>sre_search: on success Start..Ptr is the match.</summary>
    public bool Search()
    {
        var code = Pattern.Code;
        var s = Subject;
        if (s.Bmp != null) return SreMatcher<BmpText>.Search(this, new BmpText(s.Bmp), code);
        if (s.Bytes != null) return SreMatcher<ByteText>.Search(this, new ByteText(s.Bytes), code);
        return SreMatcher<CodePointText>.Search(this, new CodePointText(s.CodePoints!), code);
    }

    // ---- the data stack: saved marks and repeat last_ptr values ----
    internal void DataPush(int v)
    {
        if (DataTop == Data.Length) Array.Resize(ref Data, Data.Length * 2);
        Data[DataTop++] = v;
    }

    internal int DataPop() => Data[--DataTop];

    internal void MarkPush(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        if (DataTop + n > Data.Length) Array.Resize(ref Data, Math.Max(Data.Length * 2, DataTop + n));
        Array.Copy(Mark, 0, Data, DataTop, n);
        DataTop += n;
    }

    internal void MarkPop(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        DataTop -= n;
        Array.Copy(Data, DataTop, Mark, 0, n);
    }

    internal void MarkPopKeep(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        Array.Copy(Data, DataTop - n, Mark, 0, n);
    }

    internal void MarkPopDiscard(int lastmark)
    {
        if (lastmark < 0) return;
        DataTop -= lastmark + 1;
    }
}
