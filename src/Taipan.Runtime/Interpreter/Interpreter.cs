using Taipan.Runtime.Bytecode;
using System.Text;
using Taipan.Hosting;

namespace Taipan.Runtime;

/// <summary>Compiles source to a code object; supplied by the host application (Taipan.Compiler sits above the runtime).</summary>
public delegate PyObject CompileFunction(string source, string filename, string mode, int flags, int optimize);

/// <summary>
/// One Python interpreter: sys.modules, the builtins and sys modules, the recursion limit, the host
/// (DESIGN principle 7: no interpreter state is static). Its thread state is installed on the thread
/// that uses it by <see cref="Enter"/>.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>The compiler used by compile()/exec()/eval()/import; set once by the application.</summary>
    public static CompileFunction? Compiler { get; set; }

    public readonly IHost Host;
    public readonly InterpreterOptions Options;
    /// <summary>sys.modules.</summary>
    public readonly PyDict Modules = new();
    public readonly PyModule BuiltinsModule;
    public readonly PyDict BuiltinsDict;
    public readonly PyModule SysModule;
    public readonly ThreadState MainThread;
    public int RecursionLimit = 1000;
    public readonly string? StdlibPath;

    static Interpreter() => VmTypes.Register();

    public Interpreter(InterpreterOptions? options = null)
    {
        Options = options ?? new InterpreterOptions();
        Host = Options.Host;
        BuiltinTypes.EnsureInitialized();
        MainThread = new ThreadState(this);
        StdlibPath = Options.StdlibPath ?? FindStdlib();
        using var scope = Enter();
        BuiltinsDict = new PyDict();
        ExecutionBuiltins.InstallFallbacks(this, BuiltinsDict);
        // The builtins module proper (Builtins/BuiltinsModule.cs) replaces the fallbacks; the VM's own names go last.
        BuiltinsModule = global::Taipan.Runtime.BuiltinsModule.Populate(BuiltinsDict);
        ModuleRegistry.RunContributors(this, "builtins", BuiltinsModule);
        ExecutionBuiltins.InstallVmOwned(this, BuiltinsModule);
        Modules.SetItem("builtins", BuiltinsModule);
        SysModule = SysModuleFactory.Create(this);
        Modules.SetItem("sys", SysModule);
        global::Taipan.Runtime.BuiltinsModule.AttachSys(BuiltinsModule, SysModule);
    }

    /// <summary>Makes this interpreter current on the calling thread until the scope is disposed.</summary>
    public Scope Enter() => new(ThreadState.Swap(MainThread));

    public readonly struct Scope : IDisposable
    {
        readonly ThreadState? _previous;
        internal Scope(ThreadState? previous) { _previous = previous; }
        public void Dispose() => ThreadState.Swap(_previous);
    }

    public PyObject? SysAttr(string name) => SysModule.Dict.GetOrNull(name);

    string? FindStdlib()
    {
        var env = Options.IgnoreEnvironment ? null : Host.GetEnvironmentVariable("TAIPAN_STDLIB");
        if (!string.IsNullOrEmpty(env)) return env;
        // artifacts/taipan/taipan -> artifacts/stdlib/lib; also try parents (running from bin/ during development).
        var dir = Host.BaseDirectory;
        for (int i = 0; i < 6 && !string.IsNullOrEmpty(dir); i++)
        {
            foreach (var candidate in new[] { Path.Combine(dir, "stdlib", "lib"), Path.Combine(dir, "artifacts", "stdlib", "lib") })
                if (Host.DirectoryExists(candidate)) return candidate;
            dir = Path.GetDirectoryName(dir.TrimEnd('/', '\\'));
        }
        return null;
    }

    // ---------------- compiling and running ----------------

    /// <summary>Compiles source with the registered compiler (compile() mode: "exec", "eval" or "single").</summary>
    public PyCode Compile(string source, string filename, string mode, int flags = 0)
    {
        var c = Compiler ?? throw PyException.SystemError("no compiler is registered with the Taipan runtime");
        using var scope = Enter();
        var code = c(source, filename, mode, flags, Options.Optimize) as PyCode ?? throw PyException.SystemError("compiler returned a non-code object");
        // TAIPAN_DIS=1 dumps the bytecode of everything compiled (for Taipan developers).
        if (Environment.GetEnvironmentVariable("TAIPAN_DIS") == "1") DumpCode(code, "");
        return code;
    }

    static void DumpCode(PyCode code, string indent)
    {
        Console.Error.WriteLine($"{indent}code {code.QualName} ({string.Join(", ", code.LocalsPlusNames.Select((n, i) => $"{n.Value}:{code.LocalsPlusKinds[i]}"))})");
        for (int i = 0; i < code.Instructions.Length; i++)
            Console.Error.WriteLine($"{indent}  {i,4} {Instr.ToText(code.Instructions[i])}");
        foreach (var e in code.ExceptionTable) Console.Error.WriteLine($"{indent}  exc {e}");
        foreach (var k in code.Constants) if (k is PyCode inner) DumpCode(inner, indent + "    ");
    }

    /// <summary>Runs a code object with the given globals and locals (exec semantics); returns its result.</summary>
    public PyObject Exec(PyCode code, PyDict globals, PyObject? locals = null)
    {
        using var scope = Enter();
        return ExecCode(code, globals, locals ?? globals);
    }

    internal PyObject ExecCode(PyCode code, PyDict globals, PyObject locals, PyCell[]? closure = null)
    {
        if (!globals.ContainsKey(PyStr.Intern("__builtins__"))) globals.SetItem("__builtins__", BuiltinsModule);
        var builtins = globals.GetOrNull("__builtins__") switch
        {
            PyModule m => m.Dict,
            PyDict d => d,
            _ => BuiltinsDict,
        };
        PyFunction? func = null;
        if (closure != null)
        {
            func = new PyFunction(code, globals, builtins) { Closure = closure };
        }
        var frame = new PyFrame(code, globals, builtins, locals, func);
        return EvalLoop.Run(ThreadState.Current, frame);
    }

    public PyObject Eval(string source, PyDict? globals = null, PyObject? locals = null)
    {
        using var scope = Enter();
        var code = Compile(source, "<string>", "eval");
        globals ??= MainModule.Dict;
        return ExecCode(code, globals, locals ?? globals);
    }

    /// <summary>Runs source as the __main__ module (or in the given mode), returning the result of eval mode.</summary>
    public PyObject RunString(string source, string filename = "<string>", string mode = "exec")
    {
        using var scope = Enter();
        var code = Compile(source, filename, mode);
        var main = MainModule;
        return ExecCode(code, main.Dict, main.Dict);
    }

    public PyObject RunFile(string path)
    {
        using var scope = Enter();
        var source = ReadSource(path);
        var main = MainModule;
        main.Dict.SetItem("__file__", new PyStr(path));
        main.Dict.SetItem("__cached__", PyNone.Instance);
        var code = Compile(source, path, "exec");
        return ExecCode(code, main.Dict, main.Dict);
    }

    /// <summary>The __main__ module, created on first use.</summary>
    public PyModule MainModule
    {
        get
        {
            if (Modules.GetOrNull("__main__") is PyModule m) return m;
            m = new PyModule("__main__");
            m.Dict.SetItem("__builtins__", BuiltinsModule);
            m.Dict.SetItem("__annotations__", new PyDict());
            Modules.SetItem("__main__", m);
            return m;
        }
    }

    /// <summary>An imported module's code: from the code cache when its source is unchanged, else compiled and stored.</summary>
    internal PyCode CompileModuleFile(string path)
    {
        var bytes = ReadSourceBytes(path);
        if (CodeCache.TryLoad(this, path, bytes) is { } cached) return cached;
        var code = Compile(DecodeSource(bytes), path, "exec");
        CodeCache.Store(this, path, bytes, code);
        return code;
    }

    /// <summary>Reads a source file as text (UTF-8, a BOM skipped), raising OSError subclasses like CPython.</summary>
    public string ReadSource(string path) => DecodeSource(ReadSourceBytes(path));

    byte[] ReadSourceBytes(string path)
    {
        byte[] bytes;
        try { bytes = Host.ReadAllBytes(path); }
        catch (FileNotFoundException) { throw OsError(PyExc.FileNotFoundError, 2, "No such file or directory", path); }
        catch (DirectoryNotFoundException) { throw OsError(PyExc.FileNotFoundError, 2, "No such file or directory", path); }
        catch (UnauthorizedAccessException) { throw OsError(PyExc.PermissionError, 13, "Permission denied", path); }
        catch (IOException e) { throw OsError(PyExc.OSError, 5, e.Message, path); }
        return bytes;
    }

    internal static string DecodeSource(byte[] bytes)
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }

    internal static PyException OsError(PyType type, int errno, string strerror, string filename)
    {
        var e = PyBaseException.Create(type, PyInt.Get(errno), new PyStr(strerror));
        e.SetAttribute("errno", PyInt.Get(errno));
        e.SetAttribute("strerror", new PyStr(strerror));
        e.SetAttribute("filename", new PyStr(filename));
        return new PyException(e);
    }
}
