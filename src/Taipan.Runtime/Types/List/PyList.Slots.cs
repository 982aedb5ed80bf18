using System.Text;

namespace Taipan.Runtime;

/// <summary>list's slots: sequence protocol, operators, comparison, repr, construction.</summary>
public partial class PyList
{
    static partial void SetupSlots(PyType t)
    {
        t.Contains = static (o, x) =>
        {
            var l = (PyList)o;
            for (int i = 0; i < l.Count; i++)
                if (Ops.EqBool(l.Items[i], x)) return true;
            return false;
        };
        t.GetItem = static (o, k) => ((PyList)o).GetItem(k);
        t.SetItem = static (o, k, v) => ((PyList)o).SetItemOrSlice(k, v);
        t.Add = static (a, b) =>
        {
            if (a is not PyList x || b is not PyList y) return PyNotImplemented.Instance;
            var r = new PyList(x.Count + y.Count);
            Array.Copy(x.Items, r.Items, x.Count);
            Array.Copy(y.Items, 0, r.Items, x.Count, y.Count);
            r.Count = x.Count + y.Count;
            return r;
        };
        t.InPlaceAdd = static (a, b) => { ((PyList)a).Extend(b); return a; };
        t.Multiply = static (a, b) =>
        {
            if (a is PyList l && b.Type.Index != null) return l.Repeat(Ops.AsIndexClamped(b));
            if (b is PyList l2 && a.Type.Index != null) return l2.Repeat(Ops.AsIndexClamped(a));
            return PyNotImplemented.Instance;
        };
        t.InPlaceMultiply = static (a, b) =>
        {
            if (b.Type.Index == null) return PyNotImplemented.Instance;
            var l = (PyList)a;
            var r = l.Repeat(Ops.AsIndexClamped(b));
            l.Items = r.Items;
            l.Count = r.Count;
            return l;
        };
        t.RichCompare = static (a, b, op) => b is PyList y ? SequenceCompare.Compare(((PyList)a).AsSpan(), y.AsSpan(), op) : PyNotImplemented.Instance;
        t.Iter = static o => new PyListIterator((PyList)o);
        t.Repr = static o =>
        {
            var l = (PyList)o;
            if (l.Count == 0) return new PyStr("[]");
            if (!ReprGuard.Enter(l)) return new PyStr("[...]");
            try
            {
                var sb = new StringBuilder("[");
                for (int i = 0; i < l.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(Ops.Repr(l.Items[i]).Value);
                }
                return new PyStr(sb.Append(']').ToString());
            }
            finally { ReprGuard.Leave(l); }
        };
        t.New = static (type, args, kw) => type == TypeObject ? new PyList() : new PyList(type);
        t.Init = static (self, args, kw) =>
        {
            if (kw != null && kw.Count > 0 && self.Type == TypeObject)
                throw PyException.TypeError("list() takes no keyword arguments");
            if (args.Length > 1) throw PyException.TypeError($"list expected at most 1 argument, got {args.Length}");
            var l = (PyList)self;
            l.Clear();
            if (args.Length == 1) l.Extend(args[0]);
        };
    }

    /// <summary>Normalises an index for item access; raises IndexError with the given message.</summary>
    internal static int NormalizeIndex(PyObject key, int count, string what)
    {
        long i = key is PyInt pi && pi.IsSmall ? pi.Small : Ops.AsIndex(key);
        if (i < 0) i += count;
        if ((ulong)i >= (ulong)count) throw PyException.IndexError($"{what} index out of range");
        return (int)i;
    }

    PyObject GetItem(PyObject key)
    {
        if (key is PyInt pi && pi.IsSmall)
        {
            long i = pi.Small;
            if (i < 0) i += Count;
            if ((ulong)i >= (ulong)Count) throw PyException.IndexError("list index out of range");
            return Items[i];
        }
        if (key is PySlice s)
        {
            long n = s.Indices(Count, out var start, out _, out var step);
            var r = new PyList((int)n);
            for (long k = 0, j = start; k < n; k++, j += step) r.Items[k] = Items[j];
            r.Count = (int)n;
            return r;
        }
        if (key.Type.Index == null)
            throw PyException.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
        return Items[NormalizeIndex(key, Count, "list")];
    }

    void SetItemOrSlice(PyObject key, PyObject? value)
    {
        if (key is PySlice s)
        {
            if (value == null) DeleteSlice(s);
            else AssignSlice(s, value);
            return;
        }
        if (key.Type.Index == null)
            throw PyException.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
        if (value == null)
        {
            int i = NormalizeIndex(key, Count, "list assignment");
            RemoveAt(i);
        }
        else Items[NormalizeIndex(key, Count, "list assignment")] = value;
    }

    internal void RemoveAt(int i)
    {
        Array.Copy(Items, i + 1, Items, i, Count - i - 1);
        Items[--Count] = null!;
    }

    void DeleteSlice(PySlice s)
    {
        long n = s.Indices(Count, out var start, out _, out var step);
        if (n == 0) return;
        if (step < 0)
        {
            start = start + step * (n - 1);
            step = -step;
        }
        var keep = new List<PyObject>(Count - (int)n);
        long next = start, removed = 0;
        for (int i = 0; i < Count; i++)
        {
            if (removed < n && i == next) { removed++; next += step; continue; }
            keep.Add(Items[i]);
        }
        var old = Items;
        Items = keep.Count == 0 ? [] : keep.ToArray();
        Count = keep.Count;
        GC.KeepAlive(old);
    }

    void AssignSlice(PySlice s, PyObject value)
    {
        var seq = ReferenceEquals(value, this) ? AsSpan().ToArray() : Ops.ToArrayFast(value, "can only assign an iterable");
        long n = s.Indices(Count, out var start, out var stop, out var step);
        if (step == 1)
        {
            if (stop < start) stop = start;
            int lo = (int)start, hi = (int)stop;
            int newCount = Count - (hi - lo) + seq.Length;
            var arr = new PyObject[Math.Max(newCount, 4)];
            Array.Copy(Items, arr, lo);
            Array.Copy(seq, 0, arr, lo, seq.Length);
            Array.Copy(Items, hi, arr, lo + seq.Length, Count - hi);
            Items = arr;
            Count = newCount;
            return;
        }
        if (seq.Length != n)
            throw PyException.ValueError($"attempt to assign sequence of size {seq.Length} to extended slice of size {n}");
        for (long k = 0, j = start; k < n; k++, j += step) Items[j] = seq[k];
    }

    PyList Repeat(long times)
    {
        if (times <= 0 || Count == 0) return new PyList();
        if ((long)Count * times > int.MaxValue) throw PyException.MemoryError();
        int total = (int)(Count * times);
        var r = new PyList(total);
        for (int k = 0; k < times; k++) Array.Copy(Items, 0, r.Items, k * Count, Count);
        r.Count = total;
        return r;
    }
}

/// <summary>Lexicographic comparison of two item sequences (list and tuple comparison).</summary>
public static class SequenceCompare
{
    public static PyObject Compare(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op)
    {
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && a.Length != b.Length)
            return PyBool.Get(op == CompareOp.Ne);
        int n = Math.Min(a.Length, b.Length);
        int i = 0;
        for (; i < n; i++)
        {
            var x = a[i];
            var y = b[i];
            if (!Ops.RichCompareBool(x, y, CompareOp.Eq)) break;
        }
        if (i >= n) return Ops.CompareResult(a.Length.CompareTo(b.Length), op);
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Ops.RichCompare(a[i], b[i], op);
    }
}
