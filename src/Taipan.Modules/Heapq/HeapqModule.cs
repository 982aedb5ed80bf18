using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>_heapq: the binary min-heap (and the max-heap helpers heapq.py uses) on a list, comparing with &lt;.</summary>
[PyModule("_heapq")]
public static partial class HeapqModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("_heapq", "Heap queue algorithm (a.k.a. priority queue).");
        RegisterFunctions(m.Dict, m);
        m.Set("__about__", new PyStr("Heap queues"));
        return m;
    }

    /// <summary>The heap argument must be a list (Argument Clinic's wording: "argument 1" when there are two).</summary>
    static PyList Heap(PyObject heap, string fn, bool twoArgs) =>
        heap as PyList ?? throw PyException.TypeError($"{fn}() argument{(twoArgs ? " 1" : "")} must be list, not {heap.Type.Name}");

    static bool Lt(PyObject a, PyObject b) => Ops.RichCompareBool(a, b, CompareOp.Lt);

    /// <summary>Moves the item at pos up towards start (CPython's _siftdown).</summary>
    static void SiftDown(PyList heap, int start, int pos, bool max)
    {
        int size = heap.Count;
        var newitem = heap.Items[pos];
        while (pos > start)
        {
            int parentpos = (pos - 1) >> 1;
            var parent = heap.Items[parentpos];
            bool less = max ? Lt(parent, newitem) : Lt(newitem, parent);
            if (size != heap.Count) throw PyException.RuntimeError("list changed size during iteration");
            if (!less) break;
            parent = heap.Items[parentpos];
            newitem = heap.Items[pos];
            heap.Items[parentpos] = newitem;
            heap.Items[pos] = parent;
            pos = parentpos;
        }
    }

    /// <summary>Bubbles the smaller child up to the leaf, then sifts the item down (CPython's _siftup).</summary>
    static void SiftUp(PyList heap, int pos, bool max)
    {
        int endpos = heap.Count, startpos = pos;
        int limit = endpos >> 1;
        while (pos < limit)
        {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos)
            {
                var a = heap.Items[childpos];
                var b = heap.Items[childpos + 1];
                bool less = max ? Lt(b, a) : Lt(a, b);
                if (endpos != heap.Count) throw PyException.RuntimeError("list changed size during iteration");
                if (!less) childpos++;
            }
            (heap.Items[childpos], heap.Items[pos]) = (heap.Items[pos], heap.Items[childpos]);
            pos = childpos;
        }
        SiftDown(heap, startpos, pos, max);
    }

    [PyMethod("heappush($module, heap, item, /)", Doc = "Push item onto heap, maintaining the heap invariant.")]
    static void HeapPush(PyObject heap, PyObject item)
    {
        var h = Heap(heap, "heappush", true);
        h.Append(item);
        SiftDown(h, 0, h.Count - 1, false);
    }

    static PyObject Pop(PyObject heap, bool max)
    {
        var h = Heap(heap, max ? "_heappop_max" : "heappop", false);
        if (h.Count == 0) throw PyException.IndexError("index out of range");
        var last = h.Items[--h.Count];
        h.Items[h.Count] = null!;
        if (h.Count == 0) return last;
        var ret = h.Items[0];
        h.Items[0] = last;
        SiftUp(h, 0, max);
        return ret;
    }

    [PyMethod("heappop($module, heap, /)", Doc = "Pop the smallest item off the heap, maintaining the heap invariant.")]
    static PyObject HeapPop(PyObject heap) => Pop(heap, false);

    static PyObject Replace(PyObject heap, PyObject item, bool max)
    {
        var h = Heap(heap, max ? "_heapreplace_max" : "heapreplace", true);
        if (h.Count == 0) throw PyException.IndexError("index out of range");
        var ret = h.Items[0];
        h.Items[0] = item;
        SiftUp(h, 0, max);
        return ret;
    }

    [PyMethod("heapreplace($module, heap, item, /)", Doc = "Pop and return the current smallest value, and add the new item.")]
    static PyObject HeapReplace(PyObject heap, PyObject item) => Replace(heap, item, false);

    [PyMethod("heappushpop($module, heap, item, /)", Doc = "Push item on the heap, then pop and return the smallest item from the heap.")]
    static PyObject HeapPushPop(PyObject heap, PyObject item)
    {
        var h = Heap(heap, "heappushpop", true);
        if (h.Count == 0) return item;
        var top = h.Items[0];
        if (!Lt(top, item)) return item;
        if (h.Count == 0) throw PyException.IndexError("index out of range");
        var ret = h.Items[0];
        h.Items[0] = item;
        SiftUp(h, 0, false);
        return ret;
    }

    static void Heapify(PyObject heap, bool max)
    {
        var h = Heap(heap, max ? "_heapify_max" : "heapify", false);
        for (int i = h.Count / 2 - 1; i >= 0; i--) SiftUp(h, i, max);
    }

    [PyMethod("heapify($module, heap, /)", Doc = "Transform list into a heap, in-place, in O(len(heap)) time.")]
    static void HeapifyMin(PyObject heap) => Heapify(heap, false);

    [PyMethod("_heapify_max($module, heap, /)", Doc = "Maxheap variant of heapify.")]
    static void HeapifyMax(PyObject heap) => Heapify(heap, true);

    [PyMethod("_heappop_max($module, heap, /)", Doc = "Maxheap variant of heappop.")]
    static PyObject HeapPopMax(PyObject heap) => Pop(heap, true);

    [PyMethod("_heapreplace_max($module, heap, item, /)", Doc = "Maxheap variant of heapreplace.")]
    static PyObject HeapReplaceMax(PyObject heap, PyObject item) => Replace(heap, item, true);
}
