namespace Taipan.Runtime;

/// <summary>slice(start, stop, step).</summary>
public sealed partial class PySlice : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("slice", null, typeof(PySlice), SetupType, TypeFlags.None);

    public readonly PyObject Start, Stop, Step;

    public PySlice(PyObject start, PyObject stop, PyObject step) : base(TypeObject)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    /// <summary>
    /// CPython's PySlice_Unpack + AdjustIndices: clamps to a sequence of <paramref name="length"/> and returns
    /// the number of items selected.
    /// </summary>
    public long Indices(long length, out long start, out long stop, out long step)
    {
        step = Step is PyNone ? 1 : Ops.AsIndexClamped(Step);
        if (step == 0) throw PyException.ValueError("slice step cannot be zero");
        if (step < -long.MaxValue) step = -long.MaxValue;
        long defStart = step < 0 ? long.MaxValue : 0;
        long defStop = step < 0 ? long.MinValue : long.MaxValue;
        start = Start is PyNone ? defStart : Ops.AsIndexClamped(Start);
        stop = Stop is PyNone ? defStop : Ops.AsIndexClamped(Stop);
        return Adjust(length, ref start, ref stop, step);
    }

    static long Adjust(long length, ref long start, ref long stop, long step)
    {
        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;
        if (step < 0)
        {
            if (stop < start) return (start - stop - 1) / (-step) + 1;
        }
        else if (start < stop) return (stop - start - 1) / step + 1;
        return 0;
    }

    [PyMethod("indices($self, len, /)")]
    public PyObject IndicesMethod(PyObject len)
    {
        long n = Ops.AsIndex(len);
        if (n < 0) throw PyException.ValueError("length should not be negative");
        Indices(n, out var start, out var stop, out var step);
        return new PyTuple([PyInt.Get(start), PyInt.Get(stop), PyInt.Get(step)]);
    }

    [PyGetter("start")] public PyObject GetStart() => Start;
    [PyGetter("stop")] public PyObject GetStop() => Stop;
    [PyGetter("step")] public PyObject GetStep() => Step;

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            if (kw != null && kw.Count > 0) throw PyException.TypeError("slice() takes no keyword arguments");
            return args.Length switch
            {
                0 => throw PyException.TypeError("slice expected at least 1 argument, got 0"),
                1 => new PySlice(PyNone.Instance, args[0], PyNone.Instance),
                2 => new PySlice(args[0], args[1], PyNone.Instance),
                3 => new PySlice(args[0], args[1], args[2]),
                _ => throw PyException.TypeError($"slice expected at most 3 arguments, got {args.Length}"),
            };
        };
        t.Repr = static o =>
        {
            var s = (PySlice)o;
            return new PyStr($"slice({Ops.Repr(s.Start).Value}, {Ops.Repr(s.Stop).Value}, {Ops.Repr(s.Step).Value})");
        };
        t.RichCompare = static (a, b, op) =>
        {
            if (b is not PySlice sb) return PyNotImplemented.Instance;
            var sa = (PySlice)a;
            return Ops.RichCompare(new PyTuple([sa.Start, sa.Stop, sa.Step]), new PyTuple([sb.Start, sb.Stop, sb.Step]), op);
        };
        // Slices are hashable since 3.12.
        t.Hash = static o =>
        {
            var s = (PySlice)o;
            return Ops.Hash(new PyTuple([s.Start, s.Stop, s.Step]));
        };
        SetupMembers(t);
    }
}
