using System.Text;

namespace Taipan.Runtime;

/// <summary>
/// The methods bytes and bytearray share (CPython's Objects/bytes_methods.c and the stringlib templates),
/// written once over a span; <typeparamref name="K"/> decides whether results are bytes or bytearray.
/// </summary>
internal static class BytesMethods
{
    // ---------------- operators ----------------

    public static PyObject Compare(ReadOnlySpan<byte> a, PyObject other, CompareOp op)
    {
        if (other is not PyBytes b) return PyNotImplemented.Instance;
        return CompareSpans(a, b.Span, op);
    }

    public static PyObject CompareSpans(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, CompareOp op)
    {
        if (op == CompareOp.Eq || op == CompareOp.Ne)
            return PyBool.Get(a.SequenceEqual(b) == (op == CompareOp.Eq));
        return Ops.CompareResult(a.SequenceCompareTo(b), op);
    }

    public static PyObject Concat<K>(PyObject a, PyObject b, string name) where K : ITextKind<byte>
    {
        if (a is not PyBytes && a is not PyByteArray) return PyNotImplemented.Instance;
        if (b is not IPyBuffer bb)
        {
            if (b.Type.Add != null && b is not PyStr) return PyNotImplemented.Instance;
            throw PyException.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}");
        }
        var x = ((IPyBuffer)a).ReadOnlyBytes;
        var y = bb.ReadOnlyBytes;
        var r = new byte[x.Length + y.Length];
        x.CopyTo(r);
        y.CopyTo(r.AsSpan(x.Length));
        return K.Make(r);
    }

    public static PyObject Repeat<K>(PyObject a, PyObject b) where K : ITextKind<byte>
    {
        PyObject seq, count;
        if ((a is PyBytes || a is PyByteArray) && b is not PyFloat && (b is PyInt || b.Type.Index != null)) { seq = a; count = b; }
        else if ((b is PyBytes || b is PyByteArray) && a is not PyFloat && (a is PyInt || a.Type.Index != null)) { seq = b; count = a; }
        else return PyNotImplemented.Instance;
        return K.Make(RepeatArray(((IPyBuffer)seq).ReadOnlyBytes, PyStr.RepeatCount(count)));
    }

    public static byte[] RepeatArray(ReadOnlySpan<byte> s, long n)
    {
        if (n <= 0 || s.Length == 0) return [];
        if (s.Length * n > int.MaxValue) throw PyException.MemoryError();
        var r = new byte[s.Length * n];
        for (int k = 0; k < r.Length; k += s.Length) s.CopyTo(r.AsSpan(k));
        return r;
    }

    public static bool Contains(ReadOnlySpan<byte> data, PyObject item)
    {
        if (item is PyInt || (item.Type.Index != null && item is not IPyBuffer))
            return data.Contains(BytesLike.ByteValue(item));
        return data.IndexOf(BytesLike.Require(item)) >= 0;
    }

    public static byte[] SliceArray(ReadOnlySpan<byte> data, long start, long step, long count)
    {
        if (count <= 0) return [];
        if (step == 1) return data.Slice((int)start, (int)count).ToArray();
        var r = new byte[count];
        long p = start;
        for (int k = 0; k < r.Length; k++, p += step) r[k] = data[(int)p];
        return r;
    }

    // ---------------- argument helpers ----------------

    /// <summary>find/count/index argument: an int (one byte) or a bytes-like object.</summary>
    static ReadOnlySpan<byte> SubArg(PyObject sub)
    {
        if (sub is IPyBuffer b) return b.ReadOnlyBytes;
        if (sub is PyInt || sub.Type.Index != null) return new[] { BytesLike.ByteValue(sub) };
        throw PyException.TypeError($"argument should be integer or bytes-like object, not '{sub.Type.Name}'");
    }

    static byte FillByte(PyObject? fill, string method)
    {
        if (fill == null) return (byte)' ';
        if ((fill is PyBytes || fill is PyByteArray) && ((IPyBuffer)fill).ReadOnlyBytes.Length == 1) return ((IPyBuffer)fill).ReadOnlyBytes[0];
        throw PyException.TypeError($"{method}() argument 2 must be a byte string of length 1, not {fill.Type.Name}");
    }

    // ---------------- methods in the order of the docs ----------------

    public static long Count(ReadOnlySpan<byte> d, PyObject sub, PyObject? start, PyObject? end) =>
        TextAlgorithms.Count(d, SubArg(sub), TextAlgorithms.SliceIndex(start, 0), TextAlgorithms.SliceIndex(end, long.MaxValue));

    public static PyObject RemovePrefix<K>(PyObject self, ReadOnlySpan<byte> d, PyObject prefix) where K : ITextKind<byte>
    {
        var p = BytesLike.Require(prefix);
        if (d.StartsWith(p)) return K.Make(d.Slice(p.Length));
        return self is PyBytes b && b.Type == PyBytes.TypeObject ? self : K.Make(d);
    }

    public static PyObject RemoveSuffix<K>(PyObject self, ReadOnlySpan<byte> d, PyObject suffix) where K : ITextKind<byte>
    {
        var p = BytesLike.Require(suffix);
        if (p.Length > 0 && d.EndsWith(p)) return K.Make(d.Slice(0, d.Length - p.Length));
        return self is PyBytes b && b.Type == PyBytes.TypeObject ? self : K.Make(d);
    }

    public static PyStr Decode(PyObject self, ReadOnlySpan<byte> d, PyObject? encoding, PyObject? errors)
    {
        string enc = encoding == null ? "utf-8" : encoding is PyStr e ? e.Value
            : throw PyException.TypeError($"decode() argument 'encoding' must be str, not {encoding.Type.Name}");
        string err = errors == null ? "strict" : errors is PyStr r ? r.Value
            : throw PyException.TypeError($"decode() argument 'errors' must be str, not {errors.Type.Name}");
        return Codecs.Decode(self, d, enc, err);
    }

    public static bool StartsOrEndsWith(ReadOnlySpan<byte> d, PyObject arg, PyObject? start, PyObject? end, bool atEnd, string name)
    {
        long a = TextAlgorithms.SliceIndex(start, 0), b = TextAlgorithms.SliceIndex(end, long.MaxValue);
        if (arg is PyTuple t)
        {
            foreach (var item in t.Items)
                if (TextAlgorithms.TailMatch(d, BytesLike.Require(item), a, b, atEnd)) return true;
            return false;
        }
        if (arg is not IPyBuffer one)
            throw PyException.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {arg.Type.Name}");
        return TextAlgorithms.TailMatch(d, one.ReadOnlyBytes, a, b, atEnd);
    }

    public static long Find(ReadOnlySpan<byte> d, PyObject sub, PyObject? start, PyObject? end, bool right)
    {
        var s = SubArg(sub);
        long a = TextAlgorithms.SliceIndex(start, 0), b = TextAlgorithms.SliceIndex(end, long.MaxValue);
        return right ? TextAlgorithms.RFind(d, s, a, b) : TextAlgorithms.Find(d, s, a, b);
    }

    public static long Index(ReadOnlySpan<byte> d, PyObject sub, PyObject? start, PyObject? end, bool right)
    {
        long r = Find(d, sub, start, end, right);
        if (r < 0) throw PyException.ValueError("subsection not found");
        return r;
    }

    public static PyObject Join<K>(ReadOnlySpan<byte> sep, PyObject iterable) where K : ITextKind<byte>
    {
        ReadOnlySpan<PyObject> items = iterable switch
        {
            PyList l => l.AsSpan(),
            PyTuple t => t.Items,
            _ => Ops.ToList(iterable).ToArray(),
        };
        long total = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not IPyBuffer b)
                throw PyException.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
            total += b.ReadOnlyBytes.Length;
        }
        if (items.Length > 1) total += (long)sep.Length * (items.Length - 1);
        if (total > int.MaxValue) throw PyException.OverflowError("join() result is too long");
        var r = new byte[total];
        int w = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) { sep.CopyTo(r.AsSpan(w)); w += sep.Length; }
            var s = ((IPyBuffer)items[i]).ReadOnlyBytes;
            s.CopyTo(r.AsSpan(w));
            w += s.Length;
        }
        return K.Make(r);
    }

    public static PyBytes MakeTrans(PyObject frm, PyObject to)
    {
        var f = BytesLike.Require(frm);
        var t = BytesLike.Require(to);
        if (f.Length != t.Length) throw PyException.ValueError("maketrans arguments must have same length");
        var table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte)i;
        for (int i = 0; i < f.Length; i++) table[f[i]] = t[i];
        return new PyBytes(table);
    }

    public static PyTuple Partition<K>(PyObject self, ReadOnlySpan<byte> d, PyObject sep, bool right) where K : ITextKind<byte>
    {
        var s = BytesLike.Require(sep);
        bool isBytes = self is PyBytes;
        PyObject whole = isBytes && self.Type == PyBytes.TypeObject ? self : K.Make(d);
        if (isBytes) return TextAlgorithms.Partition<byte, K>(whole, d, s, PyBytes.Empty, right);
        // bytearray: every part is a new object.
        if (s.Length == 0) throw PyException.ValueError("empty separator");
        int i = right ? d.LastIndexOf(s) : d.IndexOf(s);
        if (i < 0)
            return right ? new PyTuple([K.Make([]), K.Make([]), whole]) : new PyTuple([whole, K.Make([]), K.Make([])]);
        return new PyTuple([K.Make(d.Slice(0, i)), K.Make(s), K.Make(d.Slice(i + s.Length))]);
    }

    public static PyObject Replace<K>(PyObject self, ReadOnlySpan<byte> d, PyObject old, PyObject @new, long count) where K : ITextKind<byte>
    {
        var r = TextAlgorithms.Replace(d, BytesLike.Require(old), BytesLike.Require(@new), count);
        if (r == null) return self is PyBytes && self.Type == PyBytes.TypeObject ? self : K.Make(d);
        return K.Make(r);
    }

    public static PyObject Translate<K>(PyObject self, ReadOnlySpan<byte> d, PyObject table, PyObject? delete) where K : ITextKind<byte>
    {
        ReadOnlySpan<byte> t = default;
        bool hasTable = table is not PyNone;
        if (hasTable)
        {
            t = BytesLike.Require(table);
            if (t.Length != 256) throw PyException.ValueError("translation table must be 256 characters long");
        }
        ReadOnlySpan<byte> del = delete == null ? default : BytesLike.Require(delete);
        var r = new List<byte>(d.Length);
        foreach (byte c in d)
        {
            if (del.Length > 0 && del.Contains(c)) continue;
            r.Add(hasTable ? t[c] : c);
        }
        return K.Make(r.ToArray());
    }

    public static PyObject Pad<K>(PyObject self, ReadOnlySpan<byte> d, long width, PyObject? fill, char align, string method) where K : ITextKind<byte>
    {
        byte f = FillByte(fill, method);
        if (width <= d.Length) return self is PyBytes && self.Type == PyBytes.TypeObject ? self : K.Make(d);
        long left = align switch { '>' => width - d.Length, '^' => TextAlgorithms.CenterPad(d.Length, width).Left, _ => 0 };
        var r = new byte[width];
        r.AsSpan().Fill(f);
        d.CopyTo(r.AsSpan((int)left));
        return K.Make(r);
    }

    public static PyObject Split<K>(ReadOnlySpan<byte> d, PyObject? sep, long maxsplit, bool right) where K : ITextKind<byte>
    {
        if (sep == null || sep is PyNone)
            return right ? TextAlgorithms.RSplitWhitespace<byte, K>(d, maxsplit) : TextAlgorithms.SplitWhitespace<byte, K>(d, maxsplit);
        var s = BytesLike.Require(sep);
        return right ? TextAlgorithms.RSplit<byte, K>(d, s, maxsplit) : TextAlgorithms.Split<byte, K>(d, s, maxsplit);
    }

    public static PyObject Strip<K>(PyObject self, ReadOnlySpan<byte> d, PyObject? chars, bool left, bool right) where K : ITextKind<byte>
    {
        bool ws = chars == null || chars is PyNone;
        var cs = ws ? default : BytesLike.Require(chars!);
        var (a, b) = TextAlgorithms.StripRange<byte, K>(d, cs, ws, left, right);
        if (a == 0 && b == d.Length && self is PyBytes && self.Type == PyBytes.TypeObject) return self;
        return K.Make(d.Slice(a, b - a));
    }

    public static PyObject ExpandTabs<K>(ReadOnlySpan<byte> d, long tabsize) where K : ITextKind<byte> =>
        K.Make(TextAlgorithms.ExpandTabs<byte, K>(d, tabsize, (byte)' '));

    public static PyObject ZFill<K>(PyObject self, ReadOnlySpan<byte> d, long width) where K : ITextKind<byte>
    {
        if (width <= d.Length) return self is PyBytes && self.Type == PyBytes.TypeObject ? self : K.Make(d);
        int fill = (int)(width - d.Length);
        var r = new byte[width];
        r.AsSpan(0, fill).Fill((byte)'0');
        d.CopyTo(r.AsSpan(fill));
        if (d.Length > 0 && (r[fill] == '+' || r[fill] == '-'))
        {
            r[0] = r[fill];
            r[fill] = (byte)'0';
        }
        return K.Make(r);
    }

    // ---------------- ASCII character classes and case ----------------

    static bool IsLowerB(byte c) => (uint)(c - 'a') <= 25;
    static bool IsUpperB(byte c) => (uint)(c - 'A') <= 25;
    static bool IsAlphaB(byte c) => IsLowerB(c) || IsUpperB(c);
    static bool IsDigitB(byte c) => (uint)(c - '0') <= 9;

    public static bool IsAlnum(ReadOnlySpan<byte> d) { if (d.Length == 0) return false; foreach (var c in d) if (!IsAlphaB(c) && !IsDigitB(c)) return false; return true; }
    public static bool IsAlpha(ReadOnlySpan<byte> d) { if (d.Length == 0) return false; foreach (var c in d) if (!IsAlphaB(c)) return false; return true; }
    public static bool IsAscii(ReadOnlySpan<byte> d) => Ascii.IsValid(d);
    public static bool IsDigit(ReadOnlySpan<byte> d) { if (d.Length == 0) return false; foreach (var c in d) if (!IsDigitB(c)) return false; return true; }
    public static bool IsSpace(ReadOnlySpan<byte> d) { if (d.Length == 0) return false; foreach (var c in d) if (!BytesKind.IsSpace(c)) return false; return true; }

    public static bool IsLower(ReadOnlySpan<byte> d)
    {
        bool cased = false;
        foreach (var c in d) { if (IsUpperB(c)) return false; if (IsLowerB(c)) cased = true; }
        return cased;
    }

    public static bool IsUpper(ReadOnlySpan<byte> d)
    {
        bool cased = false;
        foreach (var c in d) { if (IsLowerB(c)) return false; if (IsUpperB(c)) cased = true; }
        return cased;
    }

    public static bool IsTitle(ReadOnlySpan<byte> d)
    {
        bool cased = false, prev = false;
        foreach (var c in d)
        {
            if (IsUpperB(c)) { if (prev) return false; prev = cased = true; }
            else if (IsLowerB(c)) { if (!prev) return false; prev = cased = true; }
            else prev = false;
        }
        return cased;
    }

    static byte Low(byte c) => IsUpperB(c) ? (byte)(c + 32) : c;
    static byte Up(byte c) => IsLowerB(c) ? (byte)(c - 32) : c;

    public static PyObject Lower<K>(ReadOnlySpan<byte> d) where K : ITextKind<byte> { var r = d.ToArray(); for (int i = 0; i < r.Length; i++) r[i] = Low(r[i]); return K.Make(r); }
    public static PyObject Upper<K>(ReadOnlySpan<byte> d) where K : ITextKind<byte> { var r = d.ToArray(); for (int i = 0; i < r.Length; i++) r[i] = Up(r[i]); return K.Make(r); }
    public static PyObject SwapCase<K>(ReadOnlySpan<byte> d) where K : ITextKind<byte> { var r = d.ToArray(); for (int i = 0; i < r.Length; i++) r[i] = IsUpperB(r[i]) ? Low(r[i]) : Up(r[i]); return K.Make(r); }

    public static PyObject Capitalize<K>(ReadOnlySpan<byte> d) where K : ITextKind<byte>
    {
        var r = d.ToArray();
        for (int i = 0; i < r.Length; i++) r[i] = i == 0 ? Up(r[i]) : Low(r[i]);
        return K.Make(r);
    }

    public static PyObject Title<K>(ReadOnlySpan<byte> d) where K : ITextKind<byte>
    {
        var r = d.ToArray();
        bool prev = false;
        for (int i = 0; i < r.Length; i++)
        {
            byte c = r[i];
            r[i] = prev ? Low(c) : Up(c);
            prev = IsAlphaB(c);
        }
        return K.Make(r);
    }

    // ---------------- hex ----------------

    public static PyStr Hex(ReadOnlySpan<byte> d, PyObject? sep, long bytesPerSep)
    {
        const string digits = "0123456789abcdef";
        char sepChar = '\0';
        if (sep != null)
        {
            int sc;
            if (sep is PyStr ss) { if (ss.Length != 1) throw PyException.ValueError("sep must be length 1."); sc = ss.CodePointAt(0); }
            else if (sep is IPyBuffer sb) { if (sb.ReadOnlyBytes.Length != 1) throw PyException.ValueError("sep must be length 1."); sc = sb.ReadOnlyBytes[0]; }
            else throw PyException.TypeError($"sep must be str or bytes.");
            if (sc > 127) throw PyException.ValueError("sep must be ASCII.");
            sepChar = (char)sc;
        }
        if (sepChar == '\0' || bytesPerSep == 0 || d.Length == 0)
        {
            var sbh = new StringBuilder(d.Length * 2);
            foreach (var c in d) sbh.Append(digits[c >> 4]).Append(digits[c & 15]);
            return PyStr.FromBmpTrusted(sbh.ToString());
        }
        long group = Math.Abs(bytesPerSep);
        var sb2 = new StringBuilder(d.Length * 3);
        for (int i = 0; i < d.Length; i++)
        {
            // Positive counts group from the right, negative from the left.
            long pos = bytesPerSep > 0 ? d.Length - i : i;
            if (i > 0 && pos % group == 0) sb2.Append(sepChar);
            sb2.Append(digits[d[i] >> 4]).Append(digits[d[i] & 15]);
        }
        return PyStr.FromBmpTrusted(sb2.ToString());
    }

    public static byte[] FromHex(PyObject s)
    {
        if (s is not PyStr str) throw PyException.TypeError($"fromhex() argument must be str, not {s.Type.Name}");
        var r = new List<byte>(str.Length / 2);
        int i = 0, n = str.Length;
        while (true)
        {
            while (i < n && BytesKind.IsSpaceCp(str.CodePointAt(i))) i++;
            if (i >= n) break;
            int hi = HexVal(str.CodePointAt(i));
            if (hi < 0) throw NonHex(i);
            int lo = i + 1 < n ? HexVal(str.CodePointAt(i + 1)) : -1;
            if (lo < 0) throw NonHex(i + 1);
            r.Add((byte)(hi * 16 + lo));
            i += 2;
        }
        return [.. r];
    }

    static PyException NonHex(int pos) => PyException.ValueError($"non-hexadecimal number found in fromhex() arg at position {pos}");

    static int HexVal(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
