namespace Taipan.Runtime;

/// <summary>complex(real=0, imag=0): the constructor, string parsing and the methods.</summary>
public partial class PyComplex
{
    static PyObject NewSlot(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Count ?? 0);
        if (npos > 2) throw PyException.TypeError($"complex() takes at most 2 arguments ({args.Length} given)");
        PyObject? r = npos >= 1 ? args[0] : null, i = npos >= 2 ? args[1] : null;
        if (kwnames != null)
        {
            for (int k = 0; k < kwnames.Count; k++)
            {
                string name = ((PyStr)kwnames[k]).Value;
                var v = args[npos + k];
                if (name == "real")
                {
                    if (r != null) throw PyException.TypeError("argument for complex() given by name ('real') and position (1)");
                    r = v;
                }
                else if (name == "imag")
                {
                    if (i != null) throw PyException.TypeError("argument for complex() given by name ('imag') and position (2)");
                    i = v;
                }
                else throw PyException.TypeError($"complex() got an unexpected keyword argument '{name}'");
            }
        }
        double re, im;
        if (r is PyStr s)
        {
            if (i != null) throw PyException.TypeError("complex() can't take second arg if first is a string");
            (re, im) = Parse(s);
            return Make(type, re, im);
        }
        if (i is PyStr) throw PyException.TypeError("complex() second arg can't be a string");
        if (r != null && r.Type == TypeObject && i == null && type == TypeObject) return r;

        // The first argument: __complex__, else a real number.
        (double re, double im) cr = (0, 0);
        bool crIsComplex = false;
        if (r != null)
        {
            var f = r.Type.Lookup("__complex__");
            if (f != null && r is not PyComplex)
            {
                var res = Ops.CallBound(f, r, []);
                if (res is not PyComplex rc)
                    throw PyException.TypeError($"__complex__ returned non-complex (type {res.Type.Name})");
                cr = (rc.Real, rc.Imag);
                crIsComplex = true;
            }
            else if (r is PyComplex rc2) { cr = (rc2.Real, rc2.Imag); crIsComplex = true; }
            else if (r.Type.Float != null || r.Type.Index != null) cr = (PyFloat.AsDouble(r), 0);
            else throw PyException.TypeError($"complex() first argument must be a string or a number, not '{r.Type.Name}'");
        }
        (double re, double im) ci = (0, 0);
        bool ciIsComplex = false;
        if (i != null)
        {
            if (i is PyComplex ic) { ci = (ic.Real, ic.Imag); ciIsComplex = true; }
            else if (i.Type.Float != null || i.Type.Index != null) ci = (PyFloat.AsDouble(i), 0);
            else throw PyException.TypeError($"complex() second argument must be a number, not '{i.Type.Name}'");
        }
        // real + imag*1j, keeping signed zeros as CPython does.
        re = cr.re;
        im = crIsComplex ? cr.im : 0.0;
        if (ciIsComplex) re -= ci.im;
        if (i != null) im = crIsComplex ? im + ci.re : ci.re;
        return Make(type, re, im);
    }

    static PyObject Make(PyType type, double re, double im) =>
        type == TypeObject ? new PyComplex(re, im) : new PyComplex(type, re, im);

    static PyException Malformed() => PyException.ValueError("complex() arg is a malformed string");

    /// <summary>Parses "1", "2j", "1+2j", "-j", "(1-2.5e3j)", "nan+infj" with surrounding whitespace.</summary>
    public static (double re, double im) Parse(PyStr str)
    {
        var cps = str.ToCodePointArray();
        int pos = 0, end = cps.Length;
        while (pos < end && IsSpace(cps[pos])) pos++;
        while (end > pos && IsSpace(cps[end - 1])) end--;
        if (pos < end && cps[pos] == '(')
        {
            if (cps[end - 1] != ')') throw Malformed();
            pos++;
            end--;
            while (pos < end && IsSpace(cps[pos])) pos++;
            while (end > pos && IsSpace(cps[end - 1])) end--;
        }
        if (pos >= end) throw Malformed();
        double x = 0, y = 0;
        int p = pos;
        if (ScanFloat(cps, ref p, end, out double v))
        {
            if (p < end && (cps[p] == '+' || cps[p] == '-'))
            {
                x = v;
                int q = p;
                if (ScanFloat(cps, ref q, end, out double w)) { y = w; p = q; }
                else { y = cps[p] == '+' ? 1.0 : -1.0; p++; }
                if (p >= end || (cps[p] != 'j' && cps[p] != 'J')) throw Malformed();
                p++;
            }
            else if (p < end && (cps[p] == 'j' || cps[p] == 'J')) { y = v; p++; }
            else x = v;
        }
        else
        {
            if (cps[p] == '+' || cps[p] == '-')
            {
                y = cps[p] == '+' ? 1.0 : -1.0;
                p++;
            }
            else y = 1.0;
            if (p >= end || (cps[p] != 'j' && cps[p] != 'J')) throw Malformed();
            p++;
        }
        if (p != end) throw Malformed();
        return (x, y);
    }

    /// <summary>Scans a signed float literal prefix (digits with underscores, inf, infinity, nan).</summary>
    static bool ScanFloat(int[] cps, ref int pos, int end, out double v)
    {
        v = 0;
        int i = pos;
        if (i < end && (cps[i] == '+' || cps[i] == '-')) i++;
        // Special words, longest first.
        foreach (var word in s_words)
        {
            if (end - i >= word.Length && MatchWord(cps, i, word))
            {
                var text = new int[i + word.Length - pos];
                Array.Copy(cps, pos, text, 0, text.Length);
                v = PyFloat.ParseCodePoints(text) ?? 0;
                pos = i + word.Length;
                return true;
            }
        }
        int s = i;
        bool digits = false;
        while (i < end && (IsDigit(cps[i]) || (cps[i] == '_' && i > s && IsDigit(cps[i - 1]) && i + 1 < end && IsDigit(cps[i + 1]))))
        {
            if (IsDigit(cps[i])) digits = true;
            i++;
        }
        if (i < end && cps[i] == '.')
        {
            i++;
            int f = i;
            while (i < end && (IsDigit(cps[i]) || (cps[i] == '_' && i > f && IsDigit(cps[i - 1]) && i + 1 < end && IsDigit(cps[i + 1]))))
            {
                digits = true;
                i++;
            }
        }
        if (!digits) return false;
        if (i < end && (cps[i] == 'e' || cps[i] == 'E'))
        {
            int e = i + 1;
            if (e < end && (cps[e] == '+' || cps[e] == '-')) e++;
            int ds = e;
            while (e < end && (IsDigit(cps[e]) || (cps[e] == '_' && e > ds && IsDigit(cps[e - 1]) && e + 1 < end && IsDigit(cps[e + 1])))) e++;
            if (e > ds) i = e;
        }
        var t = new int[i - pos];
        Array.Copy(cps, pos, t, 0, t.Length);
        var parsed = PyFloat.ParseCodePoints(t);
        if (parsed == null) return false;
        v = parsed.Value;
        pos = i;
        return true;
    }

    static readonly string[] s_words = ["infinity", "inf", "nan"];

    static bool MatchWord(int[] cps, int i, string word)
    {
        for (int k = 0; k < word.Length; k++)
        {
            int c = cps[i + k];
            if (c > 127 || char.ToLowerInvariant((char)c) != word[k]) return false;
        }
        return true;
    }

    static bool IsDigit(int c) => (c >= '0' && c <= '9') ||
        (c > 0x7F && System.Globalization.CharUnicodeInfo.GetDecimalDigitValue(char.ConvertFromUtf32(c is >= 0xD800 and <= 0xDFFF ? 0xFFFD : c), 0) >= 0);

    static bool IsSpace(int c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or 0x1C or 0x1D or 0x1E or 0x1F or 0x85 ||
        (c > 0x7F && c <= 0xFFFF && char.IsWhiteSpace((char)c));

    // ---------------- methods ----------------

    [PyMethod("conjugate($self, /)")]
    public PyObject Conjugate() => new PyComplex(Real, -Imag);

    [PyGetter("real")]
    public PyObject RealPart() => new PyFloat(Real);

    [PyGetter("imag")]
    public PyObject ImagPart() => new PyFloat(Imag);

    [PyMethod("__complex__($self, /)")]
    public PyObject Complex() => Type == TypeObject ? this : new PyComplex(Real, Imag);

    [PyMethod("__getnewargs__($self, /)")]
    public PyObject GetNewArgs() => new PyTuple([new PyFloat(Real), new PyFloat(Imag)]);

    [PyMethod("__format__($self, format_spec, /)")]
    public PyObject Format(PyStr formatSpec)
    {
        if (formatSpec.Length == 0) return Ops.Str(this);
        return new PyStr(NumberFormatting.FormatComplex(Real, Imag, formatSpec.Value, Type.Name));
    }
}
