using System.Globalization;
using System.Numerics;
using System.Text;

namespace Taipan.Runtime;

/// <summary>
/// printf-style formatting, <c>fmt % args</c>, for str and bytes (CPython's PyUnicode_Format and
/// _PyBytes_FormatEx): mapping keys, flags, '*' widths and precisions, and every conversion type.
/// </summary>
public static class PercentFormat
{
    public static PyStr FormatStr(PyStr format, PyObject args)
    {
        var output = new TextBuilder(format.Length + 16);
        Run(format.ToCodePointArray(), args, output, false);
        return output.ToPyStr();
    }

    public static PyObject FormatBytes(byte[] format, PyObject args, bool asByteArray)
    {
        var fmt = new int[format.Length];
        for (int i = 0; i < fmt.Length; i++) fmt[i] = format[i];
        var output = new TextBuilder(format.Length + 16);
        Run(fmt, args, output, true);
        var r = new byte[output.Count];
        for (int i = 0; i < r.Length; i++) r[i] = (byte)output[i];
        return asByteArray ? new PyByteArray(r) : new PyBytes(r);
    }

    struct Spec
    {
        public bool Left, Plus, Space, Alt, Zero;
        public int Width, Prec;
        public int Conv;
    }

    static void Run(int[] f, PyObject args, TextBuilder o, bool bytes)
    {
        PyObject[] tuple;
        bool isTuple = args is PyTuple;
        if (args is PyTuple t) tuple = t.Items; else tuple = [args];
        PyObject? dict = !isTuple && args is not PyStr && !(bytes && args is IPyBuffer) && args.Type.GetItem != null ? args : null;
        int argi = 0;
        bool usedDict = false;
        int n = f.Length;
        for (int i = 0; i < n;)
        {
            int c = f[i];
            if (c != '%') { o.Add(c); i++; continue; }
            int start = i;
            i++;
            if (i >= n) throw PyException.ValueError("incomplete format");
            PyObject? arg = null;
            if (f[i] == '(')
            {
                if (dict == null) throw PyException.TypeError("format requires a mapping");
                int depth = 1, keyStart = ++i;
                while (i < n && depth > 0)
                {
                    if (f[i] == '(') depth++;
                    else if (f[i] == ')') depth--;
                    i++;
                }
                if (depth > 0) throw PyException.ValueError("incomplete format key");
                var keyCps = f.AsSpan(keyStart, i - 1 - keyStart).ToArray();
                PyObject key;
                if (bytes)
                {
                    var kb = new byte[keyCps.Length];
                    for (int k = 0; k < kb.Length; k++) kb[k] = (byte)keyCps[k];
                    key = new PyBytes(kb);
                }
                else key = new PyStr(keyCps);
                arg = Ops.GetItem(dict, key);
                usedDict = true;
                // A keyed conversion uses up the single mapping argument: a later plain %s has none left.
                argi = tuple.Length;
            }
            var sp = new Spec { Width = -1, Prec = -1 };
            for (; i < n; i++)
            {
                switch (f[i])
                {
                    case '-': sp.Left = true; continue;
                    case '+': sp.Plus = true; continue;
                    case ' ': sp.Space = true; continue;
                    case '#': sp.Alt = true; continue;
                    case '0': sp.Zero = true; continue;
                }
                break;
            }
            if (i < n && f[i] == '*')
            {
                var w = NextArg(tuple, ref argi, isTuple);
                if (w is not PyInt wi) throw PyException.TypeError("* wants int");
                long wv = wi.IsSmall ? wi.Small : throw PyException.OverflowError("Python int too large to convert to C ssize_t");
                if (wv < 0) { sp.Left = true; wv = -wv; }
                sp.Width = (int)Math.Min(wv, int.MaxValue);
                i++;
            }
            else
            {
                while (i < n && f[i] >= '0' && f[i] <= '9')
                {
                    sp.Width = Math.Max(sp.Width, 0) * 10 + (f[i] - '0');
                    if (sp.Width > int.MaxValue / 10) throw PyException.ValueError("width too big");
                    i++;
                }
            }
            if (i < n && f[i] == '.')
            {
                i++;
                sp.Prec = 0;
                if (i < n && f[i] == '*')
                {
                    var p = NextArg(tuple, ref argi, isTuple);
                    if (p is not PyInt pi) throw PyException.TypeError("* wants int");
                    sp.Prec = (int)Math.Max(0, Math.Min(pi.IsSmall ? pi.Small : int.MaxValue, int.MaxValue));
                    i++;
                }
                else
                {
                    while (i < n && f[i] >= '0' && f[i] <= '9')
                    {
                        sp.Prec = sp.Prec * 10 + (f[i] - '0');
                        if (sp.Prec > int.MaxValue / 10) throw PyException.ValueError("precision too big");
                        i++;
                    }
                }
            }
            while (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) i++;
            if (i >= n) throw PyException.ValueError("incomplete format");
            sp.Conv = f[i++];
            if (sp.Conv == '%') { o.Add('%'); continue; }
            arg ??= NextArg(tuple, ref argi, isTuple);
            Convert(arg, sp, o, bytes, i - 1);
            _ = start;
        }
        if (argi < tuple.Length && dict == null && (isTuple || argi == 0))
            throw PyException.TypeError(bytes ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting");
        _ = usedDict;
    }

    static PyObject NextArg(PyObject[] tuple, ref int argi, bool isTuple)
    {
        if (argi >= tuple.Length) throw PyException.TypeError("not enough arguments for format string");
        return tuple[argi++];
    }

    static void Convert(PyObject arg, Spec sp, TextBuilder o, bool bytes, int index)
    {
        switch (sp.Conv)
        {
            case 's' when !bytes:
                PadText(Ops.Str(arg), sp, o);
                return;
            case 'r' when !bytes:
                PadText(Ops.Repr(arg), sp, o);
                return;
            case 'a':
                PadText(new PyStr(StrRepr.Ascii(Ops.Repr(arg))), sp, o);
                return;
            case 'r':
                PadText(new PyStr(StrRepr.Ascii(Ops.Repr(arg))), sp, o);
                return;
            case 's':
            case 'b':
                if (!bytes) break;
                PadBytes(BytesArg(arg), sp, o);
                return;
            case 'c':
                PadText(CharArg(arg, bytes), sp, o);
                return;
            case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                FormatInt(arg, sp, o);
                return;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                FormatFloat(arg, sp, o);
                return;
        }
        int ch = sp.Conv;
        char shown = ch >= 32 && ch < 127 ? (char)ch : '?';
        throw PyException.ValueError($"unsupported format character '{shown}' (0x{ch:x}) at index {index}");
    }

    static byte[] BytesArg(PyObject arg)
    {
        if (arg is IPyBuffer b) return b.ReadOnlyBytes.ToArray();
        var m = arg.Type.Lookup(PyStr.Intern("__bytes__"));
        if (m != null)
        {
            var r = Ops.CallBound(m, arg, []);
            if (r is PyBytes rb) return rb.UnsafeArray;
            throw PyException.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
        }
        throw PyException.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{arg.Type.Name}'");
    }

    static PyStr CharArg(PyObject arg, bool bytes)
    {
        if (bytes)
        {
            if (arg is IPyBuffer b && b.ReadOnlyBytes.Length == 1 && arg is not PyStr) return PyStr.FromCodePoint(b.ReadOnlyBytes[0]);
            if (arg is PyInt || (arg.Type.Index != null && arg is not PyFloat))
            {
                var v = Ops.Index(arg);
                if (!v.IsSmall || v.Small < 0 || v.Small > 255) throw PyException.OverflowError("%c arg not in range(256)");
                return PyStr.FromCodePoint((int)v.Small);
            }
            throw PyException.TypeError("%c requires an integer in range(256) or a single byte");
        }
        if (arg is PyStr s)
        {
            if (s.Length != 1) throw PyException.TypeError("%c requires int or char");
            return s;
        }
        if (arg is PyInt || (arg.Type.Index != null && arg is not PyFloat))
        {
            var v = Ops.Index(arg);
            if (!v.IsSmall || v.Small < 0 || v.Small > 0x10FFFF) throw PyException.OverflowError("%c arg not in range(0x110000)");
            return PyStr.FromCodePoint((int)v.Small);
        }
        throw PyException.TypeError("%c requires int or char");
    }

    static void PadText(PyStr s, Spec sp, TextBuilder o)
    {
        int len = s.Length;
        if (sp.Prec >= 0 && sp.Prec < len) len = sp.Prec;
        int pad = sp.Width > len ? sp.Width - len : 0;
        if (!sp.Left) for (int k = 0; k < pad; k++) o.Add(' ');
        if (len == s.Length) o.Add(s);
        else for (int k = 0; k < len; k++) o.Add(s.CodePointAt(k));
        if (sp.Left) for (int k = 0; k < pad; k++) o.Add(' ');
    }

    static void PadBytes(byte[] b, Spec sp, TextBuilder o)
    {
        int len = b.Length;
        if (sp.Prec >= 0 && sp.Prec < len) len = sp.Prec;
        int pad = sp.Width > len ? sp.Width - len : 0;
        if (!sp.Left) for (int k = 0; k < pad; k++) o.Add(' ');
        for (int k = 0; k < len; k++) o.Add(b[k]);
        if (sp.Left) for (int k = 0; k < pad; k++) o.Add(' ');
    }

    /// <summary>Lays out sign, prefix and digits with width, '-' and '0' flags (CPython's formatlong + padding).</summary>
    static void Layout(string sign, string prefix, string digits, Spec sp, TextBuilder o, bool allowZero = true)
    {
        int len = sign.Length + prefix.Length + digits.Length;
        int pad = sp.Width > len ? sp.Width - len : 0;
        if (sp.Left)
        {
            Add(o, sign); Add(o, prefix); Add(o, digits);
            for (int k = 0; k < pad; k++) o.Add(' ');
        }
        else if (sp.Zero && allowZero)
        {
            Add(o, sign); Add(o, prefix);
            for (int k = 0; k < pad; k++) o.Add('0');
            Add(o, digits);
        }
        else
        {
            for (int k = 0; k < pad; k++) o.Add(' ');
            Add(o, sign); Add(o, prefix); Add(o, digits);
        }
    }

    static void Add(TextBuilder o, string s)
    {
        foreach (char c in s) o.Add(c);
    }


    static void FormatInt(PyObject arg, Spec sp, TextBuilder o)
    {
        PyInt v;
        char conv = (char)sp.Conv;
        if (arg is PyInt i) v = i;
        else if (conv is 'x' or 'X' or 'o')
        {
            if (arg.Type.Index == null) throw PyException.TypeError($"%{conv} format: an integer is required, not {arg.Type.Name}");
            v = Ops.Index(arg);
        }
        else if (arg is PyFloat fl)
        {
            if (double.IsNaN(fl.Value)) throw PyException.ValueError("cannot convert float NaN to integer");
            if (double.IsInfinity(fl.Value)) throw PyException.OverflowError("cannot convert float infinity to integer");
            v = PyInt.Get(new BigInteger(Math.Truncate(fl.Value)));
        }
        else if (arg.Type.Index != null) v = Ops.Index(arg);
        else if (arg.Type.Int != null)
        {
            var r = arg.Type.Int(arg);
            v = r as PyInt ?? throw PyException.TypeError($"__int__ returned non-int (type {r.Type.Name})");
        }
        else throw PyException.TypeError($"%{conv} format: a real number is required, not {arg.Type.Name}");

        var big = v.Big;
        bool neg = big.Sign < 0;
        var mag = BigInteger.Abs(big);
        string digits = conv switch
        {
            'x' => ToBase(mag, 16, false),
            'X' => ToBase(mag, 16, true),
            'o' => ToBase(mag, 8, false),
            _ => mag.ToString(CultureInfo.InvariantCulture),
        };
        if (sp.Prec > digits.Length) digits = new string('0', sp.Prec - digits.Length) + digits;
        string sign = neg ? "-" : sp.Plus ? "+" : sp.Space ? " " : "";
        string prefix = sp.Alt ? conv switch { 'x' => "0x", 'X' => "0X", 'o' => "0o", _ => "" } : "";
        Layout(sign, prefix, digits, sp, o);
    }

    static string ToBase(BigInteger mag, int b, bool upper)
    {
        if (mag.IsZero) return "0";
        if (mag <= ulong.MaxValue)
        {
            ulong u = (ulong)mag;
            var s = b == 16 ? u.ToString(upper ? "X" : "x", CultureInfo.InvariantCulture) : System.Convert.ToString((long)u, 8);
            if (b == 8 && u > long.MaxValue) s = OctalBig(mag);
            return s;
        }
        if (b == 16)
        {
            var s = mag.ToString(upper ? "X" : "x", CultureInfo.InvariantCulture).TrimStart('0');
            return s.Length == 0 ? "0" : s;
        }
        return OctalBig(mag);
    }

    static string OctalBig(BigInteger mag)
    {
        var sb = new StringBuilder();
        while (!mag.IsZero)
        {
            sb.Insert(0, (char)('0' + (int)(mag & 7)));
            mag >>= 3;
        }
        return sb.ToString();
    }

    static void FormatFloat(PyObject arg, Spec sp, TextBuilder o)
    {
        double d;
        if (arg is PyFloat f) d = f.Value;
        else if (arg is PyInt i) d = (double)i.Big;
        else if (arg.Type.Float != null)
        {
            var r = arg.Type.Float(arg);
            d = r is PyFloat rf ? rf.Value : throw PyException.TypeError($"must be real number, not {arg.Type.Name}");
        }
        else if (arg.Type.Index != null) d = (double)Ops.Index(arg).Big;
        else throw PyException.TypeError($"must be real number, not {arg.Type.Name}");
        int prec = sp.Prec < 0 ? 6 : sp.Prec;
        char conv = (char)sp.Conv;
        bool neg = d < 0 || (d == 0 && double.IsNegative(d));
        string body = FormatDouble(Math.Abs(d), conv, prec, sp.Alt);
        string sign = neg ? "-" : sp.Plus ? "+" : sp.Space ? " " : "";
        Layout(sign, "", body, sp, o, allowZero: !double.IsNaN(d) && !double.IsInfinity(d));
    }

    /// <summary>%e/%f/%g of a non-negative double, through the shared float formatter (CPython's PyOS_double_to_string).</summary>
    public static string FormatDouble(double d, char conv, int prec, bool alt) =>
        FloatFormatting.ToString(d, char.ToLowerInvariant(conv), prec, alt, false, char.IsUpper(conv), false, out _);
}
