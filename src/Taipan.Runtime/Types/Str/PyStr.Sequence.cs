namespace Taipan.Runtime;

/// <summary>str's sequence and operator slots: repeat, %, in, indexing, slicing, iteration.</summary>
public partial class PyStr
{
    static void SetupSequenceSlots(PyType t)
    {
        t.Multiply = static (a, b) =>
        {
            if (a is PyStr s && b is not PyFloat && (b is PyInt || b.Type.Index != null)) return s.Repeat(RepeatCount(b));
            if (b is PyStr s2 && a is not PyFloat && (a is PyInt || a.Type.Index != null)) return s2.Repeat(RepeatCount(a));
            return PyNotImplemented.Instance;
        };
        t.Remainder = static (a, b) => a is PyStr s ? PercentFormat.FormatStr(s, b) : PyNotImplemented.Instance;
        t.Contains = static (o, item) =>
        {
            if (item is not PyStr sub)
                throw PyException.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
            return ((PyStr)o).IndexOf(sub, 0, long.MaxValue) >= 0;
        };
        t.GetItem = static (o, key) => ((PyStr)o).GetItem(key);
        t.Iter = static o => new PyStrIterator((PyStr)o);
    }

    /// <summary>A repeat count via __index__; a count too big for an index raises OverflowError as CPython does.</summary>
    internal static long RepeatCount(PyObject n)
    {
        var i = Ops.Index(n);
        if (!i.IsSmall) throw PyException.OverflowError("cannot fit 'int' into an index-sized integer");
        return i.Small;
    }

    public PyStr Repeat(long n)
    {
        if (n <= 0 || Length == 0) return Empty;
        if (n == 1 && Type == TypeObject) return this;
        if ((long)Length * n > int.MaxValue) throw PyException.OverflowError("repeated string is too long");
        int total = (int)(Length * n);
        if (_bmp != null)
        {
            if (_bmp.Length == 1) return FromBmpTrusted(new string(_bmp[0], total));
            return FromBmpTrusted(string.Create(total, _bmp, static (span, src) =>
            {
                for (int k = 0; k < span.Length; k += src.Length) src.AsSpan().CopyTo(span.Slice(k));
            }));
        }
        var r = new int[total];
        for (int k = 0; k < total; k += _codePoints!.Length) _codePoints!.CopyTo(r, k);
        return new PyStr(r);
    }

    public PyObject GetItem(PyObject key)
    {
        if (key is PyInt || (key.Type.Index != null && key is not PyFloat))
        {
            var iv = Ops.Index(key);
            if (!iv.IsSmall) throw PyException.IndexError("cannot fit 'int' into an index-sized integer");
            long i = iv.Small;
            if (i < 0) i += Length;
            if (i < 0 || i >= Length) throw PyException.IndexError("string index out of range");
            return FromCodePoint(CodePointAt((int)i));
        }
        if (SliceSupport.TryIndices(key, Length, out long start, out _, out long step, out long count))
            return Slice(start, step, count);
        throw PyException.TypeError($"string indices must be integers, not '{key.Type.Name}'");
    }

    /// <summary>The slice with adjusted bounds (<paramref name="count"/> items from <paramref name="start"/> by <paramref name="step"/>).</summary>
    public PyStr Slice(long start, long step, long count)
    {
        if (count <= 0) return Empty;
        if (step == 1)
        {
            if (count == Length && Type == TypeObject) return this;
            if (_bmp != null) return FromBmpTrusted(_bmp.Substring((int)start, (int)count));
            return new PyStr(_codePoints.AsSpan((int)start, (int)count).ToArray());
        }
        if (_bmp != null)
        {
            return FromBmpTrusted(string.Create((int)count, (_bmp, start, step), static (span, st) =>
            {
                long p = st.start;
                for (int k = 0; k < span.Length; k++, p += st.step) span[k] = st._bmp[(int)p];
            }));
        }
        var r = new int[count];
        long q = start;
        for (int k = 0; k < r.Length; k++, q += step) r[k] = _codePoints![(int)q];
        return new PyStr(r);
    }

    /// <summary>Substring [start, end) in code points (no bounds adjustment).</summary>
    internal PyStr Substring(int start, int end)
    {
        if (start == 0 && end == Length && Type == TypeObject) return this;
        if (end <= start) return Empty;
        if (_bmp != null) return FromBmpTrusted(_bmp.Substring(start, end - start));
        return new PyStr(_codePoints.AsSpan(start, end - start).ToArray());
    }

    /// <summary>True when every code point is below 128.</summary>
    public bool IsAscii()
    {
        if (_bmp != null) return System.Text.Ascii.IsValid(_bmp);
        return false;
    }
}

/// <summary>Iterator over a str's code points (CPython's str_ascii_iterator for ASCII strings, str_iterator otherwise).</summary>
public sealed partial class PyStrIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("str_iterator", null, typeof(PyStrIterator), SetupType, TypeFlags.None);
    public static readonly PyType AsciiTypeObject = PyType.Builtin("str_ascii_iterator", null, typeof(PyStrIterator), SetupAsciiType, TypeFlags.None);

    PyStr? _s;
    int _i;

    public PyStrIterator(PyStr s) : base(s.IsAscii() ? AsciiTypeObject : TypeObject) { _s = s; }

    public PyObject? Next()
    {
        var s = _s;
        if (s == null) return null;
        if (_i < s.Length) return PyStr.FromCodePoint(s.CodePointAt(_i++));
        _s = null;
        return null;
    }

    [PyMethod("__length_hint__($self, /)")]
    public long LengthHint() => _s == null ? 0 : _s.Length - _i;

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        t.Iter = static o => o;
        t.Next = static o => ((PyStrIterator)o).Next();
        SetupMembers(t);
    }

    static void SetupAsciiType(PyType t) => SetupType(t);
}
