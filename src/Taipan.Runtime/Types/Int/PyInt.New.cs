using System.Globalization;
using System.Numerics;

namespace Taipan.Runtime;

/// <summary>int(x=0, /, base=10): the constructor and str → int parsing (CPython's long_new_impl, PyLong_FromString).</summary>
public partial class PyInt
{
    /// <summary>
    /// Reads the bytes of a bytes-like object (bytes, bytearray, memoryview) for int()/float() parsing;
    /// null when the object is not bytes-like. Set by the bytes types when they initialise.
    /// </summary>
    public static Func<PyObject, byte[]?>? BytesLikeReader { get; set; }

    static readonly PyStr s_base = PyStr.Intern("base");

    static PyObject NewSlot(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Count ?? 0);
        PyObject? x = null, baseObj = null;
        if (npos > 2) throw PyException.TypeError($"int() takes at most 2 arguments ({args.Length} given)");
        if (npos >= 1) x = args[0];
        if (npos == 2) baseObj = args[1];
        if (kwnames != null)
        {
            for (int i = 0; i < kwnames.Count; i++)
            {
                var name = (PyStr)kwnames[i];
                if (name.Value == "base")
                {
                    if (baseObj != null) throw PyException.TypeError("argument for int() given by name ('base') and position (2)");
                    baseObj = args[npos + i];
                }
                else throw PyException.TypeError($"'{name.Value}' is an invalid keyword argument for int()");
            }
        }
        PyInt value;
        if (baseObj == null)
            value = x == null ? Zero : FromObject(x);
        else
        {
            long b = Ops.AsIndexClamped(baseObj);
            if (x == null) throw PyException.TypeError("int() missing string argument");
            if ((b != 0 && b < 2) || b > 36) throw PyException.ValueError("int() base must be >= 2 and <= 36, or 0");
            if (x is PyStr s) value = Parse(s, (int)b);
            else if (BytesLikeReader?.Invoke(x) is byte[] bytes && x is not PyStr) value = ParseBytes(x, bytes, (int)b);
            else throw PyException.TypeError("int() can't convert non-string with explicit base");
        }
        if (type == TypeObject) return value;
        return new PyInt(type, value);
    }

    /// <summary>int(x) with one argument: __int__, __index__, __trunc__, then str/bytes parsing.</summary>
    public static PyInt FromObject(PyObject x)
    {
        if (x.Type == TypeObject) return (PyInt)x;
        var t = x.Type;
        if (t.Int != null)
        {
            var r = t.Int(x);
            if (r is not PyInt ri) throw PyException.TypeError($"__int__ returned non-int (type {r.Type.Name})");
            return Exact(ri);
        }
        if (t.Index != null)
        {
            var r = t.Index(x);
            if (r is not PyInt ri) throw PyException.TypeError($"__index__ returned non-int (type {r.Type.Name})");
            return Exact(ri);
        }
        var trunc = t.Lookup("__trunc__");
        if (trunc != null)
        {
            var r = Ops.CallBound(trunc, x, []);
            if (r is PyInt ri) return Exact(ri);
            // CPython then requires the result to support __index__.
            if (r.Type.Index == null)
                throw PyException.TypeError($"__trunc__ returned non-Integral (type {r.Type.Name})");
            return Exact(Ops.Index(r));
        }
        if (x is PyStr s) return Parse(s, 10);
        if (BytesLikeReader?.Invoke(x) is byte[] bytes) return ParseBytes(x, bytes, 10);
        throw PyException.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{t.Name}'");
    }

    static PyInt ParseBytes(PyObject src, byte[] bytes, int radix)
    {
        var cps = new int[bytes.Length];
        for (int i = 0; i < bytes.Length; i++) cps[i] = bytes[i];
        return ParseCodePoints(cps, radix) ?? throw InvalidLiteral(Ops.ReprString(src), radix);
    }

    /// <summary>int(str, base): whitespace, sign, prefix (base 0/2/8/16), single underscores between digits, any Unicode decimal digits.</summary>
    public static PyInt Parse(PyStr s, int radix)
    {
        // Fast path: short plain ASCII decimal.
        if (radix == 10 && s.IsBmp && s.Length is > 0 and < 19)
        {
            var v = s.BmpValue!;
            int i = 0;
            bool neg = false;
            if (v[0] == '-' || v[0] == '+') { neg = v[0] == '-'; i = 1; }
            if (i < v.Length)
            {
                long acc = 0;
                int j = i;
                for (; j < v.Length; j++)
                {
                    char c = v[j];
                    if (c < '0' || c > '9') break;
                    acc = acc * 10 + (c - '0');
                }
                if (j == v.Length) return Get(neg ? -acc : acc);
            }
        }
        return ParseCodePoints(s.ToCodePointArray(), radix) ?? throw InvalidLiteral(ReprTruncated(s), radix);
    }

    static string ReprTruncated(PyStr s)
    {
        string r = StrRepr.Repr(s);
        return r.Length > 200 ? r.Substring(0, 200) : r;
    }

    static PyException InvalidLiteral(string repr, int radix) =>
        PyException.ValueError($"invalid literal for int() with base {radix}: {repr}");

    static bool IsSpace(int c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or 0x1C or 0x1D or 0x1E or 0x1F or 0x85 ||
        (c > 0x7F && c <= 0xFFFF && char.IsWhiteSpace((char)c)) ;

    static int DigitValue(int c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        if (c > 0x7F)
        {
            // Unicode decimal digits (category Nd) count as their value, as in CPython.
            string str = char.ConvertFromUtf32(c);
            int d = CharUnicodeInfo.GetDecimalDigitValue(str, 0);
            if (d >= 0) return d;
        }
        return 99;
    }

    /// <summary>Parses code points; null when the literal is invalid.</summary>
    internal static PyInt? ParseCodePoints(int[] cps, int radix)
    {
        int start = 0, end = cps.Length;
        while (start < end && IsSpace(cps[start])) start++;
        while (end > start && IsSpace(cps[end - 1])) end--;
        if (start >= end) return null;
        bool neg = false;
        if (cps[start] == '+' || cps[start] == '-') { neg = cps[start] == '-'; start++; }
        if (start >= end) return null;
        bool afterPrefix = false;
        if (cps[start] == '0' && start + 1 < end)
        {
            int p = cps[start + 1] | 0x20;
            if ((p == 'x' && (radix == 16 || radix == 0)) || (p == 'o' && (radix == 8 || radix == 0)) ||
                (p == 'b' && (radix == 2 || radix == 0)))
            {
                radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                start += 2;
                afterPrefix = true;
            }
        }
        bool base0 = radix == 0;
        if (radix == 0) radix = 10;
        // Validate: digits, with single underscores between digits (one may follow a prefix).
        var digits = new char[end - start];
        int nd = 0;
        bool lastUnderscore = false;
        for (int i = start; i < end; i++)
        {
            int c = cps[i];
            if (c == '_')
            {
                if (lastUnderscore || (nd == 0 && !afterPrefix)) return null;
                lastUnderscore = true;
                continue;
            }
            int d = DigitValue(c);
            if (d >= radix) return null;
            digits[nd++] = "0123456789abcdefghijklmnopqrstuvwxyz"[d];
            lastUnderscore = false;
        }
        if (nd == 0 || lastUnderscore) return null;
        if (base0 && !afterPrefix && digits[0] == '0')
        {
            // "010" is not a valid literal with base 0; only zeros may lead.
            for (int i = 0; i < nd; i++) if (digits[i] != '0') return null;
        }
        if ((radix & (radix - 1)) != 0 && MaxStrDigits > 0 && nd > MaxStrDigits)
            throw NumberFormatting.IntParseLimitError(nd);
        var span = new ReadOnlySpan<char>(digits, 0, nd);
        if (nd <= 18 && radix <= 10 || nd <= 12)
        {
            long acc = 0;
            foreach (var c in span) acc = acc * radix + DigitValue(c);
            return Get(neg ? -acc : acc);
        }
        BigInteger val;
        if (radix == 10) val = BigInteger.Parse(span, NumberStyles.None, CultureInfo.InvariantCulture);
        else
        {
            // Accumulate in chunks that fit a long.
            val = BigInteger.Zero;
            int chunk = radix <= 10 ? 18 : 12;
            for (int i = 0; i < nd; i += chunk)
            {
                int n = Math.Min(chunk, nd - i);
                long acc = 0, mul = 1;
                for (int k = 0; k < n; k++) { acc = acc * radix + DigitValue(span[i + k]); mul *= radix; }
                val = val * mul + acc;
            }
        }
        return Get(neg ? -val : val);
    }

    const int MaxStrDigitsDefault = 4300;

    /// <summary>sys.get_int_max_str_digits() (0 = unlimited); the sys module sets it.</summary>
    public static int MaxStrDigits
    {
        get => NumberFormatting.MaxStrDigits;
        set => NumberFormatting.MaxStrDigits = value;
    }
}
