namespace Taipan.Runtime;

/// <summary>enumerate(iterable, start=0).</summary>
public sealed class PyEnumerate : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("enumerate", null, typeof(PyEnumerate), SetupType);

    readonly PyObject _it;
    long _index;
    PyInt? _bigIndex;

    PyEnumerate(PyType type, PyObject it, PyInt start) : base(type)
    {
        _it = it;
        if (start.IsSmall) _index = start.Small; else _bigIndex = start;
    }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            var sig = s_sig;
            var slots = sig.Bind(args, kw, out _, out _);
            var start = slots[1] == null ? PyInt.Zero : Ops.Index(slots[1]!);
            return new PyEnumerate(type, Ops.GetIter(slots[0]!), start);
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var e = (PyEnumerate)o;
            var item = Ops.Next(e._it);
            if (item == null) return null;
            PyInt idx;
            if (e._bigIndex != null)
            {
                idx = e._bigIndex;
                e._bigIndex = PyInt.Get(idx.Big + 1);
            }
            else
            {
                idx = PyInt.Get(e._index);
                if (e._index == long.MaxValue) e._bigIndex = PyInt.Get(idx.Big + 1);
                else e._index++;
            }
            return new PyTuple([idx, item]);
        };
        t.Dict.SetItem("__class_getitem__", new PyClassMethodDescriptor(t, "__class_getitem__",
            static (self, args, kw) => new PyGenericAlias(self!, args[0])));
    }

    static readonly PySignature s_sig = new("enumerate(iterable, start=0)");
}

/// <summary>zip(*iterables, strict=False).</summary>
public sealed class PyZip : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("zip", null, typeof(PyZip), SetupType);

    readonly PyObject[] _its;
    readonly bool _strict;

    PyZip(PyType type, PyObject[] its, bool strict) : base(type)
    {
        _its = its;
        _strict = strict;
    }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            bool strict = false;
            for (int i = 0; i < nkw; i++)
            {
                var name = ((PyStr)kw!.Items[i]).Value;
                if (name != "strict") throw PyException.TypeError($"zip() got an unexpected keyword argument '{name}'");
                strict = Ops.IsTrue(args[args.Length - nkw + i]);
            }
            int npos = args.Length - nkw;
            var its = new PyObject[npos];
            for (int i = 0; i < npos; i++)
            {
                var a = args[i];
                if (a.Type.Iter == null && a.Type.GetItem == null)
                    throw PyException.TypeError($"zip argument #{i + 1} must support iteration");
                its[i] = Ops.GetIter(a);
            }
            return new PyZip(type, its, strict);
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (PyZip)o;
            int n = z._its.Length;
            if (n == 0) return null;
            var items = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                var x = Ops.Next(z._its[i]);
                if (x == null)
                {
                    if (z._strict) z.CheckStrict(i);
                    return null;
                }
                items[i] = x;
            }
            return new PyTuple(items);
        };
    }

    /// <summary>zip(strict=True) raises when the iterables' lengths differ.</summary>
    void CheckStrict(int exhausted)
    {
        if (exhausted > 0)
        {
            string plural = exhausted == 1 ? " " : "s 1-";
            throw PyException.ValueError($"zip() argument {exhausted + 1} is shorter than argument{plural}{exhausted}");
        }
        for (int i = 1; i < _its.Length; i++)
        {
            if (Ops.Next(_its[i]) != null)
            {
                string plural = i == 1 ? " " : "s 1-";
                throw PyException.ValueError($"zip() argument {i + 1} is longer than argument{plural}{i}");
            }
        }
    }
}

/// <summary>map(function, *iterables).</summary>
public sealed class PyMap : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("map", null, typeof(PyMap), SetupType);

    readonly PyObject _func;
    readonly PyObject[] _its;

    PyMap(PyType type, PyObject func, PyObject[] its) : base(type)
    {
        _func = func;
        _its = its;
    }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            if (kw != null && kw.Count > 0 && type == TypeObject) throw PyException.TypeError("map() takes no keyword arguments");
            if (args.Length < 2) throw PyException.TypeError("map() must have at least two arguments.");
            var its = new PyObject[args.Length - 1];
            for (int i = 1; i < args.Length; i++) its[i - 1] = Ops.GetIter(args[i]);
            return new PyMap(type, args[0], its);
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var m = (PyMap)o;
            if (m._its.Length == 1)
            {
                var x = Ops.Next(m._its[0]);
                return x == null ? null : Ops.Call(m._func, [x]);
            }
            var items = new PyObject[m._its.Length];
            for (int i = 0; i < items.Length; i++)
            {
                var x = Ops.Next(m._its[i]);
                if (x == null) return null;
                items[i] = x;
            }
            return Ops.Call(m._func, items);
        };
    }
}

/// <summary>filter(function or None, iterable).</summary>
public sealed class PyFilter : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("filter", null, typeof(PyFilter), SetupType);

    readonly PyObject? _func;
    readonly PyObject _it;

    PyFilter(PyType type, PyObject? func, PyObject it) : base(type)
    {
        _func = func;
        _it = it;
    }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            if (kw != null && kw.Count > 0 && type == TypeObject) throw PyException.TypeError("filter() takes no keyword arguments");
            if (args.Length != 2) throw PyException.TypeError($"filter expected 2 arguments, got {args.Length}");
            return new PyFilter(type, args[0] is PyNone || args[0] == PyBool.TypeObject ? null : args[0], Ops.GetIter(args[1]));
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var f = (PyFilter)o;
            while (Ops.Next(f._it) is PyObject x)
            {
                bool keep = f._func == null ? Ops.IsTrue(x) : Ops.IsTrue(Ops.Call(f._func, [x]));
                if (keep) return x;
            }
            return null;
        };
    }
}

/// <summary>reversed(sequence): __reversed__ if defined, else the sequence protocol backwards.</summary>
public sealed class PyReversed : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("reversed", null, typeof(PyReversed), SetupType);

    PyObject? _seq;
    long _index;

    PyReversed(PyType type, PyObject seq, long length) : base(type)
    {
        _seq = seq;
        _index = length - 1;
    }

    static readonly PyStr s_reversed = PyStr.Intern("__reversed__");

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            if (kw != null && kw.Count > 0 && type == TypeObject) throw PyException.TypeError("reversed() takes no keyword arguments");
            if (args.Length != 1) throw PyException.TypeError($"reversed expected 1 argument, got {args.Length}");
            var seq = args[0];
            var rev = seq.Type.Lookup(s_reversed);
            if (rev is PyNone) throw PyException.TypeError($"'{seq.Type.Name}' object is not reversible");
            if (rev != null && type == TypeObject) return Ops.CallBound(rev, seq, []);
            if (seq.Type.GetItem == null || seq.Type.Len == null || seq is PyDict)
                throw PyException.TypeError($"'{seq.Type.Name}' object is not reversible");
            return new PyReversed(type, seq, Ops.Len(seq));
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var r = (PyReversed)o;
            if (r._seq == null || r._index < 0) { r._seq = null; return null; }
            try { return Ops.GetItem(r._seq, PyInt.Get(r._index--)); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.IndexError) || e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
            {
                r._seq = null;
                return null;
            }
        };
    }
}
