namespace Taipan.Runtime;

/// <summary>BaseExceptionGroup / ExceptionGroup (PEP 654): construction rules, split, subgroup, derive.</summary>
public static partial class ExceptionGroups
{
    internal static void Setup(PyType t)
    {
        t.New = New;
        t.Init = static (self, args, kw) => { };
        t.Str = static o =>
        {
            var e = (PyBaseException)o;
            var msg = Ops.Str(e.GetAttribute("message") ?? PyStr.Empty).Value;
            int n = (e.GetAttribute("exceptions") as PyTuple)?.Count ?? 0;
            return new PyStr($"{msg} ({n} sub-exception{(n == 1 ? "" : "s")})");
        };
        SetupMembers(t);
    }

    static partial void SetupMembers(PyType t);

    static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw != null && kw.Count > 0) throw PyException.TypeError($"{type.Name}() takes no keyword arguments");
        if (args.Length != 2)
            throw PyException.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)");
        if (args[0] is not PyStr message)
            throw PyException.TypeError($"argument 1 must be str, not {args[0].Type.Name}");
        var seq = args[1];
        if (seq is PySet || seq is PyDict || seq.Type.GetItem == null || seq.Type.Len == null)
            throw PyException.TypeError("second argument (exceptions) must be a sequence");
        var excs = Ops.ToArray(seq);
        if (excs.Length == 0) throw PyException.ValueError("second argument (exceptions) must be a non-empty sequence");
        bool allExceptions = true;
        for (int i = 0; i < excs.Length; i++)
        {
            if (excs[i] is not PyBaseException ex)
                throw PyException.ValueError($"Item {i} of second argument (exceptions) is not an exception");
            if (!ex.Type.IsSubtypeOf(PyExc.Exception)) allExceptions = false;
        }
        if (type == PyExc.BaseExceptionGroup)
        {
            if (allExceptions) type = PyExc.ExceptionGroup;
        }
        else if (type == PyExc.ExceptionGroup)
        {
            if (!allExceptions) throw PyException.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        else if (!allExceptions && type.IsSubtypeOf(PyExc.Exception))
        {
            throw PyException.TypeError($"Cannot nest BaseExceptions in '{type.Name}'");
        }
        var e = new PyBaseException(type) { Args = new PyTuple([message, seq]) };
        e.SetAttribute("message", message);
        e.SetAttribute("exceptions", new PyTuple((PyObject[])excs.Clone()));
        return e;
    }

    static PyBaseException Group(PyObject self) => (PyBaseException)self;
    static PyTuple Exceptions(PyBaseException g) => (PyTuple)g.GetAttribute("exceptions")!;

    [PyGetter("message")]
    public static PyObject GetMessage(PyObject self) => Group(self).GetAttribute("message") ?? PyStr.Empty;

    [PyGetter("exceptions")]
    public static PyObject GetExceptions(PyObject self) => Exceptions(Group(self));

    [PyMethod("derive($self, excs, /)")]
    public static PyObject Derive(PyObject self, PyObject excs) =>
        Ops.Call(PyExc.BaseExceptionGroup, [GetMessage(self), excs]);

    /// <summary>A derived group keeps the original's traceback, cause, context and notes.</summary>
    static PyObject DeriveAndCopy(PyBaseException g, PyObject[] excs)
    {
        var derived = Ops.CallBound(g.Type.Lookup("derive")!, g, [new PyList(excs)]);
        if (derived is not PyBaseException d || !d.Type.IsSubtypeOf(PyExc.BaseExceptionGroup))
            throw PyException.TypeError("derive must return an instance of BaseExceptionGroup");
        d.Traceback = g.Traceback;
        d.Cause = g.Cause;
        d.Context = g.Context;
        var notes = g.GetAttribute("__notes__");
        if (notes != null) d.SetAttribute("__notes__", notes is PyList l ? new PyList(l.AsSpan().ToArray()) : notes);
        return d;
    }

    enum MatcherKind { Type, Predicate, Instance }

    static (MatcherKind, PyObject) MakeMatcher(PyObject condition)
    {
        if (condition is PyType ct && ct.IsSubtypeOf(PyExc.BaseException)) return (MatcherKind.Type, condition);
        if (condition is PyTuple tp && tp.Items.All(x => x is PyType xt && xt.IsSubtypeOf(PyExc.BaseException)))
            return (MatcherKind.Type, condition);
        if (condition.Type.Call != null && condition is not PyType) return (MatcherKind.Predicate, condition);
        throw PyException.TypeError("expected a function, exception type or tuple of exception types");
    }

    static bool Matches(MatcherKind kind, PyObject matcher, PyObject exc) => kind switch
    {
        MatcherKind.Type => Ops.IsInstance(exc, matcher),
        MatcherKind.Predicate => Ops.IsTrue(Ops.Call(matcher, [exc])),
        _ => ReferenceEquals(exc, matcher),
    };

    /// <summary>Splits a group into (matching, rest), recursing into nested groups; either may be None.</summary>
    static (PyObject? match, PyObject? rest) SplitRecursive(PyObject exc, MatcherKind kind, PyObject matcher, bool constructRest)
    {
        if (Matches(kind, matcher, exc)) return (exc, null);
        if (exc is not PyBaseException g || !g.Type.IsSubtypeOf(PyExc.BaseExceptionGroup))
            return (null, constructRest ? exc : null);
        var matched = new List<PyObject>();
        var rest = new List<PyObject>();
        foreach (var e in Exceptions(g).Items)
        {
            var (m, r) = SplitRecursive(e, kind, matcher, constructRest);
            if (m != null) matched.Add(m);
            if (r != null) rest.Add(r);
        }
        PyObject? mg = matched.Count > 0 ? DeriveAndCopy(g, matched.ToArray()) : null;
        PyObject? rg = constructRest && rest.Count > 0 ? DeriveAndCopy(g, rest.ToArray()) : null;
        return (mg, rg);
    }

    [PyMethod("split($self, matcher_value, /)")]
    public static PyObject Split(PyObject self, PyObject condition)
    {
        var (kind, matcher) = MakeMatcher(condition);
        var (m, r) = SplitRecursive(self, kind, matcher, true);
        return new PyTuple([m ?? PyNone.Instance, r ?? PyNone.Instance]);
    }

    [PyMethod("subgroup($self, matcher_value, /)")]
    public static PyObject Subgroup(PyObject self, PyObject condition)
    {
        var (kind, matcher) = MakeMatcher(condition);
        var (m, _) = SplitRecursive(self, kind, matcher, false);
        return m ?? PyNone.Instance;
    }

    [PyMethod("__class_getitem__($type, item, /)", Kind = PyMethodKind.Class)]
    public static PyObject ClassGetItem(PyType type, PyObject item) => new PyGenericAlias(type, item);

    /// <summary>except* support for the VM: splits <paramref name="exc"/> by an except* clause's type.</summary>
    public static (PyObject? match, PyObject? rest) SplitForExceptStar(PyObject exc, PyObject type)
    {
        if (exc is PyBaseException g && g.Type.IsSubtypeOf(PyExc.BaseExceptionGroup))
        {
            var (m, r) = SplitRecursive(exc, MatcherKind.Type, type, true);
            return (m, r);
        }
        if (Ops.IsInstance(exc, type))
        {
            // A naked exception matched by except* is wrapped in an ExceptionGroup("", [exc]).
            var wrapped = (PyBaseException)Ops.Call(PyExc.BaseExceptionGroup, [PyStr.Empty, new PyTuple([exc])]);
            wrapped.Traceback = (exc as PyBaseException)?.Traceback;
            return (wrapped, null);
        }
        return (null, exc);
    }
}
