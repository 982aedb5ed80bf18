using System.Text;

namespace Taipan.Runtime;

/// <summary>
/// The built-in codecs str.encode and bytes.decode need without the codecs module: utf-8, ascii and
/// latin-1 with the standard error handlers, raising UnicodeEncodeError/UnicodeDecodeError with
/// CPython's attributes (encoding, object, start, end, reason) and messages.
/// </summary>
public static class Codecs
{
    /// <summary>The codec a name refers to (CPython's encodings.normalize_encoding + aliases for these three), or null.</summary>
    public static string? Normalize(string encoding)
    {
        var sb = new StringBuilder(encoding.Length);
        foreach (char c in encoding)
        {
            if (c == '-' || c == ' ') sb.Append('_');
            else sb.Append(char.ToLowerInvariant(c));
        }
        switch (sb.ToString())
        {
            case "utf_8": case "utf8": case "u8": case "utf": case "cp65001": case "utf8_ucs2": case "utf8_ucs4":
                return "utf-8";
            case "ascii": case "us_ascii": case "646": case "ansi_x3.4_1968": case "ansi_x3_4_1968": case "cp367":
            case "csascii": case "ibm367": case "iso646_us": case "iso_646.irv_1991": case "iso_ir_6": case "us":
                return "ascii";
            case "latin_1": case "latin1": case "latin": case "l1": case "iso_8859_1": case "iso8859_1": case "8859":
            case "cp819": case "iso_ir_100": case "ibm819": case "csisolatin1": case "iso_8859_1_1987":
                return "latin-1";
            case "utf_16": case "utf16": case "u16": return "utf-16";
            case "utf_16_le": case "utf_16le": case "unicodelittleunmarked": return "utf-16-le";
            case "utf_16_be": case "utf_16be": case "unicodebigunmarked": return "utf-16-be";
            case "utf_32": case "utf32": case "u32": return "utf-32";
            case "utf_32_le": case "utf_32le": return "utf-32-le";
            case "utf_32_be": case "utf_32be": return "utf-32-be";
            default: return null;
        }
    }

    /// <summary>
    /// The codec registry (_codecs) for encodings these built-in codecs do not cover: (text, encoding, errors)
    /// to bytes, and (bytes object, encoding, errors) to str. Set once by the modules assembly.
    /// </summary>
    public static Func<PyStr, string, string, PyBytes>? RegistryEncode;
    public static Func<PyObject, string, string, PyStr>? RegistryDecode;

    static bool IsUtf(string codec) => codec.StartsWith("utf", StringComparison.Ordinal);

    static PyException UnknownEncoding(string encoding) => PyException.Create(PyExc.LookupError, $"unknown encoding: {encoding}");

    static PyException UnknownHandler(string errors) => PyException.Create(PyExc.LookupError, $"unknown error handler name '{errors}'");

    // ---------------- encoding ----------------

    public static PyBytes Encode(PyStr s, string encoding, string errors)
    {
        string? codec = Normalize(encoding);
        if (codec == null) return RegistryEncode != null ? RegistryEncode(s, encoding, errors) : throw UnknownEncoding(encoding);
        if (s.IsBmp)
        {
            var v = s.BmpValue!;
            if (codec == "utf-8") return new PyBytes(Encoding.UTF8.GetBytes(v));
            if ((codec == "ascii" || codec == "latin-1") && Ascii.IsValid(v)) return new PyBytes(Encoding.Latin1.GetBytes(v));
        }
        int limit = codec switch { "ascii" => 128, "latin-1" => 256, _ => 0x110000 };
        var output = new List<byte>(s.Length + 8);
        // The unmarked "utf-16"/"utf-32" write a byte order mark, then little-endian units.
        if (codec == "utf-16") { output.Add(0xFF); output.Add(0xFE); }
        else if (codec == "utf-32") { output.Add(0xFF); output.Add(0xFE); output.Add(0); output.Add(0); }
        int n = s.Length;
        for (int i = 0; i < n;)
        {
            int c = s.CodePointAt(i);
            bool ok = IsUtf(codec) ? !(c >= 0xD800 && c <= 0xDFFF) : c < limit;
            if (ok) { AppendEncoded(output, c, codec); i++; continue; }
            // An unencodable run: CPython reports (and hands to the handler) the whole run at once.
            int j = i + 1;
            while (j < n)
            {
                int d = s.CodePointAt(j);
                bool bad = IsUtf(codec) ? d >= 0xD800 && d <= 0xDFFF : d >= limit;
                if (!bad) break;
                j++;
            }
            string reason = IsUtf(codec) ? "surrogates not allowed" : $"ordinal not in range({limit})";
            switch (errors)
            {
                case "strict":
                    throw EncodeError(codec, s, i, j, reason);
                case "ignore":
                    break;
                case "replace":
                    for (int k = i; k < j; k++) AppendEncoded(output, '?', codec);
                    break;
                case "surrogateescape":
                    for (int k = i; k < j; k++)
                    {
                        int d = s.CodePointAt(k);
                        if (d < 0xDC80 || d > 0xDCFF) throw EncodeError(codec, s, k, k + 1, reason);
                        output.Add((byte)(d - 0xDC00));
                    }
                    break;
                case "surrogatepass":
                    if (!IsUtf(codec)) throw EncodeError(codec, s, i, j, reason);
                    for (int k = i; k < j; k++)
                    {
                        int d = s.CodePointAt(k);
                        if (codec != "utf-8") { AppendEncoded(output, d, codec); continue; }
                        output.Add((byte)(0xE0 | (d >> 12)));
                        output.Add((byte)(0x80 | ((d >> 6) & 0x3F)));
                        output.Add((byte)(0x80 | (d & 0x3F)));
                    }
                    break;
                case "backslashreplace":
                    for (int k = i; k < j; k++) AppendAscii(output, BackslashEscape(s.CodePointAt(k)), codec);
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < j; k++)
                    {
                        int d = s.CodePointAt(k);
                        if (d >= 0xD800 && d <= 0xDFFF && IsUtf(codec)) throw EncodeError(codec, s, k, k + 1, reason);
                        AppendAscii(output, "&#" + d.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";", codec);
                    }
                    break;
                default:
                    throw UnknownHandler(errors);
            }
            i = j;
        }
        return new PyBytes([.. output]);
    }

    static void AppendAscii(List<byte> output, string s, string codec)
    {
        foreach (char c in s) AppendEncoded(output, c, codec);
    }

    static string BackslashEscape(int c) =>
        c <= 0xFF ? "\\x" + c.ToString("x2") : c <= 0xFFFF ? "\\u" + c.ToString("x4") : "\\U" + c.ToString("x8");

    static void AppendEncoded(List<byte> output, int c, string codec)
    {
        switch (codec)
        {
            case "utf-16": case "utf-16-le": case "utf-16-be":
                if (c > 0xFFFF)
                {
                    AppendUnit16(output, 0xD800 + ((c - 0x10000) >> 10), codec);
                    AppendUnit16(output, 0xDC00 + ((c - 0x10000) & 0x3FF), codec);
                }
                else AppendUnit16(output, c, codec);
                return;
            case "utf-32": case "utf-32-le":
                output.Add((byte)c); output.Add((byte)(c >> 8)); output.Add((byte)(c >> 16)); output.Add((byte)(c >> 24));
                return;
            case "utf-32-be":
                output.Add((byte)(c >> 24)); output.Add((byte)(c >> 16)); output.Add((byte)(c >> 8)); output.Add((byte)c);
                return;
        }
        if (c < 0x80 || codec != "utf-8") { output.Add((byte)c); return; }
        if (c < 0x800)
        {
            output.Add((byte)(0xC0 | (c >> 6)));
            output.Add((byte)(0x80 | (c & 0x3F)));
        }
        else if (c < 0x10000)
        {
            output.Add((byte)(0xE0 | (c >> 12)));
            output.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
            output.Add((byte)(0x80 | (c & 0x3F)));
        }
        else
        {
            output.Add((byte)(0xF0 | (c >> 18)));
            output.Add((byte)(0x80 | ((c >> 12) & 0x3F)));
            output.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
            output.Add((byte)(0x80 | (c & 0x3F)));
        }
    }

    static void AppendUnit16(List<byte> output, int u, string codec)
    {
        if (codec == "utf-16-be") { output.Add((byte)(u >> 8)); output.Add((byte)u); }
        else { output.Add((byte)u); output.Add((byte)(u >> 8)); }
    }

    public static PyException EncodeError(string codec, PyStr s, int start, int end, string reason)
    {
        var e = PyBaseException.Create(PyExc.UnicodeEncodeError, new PyStr(codec), s, PyInt.Get(start), PyInt.Get(end), new PyStr(reason));
        SetUnicodeErrorAttributes(e, codec, s, start, end, reason);
        return new PyException(e);
    }

    public static PyException DecodeError(string codec, PyBytes data, int start, int end, string reason)
    {
        var e = PyBaseException.Create(PyExc.UnicodeDecodeError, new PyStr(codec), data, PyInt.Get(start), PyInt.Get(end), new PyStr(reason));
        SetUnicodeErrorAttributes(e, codec, data, start, end, reason);
        return new PyException(e);
    }

    static void SetUnicodeErrorAttributes(PyBaseException e, string codec, PyObject obj, int start, int end, string reason)
    {
        e.SetAttribute("encoding", new PyStr(codec));
        e.SetAttribute("object", obj);
        e.SetAttribute("start", PyInt.Get(start));
        e.SetAttribute("end", PyInt.Get(end));
        e.SetAttribute("reason", new PyStr(reason));
    }

    /// <summary>
    /// str() of a UnicodeEncodeError/UnicodeDecodeError built from its attributes, worded as CPython's
    /// UnicodeEncodeError_str / UnicodeDecodeError_str. The exception types' __str__ should call this.
    /// </summary>
    public static string UnicodeErrorMessage(PyBaseException e)
    {
        var codec = (e.GetAttribute("encoding") as PyStr)?.Value ?? "";
        var obj = e.GetAttribute("object");
        long start = (e.GetAttribute("start") as PyInt)?.Small ?? 0;
        long end = (e.GetAttribute("end") as PyInt)?.Small ?? 0;
        var reason = (e.GetAttribute("reason") as PyStr)?.Value ?? "";
        if (obj is PyStr s)
        {
            if (end == start + 1 && start < s.Length)
                return $"'{codec}' codec can't encode character '{BackslashEscape(s.CodePointAt((int)start))}' in position {start}: {reason}";
            return $"'{codec}' codec can't encode characters in position {start}-{end - 1}: {reason}";
        }
        if (obj is IPyBuffer b)
        {
            var span = b.ReadOnlyBytes;
            if (end == start + 1 && start < span.Length)
                return $"'{codec}' codec can't decode byte 0x{span[(int)start]:x2} in position {start}: {reason}";
            return $"'{codec}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        }
        return reason;
    }

    // ---------------- decoding ----------------

    public static PyStr Decode(PyObject source, ReadOnlySpan<byte> data, string encoding, string errors)
    {
        string? codec = Normalize(encoding);
        if (codec == null)
            return RegistryDecode != null ? RegistryDecode(source is IPyBuffer ? source : new PyBytes(data.ToArray()), encoding, errors) : throw UnknownEncoding(encoding);
        if (data.Length == 0) return PyStr.Empty;
        if (codec.StartsWith("utf-16", StringComparison.Ordinal) || codec.StartsWith("utf-32", StringComparison.Ordinal))
            return DecodeWide(source, data, codec, errors);
        if (codec == "latin-1") return new PyStr(Encoding.Latin1.GetString(data));
        if (Ascii.IsValid(data)) return PyStr.FromBmpTrusted(Encoding.ASCII.GetString(data));
        if (codec == "utf-8")
        {
            var chars = new char[data.Length];
            var status = System.Text.Unicode.Utf8.ToUtf16(data, chars, out _, out int written, replaceInvalidSequences: false);
            if (status == System.Buffers.OperationStatus.Done) return new PyStr(new string(chars, 0, written));
        }
        return DecodeSlow(source, data, codec, errors);
    }

    static PyStr DecodeSlow(PyObject source, ReadOnlySpan<byte> data, string codec, string errors)
    {
        var output = new List<int>(data.Length);
        int i = 0, n = data.Length;
        while (i < n)
        {
            int b = data[i];
            if (b < 0x80) { output.Add(b); i++; continue; }
            int end;
            string reason;
            if (codec == "ascii")
            {
                end = i + 1;
                reason = "ordinal not in range(128)";
            }
            else
            {
                int cp = DecodeUtf8At(data, i, out end, out reason);
                if (cp >= 0) { output.Add(cp); i = end; continue; }
                if (errors == "surrogatepass" && i + 2 < n && data[i] == 0xED && data[i + 1] >= 0xA0 && data[i + 1] <= 0xBF &&
                    (data[i + 2] & 0xC0) == 0x80)
                {
                    output.Add(((data[i] & 0x0F) << 12) | ((data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F));
                    i += 3;
                    continue;
                }
            }
            switch (errors)
            {
                case "strict":
                case "surrogatepass":
                    throw DecodeError(codec, source as PyBytes ?? new PyBytes(data.ToArray()), i, end, reason);
                case "ignore": break;
                case "replace": output.Add(0xFFFD); break;
                case "surrogateescape":
                    for (int k = i; k < end; k++) output.Add(0xDC00 + data[k]);
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; k++) foreach (char c in "\\x" + data[k].ToString("x2")) output.Add(c);
                    break;
                default:
                    throw UnknownHandler(errors);
            }
            i = end;
        }
        return new PyStr([.. output]);
    }

    /// <summary>UTF-16 and UTF-32: a byte order mark picks the order for the unmarked names (little-endian otherwise).</summary>
    static PyStr DecodeWide(PyObject source, ReadOnlySpan<byte> data, string codec, string errors)
    {
        bool wide32 = codec.StartsWith("utf-32", StringComparison.Ordinal);
        int unit = wide32 ? 4 : 2;
        bool be = codec.EndsWith("-be", StringComparison.Ordinal);
        int i = 0;
        if (codec == "utf-16" || codec == "utf-32")
        {
            if (!wide32 && data.Length >= 2 && data[0] == 0xFE && data[1] == 0xFF) { be = true; i = 2; }
            else if (!wide32 && data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE) i = 2;
            else if (wide32 && data.Length >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) { be = true; i = 4; }
            else if (wide32 && data.Length >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) i = 4;
            codec += be ? "-be" : "-le";
        }
        int Read(ReadOnlySpan<byte> d, int at) => wide32
            ? (be ? (d[at] << 24) | (d[at + 1] << 16) | (d[at + 2] << 8) | d[at + 3] : d[at] | (d[at + 1] << 8) | (d[at + 2] << 16) | (d[at + 3] << 24))
            : (be ? (d[at] << 8) | d[at + 1] : d[at] | (d[at + 1] << 8));
        var output = new List<int>(data.Length / unit);
        int n = data.Length;
        while (i < n)
        {
            int end;
            string reason;
            if (n - i < unit) { end = n; reason = "truncated data"; }
            else
            {
                int c = Read(data, i);
                if (wide32)
                {
                    if ((uint)c > 0x10FFFF) { end = i + 4; reason = "code point not in range(0x110000)"; }
                    else if (c >= 0xD800 && c <= 0xDFFF && errors != "surrogatepass")
                    { end = i + 4; reason = "code point in surrogate code point range(0xd800, 0xe000)"; }
                    else { output.Add(c); i += 4; continue; }
                }
                else if (c < 0xD800 || c > 0xDFFF) { output.Add(c); i += 2; continue; }
                else if (c >= 0xDC00)
                {
                    if (errors == "surrogatepass") { output.Add(c); i += 2; continue; }
                    end = i + 2; reason = "illegal encoding";
                }
                else if (n - i < 4) { end = n - i >= 4 ? i + 4 : i + 2; reason = "unexpected end of data"; if (n - i > 2) end = n; }
                else
                {
                    int lo = Read(data, i + 2);
                    if (lo >= 0xDC00 && lo <= 0xDFFF) { output.Add(0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00)); i += 4; continue; }
                    if (errors == "surrogatepass") { output.Add(c); i += 2; continue; }
                    end = i + 2; reason = "illegal UTF-16 surrogate";
                }
            }
            switch (errors)
            {
                case "strict":
                case "surrogatepass":
                    throw DecodeError(codec, source as PyBytes ?? new PyBytes(data.ToArray()), i, end, reason);
                case "ignore": break;
                case "replace": output.Add(0xFFFD); break;
                case "surrogateescape":
                    for (int k = i; k < end; k++) output.Add(0xDC00 + data[k]);
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; k++) foreach (char ch in "\\x" + data[k].ToString("x2")) output.Add(ch);
                    break;
                default:
                    throw UnknownHandler(errors);
            }
            i = end;
        }
        return new PyStr([.. output]);
    }

    /// <summary>
    /// Decodes one UTF-8 sequence starting at a non-ASCII byte. Returns the code point, or -1 with the end of
    /// the maximal invalid prefix and CPython's reason ("invalid start byte", "invalid continuation byte",
    /// "unexpected end of data").
    /// </summary>
    static int DecodeUtf8At(ReadOnlySpan<byte> d, int i, out int end, out string reason)
    {
        int b = d[i];
        int need, min2 = 0x80, max2 = 0xBF, cp;
        if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
        else if (b >= 0xE0 && b <= 0xEF)
        {
            need = 2; cp = b & 0x0F;
            if (b == 0xE0) min2 = 0xA0;
            else if (b == 0xED) max2 = 0x9F;
        }
        else if (b >= 0xF0 && b <= 0xF4)
        {
            need = 3; cp = b & 0x07;
            if (b == 0xF0) min2 = 0x90;
            else if (b == 0xF4) max2 = 0x8F;
        }
        else { end = i + 1; reason = "invalid start byte"; return -1; }
        int k = i + 1;
        for (int m = 0; m < need; m++, k++)
        {
            if (k >= d.Length) { end = k; reason = "unexpected end of data"; return -1; }
            int c = d[k];
            int lo = m == 0 ? min2 : 0x80, hi = m == 0 ? max2 : 0xBF;
            if (c < lo || c > hi) { end = k; reason = "invalid continuation byte"; return -1; }
            cp = (cp << 6) | (c & 0x3F);
        }
        end = k;
        reason = "";
        return cp;
    }
}
