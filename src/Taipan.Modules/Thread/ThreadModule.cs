using Taipan.Runtime;

namespace Taipan.Modules.Thread;

/// <summary>
/// _thread: locks, thread identity and thread-local data. The VM is not yet thread-safe (no GIL), so
/// start_new_thread raises RuntimeError("can't start new thread"), as CPython does when it cannot
/// create a thread; everything else works, which is what threading, functools, reprlib and
/// collections need at import time.
/// </summary>
[PyModule("_thread")]
public static partial class ThreadModule
{
    public static void Register() => ModuleRegistry.Register("_thread", Create);

    static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("_thread", "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.");
        RegisterFunctions(m.Dict, m);
        BuiltinTypes.Register(PyLock.TypeObject);
        BuiltinTypes.Register(PyRLock.TypeObject);
        BuiltinTypes.Register(PyThreadLocal.TypeObject);
        m.Set("LockType", PyLock.TypeObject);
        m.Set("lock", PyLock.TypeObject);
        m.Set("RLock", PyRLock.TypeObject);
        m.Set("_local", PyThreadLocal.TypeObject);
        m.Set("error", PyExc.RuntimeError);
        m.Set("TIMEOUT_MAX", new PyFloat(PyLock.TimeoutMax));
        return m;
    }

    [PyMethod("allocate_lock($module, /)", Doc = "Create a new lock object. See help(type(threading.Lock())) for information about locks.")]
    static PyObject AllocateLock() => new PyLock();

    [PyMethod("allocate($module, /)", Doc = "An obsolete synonym of allocate_lock().")]
    static PyObject Allocate() => new PyLock();

    [PyMethod("get_ident($module, /)", Doc = "Return a non-zero integer that uniquely identifies the current thread amongst other threads that exist simultaneously.")]
    static long GetIdent() => Environment.CurrentManagedThreadId + 0x7f00_0000_0000L;

    [PyMethod("get_native_id($module, /)", Doc = "Return a non-negative integer identifying the thread as reported by the OS (kernel).")]
    static long GetNativeId() => Environment.CurrentManagedThreadId;

    [PyMethod("_count($module, /)", Doc = "Return the number of currently running Python threads, excluding the main thread.")]
    static long Count() => 0;

    [PyMethod("stack_size($module, size=0, /)", Doc = "Return the thread stack size used when creating new threads.")]
    static long StackSize(long size = 0)
    {
        if (size != 0 && size < 32768) throw PyException.ValueError("size not valid: 32768 bytes");
        return 0;
    }

    [PyMethod("daemon_threads_allowed($module, /)", Doc = "Check if daemon threads are allowed in the current interpreter.")]
    static bool DaemonThreadsAllowed() => true;

    [PyMethod("_is_main_interpreter($module, /)")]
    static bool IsMainInterpreter() => true;

    [PyMethod("_set_sentinel($module, /)", Doc = "Set a sentinel lock that will be released when the current thread state is finalized.")]
    static PyObject SetSentinel() => new PyLock();

    [PyMethod("start_new_thread($module, function, args, kwargs=<unrepresentable>, /)", Doc = "Start a new thread and return its identifier.")]
    static PyObject StartNewThread(PyObject function, PyObject args, PyObject? kwargs = null)
    {
        if (function.Type.Call == null) throw PyException.TypeError("first arg must be callable");
        if (args is not PyTuple) throw PyException.TypeError("2nd arg must be a tuple");
        throw PyException.RuntimeError("can't start new thread");
    }

    [PyMethod("start_joinable_thread($module, /, function, handle=None, daemon=True)")]
    static PyObject StartJoinableThread(PyObject function, PyObject? handle = null, PyObject? daemon = null) =>
        throw PyException.RuntimeError("can't start new thread");

    [PyMethod("interrupt_main($module, signum=2, /)", Doc = "Simulate the arrival of the given signal in the main thread.")]
    static void InterruptMain(long signum = 2) =>
        throw new PyException(PyBaseException.Create(PyExc.KeyboardInterrupt));

    [PyMethod("exit($module, /)", Doc = "This is synonymous to ``raise SystemExit''.")]
    static PyObject Exit() => throw new PyException(PyBaseException.Create(PyExc.SystemExit));

    [PyMethod("_excepthook($module, exc_args, /)", Doc = "Handle uncaught Thread.run() exception.")]
    static void ExceptHook(PyObject args)
    {
        // Without threads there is nothing to report; threading's Python fallback prints when needed.
    }
}
