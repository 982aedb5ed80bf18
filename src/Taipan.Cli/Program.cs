using Taipan.Hosting;
using Taipan.Runtime;

namespace Taipan.Cli;

/// <summary>The `taipan` command: python3.12's command line (script, -c, -m, stdin, REPL) and exit codes.</summary>
public static class Program
{
    const string Usage = "usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `taipan -h' for more information.\n";

    public static int Main(string[] args)
    {
        var host = new NativeHost();
        var options = new InterpreterOptions { Host = host };
        string? command = null, module = null, file = null;
        bool readStdin = false;
        int i = 0;
        for (; i < args.Length; i++)
        {
            var a = args[i];
            if (a == "-" ) { readStdin = true; i++; break; }
            if (a == "--") { i++; break; }
            if (a == "--version") { Console.Out.Write("Python " + SysModuleFactory.VersionString + "\n"); return 0; }
            if (a == "--help") { Console.Out.Write(Usage); return 0; }
            if (!a.StartsWith('-') || a.Length == 1) break;
            bool stop = false;
            for (int k = 1; k < a.Length && !stop; k++)
            {
                char c = a[k];
                string TakeValue(string opt)
                {
                    stop = true;
                    if (k + 1 < a.Length) return a[(k + 1)..];
                    if (i + 1 < args.Length) return args[++i];
                    Console.Error.Write($"Argument expected for the -{opt} option\n" + Usage);
                    Environment.Exit(2);
                    return "";
                }
                switch (c)
                {
                    case 'c': command = TakeValue("c"); break;
                    case 'm': module = TakeValue("m"); break;
                    case 'V': Console.Out.Write("Python " + SysModuleFactory.VersionString + "\n"); return 0;
                    case 'h': case '?': Console.Out.Write(Usage); return 0;
                    case 'u': options.Unbuffered = true; break;
                    case 'B': options.DontWriteBytecode = true; break;
                    case 'E': options.IgnoreEnvironment = true; break;
                    case 'I': options.Isolated = true; options.IgnoreEnvironment = true; options.NoUserSite = true; options.SafePath = true; break;
                    case 'O': options.Optimize++; break;
                    case 's': options.NoUserSite = true; break;
                    case 'S': break;
                    case 'q': options.Quiet = true; break;
                    case 'i': options.Inspect = true; options.Interactive = true; break;
                    case 'b': options.BytesWarning++; break;
                    case 'd': break;
                    case 'v': options.Verbose++; break;
                    case 'x': break;
                    case 'P': options.SafePath = true; break;
                    case 'R': break;
                    case 'W': options.WarnOptions.Add(TakeValue("W")); break;
                    case 'X':
                        {
                            var x = TakeValue("X");
                            int eq = x.IndexOf('=');
                            options.XOptions[eq < 0 ? x : x[..eq]] = eq < 0 ? "" : x[(eq + 1)..];
                            if (x == "utf8" || x == "utf8=1") options.Utf8Mode = true;
                            break;
                        }
                    default:
                        Console.Error.Write($"Unknown option: -{c}\n" + Usage);
                        return 2;
                }
            }
            if (command != null || module != null) { i++; break; }
        }
        var rest = args[i..];
        if (command == null && module == null && !readStdin && rest.Length > 0) { file = rest[0]; rest = rest[1..]; }

        // PYTHONHASHSEED must be applied before anything is hashed.
        if (!options.IgnoreEnvironment && Environment.GetEnvironmentVariable("PYTHONHASHSEED") is { Length: > 0 } seed && seed != "random")
        {
            if (!ulong.TryParse(seed, out var s) || s > 4294967295)
            {
                Console.Error.Write("Fatal Python error: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]\n");
                return 1;
            }
            HashSecret.Configure(s);
        }
        if (!options.IgnoreEnvironment)
        {
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONDONTWRITEBYTECODE"))) options.DontWriteBytecode = true;
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONINSPECT"))) options.Inspect = true;
            if (int.TryParse(Environment.GetEnvironmentVariable("PYTHONOPTIMIZE"), out var opt) && opt > options.Optimize) options.Optimize = opt;
        }
        // The code cache lives next to the executable (artifacts/taipan/codecache), or where TAIPAN_CODECACHE says.
        var cacheDir = options.IgnoreEnvironment ? null : Environment.GetEnvironmentVariable("TAIPAN_CODECACHE");
        options.CodeCacheStore = new DirectoryCodeCacheStore(string.IsNullOrEmpty(cacheDir) ? Path.Combine(AppContext.BaseDirectory, "codecache") : cacheDir);

        if (command != null) { options.Argv = ["-c", .. rest]; options.MainPathEntry = ""; }
        else if (module != null) { options.Argv = ["-m", .. rest]; options.MainPathEntry = host.CurrentDirectory; }
        else if (file != null)
        {
            options.Argv = [file, .. rest];
            var dir = Path.GetDirectoryName(Path.GetFullPath(file)) ?? "";
            options.MainPathEntry = dir;
        }
        else { options.Argv = ["", .. rest]; options.MainPathEntry = ""; if (readStdin) options.Argv[0] = "-"; }

        CompilerBridge.Install();
        Interpreter interp;
        try { interp = new Interpreter(options); }
        catch (PyException e)
        {
            Console.Error.Write("Fatal Python error: init failed: " + e.Message + "\n");
            return 1;
        }
        using var scope = interp.Enter();
        int code = Run(interp, host, command, module, file, readStdin);
        Taipan.Modules.AtexitModule.RunExitFuncs(interp);
        Flush(interp);
        return code;
    }

    static int Run(Interpreter interp, IHost host, string? command, string? module, string? file, bool readStdin)
    {
        if (command != null) return Guard(interp, () => interp.RunString(command + "\n", "<string>"));
        if (module != null) return Guard(interp, () => RunModule(interp, module));
        if (file != null)
        {
            if (Directory.Exists(file) || !File.Exists(file))
            {
                if (Directory.Exists(file) && File.Exists(Path.Combine(file, "__main__.py")))
                    return Guard(interp, () => interp.RunFile(Path.Combine(file, "__main__.py")));
                var exe = host.ExecutablePath;
                Console.Error.Write($"{exe}: can't open file {Quote(Path.GetFullPath(file))}: [Errno 2] No such file or directory\n");
                return 2;
            }
            // CPython 3.12 runs the main script under its absolute path (__file__, tracebacks).
            int rc = Guard(interp, () => interp.RunFile(Path.GetFullPath(file)));
            if (interp.Options.Inspect) return Repl.Run(interp, host);
            return rc;
        }
        if (!readStdin && host.IsTerminal(0)) return Repl.Run(interp, host);
        return Guard(interp, () =>
        {
            var stdin = interp.SysAttr("stdin") as PyTextStream;
            var source = stdin != null ? stdin.ReadAll() : new StreamReader(host.StandardInput).ReadToEnd();
            return interp.RunString(source, "<stdin>");
        });
    }

    static string Quote(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    static PyObject RunModule(Interpreter interp, string name)
    {
        // Find the module's file without executing it, then run it as __main__ (runpy's _run_module_as_main).
        var path = interp.FindModuleFile(name) ?? throw NoModule(interp, name);
        var argv = interp.SysAttr("argv") as PyList;
        if (argv != null && argv.Count > 0) argv.Items[0] = new PyStr(path);
        var main = interp.MainModule;
        int dot = name.LastIndexOf('.');
        bool isPackage = path.EndsWith("__main__.py", StringComparison.Ordinal) && !name.EndsWith("__main__", StringComparison.Ordinal);
        string pkg = isPackage ? name : dot < 0 ? "" : name[..dot];
        main.Dict.SetItem("__package__", new PyStr(pkg));
        return interp.RunFile(path);
    }

    static PyException NoModule(Interpreter interp, string name)
    {
        var exe = interp.Host.ExecutablePath;
        Console.Error.Write($"{exe}: No module named {name}\n");
        return new PyException(PyBaseException.Create(PyExc.SystemExit, PyInt.Get(1)));
    }

    /// <summary>Runs top-level code, turning an uncaught exception into CPython's report and exit code.</summary>
    internal static int Guard(Interpreter interp, Func<PyObject> body)
    {
        try
        {
            body();
            return 0;
        }
        catch (PyException e)
        {
            return HandleUncaught(interp, e.Value);
        }
    }

    internal static int HandleUncaught(Interpreter interp, PyBaseException exc)
    {
        if (exc.Type.IsSubtypeOf(PyExc.SystemExit)) return SystemExitCode(interp, exc);
        Flush(interp);
        try
        {
            var hook = interp.SysAttr("excepthook");
            if (hook == null || hook is PyNone) TracebackPrinter.PrintToStderr(interp, exc);
            else Ops.Call(hook, [exc.Type, exc, (PyObject?)exc.Traceback ?? PyNone.Instance]);
        }
        catch (PyException hookError)
        {
            if (hookError.Value.Type.IsSubtypeOf(PyExc.SystemExit)) return SystemExitCode(interp, hookError.Value);
            TracebackPrinter.WriteToStderr(interp, "Error in sys.excepthook:\n");
            TracebackPrinter.PrintToStderr(interp, hookError.Value);
            TracebackPrinter.WriteToStderr(interp, "\nOriginal exception was:\n");
            TracebackPrinter.PrintToStderr(interp, exc);
        }
        return exc.Type.IsSubtypeOf(PyExc.KeyboardInterrupt) ? 130 : 1;
    }

    static int SystemExitCode(Interpreter interp, PyBaseException exc)
    {
        var code = exc.GetAttribute("code") ?? (exc.Args.Count == 0 ? PyNone.Instance : exc.Args.Count == 1 ? exc.Args[0] : exc.Args);
        if (code is PyNone) return 0;
        if (code is PyInt i) return i.IsSmall ? (int)i.Small : -1;
        Flush(interp);
        string text;
        try { text = Ops.Str(code).Value; } catch (PyException) { text = "<exception str() failed>"; }
        TracebackPrinter.WriteToStderr(interp, text + "\n");
        return 1;
    }

    internal static void Flush(Interpreter interp)
    {
        // Files the program left open (CPython flushes them when they are finalised).
        Taipan.Modules.Io.IoModule.FlushOpenFiles(interp);
        foreach (var name in new[] { "stdout", "stderr" })
        {
            try
            {
                var s = interp.SysAttr(name);
                if (s is PyTextStream ts) ts.Flush();
                else if (s != null && s is not PyNone && Ops.TryGetAttr(s, "flush") is { } f) Ops.Call(f);
            }
            catch (PyException) { }
        }
    }
}
