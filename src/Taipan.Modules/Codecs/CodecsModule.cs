using System.Runtime.CompilerServices;
using System.Text;
using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>
/// _codecs: the codec registry (search functions, cache, error handlers) and the built-in codecs that
/// codecs.py and the encodings package build on. The text codecs reuse the runtime's Codecs (str.encode /
/// bytes.decode); charmap and the escape codecs live here. Registry state is per interpreter.
/// </summary>
[PyModule("_codecs")]
public static partial class CodecsModule
{
    sealed class State
    {
        public readonly List<PyObject> Search = new();
        public readonly PyDict Cache = new();
        public readonly PyDict Errors = new();
        public bool EncodingsImported;
    }

    static readonly ConditionalWeakTable<Interpreter, State> s_states = new();

    static State Current
    {
        get
        {
            var interp = Runtime.ThreadState.Current.Interpreter;
            if (s_states.TryGetValue(interp, out var st)) return st;
            st = new State();
            foreach (var name in StandardHandlerNames)
                st.Errors.SetItem(name, MakeHandler(name));
            s_states.AddOrUpdate(interp, st);
            return st;
        }
    }

    static readonly string[] StandardHandlerNames =
        ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape", "surrogatepass"];

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("_codecs");
        RegisterFunctions(m.Dict, m);
        return m;
    }

    /// <summary>Lets str.encode/bytes.decode reach the registry for encodings the runtime has no built-in codec for.</summary>
    public static void InstallRuntimeHooks()
    {
        Runtime.Codecs.RegistryEncode = static (s, encoding, errors) =>
        {
            var codec = TextCodec(encoding, "codecs.encode()");
            var r = Ops.Call(codec.Items[0], [s, new PyStr(errors)], null);
            if (r is not PyTuple t || t.Count != 2) throw PyException.TypeError("encoder must return a tuple (object, integer)");
            if (t.Items[0] is PyBytes b) return b;
            throw PyException.TypeError($"'{encoding}' encoder returned '{t.Items[0].Type.Name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
        };
        Runtime.Codecs.RegistryDecode = static (data, encoding, errors) =>
        {
            var codec = TextCodec(encoding, "codecs.decode()");
            var r = Ops.Call(codec.Items[1], [data, new PyStr(errors)], null);
            if (r is not PyTuple t || t.Count != 2) throw PyException.TypeError("decoder must return a tuple (object,integer)");
            if (t.Items[0] is PyStr s) return s;
            throw PyException.TypeError($"'{encoding}' decoder returned '{t.Items[0].Type.Name}' instead of 'str'; use codecs.decode() to decode to arbitrary types");
        };
    }

    static PyTuple TextCodec(string encoding, string alternative)
    {
        // Outside a running interpreter (embedding code, unit tests) there is no registry to ask.
        if (Runtime.ThreadState.CurrentOrNull == null)
            throw PyException.Create(PyExc.LookupError, $"unknown encoding: {encoding}");
        var codec = (PyTuple)Lookup(encoding);
        var flag = Ops.TryGetAttr(codec, "_is_text_encoding");
        if (flag != null && !Ops.IsTrue(flag))
            throw PyException.Create(PyExc.LookupError, $"'{encoding}' is not a text encoding; use {alternative} to handle arbitrary codecs");
        return codec;
    }

    // ---------------- registry ----------------

    [PyMethod("register($module, search_function, /)", Doc = "Register a codec search function.")]
    static void Register(PyObject searchFunction)
    {
        if (searchFunction.Type.Call == null) throw PyException.TypeError("argument must be callable");
        Current.Search.Add(searchFunction);
    }

    [PyMethod("unregister($module, search_function, /)", Doc = "Unregister a codec search function and clear the registry's cache.")]
    static void Unregister(PyObject searchFunction)
    {
        var st = Current;
        for (int i = 0; i < st.Search.Count; i++)
        {
            if (ReferenceEquals(st.Search[i], searchFunction))
            {
                st.Search.RemoveAt(i);
                st.Cache.Clear();
                return;
            }
        }
    }

    /// <summary>CPython's _Py_normalize_encoding plus lowercasing: runs of other characters become one '_'.</summary>
    static string NormalizeName(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool punct = false;
        foreach (char c in name)
        {
            if ((c < 128 && char.IsAsciiLetterOrDigit(c)) || c == '.')
            {
                if (punct && sb.Length > 0) sb.Append('_');
                punct = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else punct = true;
        }
        return sb.ToString();
    }

    [PyMethod("lookup($module, encoding, /)", Doc = "Looks up a codec tuple in the Python codec registry and returns a CodecInfo object.")]
    public static PyObject Lookup(string encoding)
    {
        var st = Current;
        if (!st.EncodingsImported)
        {
            st.EncodingsImported = true;
            Runtime.ThreadState.Current.Interpreter.Import("encodings");
        }
        var key = new PyStr(NormalizeName(encoding));
        if (st.Cache.TryGetValue(key, out var cached)) return cached;
        if (st.Search.Count == 0)
            throw PyException.Create(PyExc.LookupError, "no codec search functions registered: can't find encoding");
        foreach (var f in st.Search.ToArray())
        {
            var r = Ops.Call(f, [key], null);
            if (r is PyNone) continue;
            if (r is not PyTuple t || t.Count != 4) throw PyException.TypeError("codec search functions must return 4-tuples");
            st.Cache.SetItem(key, r);
            return r;
        }
        throw PyException.Create(PyExc.LookupError, $"unknown encoding: {encoding}");
    }

    [PyMethod("_forget_codec($module, encoding, /)", Doc = "Purge the named codec from the internal codec lookup cache")]
    static void ForgetCodec(string encoding)
    {
        Current.Cache.Remove(new PyStr(NormalizeName(encoding)));
    }

    [PyMethod("encode($module, /, obj, encoding='utf-8', errors='strict')", Doc = "Encodes obj using the codec registered for encoding.")]
    public static PyObject Encode(PyObject obj, string encoding = "utf-8", string errors = "strict")
    {
        var codec = (PyTuple)Lookup(encoding);
        var r = Ops.Call(codec.Items[0], [obj, new PyStr(errors)], null);
        if (r is not PyTuple t || t.Count != 2) throw PyException.TypeError("encoder must return a tuple (object, integer)");
        return t.Items[0];
    }

    [PyMethod("decode($module, /, obj, encoding='utf-8', errors='strict')", Doc = "Decodes obj using the codec registered for encoding.")]
    public static PyObject Decode(PyObject obj, string encoding = "utf-8", string errors = "strict")
    {
        var codec = (PyTuple)Lookup(encoding);
        var r = Ops.Call(codec.Items[1], [obj, new PyStr(errors)], null);
        if (r is not PyTuple t || t.Count != 2) throw PyException.TypeError("decoder must return a tuple (object,integer)");
        return t.Items[0];
    }

    [PyMethod("register_error($module, errors, handler, /)", Doc = "Register the specified error handler under the name errors.")]
    static void RegisterError(string errors, PyObject handler)
    {
        if (handler.Type.Call == null) throw PyException.TypeError("handler must be callable");
        Current.Errors.SetItem(errors, handler);
    }

    [PyMethod("lookup_error($module, name, /)", Doc = "lookup_error(errors) -> handler")]
    public static PyObject LookupError(string name)
    {
        if (Current.Errors.TryGetValue(new PyStr(name), out var h)) return h;
        throw PyException.Create(PyExc.LookupError, $"unknown error handler name '{name}'");
    }

    // ---------------- argument helpers ----------------

    static string ErrorsOf(PyObject? errors, string func) => errors switch
    {
        null or PyNone => "strict",
        PyStr s => s.Value,
        _ => throw PyException.TypeError($"{func}() argument 2 must be str or None, not {errors.Type.Name}"),
    };

    static PyStr TextOf(PyObject obj, string func) =>
        obj as PyStr ?? throw PyException.TypeError($"{func}() argument 1 must be str, not {obj.Type.Name}");

    static ReadOnlySpan<byte> BytesOf(PyObject obj) =>
        obj is IPyBuffer b ? b.ReadOnlyBytes : throw PyException.TypeError($"a bytes-like object is required, not '{obj.Type.Name}'");

    static PyBytes BytesObject(PyObject obj, ReadOnlySpan<byte> data) => obj as PyBytes ?? new PyBytes(data.ToArray());

    static PyTuple Pair(PyObject value, long consumed) => new([value, PyInt.Get(consumed)]);

    static bool IsStandard(string errors) => errors switch
    {
        "strict" or "ignore" or "replace" or "surrogateescape" or "surrogatepass" or "backslashreplace" or "xmlcharrefreplace" => true,
        _ => false,
    };

    // ---------------- UTF-8 / ASCII / Latin-1 ----------------

    [PyMethod("utf_8_encode($module, str, errors=None, /)")]
    static PyObject Utf8Encode(PyObject str, PyObject? errors) => EncodeText(str, errors, "utf-8", "utf_8_encode");

    [PyMethod("utf_8_decode($module, data, errors=None, final=False, /)")]
    static PyObject Utf8Decode(PyObject data, PyObject? errors, bool final = false)
    {
        var span = BytesOf(data);
        int n = final ? span.Length : Utf8CompleteLength(span);
        return Pair(DecodeText(data, span[..n], "utf-8", ErrorsOf(errors, "utf_8_decode")), n);
    }

    [PyMethod("ascii_encode($module, str, errors=None, /)")]
    static PyObject AsciiEncode(PyObject str, PyObject? errors) => EncodeText(str, errors, "ascii", "ascii_encode");

    [PyMethod("ascii_decode($module, data, errors=None, /)")]
    static PyObject AsciiDecode(PyObject data, PyObject? errors)
    {
        var span = BytesOf(data);
        return Pair(DecodeText(data, span, "ascii", ErrorsOf(errors, "ascii_decode")), span.Length);
    }

    [PyMethod("latin_1_encode($module, str, errors=None, /)")]
    static PyObject Latin1Encode(PyObject str, PyObject? errors) => EncodeText(str, errors, "latin-1", "latin_1_encode");

    [PyMethod("latin_1_decode($module, data, errors=None, /)")]
    static PyObject Latin1Decode(PyObject data, PyObject? errors)
    {
        var span = BytesOf(data);
        return Pair(Runtime.Codecs.Decode(data, span, "latin-1", "strict"), span.Length);
    }

    // ---------------- UTF-16 / UTF-32 ----------------

    [PyMethod("utf_16_encode($module, str, errors=None, byteorder=0, /)")]
    static PyObject Utf16Encode(PyObject str, PyObject? errors, int byteorder = 0) =>
        EncodeText(str, errors, byteorder == 0 ? "utf-16" : byteorder < 0 ? "utf-16-le" : "utf-16-be", "utf_16_encode");

    [PyMethod("utf_16_le_encode($module, str, errors=None, /)")]
    static PyObject Utf16LeEncode(PyObject str, PyObject? errors) => EncodeText(str, errors, "utf-16-le", "utf_16_le_encode");

    [PyMethod("utf_16_be_encode($module, str, errors=None, /)")]
    static PyObject Utf16BeEncode(PyObject str, PyObject? errors) => EncodeText(str, errors, "utf-16-be", "utf_16_be_encode");

    [PyMethod("utf_32_encode($module, str, errors=None, byteorder=0, /)")]
    static PyObject Utf32Encode(PyObject str, PyObject? errors, int byteorder = 0) =>
        EncodeText(str, errors, byteorder == 0 ? "utf-32" : byteorder < 0 ? "utf-32-le" : "utf-32-be", "utf_32_encode");

    [PyMethod("utf_32_le_encode($module, str, errors=None, /)")]
    static PyObject Utf32LeEncode(PyObject str, PyObject? errors) => EncodeText(str, errors, "utf-32-le", "utf_32_le_encode");

    [PyMethod("utf_32_be_encode($module, str, errors=None, /)")]
    static PyObject Utf32BeEncode(PyObject str, PyObject? errors) => EncodeText(str, errors, "utf-32-be", "utf_32_be_encode");

    [PyMethod("utf_16_decode($module, data, errors=None, final=False, /)")]
    static PyObject Utf16Decode(PyObject data, PyObject? errors, bool final = false) =>
        WideDecode(data, errors, 0, final, 2, "utf_16_decode", false);

    [PyMethod("utf_16_le_decode($module, data, errors=None, final=False, /)")]
    static PyObject Utf16LeDecode(PyObject data, PyObject? errors, bool final = false) =>
        WideDecode(data, errors, -1, final, 2, "utf_16_le_decode", false);

    [PyMethod("utf_16_be_decode($module, data, errors=None, final=False, /)")]
    static PyObject Utf16BeDecode(PyObject data, PyObject? errors, bool final = false) =>
        WideDecode(data, errors, 1, final, 2, "utf_16_be_decode", false);

    [PyMethod("utf_16_ex_decode($module, data, errors=None, byteorder=0, final=False, /)")]
    static PyObject Utf16ExDecode(PyObject data, PyObject? errors, int byteorder = 0, bool final = false) =>
        WideDecode(data, errors, byteorder, final, 2, "utf_16_ex_decode", true);

    [PyMethod("utf_32_decode($module, data, errors=None, final=False, /)")]
    static PyObject Utf32Decode(PyObject data, PyObject? errors, bool final = false) =>
        WideDecode(data, errors, 0, final, 4, "utf_32_decode", false);

    [PyMethod("utf_32_le_decode($module, data, errors=None, final=False, /)")]
    static PyObject Utf32LeDecode(PyObject data, PyObject? errors, bool final = false) =>
        WideDecode(data, errors, -1, final, 4, "utf_32_le_decode", false);

    [PyMethod("utf_32_be_decode($module, data, errors=None, final=False, /)")]
    static PyObject Utf32BeDecode(PyObject data, PyObject? errors, bool final = false) =>
        WideDecode(data, errors, 1, final, 4, "utf_32_be_decode", false);

    [PyMethod("utf_32_ex_decode($module, data, errors=None, byteorder=0, final=False, /)")]
    static PyObject Utf32ExDecode(PyObject data, PyObject? errors, int byteorder = 0, bool final = false) =>
        WideDecode(data, errors, byteorder, final, 4, "utf_32_ex_decode", true);

    /// <summary>
    /// UTF-16/32 decoding of whole units; byteorder 0 reads a byte order mark (consumed, and reported by the _ex
    /// forms as -1/1) and otherwise means little-endian. Without final, a trailing partial unit (or a UTF-16 lead
    /// surrogate) waits for the next chunk.
    /// </summary>
    static PyObject WideDecode(PyObject data, PyObject? errors, int byteorder, bool final, int unit, string func, bool ex)
    {
        var span = BytesOf(data);
        string err = ErrorsOf(errors, func);
        int start = 0;
        if (byteorder == 0 && span.Length >= unit)
        {
            if (unit == 2 && span[0] == 0xFF && span[1] == 0xFE) { byteorder = -1; start = 2; }
            else if (unit == 2 && span[0] == 0xFE && span[1] == 0xFF) { byteorder = 1; start = 2; }
            else if (unit == 4 && span[0] == 0xFF && span[1] == 0xFE && span[2] == 0 && span[3] == 0) { byteorder = -1; start = 4; }
            else if (unit == 4 && span[0] == 0 && span[1] == 0 && span[2] == 0xFE && span[3] == 0xFF) { byteorder = 1; start = 4; }
        }
        int end = span.Length;
        if (!final)
        {
            end = start + (end - start) / unit * unit;
            if (unit == 2 && end - start >= 2)
            {
                int u = byteorder > 0 ? (span[end - 2] << 8) | span[end - 1] : span[end - 2] | (span[end - 1] << 8);
                if (u >= 0xD800 && u <= 0xDBFF) end -= 2;
            }
        }
        string codec = (unit == 2 ? "utf-16" : "utf-32") + (byteorder > 0 ? "-be" : "-le");
        var text = end > start ? DecodeText(data, span[start..end], codec, err) : PyStr.Empty;
        if (ex) return new PyTuple([text, PyInt.Get(end), PyInt.Get(byteorder)]);
        return Pair(text, end);
    }

    /// <summary>Length of the prefix that holds no incomplete trailing UTF-8 sequence (for incremental decoding).</summary>
    static int Utf8CompleteLength(ReadOnlySpan<byte> d)
    {
        int n = d.Length;
        for (int back = 1; back <= 3 && back <= n; back++)
        {
            int b = d[n - back];
            if (b < 0x80) return n;
            if (b < 0xC0) continue;
            int need = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
            if (need == 0 || back >= need) return n;
            // Only hold back a prefix that can still become valid.
            if (back >= 2)
            {
                int c = d[n - back + 1];
                int lo = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80, hi = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
                if (c < lo || c > hi) return n;
            }
            return n - back;
        }
        return n;
    }

    static PyObject EncodeText(PyObject str, PyObject? errors, string codec, string func)
    {
        var s = TextOf(str, func);
        string err = ErrorsOf(errors, func);
        if (IsStandard(err)) return Pair(Runtime.Codecs.Encode(s, codec, err), s.Length);
        return Pair(EncodeWithHandler(s, codec, err), s.Length);
    }

    static PyStr DecodeText(PyObject source, ReadOnlySpan<byte> data, string codec, string errors)
    {
        if (IsStandard(errors)) return Runtime.Codecs.Decode(source, data, codec, errors);
        // A handler of the user's: find each error with the strict decoder, let the handler repair it.
        var bytes = BytesObject(source, data);
        var output = new StringBuilderCp();
        int pos = 0;
        while (pos <= data.Length)
        {
            try
            {
                output.Add(Runtime.Codecs.Decode(source, data[pos..], codec, "strict"));
                break;
            }
            catch (PyException e) when (Ops.IsInstance(e.Value, PyExc.UnicodeDecodeError))
            {
                long s = pos + Ops.AsIndex(Ops.GetAttr(e.Value, "start"));
                long en = pos + Ops.AsIndex(Ops.GetAttr(e.Value, "end"));
                if (s > pos) output.Add(Runtime.Codecs.Decode(source, data[pos..(int)s], codec, "strict"));
                var exc = MakeDecodeError(codec, bytes, s, en, Ops.GetAttr(e.Value, "reason"));
                var (rep, next) = CallHandler(errors, exc, data.Length);
                output.Add(rep as PyStr ?? throw HandlerResultError(false));
                if (next <= pos) next = en;
                pos = (int)next;
                if (pos >= data.Length) break;
            }
        }
        return output.ToPyStr();
    }

    /// <summary>Encoding with a user-registered error handler: strict runs between the errors.</summary>
    static PyBytes EncodeWithHandler(PyStr s, string codec, string errors)
    {
        var output = new List<byte>();
        int pos = 0;
        while (pos < s.Length)
        {
            var rest = pos == 0 ? s : Slice(s, pos, s.Length);
            try
            {
                output.AddRange(Runtime.Codecs.Encode(rest, codec, "strict").UnsafeArray);
                break;
            }
            catch (PyException e) when (Ops.IsInstance(e.Value, PyExc.UnicodeEncodeError))
            {
                long st = pos + Ops.AsIndex(Ops.GetAttr(e.Value, "start"));
                long en = pos + Ops.AsIndex(Ops.GetAttr(e.Value, "end"));
                if (st > pos) output.AddRange(Runtime.Codecs.Encode(Slice(s, pos, (int)st), codec, "strict").UnsafeArray);
                var exc = MakeEncodeError(codec, s, st, en, Ops.GetAttr(e.Value, "reason"));
                var (rep, next) = CallHandler(errors, exc, s.Length);
                if (rep is PyStr rs) output.AddRange(Runtime.Codecs.Encode(rs, codec, "strict").UnsafeArray);
                else if (rep is PyBytes rb) output.AddRange(rb.UnsafeArray);
                else throw HandlerResultError(true);
                pos = (int)next;
            }
        }
        return new PyBytes([.. output]);
    }

    static PyStr Slice(PyStr s, int start, int end)
    {
        var cps = new int[end - start];
        for (int i = start; i < end; i++) cps[i - start] = s.CodePointAt(i);
        return new PyStr(cps);
    }

    // ---------------- error handler plumbing ----------------

    static PyObject MakeEncodeError(string codec, PyStr s, long start, long end, PyObject reason) =>
        Ops.Call(PyExc.UnicodeEncodeError, [new PyStr(codec), s, PyInt.Get(start), PyInt.Get(end), reason], null);

    static PyObject MakeDecodeError(string codec, PyBytes b, long start, long end, PyObject reason) =>
        Ops.Call(PyExc.UnicodeDecodeError, [new PyStr(codec), b, PyInt.Get(start), PyInt.Get(end), reason], null);

    static PyException HandlerResultError(bool encode) => PyException.TypeError(encode
        ? "encoding error handler must return (str/bytes, int) tuple"
        : "decoding error handler must return (str, int) tuple");

    /// <summary>Calls the named handler on a Unicode error; returns the replacement and the absolute position to resume at.</summary>
    static (PyObject, long) CallHandler(string errors, PyObject exc, int length)
    {
        var handler = LookupError(errors);
        var r = Ops.Call(handler, [exc], null);
        bool encode = Ops.IsInstance(exc, PyExc.UnicodeEncodeError);
        if (r is not PyTuple t || t.Count != 2 || (t.Items[0] is not PyStr && !(encode && t.Items[0] is PyBytes)) || t.Items[1] is not PyInt)
            throw HandlerResultError(encode);
        long next = Ops.AsIndex(t.Items[1]);
        if (next < 0) next += length;
        if (next < 0 || next > length) throw PyException.IndexError($"position {next} from error handler out of bounds");
        return (t.Items[0], next);
    }

    static PyObject MakeHandler(string name) =>
        new PyBuiltinFunction(name + "_errors", (self, args, kw) =>
        {
            ModuleHelpers.NoKeywords(name + "_errors", kw);
            if (args.Length != 1) throw PyException.TypeError($"{name}_errors() takes exactly one argument ({args.Length} given)");
            return StandardHandler(name, args[0]);
        }, null, "($module, exc, /)", null);

    static PyObject StandardHandler(string name, PyObject exc)
    {
        if (!Ops.IsInstance(exc, PyExc.BaseException)) throw PyException.TypeError("codec must pass exception instance");
        bool isEnc = Ops.IsInstance(exc, PyExc.UnicodeEncodeError);
        bool isDec = Ops.IsInstance(exc, PyExc.UnicodeDecodeError);
        bool isTr = Ops.IsInstance(exc, PyExc.UnicodeTranslateError);
        if (name == "strict") throw new PyException((PyBaseException)exc);
        if (!isEnc && !isDec && !isTr)
            throw PyException.TypeError($"don't know how to handle {exc.Type.Name} in error callback");
        long start = Ops.AsIndex(Ops.GetAttr(exc, "start")), end = Ops.AsIndex(Ops.GetAttr(exc, "end"));
        var obj = Ops.GetAttr(exc, "object");
        if (end < start) end = start;
        PyObject Result(PyObject rep, long next) => new PyTuple([rep, PyInt.Get(next)]);
        PyException Unhandled() => PyException.TypeError($"don't know how to handle {exc.Type.Name} in error callback");
        var sb = new StringBuilderCp();
        switch (name)
        {
            case "ignore":
                return Result(PyStr.Empty, end);
            case "replace":
                for (long i = start; i < end; i++) sb.Add(isEnc ? '?' : 0xFFFD);
                if (isDec) { sb = new StringBuilderCp(); sb.Add(0xFFFD); }
                return Result(sb.ToPyStr(), end);
            case "xmlcharrefreplace":
            {
                if (!isEnc) throw Unhandled();
                var s = (PyStr)obj;
                for (long i = start; i < end && i < s.Length; i++) sb.AddAscii("&#" + s.CodePointAt((int)i) + ";");
                return Result(sb.ToPyStr(), end);
            }
            case "backslashreplace":
                if (isDec)
                {
                    var d = BytesOf(obj);
                    for (long i = start; i < end && i < d.Length; i++) sb.AddAscii("\\x" + d[(int)i].ToString("x2"));
                }
                else
                {
                    var s = (PyStr)obj;
                    for (long i = start; i < end && i < s.Length; i++) sb.AddAscii(Escape(s.CodePointAt((int)i)));
                }
                return Result(sb.ToPyStr(), end);
            case "namereplace":
            {
                if (!isEnc) throw Unhandled();
                var s = (PyStr)obj;
                for (long i = start; i < end && i < s.Length; i++)
                {
                    int c = s.CodePointAt((int)i);
                    var n = CharacterName?.Invoke(c);
                    sb.AddAscii(n != null ? "\\N{" + n + "}" : Escape(c));
                }
                return Result(sb.ToPyStr(), end);
            }
            case "surrogateescape":
                if (isDec)
                {
                    var d = BytesOf(obj);
                    long i = start;
                    for (; i < end && i < start + 4 && i < d.Length; i++)
                    {
                        if (d[(int)i] < 128) break;
                        sb.Add(0xDC00 + d[(int)i]);
                    }
                    if (i == start) throw new PyException((PyBaseException)exc);
                    return Result(sb.ToPyStr(), i);
                }
                if (isEnc)
                {
                    var s = (PyStr)obj;
                    var outb = new byte[end - start];
                    for (long i = start; i < end; i++)
                    {
                        int c = s.CodePointAt((int)i);
                        if (c < 0xDC80 || c > 0xDCFF) throw new PyException((PyBaseException)exc);
                        outb[i - start] = (byte)(c - 0xDC00);
                    }
                    return Result(new PyBytes(outb), end);
                }
                throw Unhandled();
            case "surrogatepass":
            {
                var enc = NormalizeName(((PyStr)Ops.GetAttr(exc, "encoding")).Value).Replace("_", "");
                if (enc != "utf8" && enc != "utf16" && enc != "utf16le" && enc != "utf16be" && enc != "utf32" && enc != "utf32le" && enc != "utf32be")
                    throw new PyException((PyBaseException)exc);
                if (isEnc)
                {
                    var s = (PyStr)obj;
                    var outb = new List<byte>();
                    for (long i = start; i < end; i++)
                    {
                        int c = s.CodePointAt((int)i);
                        if (c < 0xD800 || c > 0xDFFF) throw new PyException((PyBaseException)exc);
                        outb.AddRange(Runtime.Codecs.Encode(new PyStr([c]), ((PyStr)Ops.GetAttr(exc, "encoding")).Value, "surrogatepass").UnsafeArray);
                    }
                    return Result(new PyBytes([.. outb]), end);
                }
                if (isDec && enc == "utf8")
                {
                    var d = BytesOf(obj);
                    int i = (int)start;
                    if (i + 2 < d.Length && (d[i] & 0xF0) == 0xE0 && (d[i + 1] & 0xC0) == 0x80 && (d[i + 2] & 0xC0) == 0x80)
                    {
                        int c = ((d[i] & 0x0F) << 12) | ((d[i + 1] & 0x3F) << 6) | (d[i + 2] & 0x3F);
                        if (c >= 0xD800 && c <= 0xDFFF) { sb.Add(c); return Result(sb.ToPyStr(), i + 3); }
                    }
                }
                throw new PyException((PyBaseException)exc);
            }
        }
        throw Unhandled();
    }

    /// <summary>unicodedata's name lookup, set by the unicodedata module when present (namereplace uses it).</summary>
    public static Func<int, string?>? CharacterName;

    static string Escape(int c) =>
        c <= 0xFF ? "\\x" + c.ToString("x2") : c <= 0xFFFF ? "\\u" + c.ToString("x4") : "\\U" + c.ToString("x8");

    /// <summary>A small code-point builder (the runtime's TextBuilder is internal to it).</summary>
    sealed class StringBuilderCp
    {
        readonly List<int> _cps = new();
        public void Add(int c) => _cps.Add(c);
        public void AddAscii(string s) { foreach (char c in s) _cps.Add(c); }
        public void Add(PyStr s) { for (int i = 0; i < s.Length; i++) _cps.Add(s.CodePointAt(i)); }
        public int Count => _cps.Count;
        public PyStr ToPyStr() => _cps.Count == 0 ? PyStr.Empty : new PyStr(_cps.ToArray());
    }
}
