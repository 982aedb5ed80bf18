using Taipan.Hosting;
using Taipan.Runtime;

namespace Taipan.Modules.Io;

/// <summary>
/// The <c>_io</c> module (CPython's Modules/_io/_iomodule.c): the I/O class hierarchy, open(), and the
/// real sys.stdin/stdout/stderr (TextIOWrapper over BufferedReader/Writer over FileIO(0/1/2)), installed
/// as a contribution to the sys module so it replaces the runtime's bootstrap streams at start-up.
/// </summary>
[PyModule("_io")]
public static partial class IoModule
{
    public const int DefaultBufferSize = 8192;

    static readonly object s_lock = new();
    static PyType? s_unsupported;

    public static void Register()
    {
        foreach (var t in new[]
        {
            PyIOBase.TypeObject, PyRawIOBase.TypeObject, PyBufferedIOBase.TypeObject, PyTextIOBase.TypeObject,
            PyFileIO.TypeObject, PyBytesIO.TypeObject, PyStringIO.TypeObject, PyBufferedReader.TypeObject,
            PyBufferedWriter.TypeObject, PyBufferedRandom.TypeObject, PyBufferedRWPair.TypeObject,
            PyTextIOWrapper.TypeObject, PyIncrementalNewlineDecoder.TypeObject,
        })
            BuiltinTypes.Register(t);
        ModuleRegistry.Register("_io", Create);
        ModuleRegistry.Contribute("sys", SysStreams.Install);
        ModuleRegistry.Contribute("builtins", static (interp, m) =>
        {
            var open = Create(interp).Dict.TryGetValue(PyStr.Intern("open"), out var f) ? f : null;
            if (open != null) m.Dict.SetItem("open", open);
        });
    }

    /// <summary>io.UnsupportedOperation: a subclass of both OSError and ValueError, shown as module "io".</summary>
    public static PyType UnsupportedOperation
    {
        get
        {
            lock (s_lock)
            {
                if (s_unsupported != null) return s_unsupported;
                var ns = new PyDict();
                ns.SetItem("__module__", new PyStr("io"));
                ns.SetItem("__qualname__", new PyStr("UnsupportedOperation"));
                return s_unsupported = ClassBuilder.Create(PyType.TypeType, new PyStr("UnsupportedOperation"),
                    new PyTuple([PyExc.OSError, PyExc.ValueError]), ns, null);
            }
        }
    }

    public static PyException Unsupported(string message) => PyException.Create(UnsupportedOperation, message);

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Interpreter, PyModule> s_modules = new();

    public static PyModule Create(Interpreter interp)
    {
        lock (s_lock)
        {
            if (s_modules.TryGetValue(interp, out var existing)) return existing;
            var m = new PyModule("_io");
            RegisterFunctions(m.Dict, m);
            m.Set("DEFAULT_BUFFER_SIZE", PyInt.Get(DefaultBufferSize));
            m.Set("UnsupportedOperation", UnsupportedOperation);
            m.Set("BlockingIOError", PyExc.BlockingIOError);
            foreach (var t in new[]
            {
                PyIOBase.TypeObject, PyRawIOBase.TypeObject, PyBufferedIOBase.TypeObject, PyTextIOBase.TypeObject,
                PyFileIO.TypeObject, PyBytesIO.TypeObject, PyStringIO.TypeObject, PyBufferedReader.TypeObject,
                PyBufferedWriter.TypeObject, PyBufferedRandom.TypeObject, PyBufferedRWPair.TypeObject,
                PyTextIOWrapper.TypeObject, PyIncrementalNewlineDecoder.TypeObject,
            })
                m.Set(t.Name, t);
            s_modules.AddOrUpdate(interp, m);
            return m;
        }
    }

    // ---------------- open ----------------

    [PyMethod("open($module, /, file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
        Doc = "Open file and return a stream.  Raise OSError upon failure.")]
    static PyObject Open(PyObject file, PyObject? mode, long buffering, PyObject? encoding, PyObject? errors, PyObject? newline,
        bool closefd, PyObject? opener)
    {
        if (file is not PyStr && file is not PyBytes && file is not PyInt && file is not PyBool)
        {
            var fspath = file.Type.Lookup("__fspath__");
            if (fspath == null && !file.Type.IsSubtypeOf(PyInt.TypeObject))
                throw PyException.TypeError($"expected str, bytes or os.PathLike object, not {file.Type.Name}");
            if (fspath != null) file = Ops.CallBound(fspath, file, []);
        }
        string m = mode is null or PyNone ? "r" : mode is PyStr ms ? ms.Value
            : throw PyException.TypeError($"open() argument 'mode' must be str, not {mode.Type.Name}");
        string? enc = OptStr(encoding, "encoding"), err = OptStr(errors, "errors"), nl = OptStr(newline, "newline");

        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        var seen = new HashSet<char>();
        foreach (char c in m)
        {
            if ("xrwa+tb".IndexOf(c) < 0 || !seen.Add(c)) throw PyException.ValueError($"invalid mode: '{m}'");
            switch (c)
            {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
            }
        }
        var rawMode = new System.Text.StringBuilder();
        if (creating) rawMode.Append('x');
        if (reading) rawMode.Append('r');
        if (writing) rawMode.Append('w');
        if (appending) rawMode.Append('a');
        if (updating) rawMode.Append('+');
        if (text && binary) throw PyException.ValueError("can't have text and binary mode at once");
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1)
            throw PyException.ValueError("must have exactly one of create/read/write/append mode");
        if (binary && enc != null) throw PyException.ValueError("binary mode doesn't take an encoding argument");
        if (binary && err != null) throw PyException.ValueError("binary mode doesn't take an errors argument");
        if (binary && nl != null) throw PyException.ValueError("binary mode doesn't take a newline argument");
        if (binary && buffering == 1)
            Warn(PyExc.RuntimeWarning, "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used");

        var raw = new PyFileIO(PyFileIO.TypeObject);
        raw.Init(file, rawMode.ToString(), closefd, opener);
        PyObject result = raw;
        try
        {
            bool lineBuffering = false;
            if (buffering == 1 || (buffering < 0 && raw.IsTty()))
            {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) buffering = DefaultBufferSize;
            if (buffering == 0)
            {
                if (binary) return result;
                throw PyException.ValueError("can't have unbuffered text I/O");
            }
            PyBuffered buffer = updating ? new PyBufferedRandom(PyBufferedRandom.TypeObject)
                : (creating || writing || appending) ? new PyBufferedWriter(PyBufferedWriter.TypeObject)
                : new PyBufferedReader(PyBufferedReader.TypeObject);
            buffer.InitBuffered(raw, (int)Math.Min(buffering, int.MaxValue));
            result = buffer;
            if (binary) return result;
            var wrapper = new PyTextIOWrapper(PyTextIOWrapper.TypeObject);
            wrapper.InitWrapper(buffer, enc, err, nl, lineBuffering, false);
            result = wrapper;
            wrapper.Dict!.SetItem("mode", new PyStr(m));
            return result;
        }
        catch (PyException)
        {
            try { Ops.Call(Ops.GetAttr(result, "close")); } catch (PyException) { }
            throw;
        }
    }

    static string? OptStr(PyObject? o, string name) => o is null or PyNone ? null : o is PyStr s ? s.Value
        : throw PyException.TypeError($"open() argument '{name}' must be str or None, not {o.Type.Name}");

    [PyMethod("open_code($module, /, path)", Doc = "Opens the provided file with the intent to import the contents.")]
    static PyObject OpenCode(PyObject path)
    {
        if (path is not PyStr) throw PyException.TypeError($"open_code() argument 'path' must be str, not {path.Type.Name}");
        return Open(path, new PyStr("rb"), -1, null, null, null, true, null);
    }

    [PyMethod("text_encoding($module, encoding, stacklevel=2, /)", Doc = "A helper function to choose the text encoding.")]
    static PyObject TextEncoding(PyObject encoding, long stacklevel = 2)
    {
        if (encoding is not PyNone) return encoding;
        var interp = Taipan.Runtime.ThreadState.Current.Interpreter;
        if (interp.Options.XOptions.TryGetValue("utf8", out var u) && u != "0") return new PyStr("utf-8");
        return new PyStr("locale");
    }

    internal static void Warn(PyType category, string message)
    {
        try
        {
            var warnings = Taipan.Runtime.ThreadState.Current.Interpreter.Import("warnings");
            Ops.Call(Ops.GetAttr(warnings, "warn"), [new PyStr(message), category, PyInt.Get(2)]);
        }
        catch (PyException e) when (!e.Value.Type.IsSubtypeOf(PyExc.Warning)) { }
    }

    /// <summary>Turns a host failure into the OSError subclass CPython raises, with errno and filename.</summary>
    internal static PyException OSError(HostIOException e, PyObject? filename)
    {
        if (filename is PyStr fs) return ExceptionBehaviours.OSErrorFromErrno(e.Errno, e.StrError, fs.Value);
        var err = ExceptionBehaviours.OSErrorFromErrno(e.Errno, e.StrError);
        if (filename != null) err.Value.SetAttribute("filename", filename);
        return err;
    }

    internal static PyException OSError(IOException e) => e is HostIOException h
        ? ExceptionBehaviours.OSErrorFromErrno(h.Errno, h.StrError)
        : ExceptionBehaviours.OSErrorFromErrno(5, e.Message);

    internal static IHost Host => Taipan.Runtime.ThreadState.Current.Interpreter.Host;

    /// <summary>The "size" arguments of read/readline: None or missing means -1.</summary>
    internal static long SizeArg(PyObject? o)
    {
        if (o is null or PyNone) return -1;
        if (o.Type.Lookup("__index__") == null && o is not PyInt)
            throw PyException.TypeError($"argument should be integer or None, not '{o.Type.Name}'");
        var i = Ops.Index(o);
        if (!i.IsSmall) throw PyException.OverflowError("Python int too large to convert to C ssize_t");
        return i.Small;
    }

    /// <summary>Binds __init__ arguments against a signature created once.</summary>
    internal static PyObject?[] Bind(ref PySignature? cache, string text, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        (cache ??= new PySignature(text)).Bind(args, kw, out _, out _);

    internal static PyObject CallMethod(PyObject o, string name) => Ops.Call(Ops.GetAttr(o, name));
    internal static PyObject CallMethod(PyObject o, string name, PyObject a) => Ops.Call(Ops.GetAttr(o, name), [a]);
    internal static PyObject CallMethod(PyObject o, string name, PyObject a, PyObject b) => Ops.Call(Ops.GetAttr(o, name), [a, b]);
}
