using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Taipan.Runtime;

/// <summary>
/// Python str: a sequence of code points (DESIGN "Representation decisions"). The common case keeps a
/// plain .NET string whose chars are all BMP non-surrogates, so length and indexing are the .NET ones.
/// Any other content (astral characters, lone surrogates) is held as an array of code points, because a
/// .NET string cannot tell a surrogate pair from two lone surrogates.
/// </summary>
public partial class PyStr : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("str", null, typeof(PyStr), SetupType,
        TypeFlags.BaseType | TypeFlags.StrSubclass);

    /// <summary>Non-null when every code point is a BMP non-surrogate.</summary>
    readonly string? _bmp;
    /// <summary>Non-null otherwise: one int per code point.</summary>
    readonly int[]? _codePoints;
    long _hash = -1;

    public static readonly PyStr Empty = new("");

    public PyStr(string s) : base(TypeObject)
    {
        if (IsPlainBmp(s)) _bmp = s;
        else _codePoints = ToCodePoints(s);
    }

    public PyStr(int[] codePoints) : base(TypeObject)
    {
        bool plain = true;
        foreach (var cp in codePoints)
            if (cp > 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { plain = false; break; }
        if (plain)
        {
            var chars = new char[codePoints.Length];
            for (int i = 0; i < chars.Length; i++) chars[i] = (char)codePoints[i];
            _bmp = new string(chars);
        }
        else _codePoints = codePoints;
    }

    /// <summary>For a string the caller knows holds only BMP non-surrogates (results of BMP operations): no scan.</summary>
    PyStr(string bmp, bool trusted) : base(TypeObject) { _bmp = bmp; }

    public static PyStr FromBmpTrusted(string s) => new(s, true);

    /// <summary>A one-code-point str; Latin-1 ones come from a cache (as CPython's), so iterating a str allocates little.</summary>
    public static PyStr FromCodePoint(int cp)
    {
        if ((uint)cp < 256) return s_latin1[cp];
        if (cp > 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return new PyStr(new[] { cp });
        return new PyStr(((char)cp).ToString(), true);
    }

    static readonly PyStr[] s_latin1 = BuildLatin1();

    static PyStr[] BuildLatin1()
    {
        var a = new PyStr[256];
        for (int i = 0; i < 256; i++) a[i] = new PyStr(((char)i).ToString(), true);
        return a;
    }

    /// <summary>For instances of str subclasses.</summary>
    public PyStr(PyType type, PyStr value) : base(type)
    {
        _bmp = value._bmp;
        _codePoints = value._codePoints;
    }

    static bool IsPlainBmp(string s)
    {
        foreach (var c in s)
            if (char.IsSurrogate(c)) return false;
        return true;
    }

    /// <summary>Surrogate pairs in a .NET string become one astral code point; lone surrogates stay as they are.</summary>
    static int[] ToCodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(c, s[i + 1]));
                i++;
            }
            else list.Add(c);
        }
        return list.ToArray();
    }

    /// <summary>True when the str is held as a plain .NET string (all code points BMP non-surrogates).</summary>
    public bool IsBmp => _bmp != null;
    public string? BmpValue => _bmp;
    public int[]? CodePointArray => _codePoints;

    /// <summary>Number of code points (Python len()).</summary>
    public int Length => _bmp?.Length ?? _codePoints!.Length;

    public int CodePointAt(int i) => _bmp != null ? _bmp[i] : _codePoints![i];

    /// <summary>
    /// The .NET string for this str: astral code points become surrogate pairs. Lossy only for lone
    /// surrogates next to each other, which .NET reads back as a pair.
    /// </summary>
    public string Value => _bmp ?? FromCodePoints(_codePoints!);

    public static string FromCodePoints(ReadOnlySpan<int> cps)
    {
        var sb = new System.Text.StringBuilder(cps.Length);
        foreach (var cp in cps)
        {
            if (cp > 0xFFFF) sb.Append(char.ConvertFromUtf32(cp));
            else sb.Append((char)cp);
        }
        return sb.ToString();
    }

    public int[] ToCodePointArray()
    {
        if (_codePoints != null) return _codePoints;
        var a = new int[_bmp!.Length];
        for (int i = 0; i < a.Length; i++) a[i] = _bmp[i];
        return a;
    }

    // ---- interning: names in code objects and attribute names are interned so lookups compare references ----
    static readonly ConcurrentDictionary<string, PyStr> s_interned = new(StringComparer.Ordinal);

    public static PyStr Intern(string s) => s_interned.GetOrAdd(s, static k => new PyStr(k));

    /// <summary>sys.intern: returns the canonical object for this value.</summary>
    public static PyStr Intern(PyStr s)
    {
        if (s.Type != TypeObject) return s;
        return s_interned.GetOrAdd(s.Value, s);
    }

    // ---- hashing (randomised per process unless PYTHONHASHSEED fixes it, like CPython) ----
    public long GetHash()
    {
        long h = _hash;
        if (h != -1) return h;
        h = ComputeHash();
        _hash = h;
        return h;
    }

    long ComputeHash()
    {
        ulong x = HashSecret.StrSeed;
        if (_bmp != null)
        {
            if (_bmp.Length == 0) return 0;
            foreach (char c in _bmp) x = (x ^ c) * 0x100000001B3UL;
        }
        else
        {
            if (_codePoints!.Length == 0) return 0;
            foreach (int c in _codePoints) x = (x ^ (uint)c) * 0x100000001B3UL;
        }
        x ^= x >> 29; x *= 0xBF58476D1CE4E5B9UL; x ^= x >> 32;
        long r = (long)x;
        return r == -1 ? -2 : r;
    }

    /// <summary>Code-point equality.</summary>
    public bool EqualsStr(PyStr other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (_bmp != null && other._bmp != null) return string.Equals(_bmp, other._bmp, StringComparison.Ordinal);
        if (Length != other.Length) return false;
        if (_hash != -1 && other._hash != -1 && _hash != other._hash) return false;
        for (int i = 0; i < Length; i++)
            if (CodePointAt(i) != other.CodePointAt(i)) return false;
        return true;
    }

    public static implicit operator PyStr(string s) => new(s);

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        t.Hash = static o => ((PyStr)o).GetHash();
        t.Repr = static o => new PyStr(StrRepr.Repr((PyStr)o));
        t.Str = static o => o.Type == TypeObject ? o : new PyStr(TypeObject, (PyStr)o);
        t.Len = static o => ((PyStr)o).Length;
        t.Bool = static o => ((PyStr)o).Length != 0;
        t.RichCompare = static (a, b, op) => b is PyStr sb ? Ops.CompareResult(((PyStr)a).CompareTo(sb), op) : PyNotImplemented.Instance;
        t.Add = static (a, b) => a is PyStr x && b is PyStr y ? Concat(x, y) : PyNotImplemented.Instance;
        t.New = NewStr;
        SetupSequenceSlots(t);
        SetupMembers(t);
    }

    /// <summary>Code-point ordering (the str comparison Python uses).</summary>
    public int CompareTo(PyStr other)
    {
        if (_bmp != null && other._bmp != null) return string.CompareOrdinal(_bmp, other._bmp);
        int n = Math.Min(Length, other.Length);
        for (int i = 0; i < n; i++)
        {
            int d = CodePointAt(i) - other.CodePointAt(i);
            if (d != 0) return d;
        }
        return Length.CompareTo(other.Length);
    }

    public static PyStr Concat(PyStr a, PyStr b)
    {
        if (a.Length == 0 && a.Type == TypeObject && b.Type == TypeObject) return b;
        if (b.Length == 0 && a.Type == TypeObject) return a;
        if (a._bmp != null && b._bmp != null) return new PyStr(string.Concat(a._bmp, b._bmp));
        return new PyStr([.. a.ToCodePointArray(), .. b.ToCodePointArray()]);
    }
}

/// <summary>The process-wide hash secret: fixed once at start-up from PYTHONHASHSEED or entropy.</summary>
public static class HashSecret
{
    public static ulong StrSeed { get; private set; } = 0xCBF29CE484222325UL ^ (ulong)Random.Shared.NextInt64();
    static bool s_fixed;

    /// <summary>Called by the host before any str is hashed (PYTHONHASHSEED); later calls are ignored.</summary>
    public static void Configure(ulong? seed)
    {
        if (s_fixed) return;
        s_fixed = true;
        if (seed is ulong v) StrSeed = 0xCBF29CE484222325UL ^ (v * 0x9E3779B97F4A7C15UL);
    }
}
