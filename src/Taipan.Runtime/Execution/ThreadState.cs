using Taipan.Runtime.Bytecode;
namespace Taipan.Runtime;

/// <summary>
/// One entry of the handled-exception stack (CPython's _PyErr_StackItem): the exception being handled
/// by an except block, or null. A running generator links its own entry on top of its caller's.
/// </summary>
public sealed class ExcInfo
{
    public PyBaseException? Value;
    public ExcInfo? Previous;
}

/// <summary>
/// Per-thread execution state of one interpreter: the innermost frame, the Python frame depth for the
/// recursion limit, and the handled-exception stack behind sys.exc_info().
/// </summary>
public sealed class ThreadState
{
    [ThreadStatic] static ThreadState? t_current;

    public readonly Interpreter Interpreter;
    /// <summary>The innermost frame executing on this thread (frame.f_back links to the callers).</summary>
    public PyFrame? Frame;
    /// <summary>Number of live Python frames, checked against sys.getrecursionlimit().</summary>
    public int Depth;
    /// <summary>Top of the handled-exception stack.</summary>
    public ExcInfo ExcInfo = new();
    /// <summary>Nesting of evaluation loops; above zero, C# code sits between Python frames (a non-suspendable boundary).</summary>
    public int LoopNesting;
    public PyObject? TraceFunction, ProfileFunction;
    /// <summary>An exception raised by Python code (RAISE_VARARGS/RERAISE) for the loop to unwind.</summary>
    internal PyBaseException? RaisedException;
    /// <summary>Whether unwinding <see cref="RaisedException"/> adds a traceback entry for the raising frame.</summary>
    internal bool RaisedAddsTraceback;
    internal bool InRecursionError;

    public ThreadState(Interpreter interpreter) { Interpreter = interpreter; }

    /// <summary>The thread state of the interpreter running on this thread.</summary>
    public static ThreadState Current => t_current ?? throw new InvalidOperationException("no Taipan interpreter is active on this thread");

    public static ThreadState? CurrentOrNull => t_current;

    /// <summary>Makes <paramref name="ts"/> current and returns the previous one (to restore on exit).</summary>
    public static ThreadState? Swap(ThreadState? ts)
    {
        var old = t_current;
        t_current = ts;
        return old;
    }

    /// <summary>The exception currently being handled (sys.exception()), searching generator-linked entries.</summary>
    public PyBaseException? HandledException
    {
        get
        {
            for (var e = ExcInfo; e != null; e = e.Previous)
                if (e.Value != null) return e.Value;
            return null;
        }
    }
}
