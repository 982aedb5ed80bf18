using Taipan.Runtime.Bytecode;

namespace Taipan.Runtime;

/// <summary>
/// The built-in functions the VM itself needs (__build_class__, exec, eval, compile, globals, locals,
/// vars, __import__, super, property), plus a working print/repr/len/isinstance/type so programs run
/// before the full builtins module lands. Registration is tolerant: the builtins module's own
/// contributors override the fallbacks, while the VM-owned names are installed last.
/// </summary>
public static class ExecutionBuiltins
{
    internal static readonly BuiltinBody ImportBody = Import;

    /// <summary>Fallbacks for names the builtins module defines, so the VM works on its own (tests, early bring-up).</summary>
    public static void InstallFallbacks(Interpreter interp, PyDict d)
    {
        var m = new PyModule("builtins") { Dict = d };
        // 1. Fallbacks (the builtins engineer's module replaces them).
        foreach (var t in new[] { PyType.ObjectType, PyType.TypeType, PyInt.TypeObject, PyBool.TypeObject, PyFloat.TypeObject,
            PyStr.TypeObject, PyTuple.TypeObject, PyList.TypeObject, PyDict.TypeObject, PyStaticMethod.TypeObject,
            PyClassMethod.TypeObject })
            d.SetItem(t.Name, t);
        foreach (var e in PyExc.All) d.SetItem(e.Name, e);
        d.SetItem("EnvironmentError", PyExc.OSError);
        d.SetItem("IOError", PyExc.OSError);
        d.SetItem("None", PyNone.Instance);
        d.SetItem("Ellipsis", PyEllipsis.Instance);
        d.SetItem("NotImplemented", PyNotImplemented.Instance);
        d.SetItem("True", PyBool.True);
        d.SetItem("False", PyBool.False);
        d.SetItem("__debug__", PyBool.Get(interp.Options.Optimize == 0));
        Fn(m, "print", Print, "print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)");
        Fn(m, "repr", static (self, a, kw) => { TypeMembers.ExactArgs("repr", a, kw, 1); return Ops.Repr(a[0]); }, "repr($module, obj, /)");
        Fn(m, "ascii", static (self, a, kw) => { TypeMembers.ExactArgs("ascii", a, kw, 1); return EvalLoop.Ascii(a[0]); }, "ascii($module, obj, /)");
        Fn(m, "format", static (self, a, kw) =>
        {
            TypeMembers.ArgRange("format", a, kw, 1, 2);
            var spec = a.Length > 1 ? a[1] : PyStr.Empty;
            if (spec is not PyStr) throw PyException.TypeError($"format() argument 2 must be str, not {spec.Type.Name}");
            return EvalLoop.Format(a[0], spec);
        }, "format($module, value, format_spec='', /)");
        Fn(m, "len", static (self, a, kw) => { TypeMembers.ExactArgs("len", a, kw, 1); return PyInt.Get(Ops.Len(a[0])); }, "len($module, obj, /)");
        Fn(m, "isinstance", static (self, a, kw) =>
        {
            if (a.Length != 2 || kw != null) throw PyException.TypeError($"isinstance expected 2 arguments, got {a.Length}");
            return PyBool.Get(Ops.IsInstance(a[0], a[1]));
        }, "isinstance($module, obj, class_or_tuple, /)");
        Fn(m, "issubclass", static (self, a, kw) =>
        {
            if (a.Length != 2 || kw != null) throw PyException.TypeError($"issubclass expected 2 arguments, got {a.Length}");
            return PyBool.Get(Ops.IsSubclass(a[0], a[1]));
        }, "issubclass($module, cls, class_or_tuple, /)");
        Fn(m, "id", static (self, a, kw) => { TypeMembers.ExactArgs("id", a, kw, 1); return PyInt.Get(Ops.Id(a[0])); });
        Fn(m, "hash", static (self, a, kw) => { TypeMembers.ExactArgs("hash", a, kw, 1); return PyInt.Get(Ops.Hash(a[0])); });
        Fn(m, "callable", static (self, a, kw) => { TypeMembers.ExactArgs("callable", a, kw, 1); return PyBool.Get(a[0].Type.Call != null); });
        Fn(m, "iter", static (self, a, kw) => { TypeMembers.ArgRange("iter", a, kw, 1, 1); return Ops.GetIter(a[0]); });
        Fn(m, "next", static (self, a, kw) =>
        {
            TypeMembers.ArgRange("next", a, kw, 1, 2);
            if (a[0].Type.Next == null) throw PyException.TypeError($"'{a[0].Type.Name}' object is not an iterator");
            var r = Ops.Next(a[0]);
            if (r != null) return r;
            if (a.Length > 1) return a[1];
            throw PyException.StopIteration();
        });
        Fn(m, "getattr", static (self, a, kw) =>
        {
            TypeMembers.ArgRange("getattr", a, kw, 2, 3);
            if (a[1] is not PyStr n) throw PyException.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            if (a.Length == 3) return Ops.TryGetAttr(a[0], n) ?? a[2];
            return Ops.GetAttr(a[0], n);
        });
        Fn(m, "setattr", static (self, a, kw) =>
        {
            TypeMembers.ExactArgs("setattr", a, kw, 3);
            if (a[1] is not PyStr n) throw PyException.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            Ops.SetAttr(a[0], n, a[2]);
            return PyNone.Instance;
        });
        Fn(m, "hasattr", static (self, a, kw) =>
        {
            TypeMembers.ExactArgs("hasattr", a, kw, 2);
            if (a[1] is not PyStr n) throw PyException.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            return PyBool.Get(Ops.TryGetAttr(a[0], n) != null);
        });
        Fn(m, "delattr", static (self, a, kw) =>
        {
            TypeMembers.ExactArgs("delattr", a, kw, 2);
            if (a[1] is not PyStr n) throw PyException.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            Ops.DelAttr(a[0], n);
            return PyNone.Instance;
        });

    }

    /// <summary>The names the VM owns (they need frames or the import system): installed over anything else.</summary>
    public static void InstallVmOwned(Interpreter interp, PyModule m)
    {
        var d = m.Dict;
        Fn(m, "__build_class__", BuildClass, "__build_class__($module, func, name, /, *bases, metaclass=None, **kwds)");
        Fn(m, "exec", Exec, "exec($module, source, /, globals=None, locals=None, *, closure=None)");
        Fn(m, "eval", Eval, "eval($module, source, /, globals=None, locals=None)");
        Fn(m, "compile", Compile, "compile($module, /, source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)");
        Fn(m, "globals", static (self, a, kw) =>
        {
            TypeMembers.ExactArgs("globals", a, kw, 0);
            return ThreadState.Current.Frame?.Globals ?? throw PyException.SystemError("globals(): no current frame");
        }, "globals($module, /)");
        Fn(m, "locals", static (self, a, kw) =>
        {
            TypeMembers.ExactArgs("locals", a, kw, 0);
            return ThreadState.Current.Frame?.GetLocals() ?? throw PyException.SystemError("locals(): no current frame");
        }, "locals($module, /)");
        Fn(m, "vars", static (self, a, kw) =>
        {
            TypeMembers.ArgRange("vars", a, kw, 0, 1);
            if (a.Length == 0) return ThreadState.Current.Frame?.GetLocals() ?? throw PyException.SystemError("vars(): no current frame");
            return Ops.TryGetAttr(a[0], "__dict__") ?? throw PyException.TypeError("vars() argument must have __dict__ attribute");
        }, "vars($module, object=<unrepresentable>, /)");
        Fn(m, "__import__", ImportBody, "__import__($module, /, name, globals=None, locals=None, fromlist=(), level=0)");
        d.SetItem("super", PySuper.TypeObject);
        d.SetItem("property", PyProperty.TypeObject);
    }

    static void Fn(PyModule m, string name, BuiltinBody body, string? sig = null)
    {
        var f = new PyBuiltinFunction(name, body, m, sig == null ? null : sig[sig.IndexOf('(')..]) { Module = new PyStr("builtins") };
        m.Dict.SetItem(name, f);
    }

    // ---------------- print ----------------

    static readonly PySignature s_printSig = new("print(*args, sep=' ', end='\\n', file=None, flush=False)");

    static PyObject Print(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        PyObject? sep = null, end = null, file = null, flush = null;
        int npos = args.Length;
        if (kw != null && kw.Count > 0)
        {
            npos = args.Length - kw.Count;
            for (int i = 0; i < kw.Count; i++)
            {
                var v = args[npos + i];
                switch (((PyStr)kw.Items[i]).Value)
                {
                    case "sep": sep = v; break;
                    case "end": end = v; break;
                    case "file": file = v; break;
                    case "flush": flush = v; break;
                    default: throw PyException.TypeError($"print() got an unexpected keyword argument '{((PyStr)kw.Items[i]).Value}'");
                }
            }
        }
        if (sep != null && sep is not PyNone && sep is not PyStr)
            throw PyException.TypeError($"sep must be None or a string, not {sep.Type.Name}");
        if (end != null && end is not PyNone && end is not PyStr)
            throw PyException.TypeError($"end must be None or a string, not {end.Type.Name}");
        if (file == null || file is PyNone)
        {
            file = ThreadState.Current.Interpreter.SysAttr("stdout");
            if (file == null || file is PyNone) return PyNone.Instance;
        }
        string sepS = sep is PyStr ss ? ss.Value : " ";
        string endS = end is PyStr es ? es.Value : "\n";
        if (file is PyTextStream ts)
        {
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < npos; i++)
            {
                if (i > 0) sb.Append(sepS);
                sb.Append(Ops.Str(args[i]).Value);
            }
            sb.Append(endS);
            ts.Write(sb.ToString());
            if (flush != null && Ops.IsTrue(flush)) ts.Flush();
            return PyNone.Instance;
        }
        var write = Ops.GetAttr(file, "write");
        for (int i = 0; i < npos; i++)
        {
            if (i > 0) Ops.Call(write, [sep is PyStr ? sep : new PyStr(" ")]);
            Ops.Call(write, [Ops.Str(args[i])]);
        }
        Ops.Call(write, [end is PyStr ? end : new PyStr("\n")]);
        if (flush != null && Ops.IsTrue(flush)) Ops.Call(Ops.GetAttr(file, "flush"));
        return PyNone.Instance;
    }

    // ---------------- __build_class__ ----------------

    static readonly PyStr s_mroEntries = PyStr.Intern("__mro_entries__"), s_prepare = PyStr.Intern("__prepare__"),
        s_origBases = PyStr.Intern("__orig_bases__");

    static PyObject BuildClass(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos < 2) throw PyException.TypeError("__build_class__: not enough arguments");
        if (args[0] is not PyFunction func) throw PyException.TypeError("__build_class__: func must be a function");
        if (args[1] is not PyStr name) throw PyException.TypeError("__build_class__: name is not a string");
        var origBases = PyTuple.Create(args[2..npos]);
        PyObject? meta = null;
        PyDict? kwds = null;
        for (int i = 0; i < nkw; i++)
        {
            var k = (PyStr)kwnames!.Items[i];
            if (k.Value == "metaclass") meta = args[npos + i];
            else (kwds ??= new PyDict()).SetItem(k, args[npos + i]);
        }
        var bases = UpdateBases(origBases);
        bool isClass;
        if (meta == null)
        {
            meta = bases.Count == 0 ? PyType.TypeType : bases[0].Type;
            isClass = true;
        }
        else isClass = meta is PyType;
        if (isClass) meta = CalculateMetaclass((PyType)meta, bases);

        PyObject ns;
        var prepare = Ops.TryGetAttr(meta, s_prepare);
        if (prepare == null) ns = new PyDict();
        else ns = CallWithKwargs(prepare, [name, bases], kwds);
        if (ns.Type.GetItem == null)
            throw PyException.TypeError($"{(isClass ? ((PyType)meta).Name : "<metaclass>")}.__prepare__() must return a mapping, not {ns.Type.Name}");

        var interp = ThreadState.Current.Interpreter;
        var cell = interp.ExecCode(func.Code, func.Globals, ns, func.Closure);
        if (!ReferenceEquals(bases, origBases)) Ops.SetItem(ns, s_origBases, origBases);
        var cls = CallWithKwargs(meta, [name, bases, ns], kwds);
        if (cls is PyType ct && cell is PyCell c)
        {
            // type.__new__ (ClassBuilder) has stored the class in the __classcell__ cell by now.
            if (c.Contents == null)
                throw PyException.RuntimeError($"__class__ not set defining {Ops.Repr(name).Value} as {Ops.Repr(cls).Value}. Was __classcell__ propagated to type.__new__?");
            if (!ReferenceEquals(c.Contents, cls))
                throw PyException.TypeError($"__class__ set to {Ops.Repr(c.Contents).Value} defining {Ops.Repr(name).Value} as {Ops.Repr(cls).Value}");
        }
        return cls;
    }

    static PyObject CallWithKwargs(PyObject f, PyObject[] args, PyDict? kwds) =>
        kwds == null ? Ops.Call(f, args) : Ops.CallWithTupleDict(f, new PyTuple(args), kwds);

    /// <summary>PEP 560: replaces non-class bases by the result of their __mro_entries__.</summary>
    static PyTuple UpdateBases(PyTuple bases)
    {
        List<PyObject>? result = null;
        for (int i = 0; i < bases.Count; i++)
        {
            var b = bases[i];
            if (b is PyType) { result?.Add(b); continue; }
            var meth = Ops.TryGetAttr(b, s_mroEntries);
            if (meth == null) { result?.Add(b); continue; }
            var entries = Ops.Call(meth, [bases]);
            if (entries is not PyTuple et) throw PyException.TypeError("__mro_entries__ must return a tuple");
            if (result == null)
            {
                result = [];
                for (int j = 0; j < i; j++) result.Add(bases[j]);
            }
            result.AddRange(et.Items);
        }
        return result == null ? bases : new PyTuple(result.ToArray());
    }

    static PyType CalculateMetaclass(PyType meta, PyTuple bases)
    {
        var winner = meta;
        foreach (var b in bases.Items)
        {
            var t = b.Type;
            if (winner.IsSubtypeOf(t)) continue;
            if (t.IsSubtypeOf(winner)) { winner = t; continue; }
            throw PyException.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    // ---------------- exec / eval / compile ----------------

    static void ResolveNamespaces(string fname, PyObject? g, PyObject? l, out PyDict globals, out PyObject locals)
    {
        var frame = ThreadState.Current.Frame;
        if (g != null && g is not PyNone && g is not PyDict)
            throw PyException.TypeError(fname == "exec"
                ? $"exec() globals must be a dict, not {g.Type.Name}"
                : $"globals must be a real dict; try eval(expr, {{}}, mapping)");
        if (l != null && l is not PyNone && l.Type.GetItem == null)
            throw PyException.TypeError(fname == "exec" ? "locals must be a mapping" : "locals must be a mapping");
        if (g is PyDict gd)
        {
            globals = gd;
            locals = l is null or PyNone ? gd : l;
        }
        else
        {
            globals = frame?.Globals ?? throw PyException.SystemError($"{fname}(): no current frame");
            locals = l is null or PyNone ? frame.GetLocals() : l;
        }
        if (!globals.ContainsKey(PyStr.Intern("__builtins__")))
            globals.SetItem("__builtins__", ThreadState.Current.Interpreter.BuiltinsModule);
    }

    static string SourceText(PyObject src, string fname)
    {
        if (src is PyStr s) return s.Value;
        if (src.Type.Name is "bytes" or "bytearray")
        {
            var bytes = Ops.ToArray(src).Select(b => (byte)Ops.AsIndex(b)).ToArray();
            return Interpreter.DecodeSource(bytes);
        }
        throw PyException.TypeError(fname == "compile"
            ? "compile() arg 1 must be a string, bytes or AST object"
            : $"{fname}() arg 1 must be a string, bytes or code object");
    }

    static readonly PySignature s_execSig = new("exec(source, globals=None, locals=None, /, *, closure=None)");
    static readonly PySignature s_evalSig = new("eval(source, globals=None, locals=None, /)");

    static PyObject Exec(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = s_execSig.Bind(args, kw, out _, out _);
        ResolveNamespaces("exec", a[1], a[2], out var globals, out var locals);
        var interp = ThreadState.Current.Interpreter;
        PyCode code = a[0] is PyCode c ? c : (PyCode)interp.Compile(SourceText(a[0]!, "exec"), "<string>", "exec");
        PyCell[]? closure = null;
        if (a[3] is PyTuple ct)
        {
            closure = new PyCell[ct.Count];
            for (int i = 0; i < ct.Count; i++) closure[i] = ct[i] as PyCell ?? throw PyException.TypeError("closure must be a tuple of cells");
        }
        interp.ExecCode(code, globals, locals, closure);
        return PyNone.Instance;
    }

    static PyObject Eval(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = s_evalSig.Bind(args, kw, out _, out _);
        ResolveNamespaces("eval", a[1], a[2], out var globals, out var locals);
        var interp = ThreadState.Current.Interpreter;
        PyCode code;
        if (a[0] is PyCode c) code = c;
        else
        {
            var text = SourceText(a[0]!, "eval").TrimStart(' ', '\t');
            code = interp.Compile(text, "<string>", "eval");
        }
        return interp.ExecCode(code, globals, locals);
    }

    static readonly PySignature s_compileSig = new("compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)");

    static PyObject Compile(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = s_compileSig.Bind(args, kw, out _, out _);
        var mode = a[2] as PyStr ?? throw PyException.TypeError($"compile() argument 'mode' must be str, not {a[2]!.Type.Name}");
        if (mode.Value is not ("exec" or "eval" or "single" or "func_type"))
            throw PyException.ValueError("compile() mode must be 'exec', 'eval' or 'single'");
        string filename = a[1] is PyStr fs ? fs.Value : Ops.Str(a[1]!).Value;
        int flags = a[3] == null ? 0 : (int)Ops.AsIndex(a[3]!);
        if (a[0] is PyCode) return a[0]!;
        var interp = ThreadState.Current.Interpreter;
        int optimize = a[5] == null ? interp.Options.Optimize : (int)Ops.AsIndex(a[5]!);
        if (CompileHooks.Compile?.Invoke(a[0]!, filename, mode.Value, flags, optimize) is PyObject viaAst) return viaAst;
        var c = Interpreter.Compiler ?? throw PyException.SystemError("no compiler is registered with the Taipan runtime");
        return c(SourceText(a[0]!, "compile"), filename, mode.Value, flags, optimize);
    }

    // ---------------- __import__ ----------------

    static readonly PySignature s_importSig = new("__import__(name, globals=None, locals=None, fromlist=(), level=0)");

    static PyObject Import(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = s_importSig.Bind(args, kw, out _, out _);
        if (a[0] is not PyStr name) throw PyException.TypeError($"__import__() argument 1 must be str, not {a[0]!.Type.Name}");
        int level = a[4] == null ? 0 : (int)Ops.AsIndex(a[4]!);
        return ThreadState.Current.Interpreter.ImportModuleLevel(name.Value, a[1], a[3], level);
    }
}
