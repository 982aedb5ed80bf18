using Taipan.Runtime.Bytecode;
namespace Taipan.Runtime;

/// <summary>A traceback entry: one frame an exception passed through (CPython's PyTracebackObject).</summary>
public sealed class PyTraceback : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("traceback", null, typeof(PyTraceback), SetupType, TypeFlags.None);

    public PyTraceback? Next;
    public readonly PyFrame Frame;
    /// <summary>Instruction index that was executing.</summary>
    public readonly int LastI;
    public int LineNo;

    public PyTraceback(PyTraceback? next, PyFrame frame, int lastI, int lineNo) : base(TypeObject)
    {
        Next = next;
        Frame = frame;
        LastI = lastI;
        LineNo = lineNo;
    }

    /// <summary>Adds an entry for <paramref name="frame"/> in front of the exception's traceback (PyTraceBack_Here).</summary>
    public static void Here(PyBaseException exc, PyFrame frame)
    {
        int lasti = frame.LastI < 0 ? 0 : frame.LastI;
        exc.Traceback = new PyTraceback(exc.Traceback as PyTraceback, frame, lasti, frame.Code.LineOf(lasti));
    }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            var sig = new PySignature("traceback(tb_next, tb_frame, tb_lasti, tb_lineno)");
            var a = sig.Bind(args, kw, out _, out _);
            if (a[0] is not PyNone && a[0] is not PyTraceback)
                throw PyException.TypeError($"expected traceback object or None, got '{a[0]!.Type.Name}'");
            if (a[1] is not PyFrame f)
                throw PyException.TypeError($"TracebackType() argument 'tb_frame' must be frame, not {a[1]!.Type.Name}");
            return new PyTraceback(a[0] as PyTraceback, f, (int)Ops.AsIndex(a[2]!) / 2, (int)Ops.AsIndex(a[3]!));
        };
        TypeMembers.Getter(t, "tb_next", static o => (PyObject?)((PyTraceback)o).Next ?? PyNone.Instance, static (o, v) =>
        {
            var tb = (PyTraceback)o;
            if (v == null) throw PyException.TypeError("can't delete tb_next attribute");
            if (v is PyNone) { tb.Next = null; return; }
            if (v is not PyTraceback n) throw PyException.TypeError($"expected traceback object, got '{v.Type.Name}'");
            for (var c = n; c != null; c = c.Next)
                if (ReferenceEquals(c, tb)) throw PyException.ValueError("traceback loop detected");
            tb.Next = n;
        });
        TypeMembers.Getter(t, "tb_frame", static o => ((PyTraceback)o).Frame);
        TypeMembers.Getter(t, "tb_lasti", static o => PyInt.Get(((PyTraceback)o).LastI * 2));
        TypeMembers.Getter(t, "tb_lineno", static o => PyInt.Get(((PyTraceback)o).LineNo));
    }
}
