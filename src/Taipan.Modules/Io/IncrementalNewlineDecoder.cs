using Taipan.Runtime;

namespace Taipan.Modules.Io;

/// <summary>
/// Universal-newline translation state: records which line endings were seen (CR, LF, CRLF) and, when
/// translating, turns "\r\n" and "\r" into "\n". A trailing "\r" waits for the next piece unless final.
/// </summary>
internal sealed class NewlineTranslator
{
    public const int SeenCR = 1, SeenLF = 2, SeenCRLF = 4;
    public bool Translate;
    public bool PendingCR;
    public int Seen;

    public NewlineTranslator(bool translate) { Translate = translate; }

    public string Process(string input, bool final)
    {
        if (PendingCR && (input.Length > 0 || final))
        {
            input = "\r" + input;
            PendingCR = false;
        }
        if (!final && input.Length > 0 && input[^1] == '\r')
        {
            input = input[..^1];
            PendingCR = true;
        }
        int cr = input.IndexOf('\r');
        if (cr < 0)
        {
            if (input.Contains('\n')) Seen |= SeenLF;
            return input;
        }
        var sb = Translate ? new System.Text.StringBuilder(input.Length) : null;
        for (int i = 0; i < input.Length; i++)
        {
            char c = input[i];
            if (c == '\r')
            {
                if (i + 1 < input.Length && input[i + 1] == '\n')
                {
                    Seen |= SeenCRLF;
                    if (sb != null) { sb.Append('\n'); i++; continue; }
                    sb?.Append(c);
                    i++;
                    continue;
                }
                Seen |= SeenCR;
                sb?.Append('\n');
                continue;
            }
            if (c == '\n') Seen |= SeenLF;
            sb?.Append(c);
        }
        return sb != null ? sb.ToString() : input;
    }

    public PyObject Newlines() => Seen switch
    {
        0 => PyNone.Instance,
        SeenCR => new PyStr("\r"),
        SeenLF => new PyStr("\n"),
        SeenCR | SeenLF => new PyTuple([new PyStr("\r"), new PyStr("\n")]),
        SeenCRLF => new PyStr("\r\n"),
        SeenCR | SeenCRLF => new PyTuple([new PyStr("\r"), new PyStr("\r\n")]),
        SeenLF | SeenCRLF => new PyTuple([new PyStr("\n"), new PyStr("\r\n")]),
        _ => new PyTuple([new PyStr("\r"), new PyStr("\n"), new PyStr("\r\n")]),
    };

    public void Reset()
    {
        PendingCR = false;
        Seen = 0;
    }
}

/// <summary>_io.IncrementalNewlineDecoder: wraps another decoder (or none, for str input) with newline translation.</summary>
public sealed partial class PyIncrementalNewlineDecoder : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("IncrementalNewlineDecoder", null, typeof(PyIncrementalNewlineDecoder),
        SetupType, TypeFlags.BaseType);

    PyObject? _decoder;
    NewlineTranslator? _t;
    PyObject _errors = new PyStr("strict");

    public PyIncrementalNewlineDecoder(PyType type) : base(type) { }

    static PySignature? s_initSig;

    static void SetupType(PyType t)
    {
        t.BuiltinModule = "_io";
        t.New = static (type, args, kw) => new PyIncrementalNewlineDecoder(type);
        t.Init = static (self, args, kw) =>
        {
            var a = IoModule.Bind(ref s_initSig, "IncrementalNewlineDecoder(decoder, translate, errors='strict')", args, kw);
            var d = (PyIncrementalNewlineDecoder)self;
            d._decoder = a[0] is PyNone ? null : a[0];
            d._t = new NewlineTranslator(Ops.IsTrue(a[1]!));
            d._errors = a[2] ?? new PyStr("strict");
        };
        SetupMembers(t);
    }

    NewlineTranslator T => _t ?? throw PyException.ValueError("IncrementalNewlineDecoder.__init__() not called");

    [PyMethod("decode($self, /, input, final=False)")]
    public PyObject Decode(PyObject input, bool final = false)
    {
        var t = T;
        PyObject output = _decoder == null ? input
            : Ops.Call(Ops.GetAttr(_decoder, "decode"), [input, PyBool.Get(final)], new PyTuple([new PyStr("final")]));
        if (output is not PyStr s)
            throw PyException.TypeError($"decoder should return a string result, not '{output.Type.Name}'");
        return new PyStr(t.Process(s.Value, final));
    }

    [PyMethod("getstate($self, /)")]
    public PyObject GetState()
    {
        var t = T;
        PyObject buffer = PyBytes.Empty;
        long flag = 0;
        if (_decoder != null)
        {
            var st = IoModule.CallMethod(_decoder, "getstate");
            if (st is not PyTuple tt || tt.Count != 2) throw PyException.TypeError("illegal decoder state");
            buffer = tt[0];
            flag = Ops.AsIndex(tt[1]);
        }
        flag <<= 1;
        if (t.PendingCR) flag |= 1;
        return new PyTuple([buffer, PyInt.Get(flag)]);
    }

    [PyMethod("setstate($self, state, /)")]
    public void SetState(PyObject state)
    {
        var t = T;
        if (state is not PyTuple tt || tt.Count != 2) throw PyException.TypeError("state argument must be a tuple");
        long flag = Ops.AsIndex(tt[1]);
        t.PendingCR = (flag & 1) != 0;
        if (_decoder != null)
            IoModule.CallMethod(_decoder, "setstate", new PyTuple([tt[0], PyInt.Get(flag >> 1)]));
    }

    [PyMethod("reset($self, /)")]
    public void Reset()
    {
        T.Reset();
        if (_decoder != null) IoModule.CallMethod(_decoder, "reset");
    }

    [PyGetter("newlines")]
    public PyObject Newlines() => T.Newlines();
}
