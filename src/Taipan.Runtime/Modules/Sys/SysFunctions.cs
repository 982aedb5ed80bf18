using Taipan.Runtime.Bytecode;
namespace Taipan.Runtime;

/// <summary>The functions of the sys module.</summary>
internal static class SysFunctions
{
    static PyStr S(string v) => new(v);

    public static void Install(Interpreter interp, PyModule m)
    {
        var d = m.Dict;
        TypeMembers.Function(m, "exc_info", static (self, args, kw) =>
        {
            TypeMembers.ExactArgs("exc_info", args, kw, 0);
            var e = ThreadState.Current.HandledException;
            if (e == null) return PyTuple.Create(PyNone.Instance, PyNone.Instance, PyNone.Instance);
            return PyTuple.Create(e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance);
        }, "exc_info($module, /)");
        TypeMembers.Function(m, "exception", static (self, args, kw) =>
        {
            TypeMembers.ExactArgs("exception", args, kw, 0);
            return (PyObject?)ThreadState.Current.HandledException ?? PyNone.Instance;
        }, "exception($module, /)");
        TypeMembers.Function(m, "getrecursionlimit", static (self, args, kw) =>
        {
            TypeMembers.ExactArgs("getrecursionlimit", args, kw, 0);
            return PyInt.Get(ThreadState.Current.Interpreter.RecursionLimit);
        });
        TypeMembers.Function(m, "setrecursionlimit", static (self, args, kw) =>
        {
            TypeMembers.ExactArgs("setrecursionlimit", args, kw, 1);
            if (args[0] is PyFloat) throw PyException.TypeError("'float' object cannot be interpreted as an integer");
            long limit = Ops.AsIndex(args[0]);
            if (limit < 1) throw PyException.ValueError("recursion limit must be greater or equal than 1");
            var ts = ThreadState.Current;
            if (limit <= ts.Depth)
                throw PyException.RecursionError($"cannot set the recursion limit to {limit} at the recursion depth {ts.Depth}: the limit is too low");
            ts.Interpreter.RecursionLimit = (int)Math.Min(limit, int.MaxValue);
            return PyNone.Instance;
        });
        TypeMembers.Function(m, "getdefaultencoding", static (self, args, kw) => S("utf-8"));
        TypeMembers.Function(m, "getfilesystemencoding", static (self, args, kw) => S("utf-8"));
        TypeMembers.Function(m, "getfilesystemencodeerrors", static (self, args, kw) => S("surrogateescape"));
        TypeMembers.Function(m, "intern", static (self, args, kw) =>
        {
            TypeMembers.ExactArgs("intern", args, kw, 1);
            if (args[0] is not PyStr s || s.Type != PyStr.TypeObject)
                throw PyException.TypeError($"intern() argument must be str, not {args[0].Type.Name}");
            return PyStr.Intern(s);
        });
        TypeMembers.Function(m, "getsizeof", static (self, args, kw) =>
        {
            TypeMembers.ArgRange("getsizeof", args, kw, 1, 2);
            var sizeofMeth = args[0].Type.Lookup("__sizeof__");
            if (sizeofMeth != null) return Ops.Add(Ops.CallBound(sizeofMeth, args[0], []), PyInt.Get(16));
            return PyInt.Get(ApproxSize(args[0]));
        });
        TypeMembers.Function(m, "getrefcount", static (self, args, kw) => PyInt.Get(2));
        TypeMembers.Function(m, "exit", static (self, args, kw) =>
        {
            TypeMembers.ArgRange("exit", args, kw, 0, 1);
            var e = args.Length == 0 ? PyBaseException.Create(PyExc.SystemExit) : PyBaseException.Create(PyExc.SystemExit, args[0]);
            e.SetAttribute("code", args.Length == 0 ? PyNone.Instance : args[0]);
            throw new PyException(e);
        }, "exit($module, status=None, /)");
        TypeMembers.Function(m, "_getframe", static (self, args, kw) =>
        {
            TypeMembers.ArgRange("_getframe", args, kw, 0, 1);
            long depth = args.Length > 0 ? Ops.AsIndex(args[0]) : 0;
            var f = ThreadState.Current.Frame;
            while (depth-- > 0 && f != null) f = f.Back;
            return (PyObject?)f ?? throw PyException.ValueError("call stack is not deep enough");
        });
        TypeMembers.Function(m, "settrace", static (self, args, kw) =>
        {
            ThreadState.Current.TraceFunction = args.Length > 0 && args[0] is not PyNone ? args[0] : null;
            return PyNone.Instance;
        });
        TypeMembers.Function(m, "gettrace", static (self, args, kw) => ThreadState.Current.TraceFunction ?? PyNone.Instance);
        TypeMembers.Function(m, "setprofile", static (self, args, kw) =>
        {
            ThreadState.Current.ProfileFunction = args.Length > 0 && args[0] is not PyNone ? args[0] : null;
            return PyNone.Instance;
        });
        TypeMembers.Function(m, "getprofile", static (self, args, kw) => ThreadState.Current.ProfileFunction ?? PyNone.Instance);
        TypeMembers.Function(m, "is_finalizing", static (self, args, kw) => PyBool.False);
        TypeMembers.Function(m, "audit", static (self, args, kw) => PyNone.Instance);
        TypeMembers.Function(m, "addaudithook", static (self, args, kw) => PyNone.Instance);
        double switchInterval = 0.005;
        TypeMembers.Function(m, "getswitchinterval", (self, args, kw) => new PyFloat(switchInterval));
        TypeMembers.Function(m, "setswitchinterval", (self, args, kw) =>
        {
            TypeMembers.ExactArgs("setswitchinterval", args, kw, 1);
            double v = args[0] is PyFloat f ? f.Value : Ops.AsIndex(args[0]);
            if (v <= 0) throw PyException.ValueError("switch interval must be strictly positive");
            switchInterval = v;
            return PyNone.Instance;
        });
        var displayhook = TypeMembers.Function(m, "displayhook", static (self, args, kw) =>
        {
            TypeMembers.ExactArgs("displayhook", args, kw, 1);
            DisplayHook(args[0]);
            return PyNone.Instance;
        }, "displayhook($module, object, /)");
        d.SetItem("__displayhook__", displayhook);
        var excepthook = TypeMembers.Function(m, "excepthook", static (self, args, kw) =>
        {
            TypeMembers.ExactArgs("excepthook", args, kw, 3);
            var ts = ThreadState.Current;
            var value = args[1] as PyBaseException;
            if (value == null)
            {
                TracebackPrinter.WriteToStderr(ts.Interpreter, "TypeError: print_exception(): Exception expected for value, " + args[1].Type.Name + " found\n");
                return PyNone.Instance;
            }
            TracebackPrinter.PrintToStderr(ts.Interpreter, value);
            return PyNone.Instance;
        }, "excepthook($module, exctype, value, traceback, /)");
        d.SetItem("__excepthook__", excepthook);
        var unraisable = TypeMembers.Function(m, "unraisablehook", static (self, args, kw) => PyNone.Instance);
        d.SetItem("__unraisablehook__", unraisable);
        TypeMembers.Function(m, "call_tracing", static (self, args, kw) =>
        {
            TypeMembers.ExactArgs("call_tracing", args, kw, 2);
            return Ops.CallWithTupleDict(args[0], (PyTuple)args[1], null);
        });
        TypeMembers.Function(m, "get_int_max_str_digits", static (self, args, kw) => PyInt.Get(4300));
        TypeMembers.Function(m, "set_int_max_str_digits", static (self, args, kw) => PyNone.Instance);
        TypeMembers.Function(m, "activate_stack_trampoline", static (self, args, kw) => PyNone.Instance);
        TypeMembers.Function(m, "is_stack_trampoline_active", static (self, args, kw) => PyBool.False);
        _ = interp;
    }

    /// <summary>sys.displayhook: print repr(value) to sys.stdout and remember it as builtins._.</summary>
    internal static void DisplayHook(PyObject value)
    {
        if (value is PyNone) return;
        var interp = ThreadState.Current.Interpreter;
        var underscore = PyStr.Intern("_");
        interp.BuiltinsDict.SetItem(underscore, PyNone.Instance);
        var stdout = interp.SysAttr("stdout");
        if (stdout == null || stdout is PyNone) throw PyException.RuntimeError("lost sys.stdout");
        var text = Ops.Repr(value).Value + "\n";
        if (stdout is PyTextStream ts) ts.Write(text);
        else Ops.Call(Ops.GetAttr(stdout, "write"), [new PyStr(text)]);
        interp.BuiltinsDict.SetItem(underscore, value);
    }

    static long ApproxSize(PyObject o) => o switch
    {
        PyInt i => i.IsSmall ? (i.Small == 0 ? 24 : 28) : 24 + 4 * ((i.Big.GetByteCount() * 8 + 29) / 30),
        PyFloat => 24,
        PyStr s => 49 + s.Length,
        PyTuple t => 40 + 8 * t.Count,
        PyList l => 56 + 8 * l.Items.Length,
        PyDict => 184,
        _ => 48,
    };
}
