namespace Taipan.Runtime;

/// <summary>
/// list.sort: a stable merge sort (any stable sort gives CPython's results for consistent comparisons),
/// with fast paths when every key is an exact int that fits a long, an exact float, or an exact str.
/// reverse=True keeps stability the way CPython does: reverse, sort, reverse.
/// </summary>
static class ListSort
{
    public static void Sort(PyObject[] items, int n, PyObject? key, bool reverse)
    {
        if (n < 2) return;
        var keys = items;
        if (key != null)
        {
            keys = new PyObject[n];
            for (int i = 0; i < n; i++) keys[i] = Ops.Call(key, [items[i]]);
        }
        if (reverse)
        {
            Array.Reverse(items, 0, n);
            if (key != null) Array.Reverse(keys, 0, n);
        }
        var perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        Comparison<int> cmp = ChooseComparison(keys, n);
        MergeSort(perm, cmp);
        var sorted = new PyObject[n];
        for (int i = 0; i < n; i++) sorted[i] = items[perm[i]];
        Array.Copy(sorted, items, n);
        if (reverse) Array.Reverse(items, 0, n);
    }

    static Comparison<int> ChooseComparison(PyObject[] keys, int n)
    {
        bool allInt = true, allFloat = true, allStr = true;
        for (int i = 0; i < n; i++)
        {
            var k = keys[i];
            var t = k.Type;
            if (!(t == PyInt.TypeObject && ((PyInt)k).IsSmall)) allInt = false;
            if (t != PyFloat.TypeObject) allFloat = false;
            if (t != PyStr.TypeObject) allStr = false;
        }
        if (allInt)
        {
            var v = new long[n];
            for (int i = 0; i < n; i++) v[i] = ((PyInt)keys[i]).Small;
            return (a, b) => v[a].CompareTo(v[b]);
        }
        if (allFloat)
        {
            var v = new double[n];
            for (int i = 0; i < n; i++) v[i] = ((PyFloat)keys[i]).Value;
            // NaN compares false both ways in Python: treat as "not less" in both directions.
            return (a, b) => v[a] < v[b] ? -1 : v[b] < v[a] ? 1 : 0;
        }
        if (allStr)
            return (a, b) => ((PyStr)keys[a]).CompareTo((PyStr)keys[b]);
        return (a, b) =>
            Ops.RichCompareBool(keys[a], keys[b], CompareOp.Lt) ? -1 :
            Ops.RichCompareBool(keys[b], keys[a], CompareOp.Lt) ? 1 : 0;
    }

    /// <summary>Stable top-down merge sort that only asks "is b less than a" when merging, like CPython.</summary>
    static void MergeSort(int[] a, Comparison<int> cmp)
    {
        var tmp = new int[a.Length];
        // Insertion sort small runs, then merge bottom-up.
        const int Run = 16;
        for (int lo = 0; lo < a.Length; lo += Run)
        {
            int hi = Math.Min(lo + Run, a.Length);
            for (int i = lo + 1; i < hi; i++)
            {
                int x = a[i];
                int j = i - 1;
                while (j >= lo && cmp(x, a[j]) < 0) { a[j + 1] = a[j]; j--; }
                a[j + 1] = x;
            }
        }
        for (int width = Run; width < a.Length; width *= 2)
        {
            for (int lo = 0; lo < a.Length - width; lo += 2 * width)
            {
                int mid = lo + width, hi = Math.Min(lo + 2 * width, a.Length);
                if (cmp(a[mid], a[mid - 1]) >= 0) continue;
                Array.Copy(a, lo, tmp, lo, hi - lo);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi) a[k++] = cmp(tmp[j], tmp[i]) < 0 ? tmp[j++] : tmp[i++];
                while (i < mid) a[k++] = tmp[i++];
                while (j < hi) a[k++] = tmp[j++];
            }
        }
    }
}
