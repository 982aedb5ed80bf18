using Taipan.Runtime;

namespace Taipan.Modules.Io;

/// <summary>
/// _io.StringIO (Modules/_io/stringio.c): an in-memory text stream of code points. Positions are code-point
/// indexes; newline=None translates written "\r\n"/"\r" to "\n", "\r" and "\r\n" translate written "\n".
/// </summary>
public sealed partial class PyStringIO : PyTextIOBase
{
    public static new readonly PyType TypeObject = PyType.Builtin("StringIO", PyTextIOBase.TypeObject, typeof(PyStringIO), SetupType,
        TypeFlags.BaseType | TypeFlags.HasDict);

    int[] _buf = [];
    int _size, _pos;
    bool _closed, _ok;
    string? _newline = "\n";
    bool _readUniversal, _readTranslate;
    string? _writeNl;
    NewlineTranslator? _decoder;

    public PyStringIO(PyType type) : base(type) { }

    static PySignature? s_initSig;

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) => new PyStringIO(type);
        t.Init = static (self, args, kw) =>
        {
            var a = IoModule.Bind(ref s_initSig, "StringIO(initial_value='', newline='\\n')", args, kw);
            ((PyStringIO)self).Init(a[0], a[1]);
        };
        SetupCommon(t);
        SetupMembers(t);
    }

    void Init(PyObject? initial, PyObject? newline)
    {
        string? nl = newline == null ? "\n" : newline is PyNone ? null : newline is PyStr ns ? ns.Value
            : throw PyException.TypeError($"newline must be str or None, not {newline.Type.Name}");
        if (nl != null && nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n")
            throw PyException.ValueError($"illegal newline value: {Ops.Repr(newline!).Value}");
        if (initial != null && initial is not PyNone && initial is not PyStr)
            throw PyException.TypeError($"initial_value must be str or None, not {initial.Type.Name}");
        _newline = nl;
        _readUniversal = nl == null || nl == "";
        _readTranslate = nl == null;
        _writeNl = nl is "\r" or "\r\n" ? nl : null;
        _decoder = _readUniversal ? new NewlineTranslator(_readTranslate) : null;
        _buf = [];
        _size = _pos = 0;
        _closed = false;
        _ok = true;
        if (initial is PyStr s && s.Length > 0)
        {
            WriteStr(s);
            _pos = 0;
        }
    }

    void Check()
    {
        if (!_ok) throw PyException.ValueError("I/O operation on uninitialized object");
        if (_closed) throw PyException.ValueError("I/O operation on closed file");
    }

    public override bool ClosedNow => _closed;

    static int[] CodePoints(string s)
    {
        var p = new PyStr(s);
        if (p.IsBmp)
        {
            var r = new int[s.Length];
            for (int i = 0; i < s.Length; i++) r[i] = s[i];
            return r;
        }
        return p.ToCodePointArray();
    }

    int WriteStr(PyStr s)
    {
        int written = s.Length;
        if (written == 0) return 0;
        string text = s.Value;
        if (_decoder != null) text = _decoder.Process(text, true);
        if (_writeNl != null) text = text.Replace("\n", _writeNl);
        var cps = s.IsBmp && (object)text == s.Value ? null : CodePoints(text);
        int n = cps?.Length ?? s.Length;
        long end = (long)_pos + n;
        if (end > int.MaxValue) throw PyException.OverflowError("new buffer size too large");
        if (end > _buf.Length) Array.Resize(ref _buf, (int)Math.Max(end, Math.Min(int.MaxValue, _buf.Length * 2L)));
        if (_pos > _size) Array.Clear(_buf, _size, _pos - _size);
        if (cps != null) cps.CopyTo(_buf, _pos);
        else for (int i = 0; i < n; i++) _buf[_pos + i] = s.CodePointAt(i);
        _pos = (int)end;
        if (_pos > _size) _size = _pos;
        return written;
    }

    static PyStr Make(ReadOnlySpan<int> cps)
    {
        if (cps.Length == 0) return PyStr.Empty;
        return new PyStr(cps.ToArray());
    }

    [PyMethod("getvalue($self, /)", Doc = "Retrieve the entire contents of the object.")]
    public PyObject GetValue()
    {
        Check();
        return Make(_buf.AsSpan(0, _size));
    }

    [PyMethod("read($self, size=-1, /)")]
    public PyObject Read(PyObject? size = null)
    {
        long n = IoModule.SizeArg(size);
        Check();
        long avail = _size - _pos;
        if (n < 0 || n > avail) n = avail;
        if (n <= 0) return PyStr.Empty;
        var r = Make(_buf.AsSpan(_pos, (int)n));
        _pos += (int)n;
        return r;
    }

    int LineEnd(long limit)
    {
        int start = _pos, end = _size;
        if (limit >= 0 && start + limit < end) end = start + (int)limit;
        for (int i = start; i < end; i++)
        {
            int c = _buf[i];
            if (_readTranslate || (!_readUniversal && _newline == "\n"))
            {
                if (c == '\n') return i + 1;
            }
            else if (_readUniversal)
            {
                if (c == '\n') return i + 1;
                if (c == '\r') return i + 1 < _size && _buf[i + 1] == '\n' && i + 1 < end ? i + 2 : i + 1;
            }
            else if (_newline == "\r")
            {
                if (c == '\r') return i + 1;
            }
            else if (c == '\r' && i + 1 < end && _buf[i + 1] == '\n') return i + 2;
        }
        return end;
    }

    [PyMethod("readline($self, size=-1, /)")]
    public PyObject ReadLine(PyObject? size = null)
    {
        long limit = IoModule.SizeArg(size);
        Check();
        if (_pos >= _size) return PyStr.Empty;
        int stop = LineEnd(limit);
        var r = Make(_buf.AsSpan(_pos, stop - _pos));
        _pos = stop;
        return r;
    }

    protected override PyObject? NextLine()
    {
        Check();
        if (_pos >= _size) return null;
        int stop = LineEnd(-1);
        var r = Make(_buf.AsSpan(_pos, stop - _pos));
        _pos = stop;
        return r;
    }

    [PyMethod("write($self, s, /)")]
    public long Write(PyObject s)
    {
        if (!_ok) throw PyException.ValueError("I/O operation on uninitialized object");
        if (s is not PyStr str) throw PyException.TypeError($"string argument expected, got '{s.Type.Name}'");
        Check();
        return WriteStr(str);
    }

    [PyMethod("tell($self, /)")]
    public long Tell() { Check(); return _pos; }

    [PyMethod("seek($self, pos, whence=0, /)")]
    public long Seek(PyObject pos, int whence = 0)
    {
        long p = Ops.AsIndex(pos);
        Check();
        if (whence < 0 || whence > 2) throw PyException.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
        if (p < 0 && whence == 0) throw PyException.ValueError($"Negative seek position {p}");
        if (whence != 0 && p != 0)
            throw PyException.Create(PyExc.OSError, $"Can't do nonzero {(whence == 1 ? "cur" : "end")}-relative seeks");
        if (whence == 1) p = _pos;
        else if (whence == 2) p = _size;
        if (p > int.MaxValue) throw PyException.OverflowError("new position too large");
        _pos = (int)p;
        return p;
    }

    [PyMethod("truncate($self, pos=None, /)")]
    public long Truncate(PyObject? pos = null)
    {
        Check();
        long n = pos is null or PyNone ? _pos : Ops.AsIndex(pos);
        if (n < 0) throw PyException.ValueError($"Negative size value {n}");
        if (n < _size) _size = (int)n;
        return n;
    }

    [PyMethod("readable($self, /)")]
    public bool Readable() { Check(); return true; }

    [PyMethod("writable($self, /)")]
    public bool Writable() { Check(); return true; }

    [PyMethod("seekable($self, /)")]
    public bool Seekable() { Check(); return true; }

    [PyMethod("close($self, /)")]
    public void Close()
    {
        _closed = true;
        _baseClosed = true;
        _buf = [];
        _size = 0;
    }

    [PyGetter("closed")]
    public PyObject Closed()
    {
        if (!_ok) throw PyException.ValueError("I/O operation on uninitialized object");
        return PyBool.Get(_closed);
    }

    [PyGetter("line_buffering")]
    public PyObject LineBuffering() { Check(); return PyBool.False; }

    [PyGetter("newlines")]
    public override PyObject NewlinesGetter()
    {
        Check();
        return _decoder == null ? PyNone.Instance : _decoder.Newlines();
    }

    [PyMethod("__getstate__($self, /)")]
    public PyObject GetState()
    {
        Check();
        PyObject d = Dict is { Count: > 0 } dd ? dd.Copy() : PyNone.Instance;
        return new PyTuple([GetValue(), _newline == null ? PyNone.Instance : new PyStr(_newline), PyInt.Get(_pos), d]);
    }

    [PyMethod("__setstate__($self, state, /)")]
    public void SetState(PyObject state)
    {
        if (state is not PyTuple t || t.Count < 4)
            throw PyException.TypeError($"{Type.Name}.__setstate__ argument should be 4-tuple, got {state.Type.Name}");
        Init(null, t[1]);
        // The saved value is stored as is, without newline translation.
        if (t[0] is not PyStr v) throw PyException.TypeError("initial_value must be str or None, not " + t[0].Type.Name);
        _buf = v.Length == 0 ? [] : (v.IsBmp ? CodePoints(v.Value) : v.ToCodePointArray());
        _size = _buf.Length;
        if (t[2] is not PyInt pi) throw PyException.TypeError($"third item of state must be an integer, got {t[2].Type.Name}");
        long p = pi.IsSmall ? pi.Small : long.MaxValue;
        if (p < 0) throw PyException.ValueError("position value cannot be negative");
        _pos = (int)Math.Min(p, int.MaxValue);
        if (t[3] is PyDict d)
        {
            Dict ??= new PyDict();
            int it = 0;
            while (d.Next(ref it, out var k, out var val)) Dict.SetItem(k, val);
        }
        else if (t[3] is not PyNone)
            throw PyException.TypeError($"fourth item of state should be a dict, got a {t[3].Type.Name}");
    }
}
