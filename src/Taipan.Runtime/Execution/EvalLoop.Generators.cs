using Taipan.Runtime.Bytecode;

namespace Taipan.Runtime;

/// <summary>yield from / await / async for helpers.</summary>
public static partial class EvalLoop
{
    static readonly PyStr s_send = PyStr.Intern("send"), s_next = PyStr.Intern("__next__");

    /// <summary>SEND: advances the receiver with v; returned=true when it finished (result is its return value).</summary>
    static PyObject Send(PyObject receiver, PyObject v, out bool returned)
    {
        if (receiver is PyGenerator g && !g.IsAsyncGenerator)
        {
            return g.Resume(v, null, out returned);
        }
        returned = false;
        try
        {
            if (ReferenceEquals(v, PyNone.Instance) && receiver.Type.Next is { } next)
            {
                var r = next(receiver);
                if (r != null) return r;
                returned = true;
                return PyNone.Instance;
            }
            var send = Ops.GetAttr(receiver, s_send);
            return Ops.Call(send, [v]);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            returned = true;
            return StopIterationValue(e.Value);
        }
    }

    static PyObject GetYieldFromIter(PyCode code, PyObject o)
    {
        if (o is PyGenerator g)
        {
            if (g.IsCoroutine && (code.Flags & (CodeFlags.Coroutine | CodeFlags.IterableCoroutine)) == 0)
                throw PyException.TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            if (!g.IsAsyncGenerator) return o;
        }
        return Ops.GetIter(o);
    }

    /// <summary>GET_AWAITABLE: the iterator behind `await o`.</summary>
    static PyObject GetAwaitable(PyObject o, int where)
    {
        if (o is PyGenerator g)
        {
            if (g.IsCoroutine || (!g.IsAsyncGenerator && (g.Frame.Code.Flags & CodeFlags.IterableCoroutine) != 0))
            {
                if (g.IsCoroutine && g.YieldFrom != null)
                    throw PyException.RuntimeError("coroutine is being awaited already");
                return o;
            }
        }
        var f = o.Type.Await;
        PyObject? res = null;
        if (f != null) res = f(o);
        else if (o.Type.Lookup("__await__") is { } meth) res = Ops.CallBound(meth, o, []);
        if (res == null)
        {
            string msg = where switch
            {
                1 => $"'async with' received an object from __aenter__ that does not implement __await__: {o.Type.Name}",
                2 => $"'async with' received an object from __aexit__ that does not implement __await__: {o.Type.Name}",
                _ => $"object {o.Type.Name} can't be used in 'await' expression",
            };
            throw PyException.TypeError(msg);
        }
        if (res is PyGenerator rg && rg.IsCoroutine)
            throw PyException.TypeError("__await__() returned a coroutine");
        if (res.Type.Next == null)
            throw PyException.TypeError($"__await__() returned non-iterator of type '{res.Type.Name}'");
        return res;
    }

    static PyObject GetAIter(PyObject o)
    {
        PyObject it;
        if (o.Type.AIter is { } f) it = f(o);
        else if (o.Type.Lookup("__aiter__") is { } m) it = Ops.CallBound(m, o, []);
        else throw PyException.TypeError($"'async for' requires an object with __aiter__ method, got {o.Type.Name}");
        if (it.Type.ANext == null && it.Type.Lookup("__anext__") == null)
            throw PyException.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {it.Type.Name}");
        return it;
    }

    static PyObject GetANext(PyObject aiter)
    {
        PyObject awaitable;
        if (aiter.Type.ANext is { } f) awaitable = f(aiter);
        else if (aiter.Type.Lookup("__anext__") is { } m) awaitable = Ops.CallBound(m, aiter, []);
        else throw PyException.TypeError($"'async for' requires an iterator with __anext__ method, got {aiter.Type.Name}");
        if (awaitable is PyAsyncGenAwaitable) return awaitable;
        try { return GetAwaitable(awaitable, 0); }
        catch (PyException e) when (e.Value.Type == PyExc.TypeError)
        {
            throw PyException.TypeError($"'async for' received an invalid object from __anext__: {awaitable.Type.Name}");
        }
    }
}
