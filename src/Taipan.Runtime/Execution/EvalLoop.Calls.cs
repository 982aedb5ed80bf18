using Taipan.Runtime.Bytecode;

namespace Taipan.Runtime;

/// <summary>Function creation and calls.</summary>
public static partial class EvalLoop
{
    /// <summary>Calls a Python function from C#: a nested loop whose entry frame is a non-suspendable boundary.</summary>
    public static PyObject CallFunction(PyFunction f, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var ts = ThreadState.Current;
        var frame = NewFrame(f, args, kwnames);
        if ((f.Code.Flags & GeneratorFlags) != 0) return PyGenerator.Create(frame);
        return Run(ts, frame);
    }

    /// <summary>A frame for a call of <paramref name="f"/> with its arguments bound.</summary>
    internal static PyFrame NewFrame(PyFunction f, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var frame = new PyFrame(f.Code, f.Globals, f.Builtins, null, f);
        f.BindArguments(frame.Slots, args, kwnames);
        return frame;
    }

    static PyException NotCallable(PyObject o) => PyException.TypeError($"'{o.Type.Name}' object is not callable");

    static int MakeFunction(PyFrame frame, PyObject?[] s, int sp, int flags)
    {
        int top = sp;
        var code = (PyCode)s[--sp]!;
        var f = new PyFunction(code, frame.Globals, frame.Builtins);
        if ((flags & (int)MakeFunctionFlags.Closure) != 0)
        {
            var t = (PyTuple)s[--sp]!;
            var cells = new PyCell[t.Count];
            for (int i = 0; i < cells.Length; i++) cells[i] = (PyCell)t.Items[i];
            f.Closure = cells;
        }
        if ((flags & (int)MakeFunctionFlags.Annotations) != 0) f.Annotations = s[--sp];
        if ((flags & (int)MakeFunctionFlags.KwDefaults) != 0) f.KwDefaults = (PyDict)s[--sp]!;
        if ((flags & (int)MakeFunctionFlags.Defaults) != 0)
        {
            var d = (PyTuple)s[--sp]!;
            f.Defaults = d.Count == 0 ? null : d;
        }
        Array.Clear(s, sp, top - sp);
        s[sp++] = f;
        return sp;
    }

    /// <summary>f(*args, **kwargs).</summary>
    static PyObject CallFunctionEx(PyObject func, PyObject callargs, PyObject? kwargs)
    {
        PyTuple args;
        if (callargs is PyTuple t) args = t;
        else
        {
            if (callargs.Type.Iter == null && callargs.Type.GetItem == null)
                throw PyException.TypeError($"{FunctionDescription(func)} argument after * must be an iterable, not {callargs.Type.Name}");
            args = new PyTuple(Ops.ToArray(callargs));
        }
        PyDict? kw = null;
        if (kwargs != null)
        {
            if (kwargs is PyDict d && d.Type == PyDict.TypeObject) kw = d;
            else
            {
                kw = new PyDict();
                DictMerge(kw, kwargs, func);
            }
        }
        if (kw == null || kw.Count == 0)
            return func.Type.Call is { } c ? c(func, args.Items, null) : throw NotCallable(func);
        var all = new PyObject[args.Count + kw.Count];
        args.Items.CopyTo(all, 0);
        var names = new PyObject[kw.Count];
        int i = 0, pos = 0;
        while (kw.Next(ref pos, out var k, out var v))
        {
            if (k is not PyStr) throw PyException.TypeError("keywords must be strings");
            names[i] = k;
            all[args.Count + i] = v;
            i++;
        }
        var call = func.Type.Call ?? throw NotCallable(func);
        return call(func, all, new PyTuple(names));
    }

    static PyObject Intrinsic1Call(ThreadState ts, PyFrame frame, Intrinsic1 which, PyObject v)
    {
        switch (which)
        {
            case Intrinsic1.Print:
                {
                    var hook = ts.Interpreter.SysAttr("displayhook") ?? throw PyException.RuntimeError("lost sys.displayhook");
                    Ops.Call(hook, [v]);
                    return PyNone.Instance;
                }
            case Intrinsic1.ImportStar:
                ImportStar(ts, frame, v);
                return PyNone.Instance;
            case Intrinsic1.StopIterationError:
                return StopIterationToRuntimeError(frame.Code, (PyBaseException)v);
            case Intrinsic1.AsyncGenWrap:
                return new PyAsyncGenWrappedValue(v);
            case Intrinsic1.UnaryPositive:
                return Ops.Positive(v);
            case Intrinsic1.ListToTuple:
                return PyTuple.Create(((PyList)v).AsSpan());
            default:
                throw PyException.SystemError($"intrinsic {which} is not supported yet");
        }
    }

    static PyObject Intrinsic2Call(PyFrame frame, Intrinsic2 which, PyObject v2, PyObject v1)
    {
        switch (which)
        {
            case Intrinsic2.PrepReraiseStar:
                return PrepReraiseStar(v2, v1);
            case Intrinsic2.SetFunctionTypeParams:
                ((PyFunction)v1).TypeParams = v2;
                return v1;
            default:
                throw PyException.SystemError($"intrinsic {which} is not supported yet");
        }
    }

    /// <summary>PEP 479: a StopIteration escaping a generator body becomes RuntimeError.</summary>
    internal static PyBaseException StopIterationToRuntimeError(PyCode code, PyBaseException exc)
    {
        string? msg = null;
        if ((code.Flags & CodeFlags.AsyncGenerator) != 0)
        {
            if (exc.Type.IsSubtypeOf(PyExc.StopIteration)) msg = "async generator raised StopIteration";
            else if (exc.Type.IsSubtypeOf(PyExc.StopAsyncIteration)) msg = "async generator raised StopAsyncIteration";
        }
        else if (exc.Type.IsSubtypeOf(PyExc.StopIteration))
            msg = (code.Flags & CodeFlags.Coroutine) != 0 ? "coroutine raised StopIteration" : "generator raised StopIteration";
        if (msg == null) return exc;
        var e = PyException.RuntimeError(msg).Value;
        e.Cause = exc;
        e.Context = exc;
        e.SuppressContext = true;
        return e;
    }
}
