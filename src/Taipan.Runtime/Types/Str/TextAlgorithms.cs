namespace Taipan.Runtime;

/// <summary>
/// What the shared text algorithms need to know about an element kind: how to build a result object from a
/// span and which elements are whitespace / line breaks. Implemented for str's two representations (char for
/// the BMP fast path, int for code points) and for bytes/bytearray (byte), so split/strip/replace/... are
/// written once (CPython shares them through stringlib templates for the same reason).
/// </summary>
internal interface ITextKind<T> where T : unmanaged, IEquatable<T>
{
    static abstract PyObject Make(ReadOnlySpan<T> s);
    static abstract bool IsSpace(T c);
    static abstract bool IsLineBreak(T c);
    static abstract int ToInt(T c);
}

internal struct BmpKind : ITextKind<char>
{
    public static PyObject Make(ReadOnlySpan<char> s) => s.Length == 0 ? PyStr.Empty : PyStr.FromBmpTrusted(new string(s));
    public static bool IsSpace(char c) => UnicodeProps.IsSpace(c);
    public static bool IsLineBreak(char c) => UnicodeProps.IsLineBreak(c);
    public static int ToInt(char c) => c;
}

internal struct CodePointKind : ITextKind<int>
{
    public static PyObject Make(ReadOnlySpan<int> s) => s.Length == 0 ? PyStr.Empty : new PyStr(s.ToArray());
    public static bool IsSpace(int c) => UnicodeProps.IsSpace(c);
    public static bool IsLineBreak(int c) => UnicodeProps.IsLineBreak(c);
    public static int ToInt(int c) => c;
}

internal static class TextAlgorithms
{
    /// <summary>CPython's ADJUST_INDICES for start/end arguments of find, count, startswith, ...</summary>
    public static void AdjustIndices(ref long start, ref long end, long len)
    {
        if (end > len) end = len;
        else if (end < 0) { end += len; if (end < 0) end = 0; }
        if (start < 0) { start += len; if (start < 0) start = 0; }
    }

    /// <summary>A start/end argument: None or anything with __index__ (clamped like a slice bound).</summary>
    public static long SliceIndex(PyObject? o, long dflt)
    {
        if (o == null || o is PyNone) return dflt;
        if (o is PyInt i) return i.IsSmall ? i.Small : (i.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2);
        if (o.Type.Index == null)
            throw PyException.TypeError("slice indices must be integers or None or have an __index__ method");
        var r = Ops.Index(o);
        return r.IsSmall ? r.Small : (r.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2);
    }

    public static long Find<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sub, long start, long end) where T : unmanaged, IEquatable<T>
    {
        AdjustIndices(ref start, ref end, s.Length);
        if (end - start < sub.Length) return -1;
        int i = s.Slice((int)start, (int)(end - start)).IndexOf(sub);
        return i < 0 ? -1 : i + start;
    }

    public static long RFind<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sub, long start, long end) where T : unmanaged, IEquatable<T>
    {
        AdjustIndices(ref start, ref end, s.Length);
        if (end - start < sub.Length) return -1;
        int i = s.Slice((int)start, (int)(end - start)).LastIndexOf(sub);
        if (sub.Length == 0) return end;
        return i < 0 ? -1 : i + start;
    }

    public static long Count<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sub, long start, long end) where T : unmanaged, IEquatable<T>
    {
        AdjustIndices(ref start, ref end, s.Length);
        if (end - start < sub.Length) return 0;
        if (sub.Length == 0) return end - start + 1;
        var w = s.Slice((int)start, (int)(end - start));
        long n = 0;
        while (true)
        {
            int i = w.IndexOf(sub);
            if (i < 0) return n;
            n++;
            w = w.Slice(i + sub.Length);
        }
    }

    /// <summary>startswith/endswith for one candidate (CPython's tailmatch).</summary>
    public static bool TailMatch<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> sub, long start, long end, bool atEnd) where T : unmanaged, IEquatable<T>
    {
        AdjustIndices(ref start, ref end, s.Length);
        end -= sub.Length;
        if (end < start) return false;
        if (sub.Length == 0) return true;
        long at = atEnd ? end : start;
        return s.Slice((int)at, sub.Length).SequenceEqual(sub);
    }

    public static PyList Split<T, K>(ReadOnlySpan<T> s, ReadOnlySpan<T> sep, long maxsplit) where T : unmanaged, IEquatable<T> where K : ITextKind<T>
    {
        if (sep.Length == 0) throw PyException.ValueError("empty separator");
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var list = new PyList();
        int pos = 0;
        while (maxsplit-- > 0)
        {
            int i = s.Slice(pos).IndexOf(sep);
            if (i < 0) break;
            list.Append(K.Make(s.Slice(pos, i)));
            pos += i + sep.Length;
        }
        list.Append(K.Make(s.Slice(pos)));
        return list;
    }

    public static PyList RSplit<T, K>(ReadOnlySpan<T> s, ReadOnlySpan<T> sep, long maxsplit) where T : unmanaged, IEquatable<T> where K : ITextKind<T>
    {
        if (sep.Length == 0) throw PyException.ValueError("empty separator");
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var list = new PyList();
        int end = s.Length;
        while (maxsplit-- > 0)
        {
            int i = s.Slice(0, end).LastIndexOf(sep);
            if (i < 0) break;
            list.Append(K.Make(s.Slice(i + sep.Length, end - i - sep.Length)));
            end = i;
        }
        list.Append(K.Make(s.Slice(0, end)));
        SliceSupport.Reverse(list);
        return list;
    }

    public static PyList SplitWhitespace<T, K>(ReadOnlySpan<T> s, long maxsplit) where T : unmanaged, IEquatable<T> where K : ITextKind<T>
    {
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var list = new PyList();
        int i = 0, n = s.Length;
        while (true)
        {
            while (i < n && K.IsSpace(s[i])) i++;
            if (i == n) break;
            if (maxsplit-- == 0)
            {
                list.Append(K.Make(s.Slice(i)));
                break;
            }
            int j = i;
            while (j < n && !K.IsSpace(s[j])) j++;
            list.Append(K.Make(s.Slice(i, j - i)));
            i = j;
        }
        return list;
    }

    public static PyList RSplitWhitespace<T, K>(ReadOnlySpan<T> s, long maxsplit) where T : unmanaged, IEquatable<T> where K : ITextKind<T>
    {
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var list = new PyList();
        int i = s.Length;
        while (true)
        {
            while (i > 0 && K.IsSpace(s[i - 1])) i--;
            if (i == 0) break;
            if (maxsplit-- == 0)
            {
                list.Append(K.Make(s.Slice(0, i)));
                break;
            }
            int j = i;
            while (j > 0 && !K.IsSpace(s[j - 1])) j--;
            list.Append(K.Make(s.Slice(j, i - j)));
            i = j;
        }
        SliceSupport.Reverse(list);
        return list;
    }

    public static PyList SplitLines<T, K>(ReadOnlySpan<T> s, bool keepends) where T : unmanaged, IEquatable<T> where K : ITextKind<T>
    {
        var list = new PyList();
        int i = 0, n = s.Length;
        while (i < n)
        {
            int j = i;
            while (j < n && !K.IsLineBreak(s[j])) j++;
            int eol = j;
            if (j < n)
            {
                if (K.ToInt(s[j]) == '\r' && j + 1 < n && K.ToInt(s[j + 1]) == '\n') j += 2;
                else j++;
                if (keepends) eol = j;
            }
            list.Append(K.Make(s.Slice(i, eol - i)));
            i = j;
        }
        return list;
    }

    /// <summary>strip/lstrip/rstrip: returns the kept range; <paramref name="chars"/> empty-and-null means whitespace.</summary>
    public static (int Start, int End) StripRange<T, K>(ReadOnlySpan<T> s, ReadOnlySpan<T> chars, bool whitespace, bool left, bool right)
        where T : unmanaged, IEquatable<T> where K : ITextKind<T>
    {
        int i = 0, j = s.Length;
        if (left)
            while (i < j && (whitespace ? K.IsSpace(s[i]) : chars.Contains(s[i]))) i++;
        if (right)
            while (j > i && (whitespace ? K.IsSpace(s[j - 1]) : chars.Contains(s[j - 1]))) j--;
        return (i, j);
    }

    /// <summary>replace(old, new, count) building into a pooled list; returns null when nothing changes.</summary>
    public static T[]? Replace<T>(ReadOnlySpan<T> s, ReadOnlySpan<T> old, ReadOnlySpan<T> rep, long count) where T : unmanaged, IEquatable<T>
    {
        if (count < 0) count = long.MaxValue;
        if (count == 0) return null;
        if (old.Length == 0)
        {
            long slots = Math.Min(count, (long)s.Length + 1);
            if (slots == 0) return null;
            var r = new T[s.Length + slots * rep.Length];
            int w = 0;
            for (int k = 0; k < s.Length || k < slots; k++)
            {
                if (k < slots) { rep.CopyTo(r.AsSpan(w)); w += rep.Length; }
                if (k < s.Length) r[w++] = s[k];
            }
            return r;
        }
        long found = 0;
        {
            var w = s;
            while (found < count)
            {
                int i = w.IndexOf(old);
                if (i < 0) break;
                found++;
                w = w.Slice(i + old.Length);
            }
        }
        if (found == 0) return null;
        long newLen = s.Length + found * (rep.Length - old.Length);
        if (newLen > int.MaxValue) throw PyException.OverflowError("replace string is too long");
        var res = new T[newLen];
        int pos = 0, wr = 0;
        for (long k = 0; k < found; k++)
        {
            int i = s.Slice(pos).IndexOf(old);
            s.Slice(pos, i).CopyTo(res.AsSpan(wr));
            wr += i;
            rep.CopyTo(res.AsSpan(wr));
            wr += rep.Length;
            pos += i + old.Length;
        }
        s.Slice(pos).CopyTo(res.AsSpan(wr));
        return res;
    }

    public static PyTuple Partition<T, K>(PyObject self, ReadOnlySpan<T> s, ReadOnlySpan<T> sep, PyObject empty, bool fromRight)
        where T : unmanaged, IEquatable<T> where K : ITextKind<T>
    {
        if (sep.Length == 0) throw PyException.ValueError("empty separator");
        int i = fromRight ? s.LastIndexOf(sep) : s.IndexOf(sep);
        if (i < 0)
            return fromRight ? new PyTuple([empty, empty, self]) : new PyTuple([self, empty, empty]);
        return new PyTuple([K.Make(s.Slice(0, i)), K.Make(sep), K.Make(s.Slice(i + sep.Length))]);
    }

    /// <summary>expandtabs: columns restart after \n and \r.</summary>
    public static T[] ExpandTabs<T, K>(ReadOnlySpan<T> s, long tabsize, T space) where T : unmanaged, IEquatable<T> where K : ITextKind<T>
    {
        var res = new List<T>(s.Length);
        long col = 0;
        foreach (var c in s)
        {
            int v = K.ToInt(c);
            if (v == '\t')
            {
                if (tabsize > 0)
                {
                    long inc = tabsize - col % tabsize;
                    if (res.Count + inc > int.MaxValue) throw PyException.OverflowError("result too long");
                    for (long k = 0; k < inc; k++) res.Add(space);
                    col += inc;
                }
            }
            else
            {
                res.Add(c);
                col++;
                if (v == '\n' || v == '\r') col = 0;
            }
        }
        return [.. res];
    }

    /// <summary>Left/right padding split of center() (CPython's pad(): odd margins favour the left when width is odd).</summary>
    public static (long Left, long Right) CenterPad(long len, long width)
    {
        long marg = width - len;
        long left = marg / 2 + (marg & width & 1);
        return (left, marg - left);
    }
}
