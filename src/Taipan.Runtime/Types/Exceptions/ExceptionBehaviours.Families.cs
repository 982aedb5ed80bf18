using System.Text;

namespace Taipan.Runtime;

/// <summary>
/// Behaviour of the exception families whose C structs in CPython carry extra fields: they are kept in
/// the instance dict here, set by each family's __init__, with CPython's __str__ rules.
/// </summary>
public static partial class ExceptionBehaviours
{
    static partial void SetupFamily(PyType t)
    {
        if (t == PyExc.StopIteration) SetupStopIteration(t);
        else if (t == PyExc.SystemExit) SetupSystemExit(t);
        else if (t == PyExc.KeyError) t.Str = static o => KeyErrorStr((PyBaseException)o);
        else if (t == PyExc.ImportError) SetupImportError(t);
        else if (t == PyExc.AttributeError) SetupNamedKeywords(t, "name", "obj");
        else if (t == PyExc.NameError) SetupNamedKeywords(t, "name");
        else if (t == PyExc.OSError) SetupOSError(t);
        else if (t == PyExc.SyntaxError) SetupSyntaxError(t);
        else if (t == PyExc.UnicodeDecodeError || t == PyExc.UnicodeEncodeError || t == PyExc.UnicodeTranslateError) SetupUnicodeError(t);
        else if (t == PyExc.BaseExceptionGroup) ExceptionGroups.Setup(t);
    }

    static void Set(PyBaseException e, string name, PyObject v) => e.SetAttribute(name, v);
    static PyObject Get(PyBaseException e, string name) => e.GetAttribute(name) ?? PyNone.Instance;

    static int Positional(ReadOnlySpan<PyObject> args, PyTuple? kw) => args.Length - (kw?.Count ?? 0);

    static void SetupStopIteration(PyType t)
    {
        t.Init = static (self, args, kw) =>
        {
            if (kw != null && kw.Count > 0) throw PyException.TypeError($"{self.Type.Name}() takes no keyword arguments");
            var e = (PyBaseException)self;
            e.Args = PyTuple.Create(args);
            Set(e, "value", args.Length > 0 ? args[0] : PyNone.Instance);
        };
    }

    static void SetupSystemExit(PyType t)
    {
        t.Init = static (self, args, kw) =>
        {
            if (kw != null && kw.Count > 0) throw PyException.TypeError($"{self.Type.Name}() takes no keyword arguments");
            var e = (PyBaseException)self;
            e.Args = PyTuple.Create(args);
            Set(e, "code", args.Length switch { 0 => PyNone.Instance, 1 => args[0], _ => e.Args });
        };
    }

    static PyStr KeyErrorStr(PyBaseException e) =>
        e.Args.Count == 1 ? Ops.Repr(e.Args[0]) : e.Args.Count == 0 ? PyStr.Empty : Ops.Str(e.Args);

    /// <summary>Exceptions that accept keyword-only attributes (AttributeError(name=, obj=), NameError(name=)).</summary>
    static void SetupNamedKeywords(PyType t, params string[] names)
    {
        t.Init = (self, args, kw) =>
        {
            var e = (PyBaseException)self;
            int npos = Positional(args, kw);
            e.Args = PyTuple.Create(args[..npos]);
            foreach (var n in names) Set(e, n, PyNone.Instance);
            for (int i = 0; i < (kw?.Count ?? 0); i++)
            {
                var name = ((PyStr)kw!.Items[i]).Value;
                if (Array.IndexOf(names, name) < 0)
                    throw PyException.TypeError($"'{name}' is an invalid keyword argument for {self.Type.Name}()");
                Set(e, name, args[npos + i]);
            }
        };
    }

    static void SetupImportError(PyType t)
    {
        t.Init = static (self, args, kw) =>
        {
            var e = (PyBaseException)self;
            int npos = Positional(args, kw);
            e.Args = PyTuple.Create(args[..npos]);
            Set(e, "msg", npos == 1 ? args[0] : PyNone.Instance);
            Set(e, "name", PyNone.Instance);
            Set(e, "path", PyNone.Instance);
            Set(e, "name_from", PyNone.Instance);
            for (int i = 0; i < (kw?.Count ?? 0); i++)
            {
                var name = ((PyStr)kw!.Items[i]).Value;
                if (name is not ("name" or "path" or "name_from"))
                    throw PyException.TypeError($"'{name}' is an invalid keyword argument for {self.Type.Name}()");
                Set(e, name, args[npos + i]);
            }
        };
        t.Str = static o =>
        {
            var e = (PyBaseException)o;
            var msg = e.GetAttribute("msg");
            if (msg != null && msg is not PyNone) return Ops.Str(msg);
            return BaseStr(e);
        };
    }

    static PyStr BaseStr(PyBaseException e) =>
        e.Args.Count switch { 0 => PyStr.Empty, 1 => Ops.Str(e.Args[0]), _ => Ops.Str(e.Args) };

    // ---------------- OSError ----------------

    static readonly Dictionary<long, PyType> s_errnoMap = new()
    {
        [11] = PyExc.BlockingIOError, [114] = PyExc.BlockingIOError, [115] = PyExc.BlockingIOError,
        [10] = PyExc.ChildProcessError, [32] = PyExc.BrokenPipeError, [108] = PyExc.BrokenPipeError,
        [103] = PyExc.ConnectionAbortedError, [111] = PyExc.ConnectionRefusedError, [104] = PyExc.ConnectionResetError,
        [17] = PyExc.FileExistsError, [2] = PyExc.FileNotFoundError, [21] = PyExc.IsADirectoryError,
        [20] = PyExc.NotADirectoryError, [4] = PyExc.InterruptedError, [13] = PyExc.PermissionError,
        [1] = PyExc.PermissionError, [3] = PyExc.ProcessLookupError, [110] = PyExc.TimeoutError,
    };

    static void SetupOSError(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            int npos = Positional(args, kw);
            // OSError(errno, ...) picks the subclass for the errno (PEP 3151).
            if (type == PyExc.OSError && npos >= 2 && args[0] is PyInt code && code.IsSmall &&
                s_errnoMap.TryGetValue(code.Small, out var sub))
                type = sub;
            var e = new PyBaseException(type);
            InitOSError(e, args[..npos]);
            return e;
        };
        t.Init = static (self, args, kw) =>
        {
            if (kw != null && kw.Count > 0) throw PyException.TypeError($"{self.Type.Name}() takes no keyword arguments");
        };
        t.Str = static o =>
        {
            var e = (PyBaseException)o;
            var errno = Get(e, "errno");
            var strerror = Get(e, "strerror");
            var filename = Get(e, "filename");
            var filename2 = Get(e, "filename2");
            if (filename is not PyNone)
            {
                if (filename2 is not PyNone)
                    return new PyStr($"[Errno {Ops.Str(errno).Value}] {Ops.Str(strerror).Value}: {Ops.Repr(filename).Value} -> {Ops.Repr(filename2).Value}");
                return new PyStr($"[Errno {Ops.Str(errno).Value}] {Ops.Str(strerror).Value}: {Ops.Repr(filename).Value}");
            }
            if (errno is not PyNone && strerror is not PyNone)
                return new PyStr($"[Errno {Ops.Str(errno).Value}] {Ops.Str(strerror).Value}");
            return BaseStr(e);
        };
    }

    static void InitOSError(PyBaseException e, ReadOnlySpan<PyObject> args)
    {
        e.Args = PyTuple.Create(args);
        Set(e, "errno", PyNone.Instance);
        Set(e, "strerror", PyNone.Instance);
        Set(e, "filename", PyNone.Instance);
        Set(e, "filename2", PyNone.Instance);
        if (args.Length >= 2 && args.Length <= 5)
        {
            Set(e, "errno", args[0]);
            Set(e, "strerror", args[1]);
            if (args.Length >= 3)
            {
                Set(e, "filename", args[2]);
                if (args.Length >= 5) Set(e, "filename2", args[4]);
                // With a filename, args keeps only (errno, strerror), as in CPython.
                e.Args = new PyTuple([args[0], args[1]]);
            }
        }
        if (e.Type.IsSubtypeOf(PyExc.BlockingIOError) && args.Length >= 3 && args[2] is PyInt)
            Set(e, "characters_written", args[2]);
    }

    /// <summary>Creates the OSError subclass for an errno with CPython's message, as the runtime's I/O raises it.</summary>
    public static PyException OSErrorFromErrno(int errno, string strerror, string? filename = null, string? filename2 = null)
    {
        var args = new List<PyObject> { PyInt.Get(errno), new PyStr(strerror) };
        if (filename != null)
        {
            args.Add(new PyStr(filename));
            if (filename2 != null) { args.Add(PyInt.Zero); args.Add(new PyStr(filename2)); }
        }
        var e = (PyBaseException)PyExc.OSError.New!(PyExc.OSError, args.ToArray(), null);
        if (filename2 != null) Set(e, "winerror", PyNone.Instance);
        return new PyException(e);
    }

    // ---------------- SyntaxError ----------------

    static void SetupSyntaxError(PyType t)
    {
        t.Init = static (self, args, kw) =>
        {
            if (kw != null && kw.Count > 0) throw PyException.TypeError($"{self.Type.Name}() takes no keyword arguments");
            var e = (PyBaseException)self;
            e.Args = PyTuple.Create(args);
            foreach (var n in new[] { "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line" })
                Set(e, n, PyNone.Instance);
            if (args.Length >= 1) Set(e, "msg", args[0]);
            if (args.Length == 2)
            {
                var info = Ops.ToArray(args[1]);
                if (info.Length < 4 || info.Length > 6)
                    throw PyException.IndexError("tuple index out of range");
                Set(e, "filename", info[0]);
                Set(e, "lineno", info[1]);
                Set(e, "offset", info[2]);
                Set(e, "text", info[3]);
                if (info.Length >= 5) Set(e, "end_lineno", info[4]);
                if (info.Length >= 6) Set(e, "end_offset", info[5]);
            }
        };
        t.Str = static o =>
        {
            var e = (PyBaseException)o;
            var msg = Get(e, "msg");
            var filename = Get(e, "filename");
            var lineno = Get(e, "lineno");
            string m = msg is PyNone ? BaseStr(e).Value : Ops.Str(msg).Value;
            string? file = filename is PyStr fs ? Path.GetFileName(fs.Value) : null;
            bool hasLine = lineno is PyInt;
            if (file != null && hasLine) return new PyStr($"{m} ({file}, line {Ops.Str(lineno).Value})");
            if (file != null) return new PyStr($"{m} ({file})");
            if (hasLine) return new PyStr($"{m} (line {Ops.Str(lineno).Value})");
            return new PyStr(m);
        };
    }

    // ---------------- UnicodeError family ----------------

    static void SetupUnicodeError(PyType t)
    {
        bool translate = t == PyExc.UnicodeTranslateError;
        bool decode = t == PyExc.UnicodeDecodeError;
        t.Init = (self, args, kw) =>
        {
            if (kw != null && kw.Count > 0) throw PyException.TypeError($"{self.Type.Name}() takes no keyword arguments");
            var e = (PyBaseException)self;
            e.Args = PyTuple.Create(args);
            int need = translate ? 4 : 5;
            if (args.Length != need)
                throw PyException.TypeError($"function takes exactly {need} arguments ({args.Length} given)");
            int i = 0;
            if (!translate)
            {
                if (args[0] is not PyStr) throw PyException.TypeError($"argument 1 must be str, not {args[0].Type.Name}");
                Set(e, "encoding", args[i++]);
            }
            var obj = args[i++];
            if (decode && obj is PyStr) throw PyException.TypeError("argument 2 must be bytes-like object, not str");
            if (!decode && obj is not PyStr) throw PyException.TypeError($"argument {(translate ? 1 : 2)} must be str, not {obj.Type.Name}");
            Set(e, "object", obj);
            Set(e, "start", PyInt.Get(Ops.AsIndex(args[i++])));
            Set(e, "end", PyInt.Get(Ops.AsIndex(args[i++])));
            if (args[i] is not PyStr) throw PyException.TypeError($"argument {i + 1} must be str, not {args[i].Type.Name}");
            Set(e, "reason", args[i]);
        };
        t.Str = static o => new PyStr(UnicodeErrorStr((PyBaseException)o));
    }

    static string UnicodeErrorStr(PyBaseException e)
    {
        var obj = e.GetAttribute("object");
        if (obj == null) return BaseStr(e).Value;
        long start = Ops.AsIndex(Get(e, "start"));
        long end = Ops.AsIndex(Get(e, "end"));
        string reason = Ops.Str(Get(e, "reason")).Value;
        if (e.Type.IsSubtypeOf(PyExc.UnicodeDecodeError))
        {
            string enc = Ops.Str(Get(e, "encoding")).Value;
            if (end == start + 1 && Ops.Len(obj) > start)
            {
                var b = Ops.GetItem(obj, PyInt.Get(start));
                return $"'{enc}' codec can't decode byte 0x{Ops.AsIndex(b):x2} in position {start}: {reason}";
            }
            return $"'{enc}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        }
        var s = (PyStr)obj;
        string verb = e.Type.IsSubtypeOf(PyExc.UnicodeTranslateError) ? "translate" : "encode";
        string prefix = verb == "encode" ? $"'{Ops.Str(Get(e, "encoding")).Value}' codec can't encode" : "can't translate";
        if (end == start + 1 && start < s.Length)
        {
            int cp = s.CodePointAt((int)start);
            string esc = cp <= 0xFF ? $"\\x{cp:x2}" : cp <= 0xFFFF ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
            return $"{prefix} character '{esc}' in position {start}: {reason}";
        }
        return $"{prefix} characters in position {start}-{end - 1}: {reason}";
    }
}
