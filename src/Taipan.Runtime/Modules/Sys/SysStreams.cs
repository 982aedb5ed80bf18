using Taipan.Runtime.Bytecode;
using System.Text;

namespace Taipan.Runtime;

/// <summary>
/// sys.stdin/stdout/stderr until the real _io module exists: small text streams over the host's byte
/// streams (UTF-8), line buffered on terminals, block buffered otherwise, unbuffered with -u.
/// </summary>
public sealed class PyTextStream : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    static PyType MakeType()
    {
        var t = PyType.Builtin("TextIOWrapper", null, typeof(PyTextStream), SetupType, TypeFlags.None);
        t.BuiltinModule = "_io";
        return t;
    }

    readonly Stream _stream;
    readonly string _name;
    readonly int _fd;
    readonly bool _writable;
    readonly bool _lineBuffered;
    readonly bool _unbuffered;
    readonly bool _isTty;
    readonly StringBuilder _pending = new();
    readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
    StreamReader? _reader;
    bool _closed;

    public PyTextStream(Stream stream, string name, int fd, bool writable, bool isTty, bool unbuffered) : base(TypeObject)
    {
        _stream = stream;
        _name = name;
        _fd = fd;
        _writable = writable;
        _isTty = isTty;
        _lineBuffered = isTty || fd == 2;
        _unbuffered = unbuffered;
    }

    public void Write(string s)
    {
        if (_closed) throw PyException.ValueError("I/O operation on closed file.");
        if (!_writable) throw PyException.Create(UnsupportedOperation, "not writable");
        _pending.Append(s);
        if (_unbuffered || (_lineBuffered && s.Contains('\n')) || _pending.Length > 8192) Flush();
    }

    public void Flush()
    {
        if (_pending.Length == 0) return;
        var chars = _pending.ToString();
        _pending.Clear();
        var bytes = Encoding.UTF8.GetBytes(chars.Replace("\uFFFD", "\uFFFD"));
        try
        {
            _stream.Write(bytes, 0, bytes.Length);
            _stream.Flush();
        }
        catch (IOException)
        {
            throw PyException.Create(PyExc.BrokenPipeError, "[Errno 32] Broken pipe");
        }
        _ = _encoder;
    }

    StreamReader Reader => _reader ??= new StreamReader(_stream, new UTF8Encoding(false), false, 4096, leaveOpen: true);

    public string ReadLine()
    {
        if (_closed) throw PyException.ValueError("I/O operation on closed file.");
        var sb = new StringBuilder();
        while (true)
        {
            int c = Reader.Read();
            if (c < 0) break;
            sb.Append((char)c);
            if (c == '\n') break;
        }
        return sb.ToString();
    }

    public string ReadAll() => Reader.ReadToEnd();

    static PyType? s_unsupported;
    static PyType UnsupportedOperation => s_unsupported ??= PyExc.OSError;

    static string StrArg(PyObject o, string method)
    {
        if (o is PyStr s) return s.Value;
        throw PyException.TypeError($"{method}() argument must be str, not {o.Type.Name}");
    }

    static void SetupType(PyType t)
    {
        t.Repr = static o =>
        {
            var s = (PyTextStream)o;
            return new PyStr($"<_io.TextIOWrapper name='{s._name}' mode='{(s._writable ? "w" : "r")}' encoding='utf-8'>");
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var line = ((PyTextStream)o).ReadLine();
            return line.Length == 0 ? null : new PyStr(line);
        };
        TypeMembers.Method(t, "write", static (self, args, kw) =>
        {
            TypeMembers.ExactArgs("write", args, kw, 1);
            var s = args[0] as PyStr ?? throw PyException.TypeError($"write() argument must be str, not {args[0].Type.Name}");
            ((PyTextStream)self!).Write(s.Value);
            return PyInt.Get(s.Length);
        });
        TypeMembers.Method(t, "flush", static (self, args, kw) => { ((PyTextStream)self!).Flush(); return PyNone.Instance; });
        TypeMembers.Method(t, "readline", static (self, args, kw) =>
        {
            var st = (PyTextStream)self!;
            long limit = args.Length > 0 && args[0] is not PyNone ? Ops.AsIndex(args[0]) : -1;
            var line = st.ReadLine();
            if (limit >= 0 && line.Length > limit) line = line[..(int)limit];
            return new PyStr(line);
        });
        TypeMembers.Method(t, "read", static (self, args, kw) =>
        {
            var st = (PyTextStream)self!;
            long n = args.Length > 0 && args[0] is not PyNone ? Ops.AsIndex(args[0]) : -1;
            if (n < 0) return new PyStr(st.ReadAll());
            var buf = new char[n];
            int got = st.Reader.ReadBlock(buf, 0, (int)n);
            return new PyStr(new string(buf, 0, got));
        });
        TypeMembers.Method(t, "readlines", static (self, args, kw) =>
        {
            var st = (PyTextStream)self!;
            var list = new PyList();
            while (true)
            {
                var line = st.ReadLine();
                if (line.Length == 0) break;
                list.Append(new PyStr(line));
            }
            return list;
        });
        TypeMembers.Method(t, "writelines", static (self, args, kw) =>
        {
            var st = (PyTextStream)self!;
            foreach (var line in Ops.ToList(args[0])) st.Write(StrArg(line, "write"));
            return PyNone.Instance;
        });
        TypeMembers.Method(t, "fileno", static (self, args, kw) => PyInt.Get(((PyTextStream)self!)._fd));
        TypeMembers.Method(t, "isatty", static (self, args, kw) => PyBool.Get(((PyTextStream)self!)._isTty));
        TypeMembers.Method(t, "readable", static (self, args, kw) => PyBool.Get(!((PyTextStream)self!)._writable));
        TypeMembers.Method(t, "writable", static (self, args, kw) => PyBool.Get(((PyTextStream)self!)._writable));
        TypeMembers.Method(t, "seekable", static (self, args, kw) => PyBool.False);
        TypeMembers.Method(t, "close", static (self, args, kw) =>
        {
            var st = (PyTextStream)self!;
            st.Flush();
            st._closed = true;
            return PyNone.Instance;
        });
        TypeMembers.Getter(t, "closed", static o => PyBool.Get(((PyTextStream)o)._closed));
        TypeMembers.Getter(t, "encoding", static o => new PyStr("utf-8"));
        TypeMembers.Getter(t, "errors", static o => new PyStr(((PyTextStream)o)._fd == 2 ? "backslashreplace" : "strict"));
        TypeMembers.Getter(t, "name", static o => new PyStr(((PyTextStream)o)._name));
        TypeMembers.Getter(t, "mode", static o => new PyStr(((PyTextStream)o)._writable ? "w" : "r"));
        TypeMembers.Getter(t, "line_buffering", static o => PyBool.Get(((PyTextStream)o)._lineBuffered));
        TypeMembers.Getter(t, "newlines", static o => PyNone.Instance);
    }
}
