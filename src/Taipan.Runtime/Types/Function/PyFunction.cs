using Taipan.Runtime.Bytecode;

namespace Taipan.Runtime;

/// <summary>
/// A Python function (the `function` type): code plus the environment it runs in (globals, builtins,
/// defaults, closure cells). Calling it from Python code pushes a frame on the same evaluation loop;
/// calling it from C# runs a nested loop (see <see cref="EvalLoop.CallFunction"/>).
/// </summary>
public sealed partial class PyFunction : PyObject, IHasDict, IBindsAsMethod
{
    public static readonly PyType TypeObject = PyType.Builtin("function", null, typeof(PyFunction), SetupType, TypeFlags.HasDict);

    public PyCode Code;
    public readonly PyDict Globals;
    public PyDict Builtins;
    public PyStr Name;
    public PyStr QualName;
    public PyObject Module;
    public PyObject Doc;
    public PyTuple? Defaults;
    public PyDict? KwDefaults;
    /// <summary>Cells for the code's free variables, in co_freevars order.</summary>
    public PyCell[]? Closure;
    public PyObject? Annotations;
    public PyObject TypeParams = PyTuple.Empty;
    public PyDict? Dict { get; set; }
    /// <summary>Incremented when __code__/__defaults__/... change, so call-site caches can check it.</summary>
    public uint Version;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins, PyStr? qualname = null) : base(TypeObject)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Name = PyStr.Intern(code.Name);
        QualName = qualname ?? PyStr.Intern(code.QualName);
        Module = globals.GetOrNull("__name__") ?? PyNone.Instance;
        Doc = PyNone.Instance;
        if (code.Constants.Length > 0 && code.Constants[0] is PyStr d) Doc = d;
    }

    static void SetupType(PyType t)
    {
        t.Call = static (f, args, kw) => EvalLoop.CallFunction((PyFunction)f, args, kw);
        t.DescrGet = static (f, obj, owner) => obj == null ? f : new PyMethod(f, obj);
        t.Repr = static o => new PyStr($"<function {((PyFunction)o).QualName.Value} at {Ops.AddressString(o)}>");
        t.New = FunctionNew;
        SetupMembers(t);
    }

    static void SetupMembers(PyType t)
    {
        TypeMembers.Getter(t, "__code__", static o => ((PyFunction)o).Code, static (o, v) =>
        {
            if (v is not PyCode c) throw PyException.TypeError("__code__ must be set to a code object");
            var f = (PyFunction)o;
            int nfree = c.NFree, have = f.Closure?.Length ?? 0;
            if (nfree != have)
                throw PyException.ValueError($"{f.Name.Value}() requires a code object with {have} free vars, not {nfree}");
            f.Code = c;
            f.Version++;
        });
        TypeMembers.Getter(t, "__globals__", static o => ((PyFunction)o).Globals);
        TypeMembers.Getter(t, "__builtins__", static o => ((PyFunction)o).Builtins);
        TypeMembers.Getter(t, "__closure__", static o => ((PyFunction)o).Closure is { } c ? new PyTuple(c) : PyNone.Instance);
        TypeMembers.Getter(t, "__name__", static o => ((PyFunction)o).Name,
            static (o, v) => ((PyFunction)o).Name = v is PyStr s ? s : throw PyException.TypeError("__name__ must be set to a string object"));
        TypeMembers.Getter(t, "__qualname__", static o => ((PyFunction)o).QualName,
            static (o, v) => ((PyFunction)o).QualName = v is PyStr s ? s : throw PyException.TypeError("__qualname__ must be set to a string object"));
        TypeMembers.Getter(t, "__module__", static o => ((PyFunction)o).Module,
            static (o, v) => ((PyFunction)o).Module = v ?? PyNone.Instance);
        TypeMembers.Getter(t, "__doc__", static o => ((PyFunction)o).Doc,
            static (o, v) => ((PyFunction)o).Doc = v ?? PyNone.Instance);
        TypeMembers.Getter(t, "__defaults__", static o => (PyObject?)((PyFunction)o).Defaults ?? PyNone.Instance, static (o, v) =>
        {
            var f = (PyFunction)o;
            if (v == null || v is PyNone) f.Defaults = null;
            else if (v is PyTuple tp) f.Defaults = tp.Count == 0 ? null : tp;
            else throw PyException.TypeError("__defaults__ must be set to a tuple object");
            f.Version++;
        });
        TypeMembers.Getter(t, "__kwdefaults__", static o => (PyObject?)((PyFunction)o).KwDefaults ?? PyNone.Instance, static (o, v) =>
        {
            var f = (PyFunction)o;
            if (v == null || v is PyNone) f.KwDefaults = null;
            else if (v is PyDict d) f.KwDefaults = d;
            else throw PyException.TypeError("__kwdefaults__ must be set to a dict object");
            f.Version++;
        });
        TypeMembers.Getter(t, "__annotations__", static o =>
        {
            var f = (PyFunction)o;
            if (f.Annotations is PyTuple pairs)
            {
                // The compiler may hand annotations over as a flat (name, value, ...) tuple.
                var d = new PyDict();
                for (int i = 0; i + 1 < pairs.Count; i += 2) d.SetItem(pairs[i], pairs[i + 1]);
                f.Annotations = d;
            }
            return f.Annotations ??= new PyDict();
        }, static (o, v) =>
        {
            if (v != null && v is not PyDict && v is not PyNone) throw PyException.TypeError("__annotations__ must be set to a dict object");
            ((PyFunction)o).Annotations = v is PyDict ? v : null;
        });
        TypeMembers.Getter(t, "__type_params__", static o => ((PyFunction)o).TypeParams, static (o, v) =>
        {
            if (v is not PyTuple) throw PyException.TypeError("__type_params__ must be set to a tuple");
            ((PyFunction)o).TypeParams = v;
        });
        TypeMembers.Getter(t, "__dict__", static o => ((PyFunction)o).Dict ??= new PyDict(), static (o, v) =>
        {
            if (v is not PyDict d) throw PyException.TypeError(v == null ? "cannot delete __dict__" : "__dict__ must be set to a dictionary, not a '" + v.Type.Name + "'");
            ((PyFunction)o).Dict = d;
        });
    }

    /// <summary>types.FunctionType(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None).</summary>
    static PyObject FunctionNew(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var sig = s_newSig ??= new PySignature("function(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)");
        var a = sig.Bind(args, kw, out _, out _);
        if (a[0] is not PyCode code) throw PyException.TypeError($"function() argument 'code' must be code, not {a[0]!.Type.Name}");
        if (a[1] is not PyDict globals) throw PyException.TypeError($"function() argument 'globals' must be dict, not {a[1]!.Type.Name}");
        var builtins = globals.GetOrNull("__builtins__") switch
        {
            PyDict d => d,
            PyModule m => m.Dict,
            _ => ThreadState.Current.Interpreter.BuiltinsDict,
        };
        var f = new PyFunction(code, globals, builtins);
        if (a[2] is PyStr n) f.Name = n;
        else if (a[2] != null && a[2] is not PyNone) throw PyException.TypeError("arg 3 (name) must be None or string");
        if (a[3] is PyTuple defs) f.Defaults = defs;
        else if (a[3] != null && a[3] is not PyNone) throw PyException.TypeError("arg 4 (defaults) must be None or tuple");
        if (a[4] is PyTuple cl)
        {
            var cells = new PyCell[cl.Count];
            for (int i = 0; i < cells.Length; i++)
                cells[i] = cl[i] as PyCell ?? throw PyException.TypeError($"arg 5 (closure) expected cell, found {cl[i].Type.Name}");
            f.Closure = cells;
        }
        int nfree = code.NFree;
        if ((f.Closure?.Length ?? 0) != nfree)
            throw PyException.ValueError(nfree == 0 || f.Closure == null
                ? $"{code.Name} requires closure of length {nfree}, not {f.Closure?.Length ?? 0}"
                : $"{code.Name} requires closure of length {nfree}, not {f.Closure.Length}");
        if (a[5] is PyDict kwd) f.KwDefaults = kwd;
        return f;
    }

    static PySignature? s_newSig;
}
