using Taipan.Runtime.Bytecode;

namespace Taipan.Runtime;

public enum FrameState : byte { Created, Executing, Suspended, Completed }

/// <summary>
/// An execution frame, allocated on the heap (DESIGN principle 4). One array holds the fast locals
/// ("localsplus": locals, cells, free variables) followed by the value stack, so a call allocates
/// one frame object and one array. The same object is the `frame` seen by Python introspection.
/// </summary>
public sealed class PyFrame : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("frame", null, typeof(PyFrame), SetupType, TypeFlags.None);

    public readonly PyCode Code;
    /// <summary>Fast locals in [0, Code.NLocalsPlus), then the value stack.</summary>
    public readonly PyObject?[] Slots;
    /// <summary>Index of the next free stack slot in <see cref="Slots"/>.</summary>
    public int Sp;
    /// <summary>Index of the next instruction to execute.</summary>
    public int Ip;
    /// <summary>Index of the instruction executing or last executed (tb_lasti, f_lineno).</summary>
    public int LastI = -1;
    /// <summary>Set by RERAISE (which rewrites LastI for the traceback): the instruction whose handler to look up.</summary>
    internal int UnwindIndex = -1;
    public readonly PyDict Globals;
    public readonly PyDict Builtins;
    /// <summary>The locals mapping for module and class bodies (and exec/eval); null for function frames.</summary>
    public PyObject? Locals;
    public PyFrame? Back;
    public readonly PyFunction? Function;
    /// <summary>True when this frame was entered from C# (the loop returns to C# when it returns): a non-suspendable boundary.</summary>
    public bool IsEntry;
    public FrameState State;
    /// <summary>The generator, coroutine or async generator owning this frame, if any.</summary>
    public PyGenerator? Generator;
    /// <summary>A dict kept for f_locals of function frames so repeated reads return the same object.</summary>
    PyDict? _localsSnapshot;

    public PyFrame(PyCode code, PyDict globals, PyDict builtins, PyObject? locals, PyFunction? function) : base(TypeObject)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        Function = function;
        Slots = new PyObject?[code.LocalsPlusCount + code.StackSize + 1];
        Sp = code.LocalsPlusCount;
    }

    public int StackBase => Code.LocalsPlusCount;

    /// <summary>The line executing (f_lineno).</summary>
    public int LineNo => Code.LineOf(LastI < 0 ? 0 : LastI);

    /// <summary>f_locals: the locals mapping, or for function frames a dict synchronised from the fast locals.</summary>
    public PyObject GetLocals()
    {
        if (Locals != null) return Locals;
        var d = _localsSnapshot ??= new PyDict();
        var names = Code.LocalsPlusNames;
        for (int i = 0; i < names.Length; i++)
        {
            var v = Slots[i];
            var kind = Code.LocalsPlusKinds[i];
            if ((kind & LocalKind.Hidden) != 0) continue;
            // A cell slot may still hold the plain argument before MAKE_CELL has run.
            if ((kind & (LocalKind.Cell | LocalKind.Free)) != 0 && v is PyCell c) v = c.Contents;
            if (v != null) d.SetItem(names[i], v);
            else d.Remove(names[i]);
        }
        return d;
    }

    static void SetupType(PyType t)
    {
        t.Repr = static o =>
        {
            var f = (PyFrame)o;
            return new PyStr($"<frame at {Ops.AddressString(f)}, file {Ops.Repr(new PyStr(f.Code.FileName)).Value}, line {f.LineNo}, code {f.Code.Name}>");
        };
        TypeMembers.Getter(t, "f_back", static o => (PyObject?)VisibleBack((PyFrame)o) ?? PyNone.Instance);
        TypeMembers.Getter(t, "f_code", static o => ((PyFrame)o).Code);
        TypeMembers.Getter(t, "f_globals", static o => ((PyFrame)o).Globals);
        TypeMembers.Getter(t, "f_builtins", static o => ((PyFrame)o).Builtins);
        TypeMembers.Getter(t, "f_locals", static o => ((PyFrame)o).GetLocals());
        TypeMembers.Getter(t, "f_lineno", static o => PyInt.Get(((PyFrame)o).LineNo));
        TypeMembers.Getter(t, "f_lasti", static o => PyInt.Get(Math.Max(((PyFrame)o).LastI, 0) * 2));
        TypeMembers.Getter(t, "f_trace", static o => PyNone.Instance, static (o, v) => { });
        TypeMembers.Getter(t, "f_trace_lines", static o => PyBool.True, static (o, v) => { });
        TypeMembers.Getter(t, "f_trace_opcodes", static o => PyBool.False, static (o, v) => { });
        TypeMembers.Method(t, "clear", static (self, args, kw) =>
        {
            var f = (PyFrame)self!;
            if (f.State == FrameState.Executing) throw PyException.RuntimeError("cannot clear an executing frame");
            if (f.State == FrameState.Suspended) throw PyException.RuntimeError("cannot clear a suspended frame");
            Array.Clear(f.Slots);
            return PyNone.Instance;
        });
    }

    /// <summary>f_back: the calling frame; a generator's frame shows its current resumer only while running.</summary>
    static PyFrame? VisibleBack(PyFrame f) => f.State == FrameState.Executing || f.Generator == null ? f.Back : null;
}
