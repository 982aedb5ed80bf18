using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>
/// atexit: functions run last-registered-first when the interpreter shuts down. Hosts call
/// <see cref="RunExitFuncs"/> at exit (the CLI after the main module finishes or sys.exit).
/// </summary>
[PyModule("atexit")]
public static partial class AtexitModule
{
    sealed record Callback(PyObject Func, PyObject[] Args, PyDict? Kwargs);

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Interpreter, List<Callback>> s_lists = new();
    static List<Callback> Cur => For(Taipan.Runtime.ThreadState.Current.Interpreter);
    static List<Callback> For(Interpreter interp) => s_lists.GetValue(interp, static _ => []);

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("atexit", "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n");
        RegisterFunctions(m.Dict, m);
        return m;
    }

    [PyMethod("register($module, func, /, *args, **kwargs)", HideSignature = true, Doc = "register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon normal program termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator.")]
    static PyObject Register(PyObject func, PyTuple args, PyDict? kwargs)
    {
        if (func.Type.Call == null) throw PyException.TypeError("the first argument must be callable");
        Cur.Add(new Callback(func, (PyObject[])args.Items.Clone(), kwargs is { Count: > 0 } ? kwargs : null));
        return func;
    }

    [PyMethod("unregister($module, func, /)", Doc = "Unregister an exit function which was previously registered using\natexit.register\n\n    func - function to be unregistered")]
    static void Unregister(PyObject func)
    {
        var l = Cur;
        for (int i = l.Count - 1; i >= 0; i--)
            if (ReferenceEquals(l[i].Func, func) || Ops.EqBool(l[i].Func, func)) l.RemoveAt(i);
    }

    [PyMethod("_run_exitfuncs($module, /)", Doc = "Run all registered exit functions.\n\nIf a callback raises an exception, it is logged with sys.unraisablehook.")]
    static void RunExitFuncsPy() => RunExitFuncs(Taipan.Runtime.ThreadState.Current.Interpreter);

    [PyMethod("_clear($module, /)", Doc = "Clear the list of previously registered exit functions.")]
    static void Clear() => Cur.Clear();

    [PyMethod("_ncallbacks($module, /)", Doc = "Return the number of registered exit functions.")]
    static long NCallbacks() => Cur.Count;

    /// <summary>Runs and clears the interpreter's exit functions, newest first; errors are reported, not raised.</summary>
    public static void RunExitFuncs(Interpreter interp)
    {
        if (!s_lists.TryGetValue(interp, out var l)) return;
        while (l.Count > 0)
        {
            var cb = l[^1];
            l.RemoveAt(l.Count - 1);
            try { Ops.CallWithTupleDict(cb.Func, new PyTuple(cb.Args), cb.Kwargs); }
            catch (PyException ex)
            {
                if (ex.Value.Type.IsSubtypeOf(PyExc.SystemExit)) continue;
                var err = interp.Host.StandardError;
                var text = $"Exception ignored in atexit callback: {Ops.Repr(cb.Func).Value}\n{TypeName(ex.Value.Type)}: {Ops.Str(ex.Value).Value}\n";
                err.Write(System.Text.Encoding.UTF8.GetBytes(text));
                err.Flush();
            }
        }
    }

    static string TypeName(PyType t) => t.BuiltinModule is string m && m != "builtins" ? m + "." + t.Name : t.Name;
}
