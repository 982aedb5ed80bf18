using System.Runtime.CompilerServices;

namespace Taipan.Runtime;

/// <summary>
/// Python dict: an insertion-ordered hash table of our own (DESIGN "Representation decisions"), laid out
/// like CPython's compact dict: a sparse index array pointing into a dense entry array. Keys' __hash__ and
/// __eq__ may run Python code and raise; <see cref="Version"/> changes on every mutation so iterators
/// detect changes and inline caches (globals, instance attributes) can validate cheaply.
/// </summary>
public partial class PyDict : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("dict", null, typeof(PyDict), SetupType,
        TypeFlags.BaseType | TypeFlags.DictSubclass);

    struct Entry
    {
        public long Hash;
        public PyObject? Key;   // null marks a deleted entry
        public PyObject? Value;
    }

    const int Empty = -1, Dummy = -2;
    int[] _indices;
    Entry[] _entries;
    int _used;       // live entries
    int _next;       // next free slot in _entries
    int _filled;     // indices that are not Empty (live + dummies)
    /// <summary>Bumped on every mutation (also used by iterators to detect "changed size during iteration").</summary>
    public uint Version;

    public PyDict() : this(TypeObject) { }

    public PyDict(PyType type) : base(type)
    {
        _indices = new int[8];
        Array.Fill(_indices, Empty);
        _entries = new Entry[5];
    }

    public PyDict(int capacity) : this()
    {
        if (capacity > 5) Resize(capacity);
    }

    public int Count => _used;

    static long HashOf(PyObject key) => key is PyStr s ? s.GetHash() : Ops.Hash(key);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool KeysMatch(PyObject stored, long storedHash, PyObject key, long hash)
    {
        if (ReferenceEquals(stored, key)) return true;
        if (storedHash != hash) return false;
        if (stored is PyStr a && key is PyStr b && a.Type == PyStr.TypeObject && b.Type == PyStr.TypeObject)
            return a.EqualsStr(b);
        return Ops.EqBool(stored, key);
    }

    /// <summary>Index into _entries of the key, or -1.</summary>
    int FindEntry(PyObject key, long hash)
    {
        var indices = _indices;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int ix = indices[i];
            if (ix == Empty) return -1;
            if (ix >= 0)
            {
                ref var e = ref _entries[ix];
                if (e.Key != null && KeysMatch(e.Key, e.Hash, key, hash))
                {
                    // __eq__ may have mutated this dict; the entry must still be the one we matched.
                    if (!ReferenceEquals(indices, _indices)) return FindEntry(key, hash);
                    return ix;
                }
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
    }

    public bool TryGetValue(PyObject key, out PyObject value)
    {
        int ix = FindEntry(key, HashOf(key));
        if (ix < 0) { value = null!; return false; }
        value = _entries[ix].Value!;
        return true;
    }

    /// <summary>Lookup by str key with a precomputed hash (attribute and global lookups).</summary>
    public PyObject? GetOrNull(PyObject key)
    {
        int ix = FindEntry(key, HashOf(key));
        return ix < 0 ? null : _entries[ix].Value;
    }

    public PyObject? GetOrNull(string key) => GetOrNull(PyStr.Intern(key));

    public bool ContainsKey(PyObject key) => FindEntry(key, HashOf(key)) >= 0;

    public PyObject this[PyObject key]
    {
        get => TryGetValue(key, out var v) ? v : throw PyException.KeyError(key);
        set => SetItem(key, value);
    }

    public void SetItem(PyObject key, PyObject value) => SetItem(key, HashOf(key), value);

    public void SetItem(string key, PyObject value) => SetItem(PyStr.Intern(key), value);

    public void SetItem(PyObject key, long hash, PyObject value)
    {
        int ix = FindEntry(key, hash);
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            Version++;
            return;
        }
        if (_next >= _entries.Length || _filled * 3 >= _indices.Length * 2) Resize(_used * 3);
        InsertNew(key, hash, value);
    }

    void InsertNew(PyObject key, long hash, PyObject value)
    {
        if (_next >= _entries.Length) Array.Resize(ref _entries, Math.Max(_entries.Length * 2, 5));
        int slot = FreeSlot(hash);
        if (_indices[slot] == Empty) _filled++;
        _indices[slot] = _next;
        _entries[_next] = new Entry { Hash = hash, Key = key, Value = value };
        _next++;
        _used++;
        Version++;
    }

    int FreeSlot(long hash)
    {
        var indices = _indices;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (indices[i] >= 0)
        {
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
        return i;
    }

    void Resize(int minUsed)
    {
        int size = 8;
        while (size * 2 < minUsed * 3 + 3) size <<= 1;
        var old = _entries;
        int oldNext = _next;
        _indices = new int[size];
        Array.Fill(_indices, Empty);
        _entries = new Entry[Math.Max(size * 2 / 3, _used + 1)];
        _next = 0;
        _filled = 0;
        for (int j = 0; j < oldNext; j++)
        {
            if (old[j].Key == null) continue;
            int slot = FreeSlot(old[j].Hash);
            _indices[slot] = _next;
            _entries[_next++] = old[j];
            _filled++;
        }
    }

    public bool Remove(PyObject key) => Remove(key, out _);

    public bool Remove(PyObject key, out PyObject value)
    {
        long hash = HashOf(key);
        int ix = FindEntry(key, hash);
        if (ix < 0) { value = null!; return false; }
        value = _entries[ix].Value!;
        // Mark the index slot as a dummy so probe chains stay intact.
        var indices = _indices;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (indices[i] != ix)
        {
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
        indices[i] = Dummy;
        _entries[ix] = default;
        _used--;
        Version++;
        return true;
    }

    public void Clear()
    {
        _indices = new int[8];
        Array.Fill(_indices, Empty);
        _entries = new Entry[5];
        _used = _next = _filled = 0;
        Version++;
    }

    /// <summary>
    /// Position-based iteration that survives mutation (the caller checks <see cref="Version"/>/Count):
    /// returns false at the end; <paramref name="pos"/> advances past deleted entries.
    /// </summary>
    public bool Next(ref int pos, out PyObject key, out PyObject value)
    {
        while (pos < _next)
        {
            ref var e = ref _entries[pos++];
            if (e.Key != null) { key = e.Key; value = e.Value!; return true; }
        }
        key = value = null!;
        return false;
    }

    /// <summary>Pops the last inserted item (dict.popitem order).</summary>
    public bool PopLast(out PyObject key, out PyObject value)
    {
        for (int j = _next - 1; j >= 0; j--)
        {
            if (_entries[j].Key == null) continue;
            key = _entries[j].Key!;
            value = _entries[j].Value!;
            Remove(key);
            return true;
        }
        key = value = null!;
        return false;
    }

    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items()
    {
        int pos = 0;
        while (Next(ref pos, out var k, out var v)) yield return new(k, v);
    }

    public PyDict Copy()
    {
        var d = new PyDict(_used);
        int pos = 0;
        while (pos < _next)
        {
            ref var e = ref _entries[pos++];
            if (e.Key != null) d.InsertNew(e.Key, e.Hash, e.Value!);
        }
        return d;
    }

    static partial void SetupMembers(PyType t);
    static partial void SetupSlots(PyType t);

    static void SetupType(PyType t)
    {
        t.MarkUnhashable();
        t.Len = static o => ((PyDict)o).Count;
        t.Bool = static o => ((PyDict)o).Count != 0;
        t.Contains = static (o, k) => ((PyDict)o).ContainsKey(k);
        t.GetItem = static (o, k) => ((PyDict)o).GetItemForSubscript(k);
        SetupSlots(t);
        t.SetItem = static (o, k, v) =>
        {
            var d = (PyDict)o;
            if (v != null) d.SetItem(k, v);
            else if (!d.Remove(k)) throw PyException.KeyError(k);
        };
        SetupMembers(t);
    }

    /// <summary>d[k]: a subclass's __missing__ is consulted before KeyError.</summary>
    PyObject GetItemForSubscript(PyObject key)
    {
        if (TryGetValue(key, out var v)) return v;
        if (Type != TypeObject && Type.Lookup("__missing__") is PyObject missing)
            return Ops.CallMethodDescriptor(missing, this, key);
        throw PyException.KeyError(key);
    }
}
