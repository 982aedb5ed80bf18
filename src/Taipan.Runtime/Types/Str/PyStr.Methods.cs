using System.Text;

namespace Taipan.Runtime;

/// <summary>
/// The methods of str, in the order of the Python docs. Each works on the BMP string directly when every
/// operand is BMP (the common case, no copies) and on code-point arrays otherwise; the shared algorithms
/// live in <see cref="TextAlgorithms"/>.
/// </summary>
public partial class PyStr
{
    /// <summary>self as an exact str (methods that return their input unchanged return an exact str).</summary>
    PyStr Exact() => Type == TypeObject ? this : new PyStr(TypeObject, this);

    static PyStr MustBeStr(PyObject o) =>
        o as PyStr ?? throw PyException.TypeError($"must be str, not {o.Type.Name}");

    static PyStr? StrOrNone(PyObject? o)
    {
        if (o == null || o is PyNone) return null;
        return o as PyStr ?? throw PyException.TypeError($"must be str or None, not {o.Type.Name}");
    }

    // ---------------- case ----------------

    enum CaseMode { Lower, Upper, Swap, Fold }

    PyStr MapCase(CaseMode mode)
    {
        if (_bmp != null && Ascii.IsValid(_bmp))
        {
            return FromBmpTrusted(string.Create(_bmp.Length, (_bmp, mode), static (span, st) =>
            {
                var src = st._bmp;
                for (int i = 0; i < span.Length; i++)
                {
                    char c = src[i];
                    bool up = (uint)(c - 'A') <= 25, low = (uint)(c - 'a') <= 25;
                    span[i] = st.mode switch
                    {
                        CaseMode.Upper => low ? (char)(c - 32) : c,
                        CaseMode.Swap => low ? (char)(c - 32) : up ? (char)(c + 32) : c,
                        _ => up ? (char)(c + 32) : c,
                    };
                }
            }));
        }
        var sb = new TextBuilder(Length);
        int n = Length;
        for (int i = 0; i < n; i++)
        {
            int c = CodePointAt(i);
            switch (mode)
            {
                case CaseMode.Lower: AppendLowerAt(sb, i); break;
                case CaseMode.Upper: UnicodeProps.AppendUpper(sb, c); break;
                case CaseMode.Fold: UnicodeProps.AppendFold(sb, c); break;
                default:
                    if (UnicodeProps.IsUpper(c)) AppendLowerAt(sb, i);
                    else if (UnicodeProps.IsLower(c)) UnicodeProps.AppendUpper(sb, c);
                    else sb.Add(c);
                    break;
            }
        }
        return sb.ToPyStr();
    }

    /// <summary>Lower-cases the code point at <paramref name="i"/>, applying the Final_Sigma rule to capital sigma.</summary>
    void AppendLowerAt(TextBuilder sb, int i)
    {
        int c = CodePointAt(i);
        if (c == 0x3A3) { sb.Add(IsFinalSigma(i) ? 0x3C2 : 0x3C3); return; }
        UnicodeProps.AppendLower(sb, c);
    }

    bool IsFinalSigma(int i)
    {
        int j = i - 1;
        while (j >= 0 && UnicodeProps.IsCaseIgnorable(CodePointAt(j))) j--;
        if (j < 0 || !UnicodeProps.IsCased(CodePointAt(j))) return false;
        j = i + 1;
        while (j < Length && UnicodeProps.IsCaseIgnorable(CodePointAt(j))) j++;
        return j == Length || !UnicodeProps.IsCased(CodePointAt(j));
    }

    [PyMethod("capitalize($self, /)")]
    public PyStr Capitalize()
    {
        if (Length == 0) return Empty;
        var sb = new TextBuilder(Length);
        UnicodeProps.AppendTitle(sb, CodePointAt(0));
        for (int i = 1; i < Length; i++) AppendLowerAt(sb, i);
        return sb.ToPyStr();
    }

    [PyMethod("casefold($self, /)")]
    public PyStr Casefold() => MapCase(CaseMode.Fold);

    [PyMethod("center($self, width, fillchar=' ', /)")]
    public PyStr Center(long width, PyObject? fillchar = null) => Pad(width, fillchar, '^');

    static int FillChar(PyObject? fill)
    {
        if (fill == null) return ' ';
        if (fill is not PyStr f) throw PyException.TypeError($"The fill character must be a unicode character, not {fill.Type.Name}");
        if (f.Length != 1) throw PyException.TypeError("The fill character must be exactly one character long");
        return f.CodePointAt(0);
    }

    PyStr Pad(long width, PyObject? fillchar, char align)
    {
        int fill = FillChar(fillchar);
        if (width <= Length) return Exact();
        if (width > int.MaxValue) throw PyException.OverflowError("padded string is too long");
        long left = align switch { '>' => width - Length, '^' => TextAlgorithms.CenterPad(Length, width).Left, _ => 0 };
        long right = width - Length - left;
        if (_bmp != null && fill <= 0xFFFF && (fill < 0xD800 || fill > 0xDFFF))
        {
            var sb = new StringBuilder((int)width);
            sb.Append((char)fill, (int)left).Append(_bmp).Append((char)fill, (int)right);
            return FromBmpTrusted(sb.ToString());
        }
        var r = new int[width];
        r.AsSpan(0, (int)left).Fill(fill);
        for (int i = 0; i < Length; i++) r[left + i] = CodePointAt(i);
        r.AsSpan((int)(left + Length)).Fill(fill);
        return new PyStr(r);
    }

    [PyMethod("count($self, sub, start=None, end=None, /)")]
    public long Count(PyObject sub, PyObject? start = null, PyObject? end = null)
    {
        var s = MustBeStr(sub);
        long a = TextAlgorithms.SliceIndex(start, 0), b = TextAlgorithms.SliceIndex(end, long.MaxValue);
        if (_bmp != null && s._bmp != null) return TextAlgorithms.Count<char>(_bmp, s._bmp, a, b);
        return TextAlgorithms.Count<int>(ToCodePointArray(), s.ToCodePointArray(), a, b);
    }

    [PyMethod("encode($self, /, encoding='utf-8', errors='strict')")]
    public PyObject Encode(PyObject? encoding = null, PyObject? errors = null)
    {
        string enc = encoding == null ? "utf-8" : encoding is PyStr e ? e.Value
            : throw PyException.TypeError($"encode() argument 'encoding' must be str, not {encoding.Type.Name}");
        string err = errors == null ? "strict" : errors is PyStr r ? r.Value
            : throw PyException.TypeError($"encode() argument 'errors' must be str, not {errors.Type.Name}");
        return Codecs.Encode(this, enc, err);
    }

    [PyMethod("endswith($self, suffix, start=None, end=None, /)")]
    public bool EndsWith(PyObject suffix, PyObject? start = null, PyObject? end = null) =>
        StartsOrEndsWith(suffix, start, end, true, "endswith");

    [PyMethod("startswith($self, prefix, start=None, end=None, /)")]
    public bool StartsWith(PyObject prefix, PyObject? start = null, PyObject? end = null) =>
        StartsOrEndsWith(prefix, start, end, false, "startswith");

    bool StartsOrEndsWith(PyObject arg, PyObject? start, PyObject? end, bool atEnd, string name)
    {
        long a = TextAlgorithms.SliceIndex(start, 0), b = TextAlgorithms.SliceIndex(end, long.MaxValue);
        if (arg is PyTuple t)
        {
            foreach (var item in t.Items)
            {
                if (item is not PyStr s)
                    throw PyException.TypeError($"tuple for {name} must only contain str, not {item.Type.Name}");
                if (TailMatch(s, a, b, atEnd)) return true;
            }
            return false;
        }
        if (arg is not PyStr one)
            throw PyException.TypeError($"{name} first arg must be str or a tuple of str, not {arg.Type.Name}");
        return TailMatch(one, a, b, atEnd);
    }

    bool TailMatch(PyStr s, long a, long b, bool atEnd)
    {
        if (_bmp != null && s._bmp != null) return TextAlgorithms.TailMatch<char>(_bmp, s._bmp, a, b, atEnd);
        return TextAlgorithms.TailMatch<int>(ToCodePointArray(), s.ToCodePointArray(), a, b, atEnd);
    }

    [PyMethod("expandtabs($self, /, tabsize=8)")]
    public PyStr ExpandTabs(long tabsize = 8)
    {
        if (_bmp != null)
        {
            if (_bmp.IndexOf('\t') < 0) return Exact();
            return FromBmpTrusted(new string(TextAlgorithms.ExpandTabs<char, BmpKind>(_bmp, tabsize, ' ')));
        }
        return new PyStr(TextAlgorithms.ExpandTabs<int, CodePointKind>(_codePoints, tabsize, ' '));
    }

    [PyMethod("find($self, sub, start=None, end=None, /)")]
    public long Find(PyObject sub, PyObject? start = null, PyObject? end = null) =>
        IndexOf(MustBeStr(sub), TextAlgorithms.SliceIndex(start, 0), TextAlgorithms.SliceIndex(end, long.MaxValue));

    public long IndexOf(PyStr sub, long start, long end)
    {
        if (_bmp != null && sub._bmp != null) return TextAlgorithms.Find<char>(_bmp, sub._bmp, start, end);
        return TextAlgorithms.Find<int>(ToCodePointArray(), sub.ToCodePointArray(), start, end);
    }

    public long LastIndexOf(PyStr sub, long start, long end)
    {
        if (_bmp != null && sub._bmp != null) return TextAlgorithms.RFind<char>(_bmp, sub._bmp, start, end);
        return TextAlgorithms.RFind<int>(ToCodePointArray(), sub.ToCodePointArray(), start, end);
    }

    [PyMethod("format($self, /, *args, **kwargs)")]
    public PyStr Format(PyTuple args, PyDict? kwargs) => StrFormat.Format(this, args.Items, kwargs);

    [PyMethod("format_map($self, mapping, /)")]
    public PyStr FormatMap(PyObject mapping) => StrFormat.Format(this, [], mapping, isFormatMap: true);

    [PyMethod("index($self, sub, start=None, end=None, /)")]
    public long Index(PyObject sub, PyObject? start = null, PyObject? end = null)
    {
        long r = Find(sub, start, end);
        if (r < 0) throw PyException.ValueError("substring not found");
        return r;
    }

    // ---------------- predicates ----------------

    bool All(Func<int, bool> pred, bool emptyResult)
    {
        int n = Length;
        if (n == 0) return emptyResult;
        if (_bmp != null)
        {
            foreach (char c in _bmp) if (!pred(c)) return false;
            return true;
        }
        foreach (int c in _codePoints!) if (!pred(c)) return false;
        return true;
    }

    [PyMethod("isalnum($self, /)")] public bool IsAlnum() => All(UnicodeProps.IsAlnum, false);
    [PyMethod("isalpha($self, /)")] public bool IsAlpha() => All(UnicodeProps.IsAlpha, false);
    [PyMethod("isascii($self, /)")] public bool IsAsciiMethod() => IsAscii() || Length == 0;
    [PyMethod("isdecimal($self, /)")] public bool IsDecimal() => All(UnicodeProps.IsDecimal, false);
    [PyMethod("isdigit($self, /)")] public bool IsDigit() => All(UnicodeProps.IsDigit, false);

    [PyMethod("isidentifier($self, /)")]
    public bool IsIdentifier()
    {
        if (Length == 0 || !UnicodeProps.IsXidStart(CodePointAt(0))) return false;
        for (int i = 1; i < Length; i++)
            if (!UnicodeProps.IsXidContinue(CodePointAt(i))) return false;
        return true;
    }

    [PyMethod("islower($self, /)")]
    public bool IsLower()
    {
        bool cased = false;
        for (int i = 0; i < Length; i++)
        {
            int c = CodePointAt(i);
            if (UnicodeProps.IsUpper(c) || UnicodeProps.IsTitle(c)) return false;
            if (!cased && UnicodeProps.IsLower(c)) cased = true;
        }
        return cased;
    }

    [PyMethod("isnumeric($self, /)")] public bool IsNumeric() => All(UnicodeProps.IsNumeric, false);
    [PyMethod("isprintable($self, /)")] public bool IsPrintable() => All(UnicodeProps.IsPrintable, true);
    [PyMethod("isspace($self, /)")] public bool IsSpace() => All(UnicodeProps.IsSpace, false);

    [PyMethod("istitle($self, /)")]
    public bool IsTitle()
    {
        bool cased = false, previousCased = false;
        for (int i = 0; i < Length; i++)
        {
            int c = CodePointAt(i);
            if (UnicodeProps.IsUpper(c) || UnicodeProps.IsTitle(c))
            {
                if (previousCased) return false;
                previousCased = true;
                cased = true;
            }
            else if (UnicodeProps.IsLower(c))
            {
                if (!previousCased) return false;
                previousCased = true;
                cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }

    [PyMethod("isupper($self, /)")]
    public bool IsUpper()
    {
        bool cased = false;
        for (int i = 0; i < Length; i++)
        {
            int c = CodePointAt(i);
            if (UnicodeProps.IsLower(c) || UnicodeProps.IsTitle(c)) return false;
            if (!cased && UnicodeProps.IsUpper(c)) cased = true;
        }
        return cased;
    }

    // ---------------- join ----------------

    [PyMethod("join($self, iterable, /)")]
    public PyStr Join(PyObject iterable)
    {
        ReadOnlySpan<PyObject> items = iterable switch
        {
            PyList l => l.AsSpan(),
            PyTuple t => t.Items,
            _ => Ops.ToArrayFast(iterable, "can only join an iterable"),
        };
        if (items.Length == 0) return Empty;
        if (items.Length == 1 && items[0] is PyStr only && only.Type == TypeObject) return only;
        bool bmp = _bmp != null;
        long total = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyStr s)
                throw PyException.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            bmp &= s._bmp != null;
            total += s.Length;
        }
        total += (long)Length * (items.Length - 1);
        if (total > int.MaxValue) throw PyException.OverflowError("join() result is too long for a Python string");
        if (bmp)
        {
            var sb = new StringBuilder((int)total);
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(_bmp);
                sb.Append(((PyStr)items[i])._bmp);
            }
            return FromBmpTrusted(sb.ToString());
        }
        var r = new int[total];
        int w = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) w = CopyCodePoints(this, r, w);
            w = CopyCodePoints((PyStr)items[i], r, w);
        }
        return new PyStr(r);
    }

    static int CopyCodePoints(PyStr s, int[] dest, int at)
    {
        if (s._codePoints != null) { s._codePoints.CopyTo(dest, at); return at + s._codePoints.Length; }
        foreach (char c in s._bmp!) dest[at++] = c;
        return at;
    }

    [PyMethod("ljust($self, width, fillchar=' ', /)")]
    public PyStr LJust(long width, PyObject? fillchar = null) => Pad(width, fillchar, '<');

    [PyMethod("lower($self, /)")]
    public PyStr Lower() => MapCase(CaseMode.Lower);

    [PyMethod("lstrip($self, chars=None, /)")]
    public PyStr LStrip(PyObject? chars = null) => Strip(chars, true, false, "lstrip");

    // ---------------- maketrans / translate ----------------

    [PyMethod("maketrans(x, y=None, z=None, /)", Kind = PyMethodKind.Static)]
    public static PyDict MakeTrans(PyObject x, PyObject? y = null, PyObject? z = null)
    {
        var d = new PyDict();
        if (y == null)
        {
            if (x is not PyDict src)
                throw PyException.TypeError("if you give only one argument to maketrans it must be a dict");
            foreach (var kv in src.Items())
            {
                if (kv.Key is PyStr ks)
                {
                    if (ks.Length != 1) throw PyException.ValueError("string keys in translate table must be of length 1");
                    d.SetItem(PyInt.Get(ks.CodePointAt(0)), kv.Value);
                }
                else if (kv.Key is PyInt) d.SetItem(kv.Key, kv.Value);
                else throw PyException.TypeError("keys in translate table must be strings or integers");
            }
            return d;
        }
        if (x is not PyStr xs) throw PyException.TypeError("first maketrans argument must be a string if there is a second argument");
        if (y is not PyStr ys) throw PyException.TypeError($"maketrans() argument 2 must be str, not {y.Type.Name}");
        if (xs.Length != ys.Length) throw PyException.ValueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < xs.Length; i++) d.SetItem(PyInt.Get(xs.CodePointAt(i)), PyInt.Get(ys.CodePointAt(i)));
        if (z != null)
        {
            if (z is not PyStr zs) throw PyException.TypeError($"maketrans() argument 3 must be str, not {z.Type.Name}");
            for (int i = 0; i < zs.Length; i++) d.SetItem(PyInt.Get(zs.CodePointAt(i)), PyNone.Instance);
        }
        return d;
    }

    [PyMethod("translate($self, table, /)")]
    public PyStr Translate(PyObject table)
    {
        var sb = new TextBuilder(Length);
        Dictionary<int, PyObject?>? cache = null;
        for (int i = 0; i < Length; i++)
        {
            int c = CodePointAt(i);
            cache ??= new Dictionary<int, PyObject?>();
            if (!cache.TryGetValue(c, out var m))
            {
                try { m = Ops.GetItem(table, PyInt.Get(c)); }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.LookupError)) { m = null; }
                cache[c] = m;
            }
            switch (m)
            {
                case null: sb.Add(c); break;
                case PyNone: break;
                case PyInt mi:
                    if (!mi.IsSmall || mi.Small < 0 || mi.Small > 0x10FFFF)
                        throw PyException.ValueError("character mapping must be in range(0x110000)");
                    sb.Add((int)mi.Small);
                    break;
                case PyStr ms:
                    for (int k = 0; k < ms.Length; k++) sb.Add(ms.CodePointAt(k));
                    break;
                default:
                    throw PyException.TypeError("character mapping must return integer, None or str");
            }
        }
        return sb.ToPyStr();
    }

    [PyMethod("partition($self, sep, /)")]
    public PyTuple Partition(PyObject sep) => PartitionImpl(MustBeStr(sep), false);

    [PyMethod("rpartition($self, sep, /)")]
    public PyTuple RPartition(PyObject sep) => PartitionImpl(MustBeStr(sep), true);

    PyTuple PartitionImpl(PyStr sep, bool right)
    {
        var self = Exact();
        if (_bmp != null && sep._bmp != null)
            return TextAlgorithms.Partition<char, BmpKind>(self, _bmp, sep._bmp, Empty, right);
        return TextAlgorithms.Partition<int, CodePointKind>(self, ToCodePointArray(), sep.ToCodePointArray(), Empty, right);
    }

    [PyMethod("removeprefix($self, prefix, /)")]
    public PyStr RemovePrefix(PyObject prefix)
    {
        if (prefix is not PyStr p) throw PyException.TypeError($"removeprefix() argument must be str, not {prefix.Type.Name}");
        return TailMatch(p, 0, long.MaxValue, false) ? Substring(p.Length, Length) : Exact();
    }

    [PyMethod("removesuffix($self, suffix, /)")]
    public PyStr RemoveSuffix(PyObject suffix)
    {
        if (suffix is not PyStr p) throw PyException.TypeError($"removesuffix() argument must be str, not {suffix.Type.Name}");
        return p.Length > 0 && TailMatch(p, 0, long.MaxValue, true) ? Substring(0, Length - p.Length) : Exact();
    }

    [PyMethod("replace($self, old, new, count=-1, /)")]
    public PyStr Replace(PyObject old, PyObject @new, long count = -1)
    {
        if (old is not PyStr o) throw PyException.TypeError($"replace() argument 1 must be str, not {old.Type.Name}");
        if (@new is not PyStr n) throw PyException.TypeError($"replace() argument 2 must be str, not {@new.Type.Name}");
        if (_bmp != null && o._bmp != null && n._bmp != null)
        {
            if (count < 0 && o._bmp.Length > 0)
            {
                var r0 = _bmp.Replace(o._bmp, n._bmp, StringComparison.Ordinal);
                return ReferenceEquals(r0, _bmp) ? Exact() : FromBmpTrusted(r0);
            }
            var rc = TextAlgorithms.Replace<char>(_bmp, o._bmp, n._bmp, count);
            return rc == null ? Exact() : FromBmpTrusted(new string(rc));
        }
        var ri = TextAlgorithms.Replace<int>(ToCodePointArray(), o.ToCodePointArray(), n.ToCodePointArray(), count);
        return ri == null ? Exact() : new PyStr(ri);
    }

    [PyMethod("rfind($self, sub, start=None, end=None, /)")]
    public long RFind(PyObject sub, PyObject? start = null, PyObject? end = null) =>
        LastIndexOf(MustBeStr(sub), TextAlgorithms.SliceIndex(start, 0), TextAlgorithms.SliceIndex(end, long.MaxValue));

    [PyMethod("rindex($self, sub, start=None, end=None, /)")]
    public long RIndex(PyObject sub, PyObject? start = null, PyObject? end = null)
    {
        long r = RFind(sub, start, end);
        if (r < 0) throw PyException.ValueError("substring not found");
        return r;
    }

    [PyMethod("rjust($self, width, fillchar=' ', /)")]
    public PyStr RJust(long width, PyObject? fillchar = null) => Pad(width, fillchar, '>');

    [PyMethod("rsplit($self, /, sep=None, maxsplit=-1)")]
    public PyList RSplit(PyObject? sep = null, long maxsplit = -1)
    {
        var s = StrOrNone(sep);
        if (s == null)
        {
            if (_bmp != null) return TextAlgorithms.RSplitWhitespace<char, BmpKind>(_bmp, maxsplit);
            return TextAlgorithms.RSplitWhitespace<int, CodePointKind>(_codePoints, maxsplit);
        }
        if (_bmp != null && s._bmp != null) return TextAlgorithms.RSplit<char, BmpKind>(_bmp, s._bmp, maxsplit);
        return TextAlgorithms.RSplit<int, CodePointKind>(ToCodePointArray(), s.ToCodePointArray(), maxsplit);
    }

    [PyMethod("rstrip($self, chars=None, /)")]
    public PyStr RStrip(PyObject? chars = null) => Strip(chars, false, true, "rstrip");

    [PyMethod("split($self, /, sep=None, maxsplit=-1)")]
    public PyList Split(PyObject? sep = null, long maxsplit = -1)
    {
        var s = StrOrNone(sep);
        if (s == null)
        {
            if (_bmp != null) return TextAlgorithms.SplitWhitespace<char, BmpKind>(_bmp, maxsplit);
            return TextAlgorithms.SplitWhitespace<int, CodePointKind>(_codePoints, maxsplit);
        }
        if (_bmp != null && s._bmp != null) return TextAlgorithms.Split<char, BmpKind>(_bmp, s._bmp, maxsplit);
        return TextAlgorithms.Split<int, CodePointKind>(ToCodePointArray(), s.ToCodePointArray(), maxsplit);
    }

    [PyMethod("splitlines($self, /, keepends=False)")]
    public PyList SplitLines(bool keepends = false)
    {
        if (_bmp != null) return TextAlgorithms.SplitLines<char, BmpKind>(_bmp, keepends);
        return TextAlgorithms.SplitLines<int, CodePointKind>(_codePoints, keepends);
    }

    [PyMethod("strip($self, chars=None, /)")]
    public PyStr StripMethod(PyObject? chars = null) => Strip(chars, true, true, "strip");

    PyStr Strip(PyObject? chars, bool left, bool right, string name)
    {
        PyStr? cs = null;
        if (chars != null && chars is not PyNone)
            cs = chars as PyStr ?? throw PyException.TypeError($"{name} arg must be None or str");
        (int a, int b) r;
        if (_bmp != null && (cs == null || cs._bmp != null))
            r = TextAlgorithms.StripRange<char, BmpKind>(_bmp, cs?._bmp, cs == null, left, right);
        else
            r = TextAlgorithms.StripRange<int, CodePointKind>(ToCodePointArray(), cs?.ToCodePointArray(), cs == null, left, right);
        return Substring(r.a, r.b);
    }

    [PyMethod("swapcase($self, /)")]
    public PyStr SwapCase() => MapCase(CaseMode.Swap);

    [PyMethod("title($self, /)")]
    public PyStr Title()
    {
        var sb = new TextBuilder(Length);
        bool previousCased = false;
        for (int i = 0; i < Length; i++)
        {
            int c = CodePointAt(i);
            if (previousCased) AppendLowerAt(sb, i);
            else UnicodeProps.AppendTitle(sb, c);
            previousCased = UnicodeProps.IsCased(c);
        }
        return sb.ToPyStr();
    }

    [PyMethod("upper($self, /)")]
    public PyStr Upper() => MapCase(CaseMode.Upper);

    [PyMethod("zfill($self, width, /)")]
    public PyStr ZFill(long width)
    {
        if (width <= Length) return Exact();
        var padded = Pad(width, null, '>');
        var cps = padded.ToCodePointArray();
        int fill = (int)(width - Length);
        cps = (int[])cps.Clone();
        cps.AsSpan(0, fill).Fill('0');
        if (Length > 0 && (cps[fill] == '+' || cps[fill] == '-'))
        {
            cps[0] = cps[fill];
            cps[fill] = '0';
        }
        return new PyStr(cps);
    }

    [PyMethod("__format__($self, format_spec, /)")]
    public PyStr FormatDunder(PyObject format_spec)
    {
        if (format_spec is not PyStr spec)
            throw PyException.TypeError($"__format__() argument must be str, not {format_spec.Type.Name}");
        return StrSpec.Format(this, spec);
    }

    [PyMethod("__getnewargs__($self, /)")]
    public PyTuple GetNewArgs() => new([new PyStr(TypeObject, this)]);

    [PyMethod("__sizeof__($self, /)")]
    public long SizeOf()
    {
        int max = 0;
        for (int i = 0; i < Length; i++) max = Math.Max(max, CodePointAt(i));
        long n = Length + 1;
        if (max < 128) return 40 + n;
        if (max < 256) return 56 + n;
        if (max < 65536) return 56 + 2 * n;
        return 56 + 4 * n;
    }
}
