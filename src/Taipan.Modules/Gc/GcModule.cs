using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>
/// gc on the .NET collector: collect() forces a full blocking .NET collection (then runs the weakref
/// callbacks it made due); thresholds and counts are kept only so code that tunes them keeps working.
/// </summary>
[PyModule("gc")]
public static partial class GcModule
{
    sealed class State
    {
        public bool Enabled = true;
        public long T0 = 700, T1 = 10, T2 = 10;
        public long Frozen;
        public readonly PyList Callbacks = new();
        public readonly PyList Garbage = new();
    }

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Interpreter, State> s_states = new();
    static State Cur => s_states.GetValue(Taipan.Runtime.ThreadState.Current.Interpreter, static _ => new State());

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("gc", "This module provides access to the garbage collector for reference cycles.");
        RegisterFunctions(m.Dict, m);
        var st = s_states.GetValue(interp, static _ => new State());
        m.Set("callbacks", st.Callbacks);
        m.Set("garbage", st.Garbage);
        m.Set("DEBUG_STATS", PyInt.Get(1));
        m.Set("DEBUG_COLLECTABLE", PyInt.Get(2));
        m.Set("DEBUG_UNCOLLECTABLE", PyInt.Get(4));
        m.Set("DEBUG_SAVEALL", PyInt.Get(32));
        m.Set("DEBUG_LEAK", PyInt.Get(38));
        return m;
    }

    [PyMethod("enable($module, /)", Doc = "Enable automatic garbage collection.")]
    static void Enable() => Cur.Enabled = true;

    [PyMethod("disable($module, /)", Doc = "Disable automatic garbage collection.")]
    static void Disable() => Cur.Enabled = false;

    [PyMethod("isenabled($module, /)", Doc = "Returns true if automatic garbage collection is enabled.")]
    static bool IsEnabled() => Cur.Enabled;

    [PyMethod("collect($module, /, generation=2)", Doc = "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.")]
    static long Collect(long generation = 2)
    {
        if (generation < 0 || generation > 2) throw PyException.ValueError("invalid generation");
        WeakRefs.CollectAndRun();
        return 0;
    }

    [PyMethod("get_count($module, /)", Doc = "Return a three-tuple of the current collection counts.")]
    static PyObject GetCount() => new PyTuple([PyInt.Zero, PyInt.Zero, PyInt.Zero]);

    [PyMethod("get_threshold($module, /)", Doc = "Return the current collection thresholds.")]
    static PyObject GetThreshold()
    {
        var s = Cur;
        return new PyTuple([PyInt.Get(s.T0), PyInt.Get(s.T1), PyInt.Get(s.T2)]);
    }

    [PyMethod("set_threshold($module, threshold0, threshold1=None, threshold2=None, /)", Doc = "Set the collection thresholds (the collection frequency).")]
    static void SetThreshold(long t0, PyObject? t1, PyObject? t2)
    {
        var s = Cur;
        s.T0 = t0;
        if (t1 != null && t1 is not PyNone) s.T1 = Ops.AsIndex(t1);
        if (t2 != null && t2 is not PyNone) s.T2 = Ops.AsIndex(t2);
    }

    [PyMethod("get_debug($module, /)", Doc = "Get the garbage collection debugging flags.")]
    static long GetDebug() => 0;

    [PyMethod("set_debug($module, flags, /)", Doc = "Set the garbage collection debugging flags.")]
    static void SetDebug(long flags) { }

    [PyMethod("get_objects($module, /, generation=None)", Doc = "Return a list of objects tracked by the collector (excluding the list returned).")]
    static PyObject GetObjects(PyObject generation) => new PyList();

    [PyMethod("get_stats($module, /)", Doc = "Return a list of dictionaries containing per-generation statistics.")]
    static PyObject GetStats()
    {
        var l = new PyList();
        for (int i = 0; i < 3; i++)
        {
            var d = new PyDict();
            d.SetItem("collections", PyInt.Zero);
            d.SetItem("collected", PyInt.Zero);
            d.SetItem("uncollectable", PyInt.Zero);
            l.Append(d);
        }
        return l;
    }

    [PyMethod("get_referrers($module, /, *objs)", Doc = "Return the list of objects that directly refer to any of objs.")]
    static PyObject GetReferrers(PyTuple objs) => new PyList();

    [PyMethod("get_referents($module, /, *objs)", Doc = "Return the list of objects that are directly referred to by objs.")]
    static PyObject GetReferents(PyTuple objs) => new PyList();

    // CPython tracks containers (and instances of classes), never atoms such as ints and strs.
    [PyMethod("is_tracked($module, obj, /)", Doc = "Returns true if the object is tracked by the garbage collector.\n\nSimple atomic objects will return false.")]
    static bool IsTracked(PyObject obj) =>
        obj is not (PyInt or PyFloat or PyStr or PyBool or PyNone or PyBytes or PyComplex) && obj is not PyTuple { Count: 0 };

    [PyMethod("is_finalized($module, obj, /)", Doc = "Returns true if the object has been already finalized by the GC.")]
    static bool IsFinalized(PyObject obj) => false;

    [PyMethod("freeze($module, /)", Doc = "Freeze all current tracked objects and ignore them for future collections.")]
    static void Freeze() => Cur.Frozen++;

    [PyMethod("unfreeze($module, /)", Doc = "Unfreeze all objects in the permanent generation.")]
    static void Unfreeze() => Cur.Frozen = 0;

    [PyMethod("get_freeze_count($module, /)", Doc = "Return the number of objects in the permanent generation.")]
    static long GetFreezeCount() => Cur.Frozen;
}
