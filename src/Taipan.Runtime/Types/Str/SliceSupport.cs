namespace Taipan.Runtime;

/// <summary>
/// Unpacks a slice key for the sequence types of this folder and Bytes/ByteArray/MemoryView. The slice type
/// itself belongs to the containers work; until it is in this branch the key is recognised by type name and
/// read through its attributes. Switch <see cref="TryIndices"/> to `key is PySlice` in one place.
/// </summary>
internal static class SliceSupport
{
    /// <summary>When <paramref name="key"/> is a slice: its adjusted start/stop/step and length for a sequence of <paramref name="length"/>.</summary>
    public static bool TryIndices(PyObject key, long length, out long start, out long stop, out long step, out long count)
    {
        start = stop = step = count = 0;
        if (key.Type.Name != "slice") return false;
        var st = Ops.GetAttr(key, "step");
        step = st is PyNone ? 1 : Ops.AsIndexClamped(st);
        if (step == 0) throw PyException.ValueError("slice step cannot be zero");
        if (step < -long.MaxValue) step = -long.MaxValue;
        var a = Ops.GetAttr(key, "start");
        var b = Ops.GetAttr(key, "stop");
        start = a is PyNone ? (step < 0 ? long.MaxValue : 0) : SliceBound(a);
        stop = b is PyNone ? (step < 0 ? long.MinValue : long.MaxValue) : SliceBound(b);
        count = Adjust(length, ref start, ref stop, step);
        return true;
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
