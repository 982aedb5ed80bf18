using System.Numerics;

namespace Taipan.Runtime;

/// <summary>range(start, stop, step): a lazy arithmetic sequence; arbitrary-size ints are allowed.</summary>
public sealed partial class PyRange : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("range", null, typeof(PyRange), SetupType, TypeFlags.None);

    public readonly PyInt Start, Stop, Step;
    public readonly BigInteger Length;

    public PyRange(PyInt start, PyInt stop, PyInt step) : base(TypeObject)
    {
        Start = start;
        Stop = stop;
        Step = step;
        Length = ComputeLength(start.Big, stop.Big, step.Big);
    }

    static BigInteger ComputeLength(BigInteger lo, BigInteger hi, BigInteger step)
    {
        if (step > 0 && lo < hi) return (hi - lo - 1) / step + 1;
        if (step < 0 && lo > hi) return (lo - hi - 1) / (-step) + 1;
        return BigInteger.Zero;
    }

    /// <summary>True when start, step and length fit in longs (the fast iteration path).</summary>
    public bool IsSmall => Start.IsSmall && Step.IsSmall && Length <= long.MaxValue &&
                           (Start.Big + Step.Big * Length) >= long.MinValue && (Start.Big + Step.Big * Length) <= long.MaxValue;

    PyInt ItemAt(BigInteger i) => PyInt.Get(Start.Big + Step.Big * i);

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            if (kw != null && kw.Count > 0) throw PyException.TypeError("range() takes no keyword arguments");
            PyInt start = PyInt.Zero, stop, step = PyInt.One;
            switch (args.Length)
            {
                case 1: stop = Ops.Index(args[0]); break;
                case 2: start = Ops.Index(args[0]); stop = Ops.Index(args[1]); break;
                case 3:
                    start = Ops.Index(args[0]); stop = Ops.Index(args[1]); step = Ops.Index(args[2]);
                    if (step.IsZero) throw PyException.ValueError("range() arg 3 must not be zero");
                    break;
                case 0: throw PyException.TypeError("range expected at least 1 argument, got 0");
                default: throw PyException.TypeError($"range expected at most 3 arguments, got {args.Length}");
            }
            return new PyRange(start, stop, step);
        };
        t.Len = static o =>
        {
            var r = (PyRange)o;
            if (r.Length > long.MaxValue) throw PyException.OverflowError("Python int too large to convert to C ssize_t");
            return (long)r.Length;
        };
        t.Bool = static o => !((PyRange)o).Length.IsZero;
        t.Iter = static o =>
        {
            var r = (PyRange)o;
            if (r.IsSmall) return new PyRangeIterator(r.Start.Small, r.Step.Small, (long)r.Length);
            return new PyLongRangeIterator(r.Start.Big, r.Step.Big, r.Length);
        };
        t.Contains = static (o, x) => ((PyRange)o).ContainsValue(x);
        t.GetItem = static (o, k) => ((PyRange)o).GetItem(k);
        t.Repr = static o =>
        {
            var r = (PyRange)o;
            return new PyStr(r.Step.Small == 1 && r.Step.IsSmall ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})");
        };
        t.RichCompare = static (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyRange rb) return PyNotImplemented.Instance;
            var ra = (PyRange)a;
            bool eq = ra.Length == rb.Length && (ra.Length.IsZero ||
                (ra.Start.Big == rb.Start.Big && (ra.Length.IsOne || ra.Step.Big == rb.Step.Big)));
            return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
        };
        t.Hash = static o =>
        {
            // CPython hashes (len, start, step) with start/step replaced by None where they don't matter.
            var r = (PyRange)o;
            var len = PyInt.Get(r.Length);
            PyObject start = PyNone.Instance, step = PyNone.Instance;
            if (!r.Length.IsZero)
            {
                start = r.Start;
                if (!r.Length.IsOne) step = r.Step;
            }
            return Ops.Hash(new PyTuple([len, start, step]));
        };
        SetupMembers(t);
    }

    bool ContainsValue(PyObject x)
    {
        if (x.Type != PyInt.TypeObject && x.Type != PyBool.TypeObject)
        {
            var it = Ops.GetIter(this);
            while (Ops.Next(it) is PyObject v)
                if (Ops.EqBool(v, x)) return true;
            return false;
        }
        var n = ((PyInt)x).Big;
        var lo = Start.Big;
        var hi = Stop.Big;
        var st = Step.Big;
        if (st > 0 ? (n < lo || n >= hi) : (n > lo || n <= hi)) return false;
        return BigInteger.Remainder(n - lo, st).IsZero;
    }

    PyObject GetItem(PyObject key)
    {
        if (key is PySlice s)
        {
            // Slicing a range gives a range: compute indices over the length, then map them.
            long len = Length > long.MaxValue ? long.MaxValue : (long)Length;
            s.Indices(len, out var i0, out var i1, out var istep);
            return new PyRange(ItemAt(i0), ItemAt(i1), PyInt.Get(Step.Big * istep));
        }
        if (key.Type.Index == null)
            throw PyException.TypeError($"range indices must be integers or slices, not {key.Type.Name}");
        var i = Ops.Index(key).Big;
        if (i < 0) i += Length;
        if (i < 0 || i >= Length) throw PyException.IndexError("range object index out of range");
        return ItemAt(i);
    }

    [PyGetter("start")] public PyObject GetStart() => Start;
    [PyGetter("stop")] public PyObject GetStop() => Stop;
    [PyGetter("step")] public PyObject GetStep() => Step;

    [PyMethod("count($self, value, /)")]
    public long CountOf(PyObject value)
    {
        if (value.Type == PyInt.TypeObject || value.Type == PyBool.TypeObject) return ContainsValue(value) ? 1 : 0;
        long n = 0;
        var it = Ops.GetIter(this);
        while (Ops.Next(it) is PyObject v)
            if (Ops.EqBool(v, value)) n++;
        return n;
    }

    [PyMethod("index($self, value, /)")]
    public PyObject IndexOf(PyObject value)
    {
        if ((value.Type == PyInt.TypeObject || value.Type == PyBool.TypeObject))
        {
            if (!ContainsValue(value)) throw PyException.ValueError($"{Ops.Repr(value).Value} is not in range");
            return PyInt.Get((((PyInt)value).Big - Start.Big) / Step.Big);
        }
        long i = 0;
        var it = Ops.GetIter(this);
        while (Ops.Next(it) is PyObject v)
        {
            if (Ops.EqBool(v, value)) return PyInt.Get(i);
            i++;
        }
        throw PyException.ValueError("sequence.index(x): x not in sequence");
    }

    [PyMethod("__reversed__($self, /)")]
    public PyObject Reversed()
    {
        var last = Start.Big + (Length - 1) * Step.Big;
        var r = new PyRange(PyInt.Get(last), PyInt.Get(Start.Big - Step.Big), PyInt.Get(-Step.Big));
        return Ops.GetIter(r);
    }

    static partial void SetupMembers(PyType t);
}

/// <summary>range_iterator over longs.</summary>
public sealed class PyRangeIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("range_iterator", null, typeof(PyRangeIterator), SetupType, TypeFlags.None);

    long _next;
    readonly long _step;
    long _remaining;

    public PyRangeIterator(long start, long step, long length) : base(TypeObject)
    {
        _next = start;
        _step = step;
        _remaining = length;
    }

    public PyObject? Next()
    {
        if (_remaining <= 0) return null;
        _remaining--;
        long v = _next;
        _next = unchecked(_next + _step);
        return PyInt.Get(v);
    }

    static void SetupType(PyType t)
    {
        t.Iter = static o => o;
        t.Next = static o => ((PyRangeIterator)o).Next();
        t.Dict.SetItem("__length_hint__", new PyMethodDescriptor(t, "__length_hint__",
            static (self, args, kw) => PyInt.Get(((PyRangeIterator)self!)._remaining)));
    }
}

/// <summary>longrange_iterator for ranges beyond the long range.</summary>
public sealed class PyLongRangeIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("longrange_iterator", null, typeof(PyLongRangeIterator), SetupType, TypeFlags.None);

    BigInteger _next;
    readonly BigInteger _step;
    BigInteger _remaining;

    public PyLongRangeIterator(BigInteger start, BigInteger step, BigInteger length) : base(TypeObject)
    {
        _next = start;
        _step = step;
        _remaining = length;
    }

    static void SetupType(PyType t)
    {
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var it = (PyLongRangeIterator)o;
            if (it._remaining <= 0) return null;
            it._remaining--;
            var v = it._next;
            it._next += it._step;
            return PyInt.Get(v);
        };
    }
}
