using System.Runtime.CompilerServices;
using Taipan.Runtime.Bytecode;

namespace Taipan.Runtime;

/// <summary>
/// The evaluation loop (DESIGN principle 4): one method, one switch over <see cref="OpCode"/>. A call
/// from Python to a Python function pushes a heap frame and continues in the same loop; RETURN pops
/// back to the caller. C# code calling Python (Ops.Call on a function) starts a nested loop whose
/// entry frame marks a non-suspendable boundary. Exceptions, whether raised by Python code or thrown
/// by built-ins as <see cref="PyException"/>, are routed through the code's exception table.
/// </summary>
public static partial class EvalLoop
{
    /// <summary>
    /// Runs <paramref name="entry"/> (not yet on the thread's frame chain) until it returns or, for a
    /// generator frame, yields. With <paramref name="throwIn"/> the frame resumes by raising it.
    /// </summary>
    public static PyObject Run(ThreadState ts, PyFrame entry, PyBaseException? throwIn = null)
    {
        PushFrame(ts, entry);
        ts.LoopNesting++;
        try
        {
            PyBaseException? exc = throwIn;
            bool addTraceback = true;
            if (exc != null) SetContext(ts, exc);
            while (true)
            {
                if (exc != null)
                {
                    if (!Unwind(ts, entry, exc, addTraceback)) throw new PyException(exc);
                    exc = null;
                }
                try
                {
                    var result = Execute(ts, entry);
                    if (result != null) return result;
                    exc = ts.RaisedException!;
                    addTraceback = ts.RaisedAddsTraceback;
                    ts.RaisedException = null;
                }
                catch (PyException e)
                {
                    exc = e.Value;
                    addTraceback = true;
                    if (exc.Traceback == null) SetContext(ts, exc);
                }
                catch (InsufficientExecutionStackException)
                {
                    exc = PyException.RecursionError("maximum recursion depth exceeded").Value;
                    addTraceback = true;
                }
                catch (Exception e) when (e is not ThreadInterruptedException && e is not OutOfMemoryException)
                {
                    exc = InternalError(e);
                    addTraceback = true;
                }
            }
        }
        finally
        {
            ts.LoopNesting--;
        }
    }

    static PyBaseException InternalError(Exception e)
    {
        // TAIPAN_DEBUG=1 shows the C# stack of internal errors (for Taipan developers).
        if (Environment.GetEnvironmentVariable("TAIPAN_DEBUG") == "1") Console.Error.WriteLine(e);
        return PyException.SystemError($"internal error in the Taipan VM: {e.GetType().Name}: {e.Message}").Value;
    }

    /// <summary>
    /// Finds a handler for <paramref name="exc"/> in the current frame or its callers (up to the entry
    /// frame), adding traceback entries on the way. Returns false when the exception leaves the entry frame.
    /// </summary>
    static bool Unwind(ThreadState ts, PyFrame entry, PyBaseException exc, bool addTraceback)
    {
        var frame = ts.Frame!;
        while (true)
        {
            if (addTraceback) PyTraceback.Here(exc, frame);
            addTraceback = true;
            int lasti = frame.LastI < 0 ? 0 : frame.LastI;
            int at = frame.UnwindIndex >= 0 ? frame.UnwindIndex : lasti;
            frame.UnwindIndex = -1;
            int h = frame.Code.FindHandler(at);
            if (h >= 0)
            {
                var e = frame.Code.ExceptionTable[h];
                var s = frame.Slots;
                int sp = frame.StackBase + e.Depth;
                Array.Clear(s, sp, frame.Sp > sp ? frame.Sp - sp : 0);
                if (e.Lasti) s[sp++] = PyInt.Get(lasti * 2);
                s[sp++] = exc;
                frame.Sp = sp;
                frame.Ip = e.Target;
                return true;
            }
            bool wasEntry = ReferenceEquals(frame, entry);
            frame.State = FrameState.Completed;
            PopFrame(ts, frame);
            if (wasEntry) return false;
            frame = ts.Frame!;
        }
    }

    /// <summary>Sets __context__ of a newly raised exception to the one being handled (breaking cycles).</summary>
    internal static void SetContext(ThreadState ts, PyBaseException exc)
    {
        var handled = ts.HandledException;
        if (handled == null || ReferenceEquals(handled, exc)) return;
        // Avoid a cycle: if exc is already in handled's context chain, cut the chain there.
        var o = handled;
        int guard = 0;
        while (o.Context is { } c && guard++ < 10000)
        {
            if (ReferenceEquals(c, exc)) { o.Context = null; break; }
            o = c;
        }
        exc.Context = handled;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void PushFrame(ThreadState ts, PyFrame f)
    {
        if (ts.Depth >= ts.Interpreter.RecursionLimit) ThrowRecursion(ts);
        ts.Depth++;
        f.Back = ts.Frame;
        f.State = FrameState.Executing;
        ts.Frame = f;
    }

    static void ThrowRecursion(ThreadState ts)
    {
        // Allow a little headroom so the handler for RecursionError can itself call functions.
        if (ts.Depth < ts.Interpreter.RecursionLimit + 50 && !ts.InRecursionError)
        {
            ts.InRecursionError = true;
            try { throw PyException.RecursionError("maximum recursion depth exceeded"); }
            finally { ts.InRecursionError = false; }
        }
        throw PyException.RecursionError("maximum recursion depth exceeded");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void PopFrame(ThreadState ts, PyFrame f)
    {
        ts.Depth--;
        ts.Frame = f.Back;
        if (f.Generator != null) f.Back = null;
    }

    /// <summary>Records a Python-level raise for the loop to unwind (no C# exception is thrown).</summary>
    static void Raise(ThreadState ts, PyBaseException exc, bool addTraceback)
    {
        ts.RaisedException = exc;
        ts.RaisedAddsTraceback = addTraceback;
    }

    /// <summary>
    /// Executes instructions of the thread's current frame and its Python callees. Returns the entry
    /// frame's result (return or yield), or null after a Python-level raise recorded in the thread state.
    /// </summary>
    static PyObject? Execute(ThreadState ts, PyFrame entry)
    {
        var frame = ts.Frame!;
        while (true)
        {
            var code = frame.Code;
            var instrs = code.Instructions;
            var consts = code.Constants;
            var names = code.Names;
            var s = frame.Slots;
            int sp = frame.Sp;
            int ip = frame.Ip;
            PyTuple? kwnames = null;
            while (true)
            {
                int word = instrs[ip];
                frame.LastI = ip;
                ip++;
                int arg = (int)((uint)word >> 8);
                switch ((OpCode)(word & 0xFF))
                {
                    case OpCode.NOP:
                    case OpCode.RESUME:
                    case OpCode.CACHE:
                        continue;
                    case OpCode.POP_TOP:
                        s[--sp] = null;
                        continue;
                    case OpCode.PUSH_NULL:
                        s[sp++] = null;
                        continue;
                    case OpCode.END_FOR:
                        sp -= 2;
                        s[sp] = s[sp + 1] = null;
                        continue;
                    case OpCode.END_SEND:
                        s[sp - 2] = s[sp - 1];
                        s[--sp] = null;
                        continue;
                    case OpCode.COPY:
                        s[sp] = s[sp - arg];
                        sp++;
                        continue;
                    case OpCode.SWAP:
                        (s[sp - 1], s[sp - arg]) = (s[sp - arg], s[sp - 1]);
                        continue;

                    // ---------------- locals, constants, names ----------------
                    case OpCode.LOAD_CONST:
                        s[sp++] = consts[arg];
                        continue;
                    case OpCode.LOAD_FAST:
                    case OpCode.LOAD_FAST_CHECK:
                        {
                            var v = s[arg];
                            if (v == null) { frame.Sp = sp; throw UnboundLocal(code, arg); }
                            s[sp++] = v;
                            continue;
                        }
                    case OpCode.LOAD_FAST_AND_CLEAR:
                        s[sp++] = s[arg];
                        s[arg] = null;
                        continue;
                    case OpCode.STORE_FAST:
                        s[arg] = s[--sp];
                        s[sp] = null;
                        continue;
                    case OpCode.DELETE_FAST:
                        if (s[arg] == null) throw UnboundLocal(code, arg);
                        s[arg] = null;
                        continue;
                    case OpCode.MAKE_CELL:
                        s[arg] = new PyCell(s[arg]);
                        continue;
                    case OpCode.LOAD_CLOSURE:
                        s[sp++] = s[arg];
                        continue;
                    case OpCode.LOAD_DEREF:
                        s[sp++] = ((PyCell)s[arg]!).Contents ?? throw UnboundDeref(code, arg);
                        continue;
                    case OpCode.STORE_DEREF:
                        ((PyCell)s[arg]!).Contents = s[--sp];
                        s[sp] = null;
                        continue;
                    case OpCode.DELETE_DEREF:
                        {
                            var cell = (PyCell)s[arg]!;
                            if (cell.Contents == null) throw UnboundDeref(code, arg);
                            cell.Contents = null;
                            continue;
                        }
                    case OpCode.COPY_FREE_VARS:
                        {
                            var closure = frame.Function!.Closure!;
                            int first = code.LocalsPlusCount - arg;
                            for (int i = 0; i < arg; i++) s[first + i] = closure[i];
                            continue;
                        }
                    case OpCode.LOAD_FROM_DICT_OR_DEREF:
                        s[sp - 1] = LoadFromDictOrDeref(s[sp - 1]!, code, arg, (PyCell)s[arg]!);
                        continue;
                    case OpCode.LOAD_GLOBAL:
                        {
                            var v = LoadGlobal(frame, names[arg >> 1]);
                            if ((arg & 1) != 0) s[sp++] = null;
                            s[sp++] = v;
                            continue;
                        }
                    case OpCode.STORE_GLOBAL:
                        frame.Globals.SetItem(names[arg], s[--sp]!);
                        s[sp] = null;
                        continue;
                    case OpCode.DELETE_GLOBAL:
                        if (!frame.Globals.Remove(names[arg])) throw NameNotDefined(names[arg]);
                        continue;
                    case OpCode.LOAD_NAME:
                        s[sp++] = LoadName(frame, names[arg]);
                        continue;
                    case OpCode.LOAD_FROM_DICT_OR_GLOBALS:
                        s[sp - 1] = LoadFromDictOrGlobals(frame, s[sp - 1]!, names[arg]);
                        continue;
                    case OpCode.STORE_NAME:
                        StoreName(frame, names[arg], s[--sp]!);
                        s[sp] = null;
                        continue;
                    case OpCode.DELETE_NAME:
                        DeleteName(frame, names[arg]);
                        continue;
                    case OpCode.LOAD_LOCALS:
                        s[sp++] = frame.Locals ?? throw PyException.SystemError("no locals found");
                        continue;
                    case OpCode.SETUP_ANNOTATIONS:
                        SetupAnnotations(frame);
                        continue;
                    case OpCode.LOAD_BUILD_CLASS:
                        s[sp++] = frame.Builtins.GetOrNull("__build_class__") ?? throw PyException.NameError("__build_class__ not found");
                        continue;
                    case OpCode.LOAD_ASSERTION_ERROR:
                        s[sp++] = PyExc.AssertionError;
                        continue;

                    // ---------------- attributes and items ----------------
                    case OpCode.LOAD_ATTR:
                        {
                            var owner = s[sp - 1]!;
                            var name = names[arg >> 1];
                            if ((arg & 1) == 0)
                            {
                                s[sp - 1] = Ops.GetAttr(owner, name);
                                continue;
                            }
                            var meth = LoadMethod(owner, name, out bool isMethod);
                            if (isMethod) { s[sp - 1] = meth; s[sp++] = owner; }
                            else { s[sp - 1] = null; s[sp++] = meth; }
                            continue;
                        }
                    case OpCode.STORE_ATTR:
                        Ops.SetAttr(s[sp - 1]!, names[arg], s[sp - 2]!);
                        sp -= 2;
                        s[sp] = s[sp + 1] = null;
                        continue;
                    case OpCode.DELETE_ATTR:
                        Ops.DelAttr(s[--sp]!, names[arg]);
                        s[sp] = null;
                        continue;
                    case OpCode.LOAD_SUPER_ATTR:
                        sp = LoadSuperAttr(s, sp, names[arg >> 2], arg);
                        continue;
                    case OpCode.BINARY_SUBSCR:
                        {
                            var key = s[--sp]!;
                            s[sp] = null;
                            s[sp - 1] = GetItemFast(s[sp - 1]!, key);
                            continue;
                        }
                    case OpCode.STORE_SUBSCR:
                        // (value, container, key)
                        Ops.SetItem(s[sp - 2]!, s[sp - 1]!, s[sp - 3]!);
                        sp -= 3;
                        s[sp] = s[sp + 1] = s[sp + 2] = null;
                        continue;
                    case OpCode.DELETE_SUBSCR:
                        Ops.DelItem(s[sp - 2]!, s[sp - 1]!);
                        sp -= 2;
                        s[sp] = s[sp + 1] = null;
                        continue;
                    case OpCode.BINARY_SLICE:
                        {
                            var slice = MakeSlice(frame, s[sp - 2]!, s[sp - 1]!, null);
                            sp -= 2;
                            s[sp - 1] = Ops.GetItem(s[sp - 1]!, slice);
                            s[sp] = s[sp + 1] = null;
                            continue;
                        }
                    case OpCode.STORE_SLICE:
                        {
                            // (value, container, start, stop)
                            var slice = MakeSlice(frame, s[sp - 2]!, s[sp - 1]!, null);
                            Ops.SetItem(s[sp - 3]!, slice, s[sp - 4]!);
                            sp -= 4;
                            Array.Clear(s, sp, 4);
                            continue;
                        }
                    case OpCode.BUILD_SLICE:
                        {
                            PyObject slice;
                            if (arg == 3) { slice = MakeSlice(frame, s[sp - 3]!, s[sp - 2]!, s[sp - 1]!); sp -= 2; }
                            else { slice = MakeSlice(frame, s[sp - 2]!, s[sp - 1]!, null); sp -= 1; }
                            s[sp - 1] = slice;
                            continue;
                        }

                    // ---------------- operators ----------------
                    case OpCode.UNARY_NEGATIVE:
                        s[sp - 1] = Ops.Negative(s[sp - 1]!);
                        continue;
                    case OpCode.UNARY_INVERT:
                        s[sp - 1] = Ops.Invert(s[sp - 1]!);
                        continue;
                    case OpCode.UNARY_NOT:
                        s[sp - 1] = Ops.IsTrue(s[sp - 1]!) ? PyBool.False : PyBool.True;
                        continue;
                    case OpCode.BINARY_OP:
                        {
                            var right = s[--sp]!;
                            s[sp] = null;
                            s[sp - 1] = BinaryOp(s[sp - 1]!, right, arg);
                            continue;
                        }
                    case OpCode.COMPARE_OP:
                        {
                            var right = s[--sp]!;
                            s[sp] = null;
                            s[sp - 1] = Compare(s[sp - 1]!, right, (CompareOp)arg);
                            continue;
                        }
                    case OpCode.IS_OP:
                        {
                            var right = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = PyBool.Get(ReferenceEquals(s[sp - 1], right) ^ (arg != 0));
                            continue;
                        }
                    case OpCode.CONTAINS_OP:
                        {
                            var right = s[--sp]!;
                            s[sp] = null;
                            s[sp - 1] = PyBool.Get(Ops.Contains(right, s[sp - 1]!) ^ (arg != 0));
                            continue;
                        }

                    // ---------------- control flow ----------------
                    case OpCode.JUMP_FORWARD:
                    case OpCode.JUMP_BACKWARD_NO_INTERRUPT:
                        ip = arg;
                        continue;
                    case OpCode.JUMP_BACKWARD:
                        ip = arg;
                        continue;
                    case OpCode.POP_JUMP_IF_FALSE:
                        {
                            var v = s[--sp]!;
                            s[sp] = null;
                            if (ReferenceEquals(v, PyBool.False) || (!ReferenceEquals(v, PyBool.True) && !Ops.IsTrue(v))) ip = arg;
                            continue;
                        }
                    case OpCode.POP_JUMP_IF_TRUE:
                        {
                            var v = s[--sp]!;
                            s[sp] = null;
                            if (ReferenceEquals(v, PyBool.True) || (!ReferenceEquals(v, PyBool.False) && Ops.IsTrue(v))) ip = arg;
                            continue;
                        }
                    case OpCode.POP_JUMP_IF_NONE:
                        if (ReferenceEquals(s[--sp], PyNone.Instance)) ip = arg;
                        s[sp] = null;
                        continue;
                    case OpCode.POP_JUMP_IF_NOT_NONE:
                        if (!ReferenceEquals(s[--sp], PyNone.Instance)) ip = arg;
                        s[sp] = null;
                        continue;
                    case OpCode.GET_ITER:
                        s[sp - 1] = Ops.GetIter(s[sp - 1]!);
                        continue;
                    case OpCode.GET_YIELD_FROM_ITER:
                        s[sp - 1] = GetYieldFromIter(code, s[sp - 1]!);
                        continue;
                    case OpCode.FOR_ITER:
                        {
                            var it = s[sp - 1]!;
                            frame.Sp = sp;
                            var next = it.Type.Next!(it);
                            if (next != null) { s[sp++] = next; continue; }
                            s[--sp] = null;
                            ip = arg;
                            continue;
                        }

                    // ---------------- building ----------------
                    case OpCode.BUILD_TUPLE:
                        {
                            sp -= arg;
                            var items = arg == 0 ? [] : new PyObject[arg];
                            for (int i = 0; i < arg; i++) { items[i] = s[sp + i]!; s[sp + i] = null; }
                            s[sp++] = arg == 0 ? PyTuple.Empty : new PyTuple(items);
                            continue;
                        }
                    case OpCode.BUILD_LIST:
                        {
                            sp -= arg;
                            var items = new PyObject[arg];
                            for (int i = 0; i < arg; i++) { items[i] = s[sp + i]!; s[sp + i] = null; }
                            s[sp++] = new PyList(items);
                            continue;
                        }
                    case OpCode.BUILD_SET:
                        sp = BuildSet(frame, s, sp, arg);
                        continue;
                    case OpCode.BUILD_MAP:
                        {
                            sp -= 2 * arg;
                            var d = new PyDict(arg);
                            for (int i = 0; i < arg; i++) d.SetItem(s[sp + 2 * i]!, s[sp + 2 * i + 1]!);
                            Array.Clear(s, sp, 2 * arg);
                            s[sp++] = d;
                            continue;
                        }
                    case OpCode.BUILD_CONST_KEY_MAP:
                        {
                            var keys = (PyTuple)s[--sp]!;
                            sp -= arg;
                            var d = new PyDict(arg);
                            for (int i = 0; i < arg; i++) d.SetItem(keys.Items[i], s[sp + i]!);
                            Array.Clear(s, sp, arg + 1);
                            s[sp++] = d;
                            continue;
                        }
                    case OpCode.BUILD_STRING:
                        sp = BuildString(s, sp, arg);
                        continue;
                    case OpCode.LIST_APPEND:
                        {
                            var v = s[--sp]!;
                            s[sp] = null;
                            ((PyList)s[sp - arg]!).Append(v);
                            continue;
                        }
                    case OpCode.LIST_EXTEND:
                        {
                            var v = s[--sp]!;
                            s[sp] = null;
                            ListExtend((PyList)s[sp - arg]!, v);
                            continue;
                        }
                    case OpCode.SET_ADD:
                        {
                            var v = s[--sp]!;
                            s[sp] = null;
                            SetAdd(s[sp - arg]!, v);
                            continue;
                        }
                    case OpCode.SET_UPDATE:
                        {
                            var v = s[--sp]!;
                            s[sp] = null;
                            SetUpdate(s[sp - arg]!, v);
                            continue;
                        }
                    case OpCode.MAP_ADD:
                        {
                            var value = s[--sp]!;
                            var key = s[--sp]!;
                            s[sp] = s[sp + 1] = null;
                            ((PyDict)s[sp - arg]!).SetItem(key, value);
                            continue;
                        }
                    case OpCode.DICT_UPDATE:
                        {
                            var v = s[--sp]!;
                            s[sp] = null;
                            DictUpdate((PyDict)s[sp - arg]!, v);
                            continue;
                        }
                    case OpCode.DICT_MERGE:
                        {
                            var v = s[--sp]!;
                            s[sp] = null;
                            // The callable sits below the dict being built: (callable, self_or_null, args, dict).
                            DictMerge((PyDict)s[sp - arg]!, v, s[sp - arg - 2]);
                            continue;
                        }
                    case OpCode.UNPACK_SEQUENCE:
                        sp = UnpackSequence(s, sp, arg);
                        continue;
                    case OpCode.UNPACK_EX:
                        sp = UnpackEx(s, sp, arg & 0xFF, arg >> 8);
                        continue;
                    case OpCode.FORMAT_VALUE:
                        sp = FormatValue(s, sp, arg);
                        continue;
                    case OpCode.GET_LEN:
                        s[sp] = PyInt.Get(Ops.Len(s[sp - 1]!));
                        sp++;
                        continue;
                    case OpCode.MATCH_MAPPING:
                        s[sp] = PyBool.Get(IsMapping(s[sp - 1]!));
                        sp++;
                        continue;
                    case OpCode.MATCH_SEQUENCE:
                        s[sp] = PyBool.Get(IsSequence(s[sp - 1]!));
                        sp++;
                        continue;
                    case OpCode.MATCH_KEYS:
                        s[sp] = MatchKeys(s[sp - 2]!, (PyTuple)s[sp - 1]!);
                        sp++;
                        continue;
                    case OpCode.MATCH_CLASS:
                        {
                            // (subject, cls, names) -> attrs tuple or None
                            var result = MatchClass(s[sp - 3]!, s[sp - 2]!, arg, (PyTuple)s[sp - 1]!);
                            sp -= 2;
                            s[sp] = s[sp + 1] = null;
                            s[sp - 1] = result;
                            continue;
                        }

                    // ---------------- functions and calls ----------------
                    case OpCode.MAKE_FUNCTION:
                        sp = MakeFunction(frame, s, sp, arg);
                        continue;
                    case OpCode.KW_NAMES:
                        kwnames = (PyTuple)consts[arg];
                        continue;
                    case OpCode.CALL:
                        {
                            int argc = arg;
                            var kw = kwnames;
                            kwnames = null;
                            int fi = sp - argc - 2;
                            PyObject callable;
                            int argStart;
                            if (s[fi] == null && s[fi + 1] is PyMethod bm)
                            {
                                // Unpack a bound method so the call is a plain function call with self first.
                                s[fi] = bm.Function;
                                s[fi + 1] = bm.Self;
                            }
                            if (s[fi] != null) { callable = s[fi]!; argStart = fi + 1; argc++; }
                            else { callable = s[fi + 1]!; argStart = fi + 2; }
                            if (callable is PyFunction pf && (pf.Code.Flags & GeneratorFlags) == 0)
                            {
                                var nf = NewFrame(pf, new ReadOnlySpan<PyObject>(s!, argStart, argc), kw);
                                Array.Clear(s, fi, sp - fi);
                                frame.Sp = fi;
                                frame.Ip = ip;
                                PushFrame(ts, nf);
                                frame = nf;
                                goto switchFrame;
                            }
                            frame.Sp = sp;
                            var callSlot = callable.Type.Call ?? throw NotCallable(callable);
                            var res = callSlot(callable, new ReadOnlySpan<PyObject>(s!, argStart, argc), kw);
                            Array.Clear(s, fi, sp - fi);
                            sp = fi;
                            s[sp++] = res;
                            continue;
                        }
                    case OpCode.CALL_FUNCTION_EX:
                        {
                            PyObject? kwargs = null;
                            if ((arg & 1) != 0) kwargs = s[--sp];
                            var callargs = s[--sp]!;
                            var func = s[--sp]!;
                            s[sp] = s[sp + 1] = s[sp + 2] = null;
                            sp--; // the NULL below the callable
                            s[sp] = null;
                            frame.Sp = sp;
                            var res = CallFunctionEx(func, callargs, kwargs);
                            s[sp++] = res;
                            continue;
                        }
                    case OpCode.CALL_INTRINSIC_1:
                        s[sp - 1] = Intrinsic1Call(ts, frame, (Intrinsic1)arg, s[sp - 1]!);
                        continue;
                    case OpCode.CALL_INTRINSIC_2:
                        {
                            var v1 = s[--sp]!;
                            s[sp] = null;
                            s[sp - 1] = Intrinsic2Call(frame, (Intrinsic2)arg, s[sp - 1]!, v1);
                            continue;
                        }
                    case OpCode.RETURN_VALUE:
                    case OpCode.RETURN_CONST:
                        {
                            PyObject retval;
                            if ((OpCode)(word & 0xFF) == OpCode.RETURN_CONST) retval = consts[arg];
                            else { retval = s[--sp]!; s[sp] = null; }
                            frame.Sp = sp;
                            frame.State = FrameState.Completed;
                            PopFrame(ts, frame);
                            if (ReferenceEquals(frame, entry)) return retval;
                            frame = ts.Frame!;
                            frame.Slots[frame.Sp++] = retval;
                            goto switchFrame;
                        }
                    case OpCode.RETURN_GENERATOR:
                        throw PyException.SystemError("RETURN_GENERATOR executed outside generator creation");
                    case OpCode.YIELD_VALUE:
                        {
                            var v = s[--sp]!;
                            s[sp] = null;
                            frame.Sp = sp;
                            frame.Ip = ip;
                            frame.State = FrameState.Suspended;
                            PopFrame(ts, frame);
                            if (!ReferenceEquals(frame, entry))
                                throw PyException.SystemError("yield from a frame that is not a generator entry");
                            return v;
                        }

                    // ---------------- generators and coroutines ----------------
                    case OpCode.SEND:
                        {
                            var v = s[sp - 1]!;
                            var receiver = s[sp - 2]!;
                            frame.Sp = sp;
                            var r = Send(receiver, v, out bool returned);
                            s[sp - 1] = r;
                            if (returned) ip = arg;
                            continue;
                        }
                    case OpCode.GET_AWAITABLE:
                        s[sp - 1] = GetAwaitable(s[sp - 1]!, arg);
                        continue;
                    case OpCode.GET_AITER:
                        s[sp - 1] = GetAIter(s[sp - 1]!);
                        continue;
                    case OpCode.GET_ANEXT:
                        s[sp] = GetANext(s[sp - 1]!);
                        sp++;
                        continue;
                    case OpCode.END_ASYNC_FOR:
                        {
                            // (aiter, exc): StopAsyncIteration ends the loop, anything else is re-raised.
                            var exc = (PyBaseException)s[sp - 1]!;
                            if (exc.Type.IsSubtypeOf(PyExc.StopAsyncIteration))
                            {
                                sp -= 2;
                                s[sp] = s[sp + 1] = null;
                                continue;
                            }
                            frame.Sp = sp;
                            Raise(ts, exc, false);
                            return null;
                        }
                    case OpCode.CLEANUP_THROW:
                        {
                            // (sub_iter, last_sent_val, exc_value) -> (None, value)
                            var exc = (PyBaseException)s[sp - 1]!;
                            if (exc.Type.IsSubtypeOf(PyExc.StopIteration))
                            {
                                sp -= 1;
                                s[sp] = null;
                                s[sp - 2] = PyNone.Instance;
                                s[sp - 1] = StopIterationValue(exc);
                                continue;
                            }
                            frame.Sp = sp;
                            Raise(ts, exc, false);
                            return null;
                        }
                    case OpCode.BEFORE_WITH:
                        {
                            var mgr = s[sp - 1]!;
                            var enterResult = BeforeWith(mgr, out var exit);
                            s[sp - 1] = exit;
                            s[sp++] = enterResult;
                            continue;
                        }
                    case OpCode.BEFORE_ASYNC_WITH:
                        {
                            var mgr = s[sp - 1]!;
                            var enterResult = BeforeAsyncWith(mgr, out var exit);
                            s[sp - 1] = exit;
                            s[sp++] = enterResult;
                            continue;
                        }
                    case OpCode.WITH_EXCEPT_START:
                        {
                            // (exit_func, lasti, prev_exc, val) -> ... res
                            var val = (PyBaseException)s[sp - 1]!;
                            var exitFunc = s[sp - 4]!;
                            frame.Sp = sp;
                            s[sp] = Ops.Call(exitFunc, [val.Type, val, (PyObject?)val.Traceback ?? PyNone.Instance]);
                            sp++;
                            continue;
                        }

                    // ---------------- exceptions ----------------
                    case OpCode.PUSH_EXC_INFO:
                        {
                            var exc = s[sp - 1]!;
                            var info = ts.ExcInfo;
                            s[sp - 1] = (PyObject?)info.Value ?? PyNone.Instance;
                            info.Value = exc as PyBaseException;
                            s[sp++] = exc;
                            continue;
                        }
                    case OpCode.POP_EXCEPT:
                        {
                            var v = s[--sp];
                            s[sp] = null;
                            ts.ExcInfo.Value = v as PyBaseException;
                            continue;
                        }
                    case OpCode.CHECK_EXC_MATCH:
                        {
                            var type = s[sp - 1]!;
                            CheckExceptType(type);
                            s[sp - 1] = PyBool.Get(ExceptionMatches(s[sp - 2]!, type));
                            continue;
                        }
                    case OpCode.CHECK_EG_MATCH:
                        {
                            var type = s[sp - 1]!;
                            CheckExceptStarType(type);
                            var (match, rest) = SplitExceptionGroup(s[sp - 2]!, type);
                            s[sp - 2] = rest;
                            s[sp - 1] = match;
                            if (!ReferenceEquals(match, PyNone.Instance))
                                ts.ExcInfo.Value = match as PyBaseException;
                            continue;
                        }
                    case OpCode.RAISE_VARARGS:
                        {
                            frame.Sp = sp;
                            var exc = DoRaise(ts, s, ref sp, arg, out bool addTb);
                            frame.Sp = sp;
                            Raise(ts, exc, addTb);
                            return null;
                        }
                    case OpCode.RERAISE:
                        {
                            var exc = s[--sp]!;
                            s[sp] = null;
                            if (arg != 0 && s[sp - arg] is PyInt lasti)
                            {
                                frame.UnwindIndex = ip - 1;
                                frame.LastI = (int)(lasti.Small / 2);
                            }
                            frame.Sp = sp;
                            Raise(ts, exc as PyBaseException ?? PyException.SystemError("RERAISE of a non-exception").Value, false);
                            return null;
                        }

                    // ---------------- imports ----------------
                    case OpCode.IMPORT_NAME:
                        {
                            var fromlist = s[--sp]!;
                            var level = s[sp - 1]!;
                            s[sp] = null;
                            frame.Sp = sp;
                            s[sp - 1] = ImportName(ts, frame, names[arg], fromlist, level);
                            continue;
                        }
                    case OpCode.IMPORT_FROM:
                        s[sp] = ImportFrom(ts, s[sp - 1]!, names[arg]);
                        sp++;
                        continue;

                    default:
                        throw PyException.SystemError($"unknown opcode {word & 0xFF}");
                }
            }
        switchFrame:;
        }
    }

    const CodeFlags GeneratorFlags = CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator;
}
