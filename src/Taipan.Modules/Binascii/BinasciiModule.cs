using System.Text;
using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>binascii: conversions between binary data and ASCII encodings (hex, base64, uu, quoted-printable) and CRCs.</summary>
[PyModule("binascii")]
public static partial class BinasciiModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("binascii", "Conversion between binary data and ASCII");
        RegisterFunctions(m.Dict, m);
        m.Set("Error", NewException("Error", PyExc.ValueError));
        m.Set("Incomplete", NewException("Incomplete", PyExc.Exception));
        return m;
    }

    static PyObject NewException(string name, PyType @base)
    {
        var ns = new PyDict();
        ns.SetItem("__module__", new PyStr("binascii"));
        return Ops.Call(PyType.TypeType, [new PyStr(name), new PyTuple([@base]), ns], null);
    }

    static PyException Error(PyModule? module, string message) =>
        PyException.Create(module?.Dict.GetOrNull("Error") as PyType ?? PyExc.ValueError, message);

    /// <summary>Binary input: any buffer.</summary>
    static ReadOnlySpan<byte> Binary(PyObject data) =>
        data is IPyBuffer b ? b.ReadOnlyBytes : throw PyException.TypeError($"a bytes-like object is required, not '{data.Type.Name}'");

    /// <summary>ASCII input of the a2b functions: a buffer or an ASCII-only str.</summary>
    static ReadOnlySpan<byte> AsciiData(PyObject data)
    {
        if (data is PyStr s)
        {
            var bytes = new byte[s.Length];
            for (int i = 0; i < s.Length; i++)
            {
                int c = s.CodePointAt(i);
                if (c > 127) throw PyException.ValueError("string argument should contain only ASCII characters");
                bytes[i] = (byte)c;
            }
            return bytes;
        }
        if (data is IPyBuffer b) return b.ReadOnlyBytes;
        throw PyException.TypeError($"argument should be bytes, buffer or ASCII string, not '{data.Type.Name}'");
    }

    // ---------------- hex ----------------

    [PyMethod("b2a_hex($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)", Doc = "Hexadecimal representation of binary data.")]
    static PyObject B2aHex(PyObject data, PyObject? sep, int bytesPerSep = 1) => Hexlify(Binary(data), sep, bytesPerSep);

    [PyMethod("hexlify($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)", Doc = "Hexadecimal representation of binary data.")]
    static PyObject HexlifyFn(PyObject data, PyObject? sep, int bytesPerSep = 1) => Hexlify(Binary(data), sep, bytesPerSep);

    static PyObject Hexlify(ReadOnlySpan<byte> d, PyObject? sep, int perSep)
    {
        const string digits = "0123456789abcdef";
        int sepChar = -1;
        if (sep != null && sep is not PyNone)
        {
            var sv = sep is PyStr ss ? AsciiData(ss) : Binary(sep);
            if (sv.Length != 1) throw PyException.ValueError("sep must be length 1.");
            sepChar = sv[0];
        }
        var output = new List<byte>(d.Length * 3);
        int group = Math.Abs(perSep);
        for (int i = 0; i < d.Length; i++)
        {
            if (sepChar >= 0 && group > 0 && i > 0)
            {
                // Positive counts group from the right, negative from the left.
                bool boundary = perSep > 0 ? (d.Length - i) % group == 0 : i % group == 0;
                if (boundary) output.Add((byte)sepChar);
            }
            output.Add((byte)digits[d[i] >> 4]);
            output.Add((byte)digits[d[i] & 15]);
        }
        return new PyBytes([.. output]);
    }

    static int Hex(int c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    [PyMethod("a2b_hex($module, hexstr, /)", Doc = "Binary data of hexadecimal representation.")]
    static PyObject A2bHex(PyModule? module, PyObject hexstr) => Unhex(module, AsciiData(hexstr));

    [PyMethod("unhexlify($module, hexstr, /)", Doc = "Binary data of hexadecimal representation.")]
    static PyObject Unhexlify(PyModule? module, PyObject hexstr) => Unhex(module, AsciiData(hexstr));

    static PyObject Unhex(PyModule? module, ReadOnlySpan<byte> s)
    {
        if (s.Length % 2 != 0) throw Error(module, "Odd-length string");
        var output = new byte[s.Length / 2];
        for (int i = 0; i < output.Length; i++)
        {
            int hi = Hex(s[2 * i]), lo = Hex(s[2 * i + 1]);
            if (hi < 0 || lo < 0) throw Error(module, "Non-hexadecimal digit found");
            output[i] = (byte)(hi * 16 + lo);
        }
        return new PyBytes(output);
    }

    // ---------------- base64 ----------------

    const string B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    static int B64Value(int c) =>
        c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52 :
        c == '+' ? 62 : c == '/' ? 63 : -1;

    [PyMethod("b2a_base64($module, data, /, *, newline=True)", Doc = "Base64-code line of data.")]
    static PyObject B2aBase64(PyObject data, bool newline = true)
    {
        var d = Binary(data);
        var output = new List<byte>(d.Length * 4 / 3 + 4);
        int i = 0;
        for (; i + 2 < d.Length; i += 3)
        {
            int v = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
            output.Add((byte)B64[v >> 18]); output.Add((byte)B64[(v >> 12) & 63]);
            output.Add((byte)B64[(v >> 6) & 63]); output.Add((byte)B64[v & 63]);
        }
        if (d.Length - i == 1)
        {
            int v = d[i] << 16;
            output.Add((byte)B64[v >> 18]); output.Add((byte)B64[(v >> 12) & 63]); output.Add((byte)'='); output.Add((byte)'=');
        }
        else if (d.Length - i == 2)
        {
            int v = (d[i] << 16) | (d[i + 1] << 8);
            output.Add((byte)B64[v >> 18]); output.Add((byte)B64[(v >> 12) & 63]); output.Add((byte)B64[(v >> 6) & 63]); output.Add((byte)'=');
        }
        if (newline) output.Add((byte)'\n');
        return new PyBytes([.. output]);
    }

    [PyMethod("a2b_base64($module, data, /, *, strict_mode=False)", Doc = "Decode a line of base64 data.")]
    static PyObject A2bBase64(PyModule? module, PyObject data, bool strictMode = false)
    {
        var s = AsciiData(data);
        var output = new List<byte>(s.Length * 3 / 4);
        int quadPos = 0, leftchar = 0, pads = 0, dataChars = 0;
        bool paddingStarted = false;
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (strictMode && i == 0) throw Error(module, "Leading padding not allowed");
                if (quadPos >= 2 && quadPos + ++pads >= 4)
                {
                    if (strictMode && i + 1 < s.Length) throw Error(module, "Excess data after padding");
                    return new PyBytes([.. output]);
                }
                continue;
            }
            int v = B64Value(c);
            if (v < 0)
            {
                if (strictMode) throw Error(module, "Only base64 data is allowed");
                continue;
            }
            if (strictMode && paddingStarted) throw Error(module, "Discontinuous padding not allowed");
            pads = 0;
            dataChars++;
            switch (quadPos)
            {
                case 0: quadPos = 1; leftchar = v; break;
                case 1: quadPos = 2; output.Add((byte)((leftchar << 2) | (v >> 4))); leftchar = v & 0x0F; break;
                case 2: quadPos = 3; output.Add((byte)((leftchar << 4) | (v >> 2))); leftchar = v & 0x03; break;
                default: quadPos = 0; output.Add((byte)((leftchar << 6) | v)); leftchar = 0; break;
            }
        }
        if (quadPos != 0)
        {
            if (quadPos == 1)
                throw Error(module, $"Invalid base64-encoded string: number of data characters ({dataChars}) cannot be 1 more than a multiple of 4");
            throw Error(module, "Incorrect padding");
        }
        return new PyBytes([.. output]);
    }

    // ---------------- CRCs ----------------

    static readonly uint[] s_crc32 = BuildCrc32();

    static uint[] BuildCrc32()
    {
        var t = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }

    public static uint Crc32(ReadOnlySpan<byte> d, uint crc)
    {
        crc = ~crc;
        foreach (byte b in d) crc = s_crc32[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    [PyMethod("crc32($module, data, crc=0, /)", Doc = "Compute CRC-32 incrementally.")]
    static PyObject Crc32Fn(PyObject data, PyObject? crc)
    {
        uint start = crc == null ? 0 : (uint)(Ops.Index(crc).Big & uint.MaxValue);
        return PyInt.Get(Crc32(Binary(data), start));
    }

    [PyMethod("crc_hqx($module, data, crc, /)", Doc = "Compute CRC-CCITT incrementally.")]
    static PyObject CrcHqx(PyObject data, PyObject crc)
    {
        uint c = (uint)(Ops.Index(crc).Big & 0xFFFF);
        foreach (byte b in Binary(data))
        {
            c ^= (uint)b << 8;
            for (int k = 0; k < 8; k++) c = (c & 0x8000) != 0 ? ((c << 1) ^ 0x1021) & 0xFFFF : (c << 1) & 0xFFFF;
        }
        return PyInt.Get(c);
    }

    // ---------------- uu ----------------

    [PyMethod("b2a_uu($module, data, /, *, backtick=False)", Doc = "Uuencode line of data.")]
    static PyObject B2aUu(PyModule? module, PyObject data, bool backtick = false)
    {
        var d = Binary(data);
        if (d.Length > 45) throw Error(module, "At most 45 bytes at once");
        var output = new List<byte>();
        byte Enc(int v) => (byte)(backtick && v == 0 ? '`' : ' ' + v);
        output.Add(Enc(d.Length));
        for (int i = 0; i < d.Length; i += 3)
        {
            int b0 = d[i], b1 = i + 1 < d.Length ? d[i + 1] : 0, b2 = i + 2 < d.Length ? d[i + 2] : 0;
            int v = (b0 << 16) | (b1 << 8) | b2;
            output.Add(Enc(v >> 18)); output.Add(Enc((v >> 12) & 63)); output.Add(Enc((v >> 6) & 63)); output.Add(Enc(v & 63));
        }
        output.Add((byte)'\n');
        return new PyBytes([.. output]);
    }

    [PyMethod("a2b_uu($module, data, /)", Doc = "Decode a line of uuencoded data.")]
    static PyObject A2bUu(PyModule? module, PyObject data)
    {
        var s = AsciiData(data).ToArray();
        if (s.Length == 0) return new PyBytes(new byte[32]);
        int n = (s[0] - ' ') & 63;
        var output = new byte[n];
        int pos = 1, o = 0;
        int Next()
        {
            if (pos >= s.Length || s[pos] == '\n' || s[pos] == '\r') return 0;
            int c = s[pos++];
            if (c < ' ' || c > ' ' + 64) throw Error(module, "Illegal char");
            return (c - ' ') & 63;
        }
        while (o < n)
        {
            int v = (Next() << 18) | (Next() << 12) | (Next() << 6) | Next();
            for (int k = 2; k >= 0 && o < n; k--) output[o++] = (byte)(v >> (8 * k));
        }
        for (; pos < s.Length; pos++)
        {
            int c = s[pos];
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') throw Error(module, "Trailing garbage");
        }
        return new PyBytes(output);
    }

    // ---------------- quoted-printable ----------------

    [PyMethod("a2b_qp($module, /, data, header=False)", Doc = "Decode a string of qp-encoded data.")]
    static PyObject A2bQp(PyObject data, bool header = false)
    {
        var s = AsciiData(data);
        var output = new List<byte>(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int c = s[i];
            if (c == '=')
            {
                i++;
                if (i >= s.Length) break;
                if (s[i] == '\n' || s[i] == '\r')
                {
                    // Soft line break.
                    if (s[i] == '\r') i++;
                    if (i < s.Length && s[i] == '\n') i++;
                    continue;
                }
                if (s[i] == '=') { output.Add((byte)'='); i++; continue; }
                if (i + 1 < s.Length && Hex(s[i]) >= 0 && Hex(s[i + 1]) >= 0)
                {
                    output.Add((byte)(Hex(s[i]) * 16 + Hex(s[i + 1])));
                    i += 2;
                    continue;
                }
                output.Add((byte)'=');
                continue;
            }
            output.Add((byte)(header && c == '_' ? ' ' : c));
            i++;
        }
        return new PyBytes([.. output]);
    }

    [PyMethod("b2a_qp($module, /, data, quotetabs=False, istext=True, header=False)", Doc = "Encode a string using quoted-printable encoding.")]
    static PyObject B2aQp(PyObject data, bool quotetabs = false, bool istext = true, bool header = false)
    {
        var d = Binary(data);
        var output = new List<byte>(d.Length + 8);
        int lineLen = 0;
        bool crlf = d.IndexOf("\r\n"u8) >= 0 && (d.IndexOf((byte)'\n') == d.IndexOf("\r\n"u8) + 1);
        void Emit(byte b, bool quote)
        {
            int width = quote ? 3 : 1;
            if (lineLen + width > 75)
            {
                output.Add((byte)'=');
                if (crlf) output.Add((byte)'\r');
                output.Add((byte)'\n');
                lineLen = 0;
            }
            if (quote)
            {
                output.Add((byte)'=');
                output.Add((byte)"0123456789ABCDEF"[b >> 4]);
                output.Add((byte)"0123456789ABCDEF"[b & 15]);
            }
            else output.Add(b);
            lineLen += width;
        }
        for (int i = 0; i < d.Length; i++)
        {
            byte c = d[i];
            bool lineEnd = istext && (c == '\n' || (c == '\r' && i + 1 < d.Length && d[i + 1] == '\n'));
            if (lineEnd)
            {
                if (c == '\r') { output.Add((byte)'\r'); i++; }
                output.Add((byte)'\n');
                lineLen = 0;
                continue;
            }
            bool atLineEnd = i + 1 == d.Length || (istext && (d[i + 1] == '\n' || (d[i + 1] == '\r' && i + 2 < d.Length && d[i + 2] == '\n')));
            bool quote = c > 126 || c == '=' || (header && c == '_') || (c == '.' && lineLen == 0 && atLineEnd) ||
                         (!istext && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && (atLineEnd || quotetabs)) ||
                         (c < 32 && c != '\r' && c != '\n' && c != '\t') || (c == '\r' || c == '\n');
            if (header && c == ' ' && !quote) { Emit((byte)'_', false); continue; }
            Emit(c, quote);
        }
        return new PyBytes([.. output]);
    }
}
