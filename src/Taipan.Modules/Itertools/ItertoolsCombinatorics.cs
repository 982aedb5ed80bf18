using Taipan.Runtime;

namespace Taipan.Modules.Itertools;

/// <summary>product(*iterables, repeat=1): an odometer over the pools' indices.</summary>
public sealed class Product : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("product", typeof(Product), Setup);
    PyObject[][] _pools = [];
    int[] _idx = [];
    PyObject[]? _result;
    bool _stopped;
    Product(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            long repeat = 1;
            int nkw = kw?.Count ?? 0, npos = args.Length - nkw;
            for (int i = 0; i < nkw; i++)
            {
                var name = ((PyStr)kw!.Items[i]).Value;
                if (name != "repeat") throw PyException.TypeError($"product() got an unexpected keyword argument '{name}'");
                repeat = Ops.AsIndexClamped(args[npos + i]);
                if (repeat < 0) throw PyException.ValueError("repeat argument cannot be negative");
            }
            var basePools = new PyObject[npos][];
            for (int i = 0; i < npos; i++) basePools[i] = Ops.ToArray(args[i]);
            if (npos > 0 && repeat > int.MaxValue / Math.Max(npos, 1)) throw PyException.OverflowError("repeat argument too large");
            var pools = new PyObject[npos * (int)repeat][];
            for (int r = 0; r < repeat; r++)
                for (int i = 0; i < npos; i++) pools[r * npos + i] = basePools[i];
            return new Product(type) { _pools = pools, _idx = new int[pools.Length] };
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (Product)o;
            if (z._stopped) return null;
            var pools = z._pools;
            if (z._result == null)
            {
                foreach (var p in pools) if (p.Length == 0) { z._stopped = true; return null; }
                z._result = new PyObject[pools.Length];
                for (int i = 0; i < pools.Length; i++) z._result[i] = pools[i][0];
                return new PyTuple((PyObject[])z._result.Clone());
            }
            int k = pools.Length - 1;
            for (; k >= 0; k--)
            {
                z._idx[k]++;
                if (z._idx[k] < pools[k].Length)
                {
                    z._result[k] = pools[k][z._idx[k]];
                    break;
                }
                z._idx[k] = 0;
                z._result[k] = pools[k][0];
            }
            if (k < 0) { z._stopped = true; return null; }
            return new PyTuple((PyObject[])z._result.Clone());
        };
    }
}

/// <summary>combinations(iterable, r).</summary>
public sealed class Combinations : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("combinations", typeof(Combinations), Setup);
    static readonly PySignature s_sig = new("combinations(iterable, r)");
    PyObject[] _pool = [];
    int[] _idx = [];
    int _r;
    bool _started, _stopped;
    Combinations(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            var a = s_sig.Bind(args, kw, out _, out _);
            var pool = Ops.ToArray(a[0]!);
            long r = Ops.AsIndexClamped(a[1]!);
            if (r < 0) throw PyException.ValueError("r must be non-negative");
            var z = new Combinations(type) { _pool = pool, _r = (int)Math.Min(r, int.MaxValue), _stopped = r > pool.Length };
            if (!z._stopped)
            {
                z._idx = new int[z._r];
                for (int i = 0; i < z._r; i++) z._idx[i] = i;
            }
            return z;
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (Combinations)o;
            if (z._stopped) return null;
            int n = z._pool.Length, r = z._r;
            if (z._started)
            {
                int i = r - 1;
                while (i >= 0 && z._idx[i] == i + n - r) i--;
                if (i < 0) { z._stopped = true; return null; }
                z._idx[i]++;
                for (int j = i + 1; j < r; j++) z._idx[j] = z._idx[j - 1] + 1;
            }
            z._started = true;
            var res = new PyObject[r];
            for (int i = 0; i < r; i++) res[i] = z._pool[z._idx[i]];
            return new PyTuple(res);
        };
    }
}

/// <summary>combinations_with_replacement(iterable, r).</summary>
public sealed class CombinationsWithReplacement : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("combinations_with_replacement", typeof(CombinationsWithReplacement), Setup);
    static readonly PySignature s_sig = new("combinations_with_replacement(iterable, r)");
    PyObject[] _pool = [];
    int[] _idx = [];
    int _r;
    bool _started, _stopped;
    CombinationsWithReplacement(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            var a = s_sig.Bind(args, kw, out _, out _);
            var pool = Ops.ToArray(a[0]!);
            long r = Ops.AsIndexClamped(a[1]!);
            if (r < 0) throw PyException.ValueError("r must be non-negative");
            var z = new CombinationsWithReplacement(type) { _pool = pool, _r = (int)Math.Min(r, int.MaxValue) };
            z._stopped = pool.Length == 0 && r > 0;
            z._idx = z._stopped ? [] : new int[z._r];
            return z;
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (CombinationsWithReplacement)o;
            if (z._stopped) return null;
            int n = z._pool.Length, r = z._r;
            if (z._started)
            {
                int i = r - 1;
                while (i >= 0 && z._idx[i] == n - 1) i--;
                if (i < 0) { z._stopped = true; return null; }
                int v = z._idx[i] + 1;
                for (int j = i; j < r; j++) z._idx[j] = v;
            }
            z._started = true;
            var res = new PyObject[r];
            for (int i = 0; i < r; i++) res[i] = z._pool[z._idx[i]];
            return new PyTuple(res);
        };
    }
}

/// <summary>permutations(iterable, r=None).</summary>
public sealed class Permutations : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("permutations", typeof(Permutations), Setup);
    static readonly PySignature s_sig = new("permutations(iterable, r=None)");
    PyObject[] _pool = [];
    int[] _idx = [], _cycles = [];
    int _r;
    bool _started, _stopped;
    Permutations(PyType t) : base(t) { }

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            var a = s_sig.Bind(args, kw, out _, out _);
            var pool = Ops.ToArray(a[0]!);
            long r = pool.Length;
            if (a[1] != null && a[1] is not PyNone)
            {
                if (a[1] is not PyInt) throw PyException.TypeError("Expected int as r");
                r = Ops.AsIndexClamped(a[1]!);
                if (r < 0) throw PyException.ValueError("r must be non-negative");
            }
            int n = pool.Length;
            var z = new Permutations(type) { _pool = pool, _r = (int)Math.Min(r, int.MaxValue), _stopped = r > n };
            if (!z._stopped)
            {
                z._idx = new int[n];
                for (int i = 0; i < n; i++) z._idx[i] = i;
                z._cycles = new int[z._r];
                for (int i = 0; i < z._r; i++) z._cycles[i] = n - i;
            }
            return z;
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (Permutations)o;
            if (z._stopped) return null;
            int n = z._pool.Length, r = z._r;
            if (z._started)
            {
                if (n == 0) { z._stopped = true; return null; }
                int i = r - 1;
                for (; i >= 0; i--)
                {
                    z._cycles[i]--;
                    if (z._cycles[i] == 0)
                    {
                        // Move index i to the end, shifting the rest left.
                        int first = z._idx[i];
                        for (int j = i; j < n - 1; j++) z._idx[j] = z._idx[j + 1];
                        z._idx[n - 1] = first;
                        z._cycles[i] = n - i;
                    }
                    else
                    {
                        int j = z._cycles[i];
                        (z._idx[i], z._idx[n - j]) = (z._idx[n - j], z._idx[i]);
                        break;
                    }
                }
                if (i < 0) { z._stopped = true; return null; }
            }
            z._started = true;
            var res = new PyObject[r];
            for (int i = 0; i < r; i++) res[i] = z._pool[z._idx[i]];
            return new PyTuple(res);
        };
    }
}

/// <summary>The buffer tee iterators share: a singly linked list whose unfilled tail is read from the source.</summary>
public sealed class TeeData : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("_tee_dataobject", typeof(TeeData), static _ => { }, TypeFlags.None);
    internal readonly PyObject Source;
    internal TeeData(PyObject source) : base(TypeObject) { Source = source; }
}

internal sealed class TeeNode
{
    public PyObject? Value;
    public TeeNode? Next;
}

/// <summary>_tee: one of the iterators tee() returns.</summary>
public sealed partial class Tee : PyObject
{
    public static readonly PyType TypeObject = ItertoolsModule.Type("_tee", typeof(Tee), Setup, TypeFlags.None);
    TeeData _data = null!;
    TeeNode _node = null!;
    bool _running;
    Tee(PyType t) : base(t) { }

    internal static Tee FromIterable(PyType type, PyObject it) =>
        it is Tee t ? t.Clone() : new Tee(type) { _data = new TeeData(it), _node = new TeeNode() };

    internal Tee Clone() => new(TypeObject) { _data = _data, _node = _node };

    static void Setup(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            ModuleHelpers.NoKeywords("_tee", kw);
            ModuleHelpers.CheckPositional("_tee", args.Length, 1, 1);
            return FromIterable(type, Ops.GetIter(args[0]));
        };
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var z = (Tee)o;
            var node = z._node;
            if (node.Next == null)
            {
                if (z._running) throw PyException.RuntimeError("cannot re-enter the tee iterator");
                z._running = true;
                PyObject? x;
                try { x = Ops.Next(z._data.Source); }
                finally { z._running = false; }
                if (x == null) return null;
                if (node.Next == null)
                {
                    node.Value = x;
                    node.Next = new TeeNode();
                }
            }
            z._node = node.Next!;
            return node.Value;
        };
        SetupMembers(t);
    }

    [PyMethod("__copy__($self, /)", Doc = "Returns an independent iterator.")]
    PyObject Copy() => Clone();
}
