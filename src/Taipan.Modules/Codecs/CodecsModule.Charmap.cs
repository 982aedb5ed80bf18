using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>_codecs: the charmap codecs (the table-driven 8-bit encodings of the encodings package) and the escape codecs.</summary>
public static partial class CodecsModule
{
    const string Undefined = "character maps to <undefined>";

    /// <summary>
    /// Reports a decoding error at [start, end): raises for strict, otherwise appends the handler's replacement
    /// and returns where to resume.
    /// </summary>
    static int DecodeFailure(string codec, PyObject source, ReadOnlySpan<byte> data, int start, int end, string reason,
        string errors, StringBuilderCp output)
    {
        var exc = MakeDecodeError(codec, BytesObject(source, data), start, end, new PyStr(reason));
        if (errors == "strict") throw new PyException((PyBaseException)exc);
        var (rep, next) = CallHandler(errors, exc, data.Length);
        output.Add((PyStr)rep);
        return (int)next;
    }

    // ---------------- charmap ----------------

    [PyMethod("charmap_build($module, map, /)")]
    static PyObject CharmapBuild(PyStr map)
    {
        var d = new PyDict();
        for (int i = 0; i < map.Length; i++)
        {
            int c = map.CodePointAt(i);
            if (c == 0xFFFE) continue;
            d.SetItem(PyInt.Get(c), PyInt.Get(i));
        }
        return d;
    }

    /// <summary>The mapping's value for a key, or null when the key is missing (LookupError) or maps to None.</summary>
    static PyObject? MapLookup(PyObject mapping, int key)
    {
        var k = PyInt.Get(key);
        if (mapping is PyDict d && d.Type == PyDict.TypeObject)
            return d.TryGetValue(k, out var v) && v is not PyNone ? v : null;
        try
        {
            var v = Ops.GetItem(mapping, k);
            return v is PyNone ? null : v;
        }
        catch (PyException e) when (Ops.IsInstance(e.Value, PyExc.LookupError))
        {
            return null;
        }
    }

    /// <summary>Appends one code point's encoding; false when the mapping leaves it undefined.</summary>
    static bool CharmapEncodeOne(PyObject mapping, int c, List<byte> output)
    {
        var v = MapLookup(mapping, c);
        switch (v)
        {
            case null: return false;
            case PyInt i:
                long b = Ops.AsIndex(i);
                if (b < 0 || b > 255) throw PyException.TypeError("character mapping must be in range(256)");
                output.Add((byte)b);
                return true;
            case PyBytes bs:
                output.AddRange(bs.UnsafeArray);
                return true;
            default:
                throw PyException.TypeError($"character mapping must return integer, bytes or None, not {v.Type.Name}");
        }
    }

    [PyMethod("charmap_encode($module, str, errors=None, mapping=None, /)")]
    static PyObject CharmapEncode(PyObject str, PyObject? errors, PyObject? mapping)
    {
        var s = TextOf(str, "charmap_encode");
        string err = ErrorsOf(errors, "charmap_encode");
        if (mapping == null || mapping is PyNone) return Pair(Runtime.Codecs.Encode(s, "latin-1", err), s.Length);
        var output = new List<byte>(s.Length);
        int n = s.Length;
        for (int i = 0; i < n;)
        {
            if (CharmapEncodeOne(mapping, s.CodePointAt(i), output)) { i++; continue; }
            int j = i + 1;
            while (j < n && MapLookup(mapping, s.CodePointAt(j)) == null) j++;
            var exc = MakeEncodeError("charmap", s, i, j, new PyStr(Undefined));
            if (err == "strict") throw new PyException((PyBaseException)exc);
            var (rep, next) = CallHandler(err, exc, n);
            if (rep is PyBytes rb) output.AddRange(rb.UnsafeArray);
            else
            {
                var rs = (PyStr)rep;
                for (int k = 0; k < rs.Length; k++)
                    if (!CharmapEncodeOne(mapping, rs.CodePointAt(k), output))
                        throw new PyException((PyBaseException)MakeEncodeError("charmap", s, i, j, new PyStr(Undefined)));
            }
            i = (int)next;
        }
        return Pair(new PyBytes([.. output]), n);
    }

    [PyMethod("charmap_decode($module, data, errors=None, mapping=None, /)")]
    static PyObject CharmapDecode(PyObject data, PyObject? errors, PyObject? mapping)
    {
        var span = BytesOf(data);
        string err = ErrorsOf(errors, "charmap_decode");
        if (mapping == null || mapping is PyNone) return Pair(Runtime.Codecs.Decode(data, span, "latin-1", err), span.Length);
        var output = new StringBuilderCp();
        var table = mapping as PyStr;
        for (int i = 0; i < span.Length;)
        {
            int b = span[i];
            if (table != null)
            {
                int c = b < table.Length ? table.CodePointAt(b) : 0xFFFE;
                if (c != 0xFFFE) { output.Add(c); i++; continue; }
            }
            else
            {
                var v = MapLookup(mapping, b);
                if (v is PyInt vi)
                {
                    long c = Ops.AsIndex(vi);
                    if (c < 0 || c > 0x10FFFF) throw PyException.TypeError("character mapping must be in range(0x110000)");
                    if (c != 0xFFFE) { output.Add((int)c); i++; continue; }
                }
                else if (v is PyStr vs)
                {
                    if (!(vs.Length == 1 && vs.CodePointAt(0) == 0xFFFE)) { output.Add(vs); i++; continue; }
                }
                else if (v != null)
                    throw PyException.TypeError("character mapping must return integer, None or str");
            }
            i = DecodeFailure("charmap", data, span, i, i + 1, Undefined, err, output);
        }
        return Pair(output.ToPyStr(), span.Length);
    }

    // ---------------- bytes escapes ----------------

    [PyMethod("escape_encode($module, data, errors=None, /)")]
    static PyObject EscapeEncode(PyObject data, PyObject? errors)
    {
        if (data is not PyBytes b) throw PyException.TypeError($"escape_encode() argument 1 must be bytes, not {data.Type.Name}");
        var span = b.ReadOnlyBytes;
        var output = new List<byte>(span.Length + 8);
        foreach (byte c in span)
        {
            switch (c)
            {
                case (byte)'\\': output.Add((byte)'\\'); output.Add((byte)'\\'); break;
                case (byte)'\'': output.Add((byte)'\\'); output.Add((byte)'\''); break;
                case (byte)'\t': output.Add((byte)'\\'); output.Add((byte)'t'); break;
                case (byte)'\n': output.Add((byte)'\\'); output.Add((byte)'n'); break;
                case (byte)'\r': output.Add((byte)'\\'); output.Add((byte)'r'); break;
                default:
                    if (c < 0x20 || c >= 0x7F) foreach (char h in "\\x" + c.ToString("x2")) output.Add((byte)h);
                    else output.Add(c);
                    break;
            }
        }
        return Pair(new PyBytes([.. output]), span.Length);
    }

    static int HexValue(int c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    [PyMethod("escape_decode($module, data, errors=None, /)")]
    static PyObject EscapeDecode(PyObject data, PyObject? errors)
    {
        byte[] raw = data is PyStr s ? Runtime.Codecs.Encode(s, "utf-8", "strict").UnsafeArray.ToArray() : BytesOf(data).ToArray();
        string err = ErrorsOf(errors, "escape_decode");
        var output = new List<byte>(raw.Length);
        int n = raw.Length;
        for (int i = 0; i < n;)
        {
            byte c = raw[i];
            if (c != '\\') { output.Add(c); i++; continue; }
            if (i + 1 >= n) throw PyException.ValueError("Trailing \\ in string");
            byte e = raw[i + 1];
            i += 2;
            switch (e)
            {
                case (byte)'\n': break;
                case (byte)'\\': output.Add((byte)'\\'); break;
                case (byte)'\'': output.Add((byte)'\''); break;
                case (byte)'"': output.Add((byte)'"'); break;
                case (byte)'a': output.Add(7); break;
                case (byte)'b': output.Add(8); break;
                case (byte)'f': output.Add(12); break;
                case (byte)'n': output.Add(10); break;
                case (byte)'r': output.Add(13); break;
                case (byte)'t': output.Add(9); break;
                case (byte)'v': output.Add(11); break;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && raw[i] >= '0' && raw[i] <= '7'; k++, i++) v = v * 8 + raw[i] - '0';
                    output.Add((byte)v);
                    break;
                }
                case (byte)'x':
                {
                    int h1 = i < n ? HexValue(raw[i]) : -1, h2 = i + 1 < n ? HexValue(raw[i + 1]) : -1;
                    if (h1 >= 0 && h2 >= 0) { output.Add((byte)(h1 * 16 + h2)); i += 2; break; }
                    if (err == "replace") output.Add((byte)'?');
                    else if (err != "ignore")
                    {
                        if (err == "strict") throw PyException.ValueError($"invalid \\x escape at position {i - 2}");
                        throw PyException.ValueError($"decoding error; unknown error handling code: {err}");
                    }
                    i += h1 >= 0 ? 1 : 0;
                    break;
                }
                default:
                    output.Add((byte)'\\');
                    output.Add(e);
                    break;
            }
        }
        return Pair(new PyBytes([.. output]), n);
    }

    // ---------------- unicode_escape / raw_unicode_escape ----------------

    [PyMethod("unicode_escape_encode($module, str, errors=None, /)")]
    static PyObject UnicodeEscapeEncode(PyObject str, PyObject? errors)
    {
        var s = TextOf(str, "unicode_escape_encode");
        ErrorsOf(errors, "unicode_escape_encode");
        var output = new List<byte>(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            int c = s.CodePointAt(i);
            string? esc = c switch
            {
                '\\' => "\\\\", '\t' => "\\t", '\n' => "\\n", '\r' => "\\r",
                < 0x20 or (>= 0x7F and < 0x100) => "\\x" + c.ToString("x2"),
                >= 0x100 => Escape(c),
                _ => null,
            };
            if (esc == null) output.Add((byte)c);
            else foreach (char h in esc) output.Add((byte)h);
        }
        return Pair(new PyBytes([.. output]), s.Length);
    }

    [PyMethod("raw_unicode_escape_encode($module, str, errors=None, /)")]
    static PyObject RawUnicodeEscapeEncode(PyObject str, PyObject? errors)
    {
        var s = TextOf(str, "raw_unicode_escape_encode");
        ErrorsOf(errors, "raw_unicode_escape_encode");
        var output = new List<byte>(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            int c = s.CodePointAt(i);
            if (c < 0x100) output.Add((byte)c);
            else foreach (char h in c <= 0xFFFF ? "\\u" + c.ToString("x4") : "\\U" + c.ToString("x8")) output.Add((byte)h);
        }
        return Pair(new PyBytes([.. output]), s.Length);
    }

    [PyMethod("unicode_escape_decode($module, data, errors=None, final=True, /)")]
    static PyObject UnicodeEscapeDecode(PyObject data, PyObject? errors, bool final = true) =>
        EscapeDecodeText(data, errors, final, false, "unicode_escape_decode");

    [PyMethod("raw_unicode_escape_decode($module, data, errors=None, final=True, /)")]
    static PyObject RawUnicodeEscapeDecode(PyObject data, PyObject? errors, bool final = true) =>
        EscapeDecodeText(data, errors, final, true, "raw_unicode_escape_decode");

    /// <summary>unicodedata's name-to-code-point lookup for \N{...}, set by the unicodedata module when present.</summary>
    public static Func<string, int>? LookupCharacterName;

    static PyObject EscapeDecodeText(PyObject data, PyObject? errors, bool final, bool raw, string func)
    {
        byte[] bytes = data is PyStr s ? Runtime.Codecs.Encode(s, "utf-8", "strict").UnsafeArray.ToArray() : BytesOf(data).ToArray();
        var source = data is PyBytes ? data : new PyBytes(bytes);
        string err = ErrorsOf(errors, func);
        string codec = raw ? "rawunicodeescape" : "unicodeescape";
        var output = new StringBuilderCp();
        int n = bytes.Length, i = 0;
        while (i < n)
        {
            byte c = bytes[i];
            if (c != '\\') { output.Add(c); i++; continue; }
            if (raw)
            {
                // Only \u and \U after an odd run of backslashes are escapes.
                int run = 0;
                while (i + run < n && bytes[i + run] == '\\') run++;
                if (run % 2 == 0 || i + run >= n || (bytes[i + run] != 'u' && bytes[i + run] != 'U'))
                {
                    if (i + run >= n && run % 2 == 1 && !final) { for (int k = 0; k < run - 1; k++) output.Add('\\'); i += run - 1; break; }
                    for (int k = 0; k < run; k++) output.Add('\\');
                    i += run;
                    continue;
                }
                for (int k = 0; k < run - 1; k++) output.Add('\\');
                i += run - 1;
            }
            int start = i;
            if (i + 1 >= n)
            {
                if (!final) break;
                i = DecodeFailure(codec, source, bytes, start, n, "\\ at end of string", err, output);
                continue;
            }
            byte e = bytes[i + 1];
            i += 2;
            int digits;
            switch ((char)e)
            {
                case 'x' when !raw: digits = 2; break;
                case 'u': digits = 4; break;
                case 'U': digits = 8; break;
                case 'N' when !raw:
                {
                    int close = -1;
                    if (i < n && bytes[i] == '{')
                        for (int k = i + 1; k < n; k++) if (bytes[k] == '}') { close = k; break; }
                    if (close > i + 1)
                    {
                        string name = System.Text.Encoding.ASCII.GetString(bytes, i + 1, close - i - 1);
                        int cp = LookupCharacterName?.Invoke(name) ?? -1;
                        if (cp >= 0) { output.Add(cp); i = close + 1; continue; }
                        i = DecodeFailure(codec, source, bytes, start, close + 1, "unknown Unicode character name", err, output);
                        continue;
                    }
                    if (!final && close < 0) { i = start; goto done; }
                    i = DecodeFailure(codec, source, bytes, start, close < 0 ? n : close + 1, "malformed \\N character escape", err, output);
                    continue;
                }
                default:
                    if (raw) { output.Add('\\'); i = start + 1; continue; }
                    switch ((char)e)
                    {
                        case '\n': continue;
                        case '\\': output.Add('\\'); continue;
                        case '\'': output.Add('\''); continue;
                        case '"': output.Add('"'); continue;
                        case 'a': output.Add(7); continue;
                        case 'b': output.Add(8); continue;
                        case 'f': output.Add(12); continue;
                        case 'n': output.Add(10); continue;
                        case 'r': output.Add(13); continue;
                        case 't': output.Add(9); continue;
                        case 'v': output.Add(11); continue;
                    }
                    if (e >= '0' && e <= '7')
                    {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < n && bytes[i] >= '0' && bytes[i] <= '7'; k++, i++) v = v * 8 + bytes[i] - '0';
                        output.Add(v);
                        continue;
                    }
                    output.Add('\\');
                    output.Add(e);
                    continue;
            }
            int value = 0, got = 0;
            while (got < digits && i < n && HexValue(bytes[i]) >= 0) { value = value * 16 + HexValue(bytes[i]); i++; got++; }
            if (got < digits)
            {
                if (!final && i >= n) { i = start; goto done; }
                string what = digits == 2 ? "truncated \\xXX escape" : digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                i = DecodeFailure(codec, source, bytes, start, i, what, err, output);
                continue;
            }
            if (value > 0x10FFFF)
            {
                i = DecodeFailure(codec, source, bytes, start, i, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character", err, output);
                continue;
            }
            output.Add(value);
        }
        done:
        return Pair(output.ToPyStr(), i);
    }

    [PyMethod("readbuffer_encode($module, data, errors=None, /)")]
    static PyObject ReadbufferEncode(PyObject data, PyObject? errors)
    {
        var span = data is PyStr s ? Runtime.Codecs.Encode(s, "utf-8", "strict").UnsafeArray : BytesOf(data);
        return Pair(new PyBytes(span.ToArray()), span.Length);
    }
}
