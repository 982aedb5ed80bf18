using System.Text;

namespace Taipan.Runtime;

/// <summary>tuple's slots and methods.</summary>
public partial class PyTuple
{
    static partial void SetupSlots(PyType t)
    {
        t.Contains = static (o, x) =>
        {
            foreach (var item in ((PyTuple)o).Items)
                if (Ops.EqBool(item, x)) return true;
            return false;
        };
        t.GetItem = static (o, k) => ((PyTuple)o).GetItem(k);
        t.Add = static (a, b) =>
        {
            if (a is not PyTuple x || b is not PyTuple y) return PyNotImplemented.Instance;
            if (y.Items.Length == 0 && x.Type == TypeObject) return x;
            if (x.Items.Length == 0 && y.Type == TypeObject) return y;
            return new PyTuple([.. x.Items, .. y.Items]);
        };
        t.Multiply = static (a, b) =>
        {
            if (a is PyTuple x && b.Type.Index != null) return x.Repeat(Ops.AsIndexClamped(b));
            if (b is PyTuple y && a.Type.Index != null) return y.Repeat(Ops.AsIndexClamped(a));
            return PyNotImplemented.Instance;
        };
        t.RichCompare = static (a, b, op) => b is PyTuple y ? SequenceCompare.Compare(((PyTuple)a).Items, y.Items, op) : PyNotImplemented.Instance;
        t.Iter = static o => new PyTupleIterator((PyTuple)o);
        t.Hash = static o => ((PyTuple)o).ComputeHash();
        t.Repr = static o =>
        {
            var tp = (PyTuple)o;
            if (tp.Items.Length == 0) return new PyStr("()");
            if (!ReprGuard.Enter(tp)) return new PyStr("(...)");
            try
            {
                var sb = new StringBuilder("(");
                for (int i = 0; i < tp.Items.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(Ops.Repr(tp.Items[i]).Value);
                }
                if (tp.Items.Length == 1) sb.Append(',');
                return new PyStr(sb.Append(')').ToString());
            }
            finally { ReprGuard.Leave(tp); }
        };
        t.New = static (type, args, kw) =>
        {
            if (kw != null && kw.Count > 0 && type == TypeObject)
                throw PyException.TypeError("tuple() takes no keyword arguments");
            int npos = args.Length - (kw?.Count ?? 0);
            if (npos > 1) throw PyException.TypeError($"tuple expected at most 1 argument, got {npos}");
            if (npos == 0) return type == TypeObject ? Empty : new PyTuple(type, []);
            if (type == TypeObject && args[0].Type == TypeObject) return args[0];
            var items = Ops.ToArray(args[0]);
            if (type == TypeObject) return items.Length == 0 ? Empty : new PyTuple(items == ((args[0] as PyTuple)?.Items) ? (PyObject[])items.Clone() : items);
            return new PyTuple(type, (PyObject[])items.Clone());
        };
    }

    PyObject GetItem(PyObject key)
    {
        if (key is PyInt pi && pi.IsSmall)
        {
            long i = pi.Small;
            if (i < 0) i += Items.Length;
            if ((ulong)i >= (ulong)Items.Length) throw PyException.IndexError("tuple index out of range");
            return Items[i];
        }
        if (key is PySlice s)
        {
            long n = s.Indices(Items.Length, out var start, out _, out var step);
            if (step == 1 && n == Items.Length && Type == TypeObject) return this;
            var r = new PyObject[n];
            for (long k = 0, j = start; k < n; k++, j += step) r[k] = Items[j];
            return n == 0 ? Empty : new PyTuple(r);
        }
        if (key.Type.Index == null)
            throw PyException.TypeError($"tuple indices must be integers or slices, not {key.Type.Name}");
        return Items[PyList.NormalizeIndex(key, Items.Length, "tuple")];
    }

    PyTuple Repeat(long times)
    {
        if (times <= 0 || Items.Length == 0) return Empty;
        if (times == 1 && Type == TypeObject) return this;
        if ((long)Items.Length * times > int.MaxValue) throw PyException.MemoryError();
        var r = new PyObject[Items.Length * times];
        for (int k = 0; k < times; k++) Array.Copy(Items, 0, r, k * Items.Length, Items.Length);
        return new PyTuple(r);
    }

    /// <summary>CPython 3.12's tuple hash (an xxHash64-style mix of the item hashes), so values match CPython's.</summary>
    long ComputeHash()
    {
        const ulong Prime1 = 11400714785074694791UL, Prime2 = 14029467366897019727UL, Prime5 = 2870177450012600261UL;
        ulong acc = Prime5;
        foreach (var item in Items)
        {
            ulong lane = (ulong)Ops.Hash(item);
            acc += lane * Prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= Prime1;
        }
        acc += (ulong)Items.Length ^ (Prime5 ^ 3527539UL);
        if (acc == ulong.MaxValue) return 1546275796;
        return (long)acc;
    }

    [PyMethod("count($self, value, /)", Doc = "Return number of occurrences of value.")]
    public long CountOf(PyObject value)
    {
        long n = 0;
        foreach (var x in Items)
            if (Ops.EqBool(x, value)) n++;
        return n;
    }

    [PyMethod("index($self, value, start=0, stop=sys.maxsize, /)", Doc = "Return first index of value.\n\nRaises ValueError if the value is not present.")]
    public long Index(PyObject value, PyObject? start = null, PyObject? stop = null)
    {
        long len = Items.Length;
        long lo = start == null ? 0 : Ops.AsIndexClamped(start);
        long hi = stop == null ? long.MaxValue : Ops.AsIndexClamped(stop);
        if (lo < 0) { lo += len; if (lo < 0) lo = 0; }
        if (hi < 0) { hi += len; if (hi < 0) hi = 0; }
        for (long i = lo; i < hi && i < len; i++)
            if (Ops.EqBool(Items[i], value)) return i;
        throw PyException.ValueError("tuple.index(x): x not in tuple");
    }

    [PyMethod("__getnewargs__($self, /)")]
    public PyObject GetNewArgs() => new PyTuple([new PyTuple(Items)]);

    [PyMethod("__class_getitem__($type, item, /)", Kind = PyMethodKind.Class, Doc = "See PEP 585")]
    public static PyObject ClassGetItem(PyType type, PyObject item) => new PyGenericAlias(type, item);
}
