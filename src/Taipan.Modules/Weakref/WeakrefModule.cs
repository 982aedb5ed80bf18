using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>
/// _weakref on .NET weak references. Timing is PyPy-like: a referent dies when the .NET GC collects it,
/// not when its last reference goes; callbacks are queued by a finaliser and run at the next weakref
/// operation or gc.collect() (which forces a full collection first), on the interpreter's thread.
/// </summary>
[PyModule("_weakref")]
public static partial class WeakrefModule
{
    static WeakrefModule()
    {
        BuiltinTypes.Register(PyWeakRef.TypeObject);
        BuiltinTypes.Register(PyWeakProxy.TypeObject);
        BuiltinTypes.Register(PyWeakProxy.CallableTypeObject);
    }

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("_weakref", "Weak-reference support module.");
        RegisterFunctions(m.Dict, m);
        m.Set("ref", PyWeakRef.TypeObject);
        m.Set("ReferenceType", PyWeakRef.TypeObject);
        m.Set("ProxyType", PyWeakProxy.TypeObject);
        m.Set("CallableProxyType", PyWeakProxy.CallableTypeObject);
        return m;
    }

    [PyMethod("getweakrefcount($module, object, /)", Doc = "Return the number of weak references to 'object'.")]
    static long GetWeakrefCount(PyObject obj) => WeakRefs.Alive(obj).Count;

    [PyMethod("getweakrefs($module, object, /)", Doc = "Return a list of all weak reference objects pointing to 'object'.")]
    static PyObject GetWeakrefs(PyObject obj)
    {
        var l = new PyList();
        foreach (var r in WeakRefs.Alive(obj)) l.Append(r);
        return l;
    }

    [PyMethod("proxy($module, object, callback=None, /)", Doc = "Create a proxy object that weakly references 'object'.\n\n'callback', if given, is called with a reference to the\nproxy when 'object' is about to be finalized.")]
    static PyObject Proxy(PyObject obj, PyObject? callback)
    {
        WeakRefs.RunPending();
        WeakRefs.CheckReferenceable(obj);
        if (callback is PyNone) callback = null;
        var type = obj.Type.Call != null ? PyWeakProxy.CallableTypeObject : PyWeakProxy.TypeObject;
        var p = new PyWeakProxy(type, obj, callback);
        WeakRefs.Add(obj, p);
        return p;
    }

    [PyMethod("_remove_dead_weakref($module, dct, key, /)", Doc = "Atomically remove key from dict if it points to a dead weakref.")]
    static void RemoveDeadWeakref(PyDict dct, PyObject key)
    {
        var v = dct.GetOrNull(key) ?? throw PyException.KeyError(key);
        if (v is PyWeakRef r && r.Target == null) dct.Remove(key);
    }
}

/// <summary>Per-referent bookkeeping: its weak references, and a finaliser that queues their callbacks.</summary>
static class WeakRefs
{
    sealed class Entry
    {
        public readonly List<WeakReference<PyObject>> Refs = [];
        // Runs once the referent (the table key) is unreachable: the entry dies with it.
        ~Entry()
        {
            lock (Refs)
                foreach (var w in Refs)
                    if (w.TryGetTarget(out var r)) s_pending.Enqueue(r);
        }
    }

    static readonly ConditionalWeakTable<PyObject, Entry> s_table = new();
    static readonly ConcurrentQueue<PyObject> s_pending = new();

    static readonly HashSet<string> s_builtinReferenceable =
    [
        "type", "function", "builtin_function_or_method", "set", "frozenset", "module", "method", "generator",
        "coroutine", "async_generator", "code", "object", "functools.partial", "method_descriptor",
        "wrapper_descriptor", "classmethod_descriptor", "getset_descriptor", "member_descriptor", "property",
    ];

    public static void CheckReferenceable(PyObject obj)
    {
        var t = obj.Type;
        bool ok;
        if (t.IsHeapType)
            ok = (t.Flags & (TypeFlags.IntSubclass | TypeFlags.TupleSubclass | TypeFlags.BytesSubclass | TypeFlags.StrSubclass)) == 0
                || t.IsSubtypeOf(PyWeakRef.TypeObject);
        else
            ok = s_builtinReferenceable.Contains(t.Name) || obj is PyType
                || (t.BuiltinModule != null && t.BuiltinModule != "builtins" && obj is not PyStructSeq);
        if (!ok) throw PyException.TypeError($"cannot create weak reference to '{t.Name}' object");
    }

    public static void Add(PyObject referent, PyObject weakref)
    {
        var e = s_table.GetValue(referent, static _ => new Entry());
        lock (e.Refs) e.Refs.Add(new WeakReference<PyObject>(weakref));
    }

    /// <summary>The live weak references to obj, oldest first (a basic ref without callback is reused).</summary>
    public static List<PyObject> Alive(PyObject obj)
    {
        var r = new List<PyObject>();
        if (!s_table.TryGetValue(obj, out var e)) return r;
        lock (e.Refs)
            foreach (var w in e.Refs)
                if (w.TryGetTarget(out var x) && x is PyWeakRef { Target: not null } or PyWeakProxy) r.Add(x);
        return r;
    }

    public static PyWeakRef? FindBasic(PyObject obj)
    {
        if (!s_table.TryGetValue(obj, out var e)) return null;
        lock (e.Refs)
            foreach (var w in e.Refs)
                if (w.TryGetTarget(out var x) && x is PyWeakRef r && r.Type == PyWeakRef.TypeObject && r.Callback == null)
                    return r;
        return null;
    }

    /// <summary>Runs queued callbacks; exceptions are reported as unraisable, as CPython's handle_callback does.</summary>
    public static void RunPending()
    {
        while (s_pending.TryDequeue(out var r))
        {
            var cb = r is PyWeakRef wr ? wr.TakeCallback() : r is PyWeakProxy p ? p.TakeCallback() : null;
            if (cb == null) continue;
            try { Ops.Call(cb, [r]); }
            catch (PyException ex)
            {
                var err = Taipan.Runtime.ThreadState.Current.Interpreter.Host.StandardError;
                var text = $"Exception ignored in: {Ops.Repr(cb).Value}\n{ex.Value.Type.Name}: {Ops.Str(ex.Value).Value}\n";
                err.Write(System.Text.Encoding.UTF8.GetBytes(text));
            }
        }
    }

    /// <summary>For gc.collect(): a full blocking collection, then the callbacks it made due.</summary>
    public static void CollectAndRun()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        RunPending();
    }
}

/// <summary>_weakref.ref (weakref.ReferenceType).</summary>
public partial class PyWeakRef : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    static PyType MakeType()
    {
        var t = PyType.Builtin("ReferenceType", null, typeof(PyWeakRef), SetupType);
        t.BuiltinModule = "weakref";
        return t;
    }

    readonly WeakReference<PyObject>? _target;
    PyObject? _callback;
    long _hash = -1;

    public PyWeakRef(PyType type, PyObject target, PyObject? callback) : base(type)
    {
        _target = new WeakReference<PyObject>(target);
        _callback = callback;
    }

    public PyObject? Target => _target != null && _target.TryGetTarget(out var t) ? t : null;
    public PyObject? Callback => _callback;
    internal PyObject? TakeCallback() { var c = _callback; _callback = null; return c; }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            WeakRefs.RunPending();
            int n = args.Length - (kw?.Count ?? 0);
            if (n < 1 || n > 2)
                throw PyException.TypeError(n < 1 ? $"__new__ expected at least 1 argument, got {n}" : $"__new__ expected at most 2 arguments, got {n}");
            var obj = args[0];
            PyObject? cb = n > 1 && args[1] is not PyNone ? args[1] : null;
            WeakRefs.CheckReferenceable(obj);
            if (cb == null && type == TypeObject && WeakRefs.FindBasic(obj) is PyWeakRef existing) return existing;
            var r = new PyWeakRef(type, obj, cb);
            WeakRefs.Add(obj, r);
            return r;
        };
        t.Init = static (self, args, kw) => { };
        t.Call = static (self, args, kw) =>
        {
            if (args.Length - (kw?.Count ?? 0) > 0 || (kw != null && kw.Count > 0))
                throw PyException.TypeError($"{self.Type.Name}() takes no arguments");
            return ((PyWeakRef)self).Target ?? PyNone.Instance;
        };
        t.Hash = static self =>
        {
            var r = (PyWeakRef)self;
            if (r._hash != -1) return r._hash;
            var o = r.Target ?? throw PyException.TypeError("weak object has gone away");
            return r._hash = Ops.Hash(o);
        };
        t.RichCompare = static (self, other, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || other is not PyWeakRef o) return PyNotImplemented.Instance;
            var a = ((PyWeakRef)self).Target;
            var b = o.Target;
            if (a == null || b == null)
            {
                bool same = ReferenceEquals(self, other);
                return PyBool.Get(op == CompareOp.Eq ? same : !same);
            }
            return Ops.RichCompare(a, b, op);
        };
        t.Repr = static self =>
        {
            var r = (PyWeakRef)self;
            var o = r.Target;
            if (o == null) return new PyStr($"<weakref at {Ops.AddressString(self)}; dead>");
            var name = Ops.TryGetAttr(o, "__name__");
            var extra = name is PyStr s ? $" ({s.Value})" : "";
            return new PyStr($"<weakref at {Ops.AddressString(self)}; to '{TypeFullName(o.Type)}' at {Ops.AddressString(o)}{extra}>");
        };
        t.Dict.SetItem("__callback__", new PyGetSetDescriptor(t, "__callback__", static o => ((PyWeakRef)o)._callback ?? PyNone.Instance));
        t.Dict.SetItem("__class_getitem__", new PyClassMethodDescriptor(t, "__class_getitem__",
            static (self, a, kw) => new PyGenericAlias((PyType)self!, a[0])));
    }

    internal static string TypeFullName(PyType t)
    {
        var mod = t.IsHeapType ? (Ops.TryGetAttr(t, "__module__") as PyStr)?.Value : t.BuiltinModule;
        return mod == null || mod == "builtins" ? t.Name : mod + "." + t.Name;
    }
}

/// <summary>weakref.ProxyType / CallableProxyType: forwards operations to the referent while it lives.</summary>
public sealed class PyWeakProxy : PyObject
{
    public static readonly PyType TypeObject = MakeType("ProxyType", false);
    public static readonly PyType CallableTypeObject = MakeType("CallableProxyType", true);

    static PyType MakeType(string name, bool callable)
    {
        var t = PyType.Builtin(name, null, typeof(PyWeakProxy), tt => Setup(tt, callable), TypeFlags.None);
        t.BuiltinModule = "weakref";
        return t;
    }

    readonly WeakReference<PyObject> _target;
    PyObject? _callback;

    public PyWeakProxy(PyType type, PyObject target, PyObject? callback) : base(type)
    {
        _target = new WeakReference<PyObject>(target);
        _callback = callback;
    }

    internal PyObject? TakeCallback() { var c = _callback; _callback = null; return c; }

    static PyObject Live(PyObject self) =>
        ((PyWeakProxy)self)._target.TryGetTarget(out var t) ? t
            : throw PyException.Create(PyExc.ReferenceError, "weakly-referenced object no longer exists");

    static void Setup(PyType t, bool callable)
    {
        t.GetAttr = static (self, name) => Ops.GetAttr(Live(self), name);
        t.SetAttr = static (self, name, value) =>
        {
            if (value == null) Ops.DelAttr(Live(self), name);
            else Ops.SetAttr(Live(self), name, value);
        };
        t.Repr = static self =>
        {
            var p = (PyWeakProxy)self;
            if (!p._target.TryGetTarget(out var o)) return new PyStr($"<weakproxy at {Ops.AddressString(self)}; dead>");
            return new PyStr($"<weakproxy at {Ops.AddressString(self)}; to '{PyWeakRef.TypeFullName(o.Type)}' at {Ops.AddressString(o)}>");
        };
        t.Str = static self => Ops.Str(Live(self));
        t.Bool = static self => Ops.IsTrue(Live(self));
        t.Len = static self => Ops.Len(Live(self));
        t.GetItem = static (self, k) => Ops.GetItem(Live(self), k);
        t.SetItem = static (self, k, v) => { if (v == null) Ops.DelItem(Live(self), k); else Ops.SetItem(Live(self), k, v); };
        t.Contains = static (self, k) => Ops.Contains(Live(self), k);
        t.Iter = static self => Ops.GetIter(Live(self));
        t.RichCompare = static (self, other, op) => Ops.RichCompare(Live(self), other is PyWeakProxy ? Live(other) : other, op);
        t.Hash = static self => throw PyException.TypeError($"unhashable type: '{self.Type.Name}'");
        t.Add = static (a, b) => Ops.Add(a is PyWeakProxy ? Live(a) : a, b is PyWeakProxy ? Live(b) : b);
        if (callable) t.Call = static (self, args, kw) => Ops.Call(Live(self), args, kw);
    }
}
