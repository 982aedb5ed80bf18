using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>
/// functools._lru_cache_wrapper: memoises a function. maxsize None caches without bound, 0 never caches,
/// n keeps the n most recently used results (a dict of keys to nodes of a circular doubly linked list).
/// Hits and misses are counted exactly as CPython counts them.
/// </summary>
public sealed partial class LruCacheWrapper : PyObject, IHasDict
{
    public static readonly PyType TypeObject = ModuleHelpers.Type("_lru_cache_wrapper", "functools", typeof(LruCacheWrapper), SetupType);

    /// <summary>A cache entry; never visible to Python code.</summary>
    sealed class Node : PyObject
    {
        public Node? Prev, Next;
        public PyObject Key = PyNone.Instance;
        public PyObject Result = PyNone.Instance;
        public Node() : base(PyType.ObjectType) { }
    }

    /// <summary>Separates positional from keyword arguments in keys (CPython's kwd_mark).</summary>
    static readonly PyObject s_kwdMark = new Node();

    PyObject _func = PyNone.Instance;
    PyObject _cacheInfoType = PyNone.Instance;
    long _maxsize;          // -1: unbounded
    bool _typed;
    long _hits, _misses;
    PyDict _cache = new();
    readonly Node _root = new();

    public PyDict? Dict { get; set; }

    LruCacheWrapper(PyType type) : base(type)
    {
        _root.Prev = _root.Next = _root;
    }

    static readonly PySignature s_newSig = new("lru_cache(user_function, maxsize, typed, cache_info_type)");

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            var a = s_newSig.Bind(args, kw, out _, out _);
            var func = a[0]!;
            if (func.Type.Call == null) throw PyException.TypeError("the first argument must be callable");
            var w = new LruCacheWrapper(type) { _func = func, _cacheInfoType = a[3]!, _typed = Ops.IsTrue(a[2]!) };
            var maxsize = a[1]!;
            if (maxsize is PyNone) w._maxsize = -1;
            else if (maxsize is PyInt)
            {
                long m = Ops.AsIndexClamped(maxsize);
                w._maxsize = m < 0 ? 0 : m;
            }
            else throw PyException.TypeError("maxsize should be integer or None");
            return w;
        };
        t.Call = static (self, args, kw) => ((LruCacheWrapper)self).Invoke(args, kw);
        t.DescrGet = static (self, obj, type) => obj == null || obj is PyNone ? self : new PyMethod(self, obj);
        ModuleHelpers.AddDictDescriptor(t);
        SetupMembers(t);
    }

    PyObject MakeKey(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0, npos = args.Length - nkw;
        if (nkw == 0 && !_typed && npos == 1 && (args[0].Type == PyInt.TypeObject || args[0].Type == PyStr.TypeObject))
            return args[0];
        int size = npos + (nkw > 0 ? 1 + 2 * nkw : 0) + (_typed ? npos + nkw : 0);
        var key = new PyObject[size];
        int j = 0;
        for (int i = 0; i < npos; i++) key[j++] = args[i];
        if (nkw > 0)
        {
            key[j++] = s_kwdMark;
            for (int i = 0; i < nkw; i++)
            {
                key[j++] = kwnames!.Items[i];
                key[j++] = args[npos + i];
            }
        }
        if (_typed)
        {
            for (int i = 0; i < npos; i++) key[j++] = args[i].Type;
            for (int i = 0; i < nkw; i++) key[j++] = args[npos + i].Type;
        }
        return new PyTuple(key);
    }

    PyObject Invoke(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (_maxsize == 0)
        {
            _misses++;
            return Ops.Call(_func, args, kwnames);
        }
        var key = MakeKey(args, kwnames);
        if (_maxsize < 0)
        {
            if (_cache.TryGetValue(key, out var hit)) { _hits++; return hit; }
            _misses++;
            var r = Ops.Call(_func, args, kwnames);
            _cache.SetItem(key, r);
            return r;
        }
        if (_cache.TryGetValue(key, out var found))
        {
            var node = (Node)found;
            Unlink(node);
            Append(node);
            _hits++;
            return node.Result;
        }
        _misses++;
        var result = Ops.Call(_func, args, kwnames);
        // A recursive call may have cached this key meanwhile; keep that entry.
        if (_cache.ContainsKey(key)) return result;
        if (_cache.Count < _maxsize)
        {
            var n = new Node { Key = key, Result = result };
            _cache.SetItem(key, n);
            Append(n);
            return result;
        }
        // Full: reuse the oldest node for the new entry.
        var oldest = _root.Next!;
        Unlink(oldest);
        _cache.Remove(oldest.Key);
        oldest.Key = key;
        oldest.Result = result;
        _cache.SetItem(key, oldest);
        Append(oldest);
        return result;
    }

    static void Unlink(Node n)
    {
        n.Prev!.Next = n.Next;
        n.Next!.Prev = n.Prev;
    }

    void Append(Node n)
    {
        var last = _root.Prev!;
        last.Next = n;
        n.Prev = last;
        n.Next = _root;
        _root.Prev = n;
    }

    [PyMethod("cache_info($self, /)", Doc = "Report cache statistics")]
    PyObject CacheInfo()
    {
        PyObject maxsize = _maxsize < 0 ? PyNone.Instance : PyInt.Get(_maxsize);
        long size = _maxsize == 0 ? 0 : _cache.Count;
        return Ops.Call(_cacheInfoType, [PyInt.Get(_hits), PyInt.Get(_misses), maxsize, PyInt.Get(size)]);
    }

    [PyMethod("cache_clear($self, /)", Doc = "Clear the cache and cache statistics")]
    void CacheClear()
    {
        _hits = _misses = 0;
        _cache = new PyDict();
        _root.Prev = _root.Next = _root;
    }

    [PyMethod("__reduce__($self, /)")]
    PyObject Reduce() => Ops.GetAttr(this, "__qualname__");

    [PyMethod("__copy__($self, /)")]
    PyObject Copy() => this;

    [PyMethod("__deepcopy__($self, memo, /)")]
    PyObject DeepCopy(PyObject memo) => this;
}
