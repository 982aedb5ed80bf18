using System.Text;
using Taipan.Runtime;

namespace Taipan.Modules.Io;

/// <summary>
/// _io.TextIOWrapper (Modules/_io/textio.c): str over a buffered bytes stream, with an encoding, an error
/// handler and newline translation.
/// Decoding keeps only undecoded trailing bytes as state (utf-8, ascii, latin-1, utf-16/32 are resumable that
/// way), and a "\r" at the end of a chunk is held back as bytes. So tell() cookies are plain byte offsets
/// (a simplification of CPython's opaque cookies, exact for these codecs): the offset of the decoded
/// chunk's start plus the encoded length of the characters already returned.
/// </summary>
public sealed partial class PyTextIOWrapper : PyTextIOBase
{
    public static new readonly PyType TypeObject = PyType.Builtin("TextIOWrapper", PyTextIOBase.TypeObject, typeof(PyTextIOWrapper), SetupType,
        TypeFlags.BaseType | TypeFlags.HasDict);

    PyObject? _buffer;
    PyBuffered? _fast;
    bool _ok, _detached;
    string _encoding = "UTF-8", _codec = "utf-8", _errors = "strict";
    string? _newline;
    bool _readUniversal, _readTranslate, _writeTranslate;
    string? _writeNl;
    bool _lineBuffering, _writeThrough;
    bool _seekable, _telling, _hasRead1;
    int _chunkSize = 8192;
    NewlineTranslator? _translator;

    // Decoder state: undecoded bytes, whether a byte order mark may still come (start of stream).
    byte[] _pendingBytes = [];
    bool _atStart = true;
    // The current decoded chunk (after newline translation), the position in it, and what it came from.
    string _decoded = "";
    int _decodedPos;
    string? _rawDecoded;
    long _snapshotPos = -1;
    int _snapshotBom;

    // Encoded text not yet handed to the buffer.
    MemoryStream? _pendingWrite;
    bool _wroteBom;

    public PyTextIOWrapper(PyType type) : base(type) { }

    static PySignature? s_initSig;

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) => new PyTextIOWrapper(type);
        t.Init = static (self, args, kw) =>
        {
            var a = IoModule.Bind(ref s_initSig,
                "TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)", args, kw);
            ((PyTextIOWrapper)self).InitWrapper(a[0]!, Str(a[1], "encoding"), Str(a[2], "errors"), Str(a[3], "newline"),
                a[4] != null && Ops.IsTrue(a[4]!), a[5] != null && Ops.IsTrue(a[5]!));
        };
        t.Repr = static o => ((PyTextIOWrapper)o).Repr();
        SetupCommon(t);
        SetupMembers(t);
    }

    static string? Str(PyObject? o, string name) => o is null or PyNone ? null : o is PyStr s ? s.Value
        : throw PyException.TypeError($"TextIOWrapper() argument '{name}' must be str or None, not {o.Type.Name}");

    internal void InitWrapper(PyObject buffer, string? encoding, string? errors, string? newline, bool lineBuffering, bool writeThrough)
    {
        _ok = false;
        if (newline != null && newline != "" && newline != "\n" && newline != "\r" && newline != "\r\n")
            throw PyException.ValueError($"illegal newline value: {newline}");
        if (encoding == null || encoding == "locale") encoding = "UTF-8";
        SetEncoding(encoding, errors ?? "strict");
        SetNewline(newline);
        _buffer = buffer;
        _fast = buffer is PyBuffered b && b.IsExactBuiltin ? b : null;
        _detached = false;
        _lineBuffering = lineBuffering;
        _writeThrough = writeThrough;
        _seekable = _telling = Ops.IsTrue(IoModule.CallMethod(buffer, "seekable"));
        _hasRead1 = _fast != null || Ops.TryGetAttr(buffer, "read1") != null;
        ResetDecoder();
        _pendingWrite = null;
        _wroteBom = false;
        _atStart = true;
        if (_seekable && Ops.IsTrue(IoModule.CallMethod(buffer, "writable")))
        {
            // Appending to a non-empty file: no byte order mark in the middle.
            long pos = _fast != null ? _fast.Tell() : Ops.AsIndex(IoModule.CallMethod(buffer, "tell"));
            if (pos != 0) _wroteBom = true;
        }
        _ok = true;
    }

    /// <summary>For the standard streams: a known buffer (not seekable), no Python calls.</summary>
    internal void InitWrapperTrusted(PyObject buffer, string encoding, string errors, string? newline, bool lineBuffering, bool writeThrough)
    {
        SetEncoding(encoding, errors);
        SetNewline(newline);
        _buffer = buffer;
        _fast = buffer as PyBuffered;
        _lineBuffering = lineBuffering;
        _writeThrough = writeThrough;
        _seekable = _telling = false;
        _hasRead1 = _fast != null;
        _wroteBom = true;
        _ok = true;
    }

    void SetEncoding(string encoding, string errors)
    {
        string lower = encoding.ToLowerInvariant().Replace('_', '-');
        string? codec = lower is "utf-8-sig" or "utf8-sig" ? "utf-8-sig" : Codecs.Normalize(encoding);
        if (codec == null) throw PyException.Create(PyExc.LookupError, $"unknown encoding: {encoding}");
        _encoding = encoding;
        _codec = codec;
        _errors = errors;
    }

    void SetNewline(string? newline)
    {
        _newline = newline;
        _readUniversal = newline == null || newline == "";
        _readTranslate = newline == null;
        _writeTranslate = newline != "";
        _writeNl = newline is null or "" ? null : newline;
        _translator = _readUniversal ? new NewlineTranslator(_readTranslate) : null;
    }

    PyObject Repr()
    {
        var sb = new StringBuilder("<");
        sb.Append(Type.IsHeapType ? Type.Name : "_io." + Type.Name);
        try
        {
            if (Ops.TryGetAttr(this, "name") is { } n) sb.Append(" name=").Append(Ops.Repr(n).Value);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.ValueError)) { }
        if (Ops.TryGetAttr(this, "mode") is { } m) sb.Append(" mode=").Append(Ops.Repr(m).Value);
        sb.Append(" encoding=").Append(Ops.Repr(new PyStr(_encoding)).Value).Append('>');
        return new PyStr(sb.ToString());
    }

    PyObject Buffer
    {
        get
        {
            if (!_ok) throw PyException.ValueError("I/O operation on uninitialized object");
            if (_detached) throw PyException.ValueError("underlying buffer has been detached");
            return _buffer!;
        }
    }

    public override bool ClosedNow => _fast != null ? _fast.ClosedNow : Ops.IsTrue(Ops.GetAttr(Buffer, "closed"));

    void CheckOpen()
    {
        _ = Buffer;
        if (ClosedNow) throw PyIOBase.ClosedError();
    }

    // ---------------- decoding ----------------

    void ResetDecoder()
    {
        _pendingBytes = [];
        _decoded = "";
        _decodedPos = 0;
        _rawDecoded = null;
        _snapshotPos = -1;
        _translator?.Reset();
        if (_translator != null) _translator.PendingCR = false;
    }

    byte[] EncodedCR() => _codec switch
    {
        "utf-16-be" => [0, 13],
        "utf-16" or "utf-16-le" => [13, 0],
        "utf-32-be" => [0, 0, 0, 13],
        "utf-32" or "utf-32-le" => [13, 0, 0, 0],
        _ => [13],
    };

    /// <summary>How many trailing bytes of data form an incomplete character that must wait for more input.</summary>
    int IncompleteTail(ReadOnlySpan<byte> data)
    {
        switch (_codec)
        {
            case "utf-8":
            case "utf-8-sig":
                for (int back = 1; back <= 3 && back <= data.Length; back++)
                {
                    byte b = data[^back];
                    if ((b & 0xC0) == 0x80) continue;
                    int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                    return need > back ? back : 0;
                }
                return 0;
            case "utf-16": case "utf-16-le": case "utf-16-be":
            {
                int rem = data.Length % 2;
                if (data.Length - rem >= 2)
                {
                    bool be = _codec == "utf-16-be";
                    int hi = be ? data[data.Length - rem - 2] : data[data.Length - rem - 1];
                    if (hi >= 0xD8 && hi <= 0xDB) return rem + 2;
                }
                return rem;
            }
            case "utf-32": case "utf-32-le": case "utf-32-be":
                return data.Length % 4;
            default:
                return 0;
        }
    }

    /// <summary>Decodes input (with the pending bytes before it); holds back incomplete characters unless final.</summary>
    string DecodeBytes(ReadOnlySpan<byte> input, bool final)
    {
        byte[] data;
        if (_pendingBytes.Length == 0) data = input.ToArray();
        else
        {
            data = new byte[_pendingBytes.Length + input.Length];
            _pendingBytes.CopyTo(data, 0);
            input.CopyTo(data.AsSpan(_pendingBytes.Length));
        }
        int start = 0;
        if (_atStart)
        {
            if (!final && data.Length < 4 && _codec is "utf-16" or "utf-32" or "utf-8-sig")
            {
                _pendingBytes = data;
                return "";
            }
            _atStart = false;
            if (_codec == "utf-8-sig" && data.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) start = 3;
            else if (_codec == "utf-16")
            {
                if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE) { start = 2; _codec = "utf-16-le"; }
                else if (data.Length >= 2 && data[0] == 0xFE && data[1] == 0xFF) { start = 2; _codec = "utf-16-be"; }
                else _codec = "utf-16-le";
            }
            else if (_codec == "utf-32")
            {
                if (data.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) { start = 4; _codec = "utf-32-le"; }
                else if (data.AsSpan().StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])) { start = 4; _codec = "utf-32-be"; }
                else _codec = "utf-32-le";
            }
            _snapshotBom = start;
        }
        var body = data.AsSpan(start);
        int tail = final ? 0 : IncompleteTail(body);
        var complete = body[..^tail];
        _pendingBytes = tail == 0 ? [] : body[^tail..].ToArray();
        string codec = _codec == "utf-8-sig" ? "utf-8" : _codec;
        string text = complete.Length == 0 ? "" : Codecs.Decode(PyBytes.FromSpan(complete), complete, codec, _errors).Value;
        if (!final && _translator != null && text.Length > 0 && text[^1] == '\r')
        {
            // Wait for the next chunk to tell "\r\n" from "\r": keep the "\r" as undecoded bytes.
            text = text[..^1];
            var cr = EncodedCR();
            var p = new byte[cr.Length + _pendingBytes.Length];
            cr.CopyTo(p, 0);
            _pendingBytes.CopyTo(p, cr.Length);
            _pendingBytes = p;
        }
        return text;
    }

    /// <summary>Reads one chunk from the buffer and decodes it into _decoded; false at end of stream.</summary>
    bool ReadChunk()
    {
        var buf = Buffer;
        long startPos = -1;
        if (_telling)
        {
            try { startPos = (_fast != null ? _fast.Tell() : Ops.AsIndex(IoModule.CallMethod(buf, "tell"))) - _pendingBytes.Length; }
            catch (PyException) { startPos = -1; }
        }
        PyObject chunk;
        if (_fast != null) chunk = _fast.Read1(PyInt.Get(_chunkSize));
        else chunk = IoModule.CallMethod(buf, _hasRead1 ? "read1" : "read", PyInt.Get(_chunkSize));
        if (chunk is PyNone) chunk = PyBytes.Empty;
        if (chunk is not IPyBuffer cb)
            throw PyException.TypeError($"underlying {(_hasRead1 ? "read1" : "read")}() should have returned a bytes-like object, not '{chunk.Type.Name}'");
        var bytes = cb.ReadOnlyBytes;
        bool eof = bytes.Length == 0;
        bool atStartBefore = _atStart;
        string raw = DecodeBytes(bytes, eof);
        string text = _translator != null ? _translator.Process(raw, eof) : raw;
        _decoded = text;
        _decodedPos = 0;
        _rawDecoded = ReferenceEquals(text, raw) || text == raw ? null : raw;
        _snapshotPos = startPos < 0 ? -1 : startPos + (atStartBefore && !_atStart ? _snapshotBom : 0);
        return !eof || text.Length > 0;
    }

    string TakeDecoded(int count)
    {
        string r = _decoded.Substring(_decodedPos, count);
        _decodedPos += count;
        return r;
    }

    /// <summary>UTF-16 index in s after skipping n code points from start, or -1 when s is shorter.</summary>
    static int SkipCodePoints(string s, int start, long n)
    {
        int i = start;
        while (n > 0 && i < s.Length)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            n--;
        }
        return n == 0 ? i : -1;
    }

    void CheckCanRead()
    {
        CheckOpen();
        if (_fast != null)
        {
            if (_fast is PyBufferedWriter) throw IoModule.Unsupported("not readable");
        }
        else if (!Ops.IsTrue(IoModule.CallMethod(Buffer, "readable"))) throw IoModule.Unsupported("not readable");
    }

    [PyMethod("read($self, size=-1, /)")]
    public PyObject Read(PyObject? size = null)
    {
        long n = IoModule.SizeArg(size);
        CheckCanRead();
        FlushPending();
        if (n < 0)
        {
            var rest = _fast != null ? _fast.ReadBytes(-1) : IoModule.CallMethod(Buffer, "read");
            if (rest is PyNone) rest = PyBytes.Empty;
            if (rest is not IPyBuffer rb)
                throw PyException.TypeError($"underlying read() should have returned a bytes object, not '{rest.Type.Name}'");
            string head = _decoded.Substring(_decodedPos);
            string raw = DecodeBytes(rb.ReadOnlyBytes, true);
            string text = _translator != null ? _translator.Process(raw, true) : raw;
            _decoded = "";
            _decodedPos = 0;
            _rawDecoded = null;
            _snapshotPos = -1;
            return new PyStr(head.Length == 0 ? text : head + text);
        }
        var sb = new StringBuilder();
        long want = n;
        while (want > 0)
        {
            int end = SkipCodePoints(_decoded, _decodedPos, want);
            if (end >= 0)
            {
                sb.Append(TakeDecoded(end - _decodedPos));
                break;
            }
            string part = TakeDecoded(_decoded.Length - _decodedPos);
            sb.Append(part);
            want -= new PyStr(part).Length;
            if (!ReadChunk()) break;
        }
        return new PyStr(sb.ToString());
    }

    /// <summary>End (exclusive) of the line starting at start in s, or -1 when no line end is there yet.</summary>
    int FindLineEnd(string s, int start)
    {
        if (_readTranslate || _newline == "\n")
        {
            int i = s.IndexOf('\n', start);
            return i < 0 ? -1 : i + 1;
        }
        if (_readUniversal)
        {
            int i = s.AsSpan(start).IndexOfAny('\r', '\n');
            if (i < 0) return -1;
            i += start;
            if (s[i] == '\n') return i + 1;
            return i + 1 < s.Length && s[i + 1] == '\n' ? i + 2 : i + 1;
        }
        int j = s.IndexOf(_newline!, start, StringComparison.Ordinal);
        return j < 0 ? -1 : j + _newline!.Length;
    }

    internal string ReadLineString(long limit)
    {
        CheckCanRead();
        FlushPending();
        StringBuilder? acc = null;
        long count = 0;
        while (true)
        {
            if (_decodedPos >= _decoded.Length && !ReadChunk())
                break;
            int end = FindLineEnd(_decoded, _decodedPos);
            int stop = end < 0 ? _decoded.Length : end;
            if (limit >= 0)
            {
                int lim = SkipCodePoints(_decoded, _decodedPos, limit - count);
                if (lim >= 0 && lim < stop) { stop = lim; end = lim; }
            }
            // A "\r" ending the chunk in '' mode may be the start of "\r\n": the decoder holds it back, so it is final here.
            string piece = TakeDecoded(stop - _decodedPos);
            if (end >= 0)
            {
                if (acc == null) return piece;
                acc.Append(piece);
                break;
            }
            acc ??= new StringBuilder();
            acc.Append(piece);
            if (limit >= 0) count += new PyStr(piece).Length;
        }
        return acc?.ToString() ?? "";
    }

    [PyMethod("readline($self, size=-1, /)")]
    public PyObject ReadLine(PyObject? size = null)
    {
        if (size != null && size is not PyNone && size is not PyInt && size.Type.Lookup("__index__") == null)
            throw PyException.TypeError($"argument should be integer or None, not '{size.Type.Name}'");
        return new PyStr(ReadLineString(IoModule.SizeArg(size)));
    }

    protected override PyObject? NextLine()
    {
        var line = ReadLineString(-1);
        return line.Length == 0 ? null : new PyStr(line);
    }

    // ---------------- encoding ----------------

    void CheckCanWrite()
    {
        CheckOpen();
        if (_fast != null)
        {
            if (_fast is PyBufferedReader) throw IoModule.Unsupported("not writable");
        }
        else if (!Ops.IsTrue(IoModule.CallMethod(Buffer, "writable"))) throw IoModule.Unsupported("not writable");
    }

    byte[] Encode(string text)
    {
        string codec = _codec;
        bool bom = false;
        if (!_wroteBom)
        {
            _wroteBom = true;
            bom = codec is "utf-16" or "utf-32" or "utf-8-sig";
        }
        if (codec == "utf-8-sig") codec = "utf-8";
        else if (codec is "utf-16" or "utf-32" && !bom) codec += "-le";
        var bytes = Codecs.Encode(new PyStr(text), codec, _errors);
        if (bom && _codec == "utf-8-sig")
        {
            var r = new byte[bytes.Length + 3];
            r[0] = 0xEF; r[1] = 0xBB; r[2] = 0xBF;
            bytes.Span.CopyTo(r.AsSpan(3));
            return r;
        }
        return bytes.UnsafeArray;
    }

    [PyMethod("write($self, text, /)")]
    public long Write(PyObject text)
    {
        if (text is not PyStr s) throw PyException.TypeError($"write() argument must be str, not {text.Type.Name}");
        CheckOpen();
        CheckCanWrite();
        string v = s.Value;
        bool hasLf = v.Contains('\n');
        if (hasLf && _writeTranslate && _writeNl != null && _writeNl != "\n") v = v.Replace("\n", _writeNl);
        bool needFlush = _lineBuffering && (hasLf || v.Contains('\r'));
        var bytes = Encode(v);
        _pendingWrite ??= new MemoryStream();
        _pendingWrite.Write(bytes);
        if (_pendingWrite.Length >= _chunkSize || needFlush || _writeThrough) FlushPending();
        if (needFlush)
        {
            if (_fast != null) _fast.Flush();
            else IoModule.CallMethod(Buffer, "flush");
        }
        if (_decoded.Length > 0 || _pendingBytes.Length > 0) ResetDecoder();
        return s.Length;
    }

    void FlushPending()
    {
        var p = _pendingWrite;
        if (p == null || p.Length == 0) return;
        _pendingWrite = null;
        var data = p.GetBuffer().AsSpan(0, (int)p.Length);
        if (_fast != null) _fast.WriteSpan(data);
        else IoModule.CallMethod(Buffer, "write", PyBytes.FromSpan(data));
    }

    [PyMethod("flush($self, /)")]
    public void Flush()
    {
        CheckOpen();
        _telling = _seekable;
        FlushPending();
        if (_fast != null) _fast.Flush();
        else IoModule.CallMethod(Buffer, "flush");
    }

    [PyMethod("close($self, /)")]
    public void Close()
    {
        var buf = Buffer;
        if (ClosedNow) return;
        PyException? error = null;
        try { Flush(); }
        catch (PyException e) { error = e; }
        try
        {
            if (_fast != null) _fast.Close();
            else IoModule.CallMethod(buf, "close");
        }
        catch (PyException e) when (error != null)
        {
            e.Value.Context ??= error.Value;
            throw;
        }
        if (error != null) throw error;
    }

    // ---------------- positioning ----------------

    /// <summary>Encoded length of s[0..n) in the stream's encoding.</summary>
    long ByteLength(string s, int n)
    {
        switch (_codec)
        {
            case "latin-1": case "ascii": return n;
            case "utf-16-le": case "utf-16-be": case "utf-16": return 2L * n;
            case "utf-32-le": case "utf-32-be": case "utf-32":
            {
                long c = 0;
                for (int i = 0; i < n; i++) { if (char.IsHighSurrogate(s[i]) && i + 1 < n && char.IsLowSurrogate(s[i + 1])) i++; c += 4; }
                return c;
            }
            default:
            {
                long c = 0;
                for (int i = 0; i < n; i++)
                {
                    char ch = s[i];
                    if (ch < 0x80) c += 1;
                    else if (ch < 0x800) c += 2;
                    else if (char.IsHighSurrogate(ch) && i + 1 < n && char.IsLowSurrogate(s[i + 1])) { c += 4; i++; }
                    else if (ch >= 0xDC80 && ch <= 0xDCFF && _errors == "surrogateescape") c += 1;
                    else c += 3;
                }
                return c;
            }
        }
    }

    /// <summary>Index in the untranslated text matching translated index t of the current chunk.</summary>
    int RawIndex(int t)
    {
        if (_rawDecoded == null) return t;
        string raw = _rawDecoded;
        int r = 0;
        for (int i = 0; i < t && r < raw.Length; i++)
        {
            if (raw[r] == '\r' && r + 1 < raw.Length && raw[r + 1] == '\n' && _readTranslate) r += 2;
            else r++;
        }
        return r;
    }

    [PyMethod("tell($self, /)")]
    public PyObject Tell()
    {
        CheckOpen();
        if (!_seekable) throw IoModule.Unsupported("underlying stream is not seekable");
        if (!_telling) throw PyException.Create(PyExc.OSError, "telling position disabled by next() call");
        Flush();
        long pos = _fast != null ? _fast.Tell() : Ops.AsIndex(IoModule.CallMethod(Buffer, "tell"));
        if (_decodedPos >= _decoded.Length || _snapshotPos < 0)
        {
            long r = pos - _pendingBytes.Length;
            if (_decodedPos < _decoded.Length) r -= ByteLength(_decoded.Substring(_decodedPos), _decoded.Length - _decodedPos);
            return PyInt.Get(r);
        }
        string raw = _rawDecoded ?? _decoded;
        return PyInt.Get(_snapshotPos + ByteLength(raw, RawIndex(_decodedPos)));
    }

    [PyMethod("seek($self, cookie, whence=0, /)")]
    public PyObject Seek(PyObject cookie, int whence = 0)
    {
        CheckOpen();
        if (!_seekable) throw IoModule.Unsupported("underlying stream is not seekable");
        if (whence == 1)
        {
            if (!Ops.EqBool(cookie, PyInt.Zero)) throw IoModule.Unsupported("can't do nonzero cur-relative seeks");
            cookie = Tell();
            whence = 0;
        }
        else if (whence == 2)
        {
            if (!Ops.EqBool(cookie, PyInt.Zero)) throw IoModule.Unsupported("can't do nonzero end-relative seeks");
            Flush();
            ResetDecoder();
            _atStart = false;
            return _fast != null ? PyInt.Get(_fast.Seek(PyInt.Zero, 2)) : IoModule.CallMethod(Buffer, "seek", PyInt.Zero, PyInt.Get(2));
        }
        else if (whence != 0) throw PyException.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
        if (cookie is PyFloat) throw PyException.TypeError("an integer is required");
        long pos = Ops.AsIndex(cookie);
        if (pos < 0) throw PyException.ValueError($"negative seek position {pos}");
        Flush();
        ResetDecoder();
        _atStart = pos == 0;
        if (pos != 0) _wroteBom = true;
        if (_fast != null) _fast.Seek(PyInt.Get(pos), 0);
        else IoModule.CallMethod(Buffer, "seek", PyInt.Get(pos));
        return PyInt.Get(pos);
    }

    [PyMethod("truncate($self, pos=None, /)")]
    public PyObject Truncate(PyObject? pos = null)
    {
        CheckOpen();
        Flush();
        if (pos is null or PyNone) pos = Tell();
        return IoModule.CallMethod(Buffer, "truncate", pos);
    }

    [PyMethod("detach($self, /)")]
    public PyObject Detach()
    {
        var buf = Buffer;
        Flush();
        _detached = true;
        _fast = null;
        return buf;
    }

    [PyMethod("reconfigure($self, /, *, encoding=None, errors=None, newline=None, line_buffering=None, write_through=None)",
        Doc = "Reconfigure the text stream with new parameters.")]
    public void Reconfigure(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Count ?? 0);
        if (npos > 0) throw PyException.TypeError($"reconfigure() takes 0 positional arguments but {npos} were given");
        PyObject? encoding = null, errors = null, newline = null, lineBuffering = null, writeThrough = null;
        bool newlineGiven = false;
        for (int i = 0; i < (kwnames?.Count ?? 0); i++)
        {
            var v = args[npos + i];
            switch (((PyStr)kwnames![i]).Value)
            {
                case "encoding": encoding = v; break;
                case "errors": errors = v; break;
                case "newline": newline = v; newlineGiven = true; break;
                case "line_buffering": lineBuffering = v; break;
                case "write_through": writeThrough = v; break;
                default: throw PyException.TypeError($"'{((PyStr)kwnames[i]).Value}' is an invalid keyword argument for reconfigure()");
            }
        }
        string? enc = encoding is null or PyNone ? null : encoding is PyStr es ? es.Value
            : throw PyException.TypeError($"reconfigure() argument 'encoding' must be str or None, not {encoding.Type.Name}");
        string? err = errors is null or PyNone ? null : errors is PyStr ers ? ers.Value
            : throw PyException.TypeError($"reconfigure() argument 'errors' must be str or None, not {errors.Type.Name}");
        string? nl = newline is null or PyNone ? null : newline is PyStr ns ? ns.Value
            : throw PyException.TypeError($"reconfigure() argument 'newline' must be str or None, not {newline.Type.Name}");
        if (newlineGiven && nl != null && nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n")
            throw PyException.ValueError($"illegal newline value: {nl}");
        if ((enc != null || newlineGiven) && (_decoded.Length > _decodedPos || _pendingBytes.Length > 0))
            throw IoModule.Unsupported("It is not possible to set the encoding or newline of stream after the first read");
        Flush();
        if (enc != null) SetEncoding(enc == "locale" ? "UTF-8" : enc, err ?? "strict");
        else if (err != null) _errors = err;
        if (newlineGiven) SetNewline(nl);
        if (lineBuffering != null && lineBuffering is not PyNone) _lineBuffering = Ops.IsTrue(lineBuffering);
        if (writeThrough != null && writeThrough is not PyNone) _writeThrough = Ops.IsTrue(writeThrough);
    }

    [PyMethod("fileno($self, /)")]
    public PyObject Fileno() => IoModule.CallMethod(Buffer, "fileno");

    [PyMethod("seekable($self, /)")]
    public PyObject Seekable() { CheckOpen(); return PyBool.Get(_seekable); }

    [PyMethod("readable($self, /)")]
    public PyObject Readable() => IoModule.CallMethod(Buffer, "readable");

    [PyMethod("writable($self, /)")]
    public PyObject Writable() => IoModule.CallMethod(Buffer, "writable");

    [PyMethod("isatty($self, /)")]
    public PyObject IsAtty() => IoModule.CallMethod(Buffer, "isatty");

    [PyMethod("__getstate__($self, /)")]
    public PyObject GetState() => throw PyException.TypeError($"cannot pickle '{(Type.IsHeapType ? Type.Name : "_io." + Type.Name)}' instances");

    [PyGetter("encoding")]
    public override PyObject EncodingGetter() { _ = _ok ? null : Buffer; return new PyStr(_encoding); }

    [PyGetter("errors")]
    public override PyObject ErrorsGetter() { _ = _ok ? null : Buffer; return new PyStr(_errors); }

    [PyGetter("newlines")]
    public override PyObject NewlinesGetter() => _translator?.Newlines() ?? PyNone.Instance;

    [PyGetter("buffer")]
    public PyObject BufferGetter() => Buffer;

    [PyGetter("closed")]
    public PyObject Closed() => _fast != null ? PyBool.Get(_fast.ClosedNow) : Ops.GetAttr(Buffer, "closed");

    [PyGetter("name")]
    public PyObject Name() => Ops.GetAttr(Buffer, "name");

    [PyGetter("line_buffering")]
    public PyObject LineBuffering() => PyBool.Get(_lineBuffering);

    [PyGetter("write_through")]
    public PyObject WriteThrough() => PyBool.Get(_writeThrough);

    [PyGetter("_CHUNK_SIZE")]
    public PyObject ChunkSize() => PyInt.Get(_chunkSize);

    [PySetter("_CHUNK_SIZE")]
    public void SetChunkSize(PyObject? value)
    {
        if (value == null) throw PyException.AttributeError("cannot delete attribute");
        long n = Ops.AsIndex(value);
        if (n <= 0) throw PyException.ValueError("a strictly positive integer is required");
        _chunkSize = (int)Math.Min(n, int.MaxValue);
    }
}
