using System.Runtime.InteropServices.JavaScript;
using Taipan.Runtime;

namespace Taipan.Wasm;

/// <summary>The functions JavaScript calls (js/taipan.mjs). One interpreter per loaded runtime.</summary>
public static partial class WasmExports
{
    static readonly WasmHost s_host = new();
    static Interpreter? s_interpreter;

    /// <summary>Where the stdlib appears in the wasm file system (the embedder serves it via readFile).</summary>
    const string StdlibPath = "/lib/python3.12";

    static Interpreter Interpreter
    {
        get
        {
            if (s_interpreter != null) return s_interpreter;
            Taipan.Cli.CompilerBridge.Install();
            var options = new InterpreterOptions { Host = s_host, StdlibPath = StdlibPath, Argv = [""], MainPathEntry = "" };
            return s_interpreter = new Interpreter(options);
        }
    }

    /// <summary>Runs source as __main__; 0 on success, the SystemExit code, or 1 after printing a traceback.</summary>
    [JSExport]
    public static int RunPython(string code)
    {
        Interpreter interp;
        try { interp = Interpreter; }
        catch (PyException e)
        {
            WasmHost.JsWrite(2, "Fatal Python error: init failed: " + e.Message + "\n");
            return 1;
        }
        using var scope = interp.Enter();
        try
        {
            interp.RunString(code, "<exec>");
            return 0;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.SystemExit))
        {
            var c = e.Value.GetAttribute("code");
            return c is PyInt i && i.IsSmall ? (int)i.Small : c is null or PyNone ? 0 : 1;
        }
        catch (PyException e)
        {
            TracebackPrinter.PrintToStderr(interp, e.Value);
            return 1;
        }
        catch (WasmExitException e)
        {
            return e.Code;
        }
        finally
        {
            Taipan.Modules.Io.IoModule.FlushOpenFiles(interp);
            Flush(interp, "stdout");
            Flush(interp, "stderr");
        }
    }

    static void Flush(Interpreter interp, string name)
    {
        try
        {
            if (interp.SysAttr(name) is PyObject s && Ops.TryGetAttr(s, "flush") is PyObject f) Ops.Call(f);
        }
        catch (PyException) { }
    }

    [JSExport]
    public static void AddFile(string path, byte[] data) => s_host.AddFile(path, data);

    [JSExport]
    public static void SetEnvironment(string name, string value) => s_host.SetEnvironment(name, value);

    public static void Main() { }
}
