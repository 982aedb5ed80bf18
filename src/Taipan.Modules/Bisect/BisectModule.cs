using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>_bisect: binary search and insertion in sorted sequences, with key= (3.10+).</summary>
[PyModule("_bisect")]
public static partial class BisectModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("_bisect", "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n");
        RegisterFunctions(m.Dict, m);
        return m;
    }

    static long Search(PyObject a, PyObject x, long lo, PyObject? hiObj, PyObject? key, bool right)
    {
        if (lo < 0) throw PyException.ValueError("lo must be non-negative");
        long hi = hiObj == null || hiObj is PyNone ? Ops.Len(a) : Ops.AsIndexClamped(hiObj);
        if (key is PyNone) key = null;
        while (lo < hi)
        {
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            var item = a is PyList l && mid < l.Count ? l.Items[mid] : Ops.GetItem(a, PyInt.Get(mid));
            if (key != null) item = Ops.Call(key, item);
            bool goLeft = right ? Ops.RichCompareBool(x, item, CompareOp.Lt) : !Ops.RichCompareBool(item, x, CompareOp.Lt);
            if (goLeft) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    static void Insert(PyObject a, long index, PyObject x)
    {
        if (a.Type == PyList.TypeObject) Ops.Call(Ops.GetAttr(a, "insert"), PyInt.Get(index), x);
        else Ops.Call(Ops.GetAttr(a, "insert"), PyInt.Get(index), x);
    }

    [PyMethod("bisect_right($module, /, a, x, lo=0, hi=None, *, key=None)", Doc = "Return the index where to insert item x in list a, assuming a is sorted.")]
    static long BisectRight(PyObject a, PyObject x, long lo, PyObject? hi, PyObject? key) => Search(a, x, lo, hi, key, true);

    [PyMethod("bisect_left($module, /, a, x, lo=0, hi=None, *, key=None)", Doc = "Return the index where to insert item x in list a, assuming a is sorted.")]
    static long BisectLeft(PyObject a, PyObject x, long lo, PyObject? hi, PyObject? key) => Search(a, x, lo, hi, key, false);

    [PyMethod("insort_right($module, /, a, x, lo=0, hi=None, *, key=None)", Doc = "Insert item x in list a, and keep it sorted assuming a is sorted.")]
    static void InsortRight(PyObject a, PyObject x, long lo, PyObject? hi, PyObject? key)
    {
        var k = key == null || key is PyNone ? x : Ops.Call(key, x);
        Insert(a, Search(a, k, lo, hi, key, true), x);
    }

    [PyMethod("insort_left($module, /, a, x, lo=0, hi=None, *, key=None)", Doc = "Insert item x in list a, and keep it sorted assuming a is sorted.")]
    static void InsortLeft(PyObject a, PyObject x, long lo, PyObject? hi, PyObject? key)
    {
        var k = key == null || key is PyNone ? x : Ops.Call(key, x);
        Insert(a, Search(a, k, lo, hi, key, false), x);
    }
}
