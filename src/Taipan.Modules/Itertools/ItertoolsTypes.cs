using System.Numerics;
using System.Text;
using Taipan.Runtime;

namespace Taipan.Modules.Itertools;

/// <summary>accumulate(iterable, func=None, *, initial=None).</summary>
public sealed class Accumulate : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("accumulate", typeof(Accumulate), Setup);
    static readonly PySignature s_sig = new("accumulate(iterable, func=None, *, initial=None)");
    PyObject _it = PyNone.Instance;
    PyObject? _func, _total, _initial;
    Accumulate(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            var a = s_sig.Bind(args, kw, out _, out _);
            return new Accumulate(type)
            {
                _it = Ops.GetIter(a[0]!),
                _func = a[1] is PyNone ? null : a[1],
                _initial = a[2] is PyNone ? null : a[2],
            };
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (Accumulate)o;
            if (z._initial != null)
            {
                z._total = z._initial;
                z._initial = null;
                return z._total;
            }
            var x = Ops.Next(z._it);
            if (x == null) return null;
            z._total = z._total == null ? x : z._func == null ? Ops.Add(z._total, x) : Ops.Call(z._func, z._total, x);
            return z._total;
        };
    }
}

/// <summary>batched(iterable, n) (new in 3.12).</summary>
public sealed class Batched : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("batched", typeof(Batched), Setup);
    static readonly PySignature s_sig = new("batched(iterable, n)");
    PyObject? _it;
    int _n;
    Batched(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            var a = s_sig.Bind(args, kw, out _, out _);
            long n = Ops.AsIndexClamped(a[1]!);
            if (n < 1) throw PyException.ValueError("n must be at least one");
            return new Batched(type) { _it = Ops.GetIter(a[0]!), _n = (int)Math.Min(n, int.MaxValue) };
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (Batched)o;
            if (z._it == null) return null;
            var items = new List<PyObject>(Math.Min(z._n, 64));
            while (items.Count < z._n)
            {
                var x = Ops.Next(z._it);
                if (x == null) { z._it = null; break; }
                items.Add(x);
            }
            return items.Count == 0 ? null : new PyTuple(items.ToArray());
        };
    }
}

/// <summary>chain(*iterables) and chain.from_iterable(iterable).</summary>
public sealed class Chain : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("chain", typeof(Chain), Setup);
    PyObject? _source;   // iterator over the iterables
    PyObject? _active;
    Chain(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            if (type == TypeObject) ModuleHelpers.NoKeywords("chain", kw);
            return new Chain(type) { _source = Ops.GetIter(PyTuple.Create(args)) };
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (Chain)o;
            while (z._source != null)
            {
                if (z._active == null)
                {
                    var next = Ops.Next(z._source);
                    if (next == null) { z._source = null; return null; }
                    z._active = Ops.GetIter(next);
                }
                var x = Ops.Next(z._active);
                if (x != null) return x;
                z._active = null;
            }
            return null;
        };
        t.Dict.SetItem("from_iterable", new PyClassMethodDescriptor(t, "from_iterable",
            static (self, args, kw) =>
            {
                ModuleHelpers.NoKeywords("from_iterable", kw);
                if (args.Length != 1) throw PyException.TypeError($"chain.from_iterable() takes exactly one argument ({args.Length} given)");
                return new Chain((PyType)self!) { _source = Ops.GetIter(args[0]) };
            }, "($type, iterable, /)", "Alternative chain() constructor taking a single iterable argument that evaluates lazily."));
        t.Dict.SetItem("__class_getitem__", new PyClassMethodDescriptor(t, "__class_getitem__",
            static (self, args, kw) => new PyGenericAlias(self!, args[0])));
    }
}

/// <summary>compress(data, selectors).</summary>
public sealed class Compress : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("compress", typeof(Compress), Setup);
    static readonly PySignature s_sig = new("compress(data, selectors)");
    PyObject _data = PyNone.Instance, _sel = PyNone.Instance;
    Compress(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            var a = s_sig.Bind(args, kw, out _, out _);
            return new Compress(type) { _data = Ops.GetIter(a[0]!), _sel = Ops.GetIter(a[1]!) };
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (Compress)o;
            while (true)
            {
                var d = Ops.Next(z._data);
                if (d == null) return null;
                var s = Ops.Next(z._sel);
                if (s == null) return null;
                if (Ops.IsTrue(s)) return d;
            }
        };
    }
}

/// <summary>count(start=0, step=1): a long fast path, then arbitrary numbers by repeated addition.</summary>
public sealed class Count : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("count", typeof(Count), Setup);
    static readonly PySignature s_sig = new("count(start=0, step=1)");
    long _small;
    bool _fast;
    PyObject _cnt = PyInt.Zero, _step = PyInt.One;
    Count(PyType t) : base(t) { }

    static bool IsNumber(PyObject o) =>
        o is PyInt || o is PyFloat || o is PyComplex || o.Type.Index != null || o.Type.Int != null || o.Type.Float != null;

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            var a = s_sig.Bind(args, kw, out _, out _);
            var start = a[0] ?? PyInt.Zero;
            var step = a[1] ?? PyInt.One;
            if (!IsNumber(start) || !IsNumber(step)) throw PyException.TypeError("a number is required");
            var c = new Count(type) { _cnt = start, _step = step };
            if (start.Type == PyInt.TypeObject && ((PyInt)start).TryGetInt64(out var s) && step.Type == PyInt.TypeObject
                && ((PyInt)step).IsSmall && ((PyInt)step).Small == 1)
            {
                c._fast = true;
                c._small = s;
            }
            return c;
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (Count)o;
            if (z._fast)
            {
                var r = PyInt.Get(z._small);
                if (z._small == long.MaxValue) { z._fast = false; z._cnt = PyInt.Get((BigInteger)z._small + 1); }
                else z._small++;
                return r;
            }
            var cur = z._cnt;
            z._cnt = Ops.Add(cur, z._step);
            return cur;
        };
        t.Repr = static o =>
        {
            var z = (Count)o;
            var cnt = z._fast ? PyInt.Get(z._small) : z._cnt;
            string name = z.Type == TypeObject ? "count" : z.Type.Name;
            bool unitStep = z._step is PyInt si && si.Type == PyInt.TypeObject && si.IsSmall && si.Small == 1;
            return new PyStr(unitStep ? $"{name}({Ops.Repr(cnt).Value})" : $"{name}({Ops.Repr(cnt).Value}, {Ops.Repr(z._step).Value})");
        };
    }
}

/// <summary>cycle(iterable).</summary>
public sealed class Cycle : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("cycle", typeof(Cycle), Setup);
    PyObject? _it;
    readonly List<PyObject> _saved = [];
    int _index;
    Cycle(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            if (type == TypeObject) ModuleHelpers.NoKeywords("cycle", kw);
            ModuleHelpers.CheckPositional("cycle", args.Length, 1, 1);
            return new Cycle(type) { _it = Ops.GetIter(args[0]) };
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (Cycle)o;
            if (z._it != null)
            {
                var x = Ops.Next(z._it);
                if (x != null) { z._saved.Add(x); return x; }
                z._it = null;
            }
            if (z._saved.Count == 0) return null;
            var r = z._saved[z._index];
            z._index = z._index + 1 == z._saved.Count ? 0 : z._index + 1;
            return r;
        };
    }
}

/// <summary>dropwhile(predicate, iterable).</summary>
public sealed class DropWhile : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("dropwhile", typeof(DropWhile), Setup);
    PyObject _func = PyNone.Instance, _it = PyNone.Instance;
    bool _done;
    DropWhile(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            if (type == TypeObject) ModuleHelpers.NoKeywords("dropwhile", kw);
            ModuleHelpers.CheckPositional("dropwhile", args.Length, 2, 2);
            return new DropWhile(type) { _func = args[0], _it = Ops.GetIter(args[1]) };
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (DropWhile)o;
            while (true)
            {
                var x = Ops.Next(z._it);
                if (x == null) return null;
                if (z._done) return x;
                if (!Ops.IsTrue(Ops.Call(z._func, x))) { z._done = true; return x; }
            }
        };
    }
}

/// <summary>takewhile(predicate, iterable).</summary>
public sealed class TakeWhile : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("takewhile", typeof(TakeWhile), Setup);
    PyObject _func = PyNone.Instance, _it = PyNone.Instance;
    bool _stop;
    TakeWhile(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            if (type == TypeObject) ModuleHelpers.NoKeywords("takewhile", kw);
            ModuleHelpers.CheckPositional("takewhile", args.Length, 2, 2);
            return new TakeWhile(type) { _func = args[0], _it = Ops.GetIter(args[1]) };
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (TakeWhile)o;
            if (z._stop) return null;
            var x = Ops.Next(z._it);
            if (x == null) return null;
            if (Ops.IsTrue(Ops.Call(z._func, x))) return x;
            z._stop = true;
            return null;
        };
    }
}

/// <summary>filterfalse(function or None, iterable).</summary>
public sealed class FilterFalse : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("filterfalse", typeof(FilterFalse), Setup);
    PyObject? _func;
    PyObject _it = PyNone.Instance;
    FilterFalse(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            if (type == TypeObject) ModuleHelpers.NoKeywords("filterfalse", kw);
            ModuleHelpers.CheckPositional("filterfalse", args.Length, 2, 2);
            return new FilterFalse(type) { _func = args[0] is PyNone || args[0] == PyBool.TypeObject ? null : args[0], _it = Ops.GetIter(args[1]) };
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (FilterFalse)o;
            while (true)
            {
                var x = Ops.Next(z._it);
                if (x == null) return null;
                bool ok = z._func == null ? Ops.IsTrue(x) : Ops.IsTrue(Ops.Call(z._func, x));
                if (!ok) return x;
            }
        };
    }
}

/// <summary>groupby(iterable, key=None); its groups (_grouper) share the parent's iterator.</summary>
public sealed class GroupBy : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("groupby", typeof(GroupBy), Setup);
    static readonly PySignature s_sig = new("groupby(iterable, key=None)");
    internal PyObject _it = PyNone.Instance;
    internal PyObject? _keyFunc, _tgtKey, _currKey, _currValue;
    internal Grouper? _currGrouper;
    GroupBy(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            var a = s_sig.Bind(args, kw, out _, out _);
            return new GroupBy(type) { _it = Ops.GetIter(a[0]!), _keyFunc = a[1] is null or PyNone ? null : a[1] };
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var g = (GroupBy)o;
            g._currGrouper = null;
            while (true)
            {
                if (g._currKey == null) { }
                else if (g._tgtKey == null) break;
                else if (!Ops.RichCompareBool(g._tgtKey, g._currKey, CompareOp.Eq)) break;
                if (!g.Step()) return null;
            }
            g._tgtKey = g._currKey;
            var grouper = new Grouper(g, g._tgtKey!);
            g._currGrouper = grouper;
            return PyTuple.Create(g._currKey!, grouper);
        };
    }

    internal bool Step()
    {
        var v = Ops.Next(_it);
        if (v == null) return false;
        var k = _keyFunc == null ? v : Ops.Call(_keyFunc, v);
        _currValue = v;
        _currKey = k;
        return true;
    }
}

public sealed class Grouper : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("_grouper", typeof(Grouper), Setup, TypeFlags.None);
    readonly GroupBy _parent;
    readonly PyObject _tgtKey;
    internal Grouper(GroupBy parent, PyObject key) : base(TypeObject) { _parent = parent; _tgtKey = key; }

    static void Setup(PyType t)
    {
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (Grouper)o;
            var g = z._parent;
            if (g._currGrouper != z) return null;
            if (g._currValue == null && !g.Step()) return null;
            if (!Ops.RichCompareBool(z._tgtKey, g._currKey!, CompareOp.Eq)) return null;
            var r = g._currValue!;
            g._currValue = null;
            return r;
        };
    }
}

/// <summary>islice(iterable, stop) / islice(iterable, start, stop[, step]).</summary>
public sealed class ISlice : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("islice", typeof(ISlice), Setup);
    PyObject? _it;
    long _next, _stop, _step, _cnt;
    ISlice(PyType t) : base(t) { }

    const string StopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const string StartMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    static long Arg(PyObject o, string msg)
    {
        if (o is PyNone) return -1;
        long v;
        if (o is PyInt i) { if (!i.TryGetInt64(out v)) v = -1; }
        else if (o.Type.Index != null)
        {
            var ii = Ops.Index(o);
            if (!ii.TryGetInt64(out v)) v = -1;
        }
        else v = -1;
        if (v < 0) throw PyException.ValueError(msg);
        return v;
    }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            if (type == TypeObject) ModuleHelpers.NoKeywords("islice", kw);
            ModuleHelpers.CheckPositional("islice", args.Length, 2, 4);
            long start = 0, stop = -1, step = 1;
            if (args.Length == 2)
            {
                if (args[1] is not PyNone) stop = Arg(args[1], StopMsg);
            }
            else
            {
                if (args[1] is not PyNone) start = Arg(args[1], StartMsg);
                if (args[2] is not PyNone) stop = Arg(args[2], StopMsg);
            }
            if (args.Length == 4 && args[3] is not PyNone)
            {
                long s;
                try { s = args[3] is PyInt || args[3].Type.Index != null ? Ops.AsIndexClamped(args[3]) : -1; }
                catch (PyException) { s = -1; }
                if (s < 1) throw PyException.ValueError("Step for islice() must be a positive integer or None.");
                step = s;
            }
            return new ISlice(type) { _it = Ops.GetIter(args[0]), _next = start, _stop = stop, _step = step };
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (ISlice)o;
            var it = z._it;
            if (it == null) return null;
            while (z._cnt < z._next)
            {
                if (Ops.Next(it) == null) { z._it = null; return null; }
                z._cnt++;
            }
            if (z._stop != -1 && z._cnt >= z._stop) { z._it = null; return null; }
            var x = Ops.Next(it);
            if (x == null) { z._it = null; return null; }
            z._cnt++;
            long old = z._next;
            z._next += z._step;
            if (z._next < old || (z._stop != -1 && z._next > z._stop)) z._next = z._stop;
            return x;
        };
    }
}

/// <summary>pairwise(iterable).</summary>
public sealed class Pairwise : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("pairwise", typeof(Pairwise), Setup);
    PyObject? _it, _old;
    Pairwise(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            if (type == TypeObject) ModuleHelpers.NoKeywords("pairwise", kw);
            ModuleHelpers.CheckPositional("pairwise", args.Length, 1, 1);
            return new Pairwise(type) { _it = Ops.GetIter(args[0]) };
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (Pairwise)o;
            if (z._it == null) return null;
            if (z._old == null)
            {
                z._old = Ops.Next(z._it);
                if (z._old == null) { z._it = null; return null; }
            }
            var n = Ops.Next(z._it);
            if (n == null) { z._it = null; z._old = null; return null; }
            var r = PyTuple.Create(z._old, n);
            z._old = n;
            return r;
        };
    }
}

/// <summary>repeat(object[, times]).</summary>
public sealed partial class Repeat : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("repeat", typeof(Repeat), Setup);
    static readonly PySignature s_sig = new("repeat(object, times=None)");
    PyObject _obj = PyNone.Instance;
    long _cnt = -1;   // -1: forever
    Repeat(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            var a = s_sig.Bind(args, kw, out _, out _);
            long cnt = -1;
            if (a[1] != null)
            {
                cnt = Ops.AsIndexClamped(a[1]!);
                if (cnt < 0) cnt = 0;
            }
            return new Repeat(type) { _obj = a[0]!, _cnt = cnt };
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (Repeat)o;
            if (z._cnt == 0) return null;
            if (z._cnt > 0) z._cnt--;
            return z._obj;
        };
        t.Repr = static o =>
        {
            var z = (Repeat)o;
            string name = z.Type == TypeObject ? "repeat" : z.Type.Name;
            return new PyStr(z._cnt < 0 ? $"{name}({Ops.Repr(z._obj).Value})" : $"{name}({Ops.Repr(z._obj).Value}, {z._cnt})");
        };
        SetupMembers(t);
    }

    [PyMethod("__length_hint__($self, /)", Doc = "Private method returning an estimate of len(list(it)).")]
    long LengthHint() => _cnt >= 0 ? _cnt : throw PyException.TypeError("len() of unsized object");
}

/// <summary>starmap(function, iterable).</summary>
public sealed class StarMap : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("starmap", typeof(StarMap), Setup);
    PyObject _func = PyNone.Instance, _it = PyNone.Instance;
    StarMap(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            if (type == TypeObject) ModuleHelpers.NoKeywords("starmap", kw);
            ModuleHelpers.CheckPositional("starmap", args.Length, 2, 2);
            return new StarMap(type) { _func = args[0], _it = Ops.GetIter(args[1]) };
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (StarMap)o;
            var x = Ops.Next(z._it);
            if (x == null) return null;
            var a = x is PyTuple tup ? tup.Items : Ops.ToArray(x);
            return Ops.Call(z._func, a);
        };
    }
}

/// <summary>zip_longest(*iterables, fillvalue=None).</summary>
public sealed class ZipLongest : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("zip_longest", typeof(ZipLongest), Setup);
    PyObject?[] _its = [];
    int _active;
    PyObject _fill = PyNone.Instance;
    ZipLongest(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            PyObject fill = PyNone.Instance;
            int nkw = kw?.Count ?? 0, npos = args.Length - nkw;
            if (nkw > 0)
            {
                if (nkw != 1 || ((PyStr)kw!.Items[0]).Value != "fillvalue")
                    throw PyException.TypeError("zip_longest() got an unexpected keyword argument");
                fill = args[npos];
            }
            var its = new PyObject?[npos];
            for (int i = 0; i < npos; i++) its[i] = Ops.GetIter(args[i]);
            return new ZipLongest(type) { _its = its, _active = npos, _fill = fill };
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (ZipLongest)o;
            int n = z._its.Length;
            if (n == 0 || z._active == 0) return null;
            var r = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                var it = z._its[i];
                PyObject? x = null;
                if (it != null)
                {
                    x = Ops.Next(it);
                    if (x == null)
                    {
                        z._its[i] = null;
                        if (--z._active == 0) return null;
                    }
                }
                r[i] = x ?? z._fill;
            }
            return new PyTuple(r);
        };
    }
}
