namespace Taipan.Runtime;

/// <summary>
/// Unpacks a slice key for the sequence types of this folder and Bytes/ByteArray/MemoryView.
/// </summary>
internal static class SliceSupport
{
    /// <summary>When <paramref name="key"/> is a slice: its adjusted start/stop/step and length for a sequence of <paramref name="length"/>.</summary>
    public static bool TryIndices(PyObject key, long length, out long start, out long stop, out long step, out long count)
    {
        if (key is PySlice sl)
        {
            count = sl.Indices(length, out start, out stop, out step);
            return true;
        }
        start = stop = step = count = 0;
        return false;
    }

    static long SliceBound(PyObject o)
    {
        if (o is not PyInt && o.Type.Index == null)
            throw PyException.TypeError("slice indices must be integers or None or have an __index__ method");
        return Ops.AsIndexClamped(o);
    }

    /// <summary>CPython's PySlice_AdjustIndices.</summary>
    public static long Adjust(long length, ref long start, ref long stop, long step)
    {
        if (start < 0) { start += length; if (start < 0) start = step < 0 ? -1 : 0; }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0) { stop += length; if (stop < 0) stop = step < 0 ? -1 : 0; }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;
        if (step < 0) return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        return start < stop ? (stop - start - 1) / step + 1 : 0;
    }

    /// <summary>An int index for sequence subscription, normalised; -1 when out of range (caller raises its own IndexError).</summary>
    public static long NormalizeIndex(PyObject key, long length)
    {
        long i = Ops.AsIndex(key);
        if (i < 0) i += length;
        return i < 0 || i >= length ? -1 : i;
    }

    public static void Reverse(PyList list) => list.Items.AsSpan(0, list.Count).Reverse();
}
