using Taipan.Runtime.Bytecode;
namespace Taipan.Runtime;

/// <summary>raise, except matching, exception groups (except*), and with-statement helpers.</summary>
public static partial class EvalLoop
{
    /// <summary>except* T: T must be an exception class but not an exception group.</summary>
    static void CheckExceptStarType(PyObject type)
    {
        CheckExceptType(type);
        bool isGroup = type is PyTuple t
            ? t.Items.Any(x => x is PyType xt && xt.IsSubtypeOf(PyExc.BaseExceptionGroup))
            : type is PyType pt && pt.IsSubtypeOf(PyExc.BaseExceptionGroup);
        if (isGroup) throw PyException.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }

    static void CheckExceptType(PyObject type)
    {
        if (type is PyTuple t)
        {
            foreach (var x in t.Items)
                if (x is not PyType xt || !xt.IsSubtypeOf(PyExc.BaseException))
                    throw PyException.TypeError("catching classes that do not inherit from BaseException is not allowed");
            return;
        }
        if (type is not PyType pt || !pt.IsSubtypeOf(PyExc.BaseException))
            throw PyException.TypeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /// <summary>PyErr_GivenExceptionMatches: exc's type is a subclass of type (or of any in a tuple).</summary>
    internal static bool ExceptionMatches(PyObject exc, PyObject type)
    {
        var et = exc is PyType t0 ? t0 : exc.Type;
        if (type is PyTuple tuple)
        {
            foreach (var x in tuple.Items)
                if (ExceptionMatches(et, x)) return true;
            return false;
        }
        return type is PyType t && et.IsSubtypeOf(t);
    }

    /// <summary>Normalises the operand of raise: a class is instantiated; anything else must be an exception.</summary>
    internal static PyBaseException MakeException(PyObject v, bool isCause = false)
    {
        if (v is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            var inst = Ops.Call(t);
            if (inst is PyBaseException e) return e;
            throw PyException.TypeError($"calling {Ops.Repr(t).Value} should have returned an instance of BaseException, not {inst.Type.Name}");
        }
        if (v is PyBaseException be) return be;
        throw PyException.TypeError(isCause
            ? "exception causes must derive from BaseException"
            : "exceptions must derive from BaseException");
    }

    static PyBaseException DoRaise(ThreadState ts, PyObject?[] s, ref int sp, int argc, out bool addTraceback)
    {
        addTraceback = true;
        if (argc == 0)
        {
            // Bare raise: re-raise the handled exception without a new traceback entry.
            var handled = ts.HandledException ?? throw PyException.RuntimeError("No active exception to reraise");
            addTraceback = false;
            return handled;
        }
        PyObject? cause = null;
        if (argc == 2) { cause = s[--sp]; s[sp] = null; }
        var v = s[--sp]!;
        s[sp] = null;
        var exc = MakeException(v);
        if (argc == 2)
        {
            if (cause is PyNone) exc.Cause = null;
            else
            {
                var c = MakeException(cause!, true);
                exc.Cause = c;
            }
            exc.SuppressContext = true;
        }
        SetContext(ts, exc);
        return exc;
    }

    internal static PyObject StopIterationValue(PyBaseException e) =>
        e.GetAttribute("value") ?? (e.Args.Count > 0 ? e.Args[0] : PyNone.Instance);

    internal static PyBaseException MakeStopIteration(PyObject value)
    {
        var e = ReferenceEquals(value, PyNone.Instance)
            ? PyBaseException.Create(PyExc.StopIteration)
            : PyBaseException.Create(PyExc.StopIteration, value);
        e.SetAttribute("value", value);
        return e;
    }

    // ---------------- with ----------------

    static readonly PyStr s_enter = PyStr.Intern("__enter__"), s_exit = PyStr.Intern("__exit__"),
        s_aenter = PyStr.Intern("__aenter__"), s_aexit = PyStr.Intern("__aexit__");

    static PyObject BindSpecial(PyObject self, PyObject f) =>
        f.Type.DescrGet is { } get ? get(f, self, self.Type) : f;

    static PyObject BeforeWith(PyObject mgr, out PyObject exit)
    {
        var enter = mgr.Type.Lookup(s_enter)
            ?? throw PyException.TypeError($"'{mgr.Type.Name}' object does not support the context manager protocol");
        var exitF = mgr.Type.Lookup(s_exit)
            ?? throw PyException.TypeError($"'{mgr.Type.Name}' object does not support the context manager protocol (missed __exit__ method)");
        exit = BindSpecial(mgr, exitF);
        return Ops.CallBound(enter, mgr, []);
    }

    static PyObject BeforeAsyncWith(PyObject mgr, out PyObject exit)
    {
        var enter = mgr.Type.Lookup(s_aenter)
            ?? throw PyException.TypeError($"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol");
        var exitF = mgr.Type.Lookup(s_aexit)
            ?? throw PyException.TypeError($"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        exit = BindSpecial(mgr, exitF);
        return Ops.CallBound(enter, mgr, []);
    }

    // ---------------- except* ----------------

    /// <summary>CHECK_EG_MATCH: splits exc into (match, rest) for except* type.</summary>
    static (PyObject match, PyObject rest) SplitExceptionGroup(PyObject exc, PyObject type)
    {
        if (ExceptionMatches(exc, type))
        {
            if (exc.Type.IsSubtypeOf(PyExc.BaseExceptionGroup)) return (exc, PyNone.Instance);
            // A naked exception matched by except* is wrapped in an ExceptionGroup("", [exc]).
            var eg = Ops.Call(PyExc.ExceptionGroup, [PyStr.Empty, PyTuple.Create(exc)]);
            if (eg is PyBaseException egb && exc is PyBaseException eb) egb.Traceback = eb.Traceback;
            return (eg, PyNone.Instance);
        }
        if (!exc.Type.IsSubtypeOf(PyExc.BaseExceptionGroup)) return (PyNone.Instance, exc);
        var pair = Ops.Call(Ops.GetAttr(exc, "split"), [type]);
        var pt = (PyTuple)pair;
        return (pt[0], pt[1]);
    }

    /// <summary>The exception to re-raise at the end of a try/except* (CPython's _PyExc_PrepReraiseStar).</summary>
    static PyObject PrepReraiseStar(PyObject orig, PyObject excs)
    {
        var list = (PyList)excs;
        var raised = new List<PyObject>();
        var reraised = new List<PyObject>();
        foreach (var e in list.AsSpan())
        {
            if (e is PyNone) continue;
            if (IsSameExceptionMetadata(e, orig)) reraised.Add(e); else raised.Add(e);
        }
        if (raised.Count == 0 && reraised.Count == 0) return PyNone.Instance;
        if (!orig.Type.IsSubtypeOf(PyExc.BaseExceptionGroup))
            return raised.Count > 0 ? raised[0] : reraised[0];
        PyObject? keep = null;
        if (reraised.Count > 0)
        {
            // Re-raised parts: the subgroup of orig with the leaves that were re-raised.
            var leaves = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
            foreach (var r in reraised) CollectLeaves(r, leaves);
            var pred = new PyBuiltinFunction("_leaf", (self, a, kw) => PyBool.Get(leaves.Contains(a[0])));
            keep = Ops.Call(Ops.GetAttr(orig, "subgroup"), [pred]);
        }
        if (raised.Count == 0) return keep ?? PyNone.Instance;
        var all = new List<PyObject>(raised);
        if (keep != null && keep is not PyNone) all.Add(keep);
        if (all.Count == 1) return all[0];
        return Ops.Call(PyExc.ExceptionGroup, [PyStr.Empty, new PyList(all.ToArray())]);
    }

    static bool IsSameExceptionMetadata(PyObject a, PyObject b) =>
        a is PyBaseException x && b is PyBaseException y && ReferenceEquals(x.Traceback, y.Traceback)
        && ReferenceEquals(x.Cause, y.Cause) && ReferenceEquals(x.Context, y.Context);

    static void CollectLeaves(PyObject e, HashSet<PyObject> leaves)
    {
        if (e.Type.IsSubtypeOf(PyExc.BaseExceptionGroup))
        {
            foreach (var x in Ops.ToList(Ops.GetAttr(e, "exceptions"))) CollectLeaves(x, leaves);
        }
        else leaves.Add(e);
    }
}
