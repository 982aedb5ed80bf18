using System.Text;

namespace Taipan.Runtime;

/// <summary>
/// set and frozenset: an open-addressing hash table laid out like CPython's setobject.c (linear probes
/// of 9, then perturbation; same growth rules), so iteration order — which programs print — matches
/// CPython's for the same insertion sequence.
/// </summary>
public sealed partial class PySet : PyObject
{
    public static readonly PyType SetType = PyType.Builtin("set", null, typeof(PySet), SetupSet);
    public static readonly PyType FrozenSetType = PyType.Builtin("frozenset", null, typeof(PySet), SetupFrozen);

    struct Entry
    {
        public PyObject? Key;  // null = never used; s_dummy = deleted
        public long Hash;
    }

    static readonly PyObject s_dummy = PyNone.Instance;
    const int MinSize = 8, LinearProbes = 9, PerturbShift = 5;

    Entry[] _table = new Entry[MinSize];
    int _mask = MinSize - 1;
    int _fill, _used;
    int _finger;
    long _hashCache = -1;

    public PySet(PyType type) : base(type) { }
    public PySet() : base(SetType) { }

    public bool IsFrozen => Type.IsSubtypeOf(FrozenSetType);
    public int Count => _used;

    public static PySet FromIterable(PyObject iterable, PyType? type = null)
    {
        var s = new PySet(type ?? SetType);
        s.UpdateWith(iterable);
        return s;
    }

    // ---------------- table primitives ----------------

    static long HashOf(PyObject key) => key is PyStr s ? s.GetHash() : Ops.Hash(key);

    /// <summary>Index of the active entry holding <paramref name="key"/>, or -1.</summary>
    int Find(PyObject key, long hash)
    {
        restart:
        var table = _table;
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref var e = ref table[j];
                if (e.Key == null) return -1;
                if (e.Hash == hash && !ReferenceEquals(e.Key, s_dummy))
                {
                    var start = e.Key;
                    if (ReferenceEquals(start, key)) return j;
                    if (start is PyStr a && key is PyStr b && a.Type == PyStr.TypeObject && b.Type == PyStr.TypeObject)
                    {
                        if (a.EqualsStr(b)) return j;
                    }
                    else
                    {
                        bool eq = Ops.RichCompareBool(start, key, CompareOp.Eq);
                        if (!ReferenceEquals(table, _table) || !ReferenceEquals(table[j].Key, start)) goto restart;
                        if (eq) return j;
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool ContainsKey(PyObject key) => Find(key, HashOf(key)) >= 0;

    public bool Add(PyObject key) => Add(key, HashOf(key));

    bool Add(PyObject key, long hash)
    {
        restart:
        var table = _table;
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeSlot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref var e = ref table[j];
                if (e.Key == null)
                {
                    if (freeSlot >= 0)
                    {
                        table[freeSlot] = new Entry { Key = key, Hash = hash };
                        _used++;
                    }
                    else
                    {
                        e.Key = key;
                        e.Hash = hash;
                        _fill++;
                        _used++;
                        if ((long)_fill * 5 >= (long)mask * 3) Resize(_used > 50000 ? _used * 2 : _used * 4);
                    }
                    _hashCache = -1;
                    return true;
                }
                if (ReferenceEquals(e.Key, s_dummy))
                {
                    if (freeSlot < 0) freeSlot = j;
                }
                else if (e.Hash == hash)
                {
                    var start = e.Key;
                    if (ReferenceEquals(start, key)) return false;
                    if (start is PyStr a && key is PyStr b && a.Type == PyStr.TypeObject && b.Type == PyStr.TypeObject)
                    {
                        if (a.EqualsStr(b)) return false;
                    }
                    else
                    {
                        bool eq = Ops.RichCompareBool(start, key, CompareOp.Eq);
                        if (!ReferenceEquals(table, _table) || !ReferenceEquals(table[j].Key, start)) goto restart;
                        if (eq) return false;
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    void Resize(int minUsed)
    {
        int size = MinSize;
        while (size <= minUsed) size <<= 1;
        var old = _table;
        _table = new Entry[size];
        _mask = size - 1;
        _fill = _used;
        foreach (var e in old)
            if (e.Key != null && !ReferenceEquals(e.Key, s_dummy)) InsertClean(e.Key, e.Hash);
    }

    void InsertClean(PyObject key, long hash)
    {
        var table = _table;
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (table[i].Key == null) { table[i] = new Entry { Key = key, Hash = hash }; return; }
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                    if (table[i + j].Key == null) { table[i + j] = new Entry { Key = key, Hash = hash }; return; }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool Discard(PyObject key)
    {
        int j = Find(key, HashOf(key));
        if (j < 0) return false;
        _table[j].Key = s_dummy;
        _table[j].Hash = -1;
        _used--;
        _hashCache = -1;
        return true;
    }

    public void Clear()
    {
        _table = new Entry[MinSize];
        _mask = MinSize - 1;
        _fill = _used = 0;
        _hashCache = -1;
    }

    /// <summary>Iterates active keys in table order; <paramref name="pos"/> is the next slot.</summary>
    public bool Next(ref int pos, out PyObject key)
    {
        var table = _table;
        while (pos < table.Length)
        {
            var k = table[pos++].Key;
            if (k != null && !ReferenceEquals(k, s_dummy)) { key = k; return true; }
        }
        key = null!;
        return false;
    }

    public List<PyObject> Keys()
    {
        var r = new List<PyObject>(_used);
        int pos = 0;
        while (Next(ref pos, out var k)) r.Add(k);
        return r;
    }

    PySet NewLike(PyType? type = null) => new(type ?? (IsFrozen ? FrozenSetType : SetType));

    public PySet CopySet(PyType? type = null)
    {
        var r = NewLike(type);
        r.MergeSet(this);
        return r;
    }

    void MergeSet(PySet other)
    {
        if ((long)(_fill + other._used) * 5 >= (long)_mask * 3) Resize((_used + other._used) * 2);
        foreach (var e in other._table)
            if (e.Key != null && !ReferenceEquals(e.Key, s_dummy)) Add(e.Key, e.Hash);
    }

    public void UpdateWith(PyObject iterable)
    {
        if (iterable is PySet s) { MergeSet(s); return; }
        if (iterable is PyDict d && d.Type == PyDict.TypeObject)
        {
            if ((long)(_fill + d.Count) * 5 >= (long)_mask * 3) Resize((_used + d.Count) * 2);
            int pos = 0;
            while (d.Next(ref pos, out var k, out _)) Add(k);
            return;
        }
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is PyObject x) Add(x);
    }

    // ---------------- set algebra ----------------

    static PySet AsSet(PyObject o) => o as PySet ?? FromIterable(o);

    public PySet UnionWith(PyObject other)
    {
        var r = CopySet(Type == FrozenSetType || Type == SetType ? null : (IsFrozen ? FrozenSetType : SetType));
        r.UpdateWith(other);
        return r;
    }

    public PySet IntersectionWith(PyObject other)
    {
        var result = NewLike(IsFrozen ? FrozenSetType : SetType);
        if (other is PySet os)
        {
            // CPython iterates the other set unless it is the larger one.
            PySet small = os.Count > Count ? this : os;
            PySet big = ReferenceEquals(small, this) ? os : this;
            foreach (var e in small._table)
                if (e.Key != null && !ReferenceEquals(e.Key, s_dummy) && big.Find(e.Key, e.Hash) >= 0) result.Add(e.Key, e.Hash);
            return result;
        }
        var it = Ops.GetIter(other);
        while (Ops.Next(it) is PyObject x)
            if (ContainsKey(x)) result.Add(x);
        return result;
    }

    public PySet DifferenceWith(PyObject other)
    {
        var o = other as PySet ?? (other is PyDict ? null : FromIterable(other));
        var result = NewLike(IsFrozen ? FrozenSetType : SetType);
        foreach (var e in _table)
        {
            if (e.Key == null || ReferenceEquals(e.Key, s_dummy)) continue;
            bool inOther = o != null ? o.Find(e.Key, e.Hash) >= 0 : ((PyDict)other).ContainsKey(e.Key);
            if (!inOther) result.Add(e.Key, e.Hash);
        }
        return result;
    }

    public PySet SymmetricDifferenceWith(PyObject other)
    {
        var result = CopySet(IsFrozen ? FrozenSetType : SetType);
        var o = AsSet(other);
        foreach (var e in o._table)
        {
            if (e.Key == null || ReferenceEquals(e.Key, s_dummy)) continue;
            if (!result.DiscardHashed(e.Key, e.Hash)) result.Add(e.Key, e.Hash);
        }
        return result;
    }

    bool DiscardHashed(PyObject key, long hash)
    {
        int j = Find(key, hash);
        if (j < 0) return false;
        _table[j].Key = s_dummy;
        _table[j].Hash = -1;
        _used--;
        _hashCache = -1;
        return true;
    }

    public bool IsSubsetOf(PySet other)
    {
        if (Count > other.Count) return false;
        foreach (var e in _table)
            if (e.Key != null && !ReferenceEquals(e.Key, s_dummy) && other.Find(e.Key, e.Hash) < 0) return false;
        return true;
    }

    public static PyObject CompareSets(PySet a, PySet b, CompareOp op) => op switch
    {
        CompareOp.Eq => PyBool.Get(a.Count == b.Count && a.IsSubsetOf(b)),
        CompareOp.Ne => PyBool.Get(!(a.Count == b.Count && a.IsSubsetOf(b))),
        CompareOp.Le => PyBool.Get(a.IsSubsetOf(b)),
        CompareOp.Ge => PyBool.Get(b.IsSubsetOf(a)),
        CompareOp.Lt => PyBool.Get(a.Count < b.Count && a.IsSubsetOf(b)),
        _ => PyBool.Get(a.Count > b.Count && b.IsSubsetOf(a)),
    };

    /// <summary>CPython's frozenset hash: xor of shuffled entry hashes, mixed with the size.</summary>
    long FrozenHash()
    {
        if (_hashCache != -1) return _hashCache;
        static ulong Shuffle(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
        ulong hash = 0;
        foreach (var e in _table)
            if (e.Key != null && !ReferenceEquals(e.Key, s_dummy)) hash ^= Shuffle((ulong)e.Hash);
        hash ^= ((ulong)_used + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        if (hash == ulong.MaxValue) hash = 590923713UL;
        return _hashCache = (long)hash;
    }

    /// <summary>Removes an arbitrary element, scanning from a moving finger like CPython's set.pop.</summary>
    public PyObject PopAny()
    {
        if (_used == 0) throw PyException.KeyError(new PyStr("pop from an empty set"));
        int i = _finger & _mask;
        while (_table[i].Key == null || ReferenceEquals(_table[i].Key, s_dummy))
        {
            i++;
            if (i > _mask) i = 0;
        }
        var key = _table[i].Key!;
        _table[i].Key = s_dummy;
        _table[i].Hash = -1;
        _used--;
        _finger = i + 1;
        return key;
    }

    string ReprString()
    {
        string name = Type.Name;
        if (_used == 0) return $"{name}()";
        if (!ReprGuard.Enter(this)) return $"{name}(...)";
        try
        {
            var sb = new StringBuilder();
            bool plainSet = Type == SetType;
            if (!plainSet) sb.Append(name).Append('(');
            sb.Append('{');
            bool first = true;
            foreach (var k in Keys())
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.Repr(k).Value);
            }
            sb.Append('}');
            if (!plainSet) sb.Append(')');
            return sb.ToString();
        }
        finally { ReprGuard.Leave(this); }
    }
}
