using Taipan.Runtime.Bytecode;
namespace Taipan.Runtime;

/// <summary>coroutine.__await__(): an iterator driving the coroutine (CPython's coroutine_wrapper).</summary>
public sealed class PyCoroutineWrapper : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("coroutine_wrapper", null, typeof(PyCoroutineWrapper), SetupType, TypeFlags.None);

    public readonly PyGenerator Coroutine;

    public PyCoroutineWrapper(PyGenerator coroutine) : base(TypeObject) { Coroutine = coroutine; }

    static void SetupType(PyType t)
    {
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var r = ((PyCoroutineWrapper)o).Coroutine.Resume(PyNone.Instance, null, out bool returned);
            if (returned)
            {
                if (ReferenceEquals(r, PyNone.Instance)) return null;
                throw new PyException(EvalLoop.MakeStopIteration(r));
            }
            return r;
        };
        TypeMembers.Method(t, "send", static (self, args, kw) =>
        {
            TypeMembers.ExactArgs("send", args, kw, 1);
            return ((PyCoroutineWrapper)self!).Coroutine.Send(args[0]);
        });
        TypeMembers.Method(t, "throw", static (self, args, kw) =>
            ((PyCoroutineWrapper)self!).Coroutine.Throw(PyGenerator.ThrowArgs(args, "throw")));
        TypeMembers.Method(t, "close", static (self, args, kw) => ((PyCoroutineWrapper)self!).Coroutine.Close());
    }
}

/// <summary>A value yielded by an async generator body (as opposed to one passed through from an await).</summary>
public sealed class PyAsyncGenWrappedValue : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("async_generator_wrapped_value", null, typeof(PyAsyncGenWrappedValue), static _ => { }, TypeFlags.None);

    public readonly PyObject Value;

    public PyAsyncGenWrappedValue(PyObject value) : base(TypeObject) { Value = value; }
}

public enum AsyncGenOp { Send, Throw, Close }

/// <summary>The awaitables returned by async generators' __anext__/asend/athrow/aclose.</summary>
public sealed class PyAsyncGenAwaitable : PyObject
{
    public static readonly PyType ASendType = PyType.Builtin("async_generator_asend", null, typeof(PyAsyncGenAwaitable), SetupType, TypeFlags.None);
    public static readonly PyType AThrowType = PyType.Builtin("async_generator_athrow", null, typeof(PyAsyncGenAwaitable), SetupType, TypeFlags.None);

    readonly PyGenerator _gen;
    readonly AsyncGenOp _op;
    readonly PyObject _value;
    readonly PyBaseException? _exc;
    int _state; // 0 init, 1 iterating, 2 closed

    public PyAsyncGenAwaitable(PyGenerator gen, AsyncGenOp op, PyObject value, PyBaseException? exc)
        : base(op == AsyncGenOp.Send ? ASendType : AThrowType)
    {
        _gen = gen;
        _op = op;
        _value = value;
        _exc = exc;
    }

    PyObject Step(PyObject sent, PyBaseException? throwIn)
    {
        if (_state == 2)
            throw PyException.RuntimeError(_op == AsyncGenOp.Send
                ? "cannot reuse already awaited __anext__()/asend()"
                : "cannot reuse already awaited aclose()/athrow()");
        PyObject r;
        bool returned;
        try
        {
            if (_state == 0)
            {
                if (_gen.RunningAsync)
                    throw PyException.RuntimeError(_op == AsyncGenOp.Send
                        ? "anext(): asynchronous generator is already running"
                        : "athrow(): asynchronous generator is already running");
                _state = 1;
                _gen.RunningAsync = true;
                if (_op == AsyncGenOp.Send)
                    r = _gen.Resume(ReferenceEquals(sent, PyNone.Instance) ? _value : sent, throwIn, out returned);
                else if (_gen.IsFinished || _gen.Frame.State == FrameState.Created && _op == AsyncGenOp.Close)
                {
                    _gen.Frame.State = FrameState.Completed;
                    Finish();
                    throw new PyException(EvalLoop.MakeStopIteration(PyNone.Instance));
                }
                else
                {
                    var exc = _op == AsyncGenOp.Close ? PyBaseException.Create(PyExc.GeneratorExit) : _exc!;
                    r = ThrowInto(exc, out returned);
                }
            }
            else if (throwIn != null) r = ThrowInto(throwIn, out returned);
            else r = _gen.Resume(sent, null, out returned);
        }
        catch (PyException e)
        {
            Finish();
            if (_op == AsyncGenOp.Close && (e.Value.Type.IsSubtypeOf(PyExc.StopAsyncIteration) || e.Value.Type.IsSubtypeOf(PyExc.GeneratorExit)))
                throw new PyException(EvalLoop.MakeStopIteration(PyNone.Instance));
            throw;
        }
        if (returned)
        {
            Finish();
            if (_op == AsyncGenOp.Close) throw new PyException(EvalLoop.MakeStopIteration(PyNone.Instance));
            throw PyException.Create(PyExc.StopAsyncIteration);
        }
        if (r is PyAsyncGenWrappedValue w)
        {
            Finish();
            if (_op == AsyncGenOp.Close) throw PyException.RuntimeError("async generator ignored GeneratorExit");
            throw new PyException(EvalLoop.MakeStopIteration(w.Value));
        }
        return r;
    }

    PyObject ThrowInto(PyBaseException exc, out bool returned)
    {
        try
        {
            returned = false;
            return _gen.Throw(exc);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopAsyncIteration) && _op != AsyncGenOp.Close)
        {
            returned = true;
            return PyNone.Instance;
        }
    }

    void Finish()
    {
        _state = 2;
        _gen.RunningAsync = false;
    }

    static void SetupType(PyType t)
    {
        t.Iter = static o => o;
        t.Await = static o => o;
        t.Next = static o =>
        {
            try { return ((PyAsyncGenAwaitable)o).Step(PyNone.Instance, null); }
            catch (PyException e) when (e.Value.Type == PyExc.StopIteration && e.Value.Args.Count == 0) { return null; }
        };
        TypeMembers.Method(t, "send", static (self, args, kw) =>
        {
            TypeMembers.ExactArgs("send", args, kw, 1);
            return ((PyAsyncGenAwaitable)self!).Step(args[0], null);
        });
        TypeMembers.Method(t, "throw", static (self, args, kw) =>
            ((PyAsyncGenAwaitable)self!).Step(PyNone.Instance, PyGenerator.ThrowArgs(args, "throw")));
        TypeMembers.Method(t, "close", static (self, args, kw) => { ((PyAsyncGenAwaitable)self!)._state = 2; return PyNone.Instance; });
    }
}
