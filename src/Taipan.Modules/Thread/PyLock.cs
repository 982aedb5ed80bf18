using Taipan.Runtime;

namespace Taipan.Modules.Thread;

/// <summary>_thread.lock: a non-reentrant lock on a semaphore, so it keeps working once threads exist.</summary>
public sealed partial class PyLock : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("lock", null, typeof(PyLock), SetupType, TypeFlags.None);

    /// <summary>Largest timeout accepted (seconds), as CPython's PY_TIMEOUT_MAX on 64-bit Linux.</summary>
    public const double TimeoutMax = 9223372036.0;

    readonly SemaphoreSlim _sem = new(1, 1);

    public PyLock() : base(TypeObject) { }

    static void SetupType(PyType t)
    {
        t.BuiltinModule = "_thread";
        t.Repr = static o => new PyStr($"<{(((PyLock)o).IsLocked ? "locked" : "unlocked")} _thread.lock object at {Ops.AddressString(o)}>");
        SetupMembers(t);
    }

    static partial void SetupMembers(PyType t);

    bool IsLocked => _sem.CurrentCount == 0;

    /// <summary>Acquire with CPython's (blocking, timeout) rules.</summary>
    internal static bool AcquireWith(SemaphoreSlim sem, bool blocking, double timeout)
    {
        if (!blocking && timeout != -1) throw PyException.ValueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw PyException.ValueError("timeout value must be a non-negative number");
        if (timeout > TimeoutMax) throw PyException.OverflowError("timeout value is too large");
        if (!blocking) return sem.Wait(0);
        if (timeout == -1) { sem.Wait(); return true; }
        return sem.Wait(TimeSpan.FromSeconds(timeout));
    }

    [PyMethod("acquire($self, /, blocking=True, timeout=-1)", Doc = "Lock the lock.")]
    public bool Acquire(bool blocking = true, double timeout = -1) => AcquireWith(_sem, blocking, timeout);

    [PyMethod("acquire_lock($self, /, blocking=True, timeout=-1)", Doc = "An obsolete synonym of acquire().")]
    public bool AcquireLock(bool blocking = true, double timeout = -1) => AcquireWith(_sem, blocking, timeout);

    [PyMethod("__enter__($self, /)", Doc = "Lock the lock.")]
    public bool Enter() => AcquireWith(_sem, true, -1);

    [PyMethod("release($self, /)", Doc = "Release the lock.")]
    public void Release()
    {
        if (!IsLocked) throw PyException.RuntimeError("release unlocked lock");
        _sem.Release();
    }

    [PyMethod("release_lock($self, /)", Doc = "An obsolete synonym of release().")]
    public void ReleaseLock() => Release();

    [PyMethod("__exit__($self, /, *args)", Doc = "Release the lock.")]
    public void Exit(PyTuple args) => Release();

    [PyMethod("locked($self, /)", Doc = "Test whether the lock is currently locked.")]
    public bool Locked() => IsLocked;

    [PyMethod("locked_lock($self, /)", Doc = "An obsolete synonym of locked().")]
    public bool LockedLock() => IsLocked;

    [PyMethod("_at_fork_reinit($self, /)")]
    public void AtForkReinit()
    {
        if (IsLocked) _sem.Release();
    }
}

/// <summary>_thread.RLock: a reentrant lock owned by one thread at a time.</summary>
public sealed partial class PyRLock : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("RLock", null, typeof(PyRLock), SetupType);

    readonly SemaphoreSlim _sem = new(1, 1);
    int _owner;
    long _count;

    public PyRLock(PyType type) : base(type) { }

    static void SetupType(PyType t)
    {
        t.BuiltinModule = "_thread";
        t.New = static (type, args, kw) => new PyRLock(type);
        t.Repr = static o =>
        {
            var r = (PyRLock)o;
            var state = r._count > 0 ? "locked" : "unlocked";
            var mod = o.Type.ModuleName;
            return new PyStr($"<{state} {mod}.{o.Type.QualName} object owner={(r._count > 0 ? r._owner + 0x7f00_0000_0000L : 0)} count={r._count} at {Ops.AddressString(o)}>");
        };
        SetupMembers(t);
    }

    static partial void SetupMembers(PyType t);

    static int Me => Environment.CurrentManagedThreadId;

    [PyMethod("acquire($self, /, blocking=True, timeout=-1)", Doc = "Lock the lock.")]
    public bool Acquire(bool blocking = true, double timeout = -1)
    {
        if (_count > 0 && _owner == Me) { _count++; return true; }
        if (!PyLock.AcquireWith(_sem, blocking, timeout)) return false;
        _owner = Me;
        _count = 1;
        return true;
    }

    [PyMethod("__enter__($self, /)", Doc = "Lock the lock.")]
    public bool Enter() => Acquire();

    [PyMethod("release($self, /)", Doc = "Release the lock.")]
    public void Release()
    {
        if (_count == 0 || _owner != Me) throw PyException.RuntimeError("cannot release un-acquired lock");
        if (--_count == 0) { _owner = 0; _sem.Release(); }
    }

    [PyMethod("__exit__($self, /, *args)", Doc = "Release the lock.")]
    public void Exit(PyTuple args) => Release();

    [PyMethod("_is_owned($self, /)")]
    public bool IsOwned() => _count > 0 && _owner == Me;

    [PyMethod("_recursion_count($self, /)")]
    public long RecursionCount() => _owner == Me ? _count : 0;

    [PyMethod("_release_save($self, /)")]
    public PyObject ReleaseSave()
    {
        if (_count == 0) throw PyException.RuntimeError("cannot release un-acquired lock");
        var state = new PyTuple([PyInt.Get(_count), PyInt.Get(_owner + 0x7f00_0000_0000L)]);
        _count = 0;
        _owner = 0;
        _sem.Release();
        return state;
    }

    [PyMethod("_acquire_restore($self, state, /)")]
    public void AcquireRestore(PyObject state)
    {
        var items = Ops.ToArray(state);
        _sem.Wait();
        _count = Ops.AsIndex(items[0]);
        _owner = Me;
    }

    [PyMethod("_at_fork_reinit($self, /)")]
    public void AtForkReinit()
    {
        if (_count > 0) _sem.Release();
        _count = 0;
        _owner = 0;
    }
}

/// <summary>_thread._local: per-thread attributes; with one thread, a plain instance dict.</summary>
public sealed class PyThreadLocal : PyObject, IHasDict
{
    public static readonly PyType TypeObject = PyType.Builtin("_local", null, typeof(PyThreadLocal), SetupType,
        TypeFlags.BaseType | TypeFlags.HasDict);

    public PyDict? Dict { get; set; } = new PyDict();

    public PyThreadLocal(PyType type) : base(type) { }

    static void SetupType(PyType t)
    {
        t.BuiltinModule = "_thread";
        t.New = static (type, args, kw) =>
        {
            if ((args.Length > 0 || (kw?.Count ?? 0) > 0) && type.Init == TypeObject.Init)
                throw PyException.TypeError("Initialization arguments are not supported");
            return new PyThreadLocal(type);
        };
        t.Init = static (self, args, kw) => { };
    }
}
