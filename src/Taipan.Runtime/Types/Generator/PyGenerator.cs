using Taipan.Runtime.Bytecode;

namespace Taipan.Runtime;

/// <summary>
/// Generators, coroutines and async generators: a suspended frame plus the handled-exception state it
/// carries across suspensions. Resuming runs the frame as the entry of an evaluation loop until it
/// yields or returns.
/// </summary>
public sealed class PyGenerator : PyObject
{
    public static readonly PyType GeneratorType = PyType.Builtin("generator", null, typeof(PyGenerator), SetupGenerator, TypeFlags.None);
    public static readonly PyType CoroutineType = PyType.Builtin("coroutine", null, typeof(PyGenerator), SetupCoroutine, TypeFlags.None);
    public static readonly PyType AsyncGeneratorType = PyType.Builtin("async_generator", null, typeof(PyGenerator), SetupAsyncGenerator, TypeFlags.None);

    public readonly PyFrame Frame;
    public PyStr Name, QualName;
    public bool Running;
    /// <summary>The generator's own entry of the handled-exception stack, linked in while it runs.</summary>
    public readonly ExcInfo ExcState = new();
    /// <summary>Async generators: set while an asend/athrow awaitable is being iterated.</summary>
    public bool RunningAsync;
    /// <summary>Async generators: the first asend/athrow has been started (hooks would run here).</summary>
    public bool HooksInited;

    PyGenerator(PyType type, PyFrame frame) : base(type)
    {
        Frame = frame;
        Name = PyStr.Intern(frame.Code.Name);
        QualName = frame.Function?.QualName ?? PyStr.Intern(frame.Code.QualName);
    }

    public bool IsCoroutine => ReferenceEquals(Type, CoroutineType);
    public bool IsAsyncGenerator => ReferenceEquals(Type, AsyncGeneratorType);
    string KindName => IsCoroutine ? "coroutine" : IsAsyncGenerator ? "async generator" : "generator";

    /// <summary>Wraps a new frame of a generator function (the loop starts it after RETURN_GENERATOR).</summary>
    public static PyGenerator Create(PyFrame frame)
    {
        var flags = frame.Code.Flags;
        var type = (flags & CodeFlags.Coroutine) != 0 ? CoroutineType
            : (flags & CodeFlags.AsyncGenerator) != 0 ? AsyncGeneratorType : GeneratorType;
        var g = new PyGenerator(type, frame);
        frame.Generator = g;
        frame.State = FrameState.Created;
        // Skip RETURN_GENERATOR: the first resume pushes the sent value for the POP_TOP after it.
        if (frame.Code.Instructions.Length > 0 && Instr.Op(frame.Code.Instructions[0]) == OpCode.RETURN_GENERATOR)
            frame.Ip = 1;
        return g;
    }

    public bool IsFinished => Frame.State == FrameState.Completed;

    /// <summary>
    /// Resumes with a sent value (or by raising <paramref name="throwIn"/>). Returns the yielded value with
    /// returned=false, or the return value with returned=true. Exceptions from the body propagate.
    /// </summary>
    public PyObject Resume(PyObject value, PyBaseException? throwIn, out bool returned)
    {
        if (Running)
            throw PyException.ValueError($"{KindName} already executing");
        if (Frame.State == FrameState.Completed)
        {
            if (throwIn != null) throw new PyException(throwIn);
            if (IsCoroutine) throw PyException.RuntimeError("cannot reuse already awaited coroutine");
            returned = true;
            return ExhaustedSentinel;
        }
        if (Frame.State == FrameState.Created && throwIn == null && !ReferenceEquals(value, PyNone.Instance))
            throw PyException.TypeError($"can't send non-None value to a just-started {KindName}");
        var ts = ThreadState.Current;
        if (throwIn == null) Frame.Slots[Frame.Sp++] = value;
        Running = true;
        ExcState.Previous = ts.ExcInfo;
        ts.ExcInfo = ExcState;
        try
        {
            var result = EvalLoop.Run(ts, Frame, throwIn);
            returned = Frame.State != FrameState.Suspended;
            if (returned) Frame.State = FrameState.Completed;
            return result;
        }
        catch (PyException e)
        {
            Frame.State = FrameState.Completed;
            var converted = EvalLoop.StopIterationToRuntimeError(Frame.Code, e.Value);
            if (!ReferenceEquals(converted, e.Value)) throw new PyException(converted);
            throw;
        }
        finally
        {
            ts.ExcInfo = ExcState.Previous!;
            ExcState.Previous = null;
            Running = false;
        }
    }

    /// <summary>Marker returned by Resume for an already exhausted generator (no StopIteration value).</summary>
    internal static readonly PyObject ExhaustedSentinel = PyNone.Instance;

    /// <summary>send(value): the next yielded value; raises StopIteration(return value) when done.</summary>
    public PyObject Send(PyObject value)
    {
        var r = Resume(value, null, out bool returned);
        if (returned)
        {
            if (IsAsyncGenerator) throw PyException.Create(PyExc.StopAsyncIteration);
            throw new PyException(EvalLoop.MakeStopIteration(r));
        }
        return r;
    }

    /// <summary>The object a `yield from`/await in this frame is currently delegating to (gi_yieldfrom).</summary>
    public PyObject? YieldFrom
    {
        get
        {
            if (Frame.State != FrameState.Suspended) return null;
            var instrs = Frame.Code.Instructions;
            if (Frame.Ip < instrs.Length && Instr.Op(instrs[Frame.Ip]) == OpCode.RESUME && Instr.Arg(instrs[Frame.Ip]) >= 2)
                return Frame.Slots[Frame.Sp - 1];
            return null;
        }
    }

    /// <summary>throw(exc): raises exc at the suspension point, delegating to a `yield from` target first.</summary>
    public PyObject Throw(PyBaseException exc, bool closing = false)
    {
        var yf = YieldFrom;
        if (yf != null && !Running)
        {
            PyObject? r = null;
            PyBaseException? fromYf = null;
            Running = true;
            try
            {
                if (exc.Type.IsSubtypeOf(PyExc.GeneratorExit))
                {
                    CloseSubIterator(yf);
                    fromYf = exc;
                }
                else if (yf is PyGenerator g) r = g.Throw(exc);
                else
                {
                    var meth = Ops.TryGetAttr(yf, "throw");
                    if (meth == null) fromYf = exc;
                    else r = Ops.Call(meth, [exc]);
                }
            }
            catch (PyException e) { fromYf = e.Value; }
            finally { Running = false; }
            if (fromYf == null) return r!;
            exc = fromYf;
        }
        var v = Resume(PyNone.Instance, exc, out bool returned);
        if (returned)
        {
            if (IsAsyncGenerator) throw PyException.Create(PyExc.StopAsyncIteration);
            throw new PyException(EvalLoop.MakeStopIteration(v));
        }
        return v;
    }

    static void CloseSubIterator(PyObject yf)
    {
        if (yf is PyGenerator g) { g.Close(); return; }
        var close = Ops.TryGetAttr(yf, "close");
        if (close != null) Ops.Call(close);
    }

    /// <summary>close(): raises GeneratorExit inside; a generator that yields again is an error.</summary>
    public PyObject Close()
    {
        if (Frame.State == FrameState.Created || Frame.State == FrameState.Completed)
        {
            Frame.State = FrameState.Completed;
            return PyNone.Instance;
        }
        try
        {
            Throw(PyBaseException.Create(PyExc.GeneratorExit), closing: true);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.GeneratorExit) || e.Value.Type.IsSubtypeOf(PyExc.StopIteration)
            || (IsAsyncGenerator && e.Value.Type.IsSubtypeOf(PyExc.StopAsyncIteration)))
        {
            return PyNone.Instance;
        }
        throw PyException.RuntimeError(IsAsyncGenerator ? "async generator ignored GeneratorExit" : $"{KindName} ignored GeneratorExit");
    }

    /// <summary>Normalises the arguments of throw(typ[, val[, tb]]).</summary>
    internal static PyBaseException ThrowArgs(ReadOnlySpan<PyObject> args, string fname)
    {
        if (args.Length < 1 || args.Length > 3)
            throw PyException.TypeError($"{fname} expected at least 1 argument{(args.Length > 3 ? $", got {args.Length}" : ", got 0")}");
        var typ = args[0];
        var val = args.Length > 1 ? args[1] : PyNone.Instance;
        var tb = args.Length > 2 ? args[2] : PyNone.Instance;
        if (tb is not PyNone && tb is not PyTraceback)
            throw PyException.TypeError("throw() third argument must be a traceback object");
        PyBaseException exc;
        if (typ is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            if (val is PyBaseException ve && ve.Type.IsSubtypeOf(t)) exc = ve;
            else
            {
                var inst = val is PyNone ? Ops.Call(t) : val is PyTuple vt ? Ops.Call(t, vt.Items) : Ops.Call(t, val);
                exc = inst as PyBaseException ?? throw PyException.TypeError(
                    $"calling {Ops.Repr(t).Value} should have returned an instance of BaseException, not {inst.Type.Name}");
            }
        }
        else if (typ is PyBaseException be)
        {
            if (val is not PyNone) throw PyException.TypeError("instance exception may not have a separate value");
            exc = be;
        }
        else
            throw PyException.TypeError($"exceptions must be classes or instances deriving from BaseException, not {typ.Type.Name}");
        if (tb is PyTraceback ptb) exc.Traceback = ptb;
        return exc;
    }

    // ---------------- type setup ----------------

    static void SetupCommon(PyType t, string prefix)
    {
        t.Repr = static o =>
        {
            var g = (PyGenerator)o;
            return new PyStr($"<{g.Type.Name} object {g.QualName.Value} at {Ops.AddressString(g)}>");
        };
        TypeMembers.Getter(t, "__name__", static o => ((PyGenerator)o).Name,
            static (o, v) => ((PyGenerator)o).Name = v is PyStr s ? s : throw PyException.TypeError("__name__ must be set to a string object"));
        TypeMembers.Getter(t, "__qualname__", static o => ((PyGenerator)o).QualName,
            static (o, v) => ((PyGenerator)o).QualName = v is PyStr s ? s : throw PyException.TypeError("__qualname__ must be set to a string object"));
        TypeMembers.Getter(t, prefix + "_frame", static o => ((PyGenerator)o).Frame.State == FrameState.Completed ? PyNone.Instance : ((PyGenerator)o).Frame);
        TypeMembers.Getter(t, prefix + "_running", static o => PyBool.Get(((PyGenerator)o).Running));
        TypeMembers.Getter(t, prefix + "_code", static o => ((PyGenerator)o).Frame.Code);
        TypeMembers.Getter(t, prefix + "_suspended", static o => PyBool.Get(((PyGenerator)o).Frame.State == FrameState.Suspended));
        TypeMembers.Method(t, "close", static (self, args, kw) => ((PyGenerator)self!).Close(), "close($self, /)");
    }

    static void SetupGenerator(PyType t)
    {
        SetupCommon(t, "gi");
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var g = (PyGenerator)o;
            var r = g.Resume(PyNone.Instance, null, out bool returned);
            return returned ? null : r;
        };
        TypeMembers.Getter(t, "gi_yieldfrom", static o => ((PyGenerator)o).YieldFrom ?? PyNone.Instance);
        TypeMembers.Method(t, "send", static (self, args, kw) =>
        {
            TypeMembers.ExactArgs("send", args, kw, 1);
            return ((PyGenerator)self!).Send(args[0]);
        }, "send($self, value, /)");
        TypeMembers.Method(t, "throw", static (self, args, kw) =>
            ((PyGenerator)self!).Throw(ThrowArgs(args, "throw")), "throw($self, typ, val=None, tb=None, /)");
    }

    static void SetupCoroutine(PyType t)
    {
        SetupCommon(t, "cr");
        t.Await = static o => new PyCoroutineWrapper((PyGenerator)o);
        TypeMembers.Getter(t, "cr_await", static o => ((PyGenerator)o).YieldFrom ?? PyNone.Instance);
        TypeMembers.Getter(t, "cr_origin", static o => PyNone.Instance);
        TypeMembers.Method(t, "send", static (self, args, kw) =>
        {
            TypeMembers.ExactArgs("send", args, kw, 1);
            return ((PyGenerator)self!).Send(args[0]);
        }, "send($self, value, /)");
        TypeMembers.Method(t, "throw", static (self, args, kw) =>
            ((PyGenerator)self!).Throw(ThrowArgs(args, "throw")), "throw($self, typ, val=None, tb=None, /)");
    }

    static void SetupAsyncGenerator(PyType t)
    {
        SetupCommon(t, "ag");
        TypeMembers.Getter(t, "ag_await", static o => ((PyGenerator)o).YieldFrom ?? PyNone.Instance);
        t.AIter = static o => o;
        t.ANext = static o => new PyAsyncGenAwaitable((PyGenerator)o, AsyncGenOp.Send, PyNone.Instance, null);
        TypeMembers.Method(t, "asend", static (self, args, kw) =>
        {
            TypeMembers.ExactArgs("asend", args, kw, 1);
            return new PyAsyncGenAwaitable((PyGenerator)self!, AsyncGenOp.Send, args[0], null);
        }, "asend($self, value, /)");
        TypeMembers.Method(t, "athrow", static (self, args, kw) =>
            new PyAsyncGenAwaitable((PyGenerator)self!, AsyncGenOp.Throw, PyNone.Instance, ThrowArgs(args, "athrow")),
            "athrow($self, typ, val=None, tb=None, /)");
        TypeMembers.Method(t, "aclose", static (self, args, kw) =>
            new PyAsyncGenAwaitable((PyGenerator)self!, AsyncGenOp.Close, PyNone.Instance, null), "aclose($self, /)");
    }
}
