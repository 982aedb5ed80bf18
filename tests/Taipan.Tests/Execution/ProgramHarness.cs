using System.Text;
using Taipan.Compiler;
using Taipan.Hosting;
using Taipan.Runtime;

namespace Taipan.Tests.Execution;

/// <summary>The native host with captured standard streams.</summary>
sealed class CapturingHost : IHost
{
    readonly NativeHost _native = new();
    public readonly MemoryStream Out = new(), Err = new();
    public Stream StandardInput { get; } = new MemoryStream();
    public Stream StandardOutput => Out;
    public Stream StandardError => Err;
    public bool IsTerminal(int fd) => false;
    public bool FileExists(string path) => _native.FileExists(path);
    public bool DirectoryExists(string path) => _native.DirectoryExists(path);
    public byte[] ReadAllBytes(string path) => _native.ReadAllBytes(path);
    public IReadOnlyList<string> ListDirectory(string path) => _native.ListDirectory(path);
    public string CurrentDirectory => _native.CurrentDirectory;
    public string GetFullPath(string path) => _native.GetFullPath(path);
    public string? GetEnvironmentVariable(string name) => null;
    public IReadOnlyDictionary<string, string> EnvironmentVariables { get; } = new Dictionary<string, string>();
    public string ExecutablePath => "taipan";
    public string BaseDirectory => _native.BaseDirectory;
    public void Exit(int code) { }
    public long TimeNanoseconds() => _native.TimeNanoseconds();
    public long MonotonicNanoseconds() => _native.MonotonicNanoseconds();
    public void GetRandomBytes(Span<byte> buffer) => _native.GetRandomBytes(buffer);
    public Stream OpenFile(string path, HostFileMode mode) => _native.OpenFile(path, mode);
    public int FileDescriptor(Stream file) => _native.FileDescriptor(file);
}

/// <summary>Runs a program in a fresh interpreter and returns what it printed (stdout, then the traceback on stderr).</summary>
static class ProgramHarness
{
    public static (string Stdout, string Stderr) Run(string source)
    {
        PythonCompiler.Register();
        var host = new CapturingHost();
        var interp = new Interpreter(new InterpreterOptions { Host = host, StdlibPath = "/nonexistent" });
        using (interp.Enter())
        {
            try { interp.RunString(source, "<test>"); }
            catch (PyException e) { TracebackPrinter.PrintToStderr(interp, e.Value); }
            // sys.stdout is _io's TextIOWrapper when the io module is registered, else the VM's stand-in: flush either way.
            foreach (var name in new[] { "stdout", "stderr" })
                if (interp.SysAttr(name) is PyObject stream && Ops.TryGetAttr(stream, "flush") is PyObject flush) Ops.Call(flush);
        }
        return (Encoding.UTF8.GetString(host.Out.ToArray()), Encoding.UTF8.GetString(host.Err.ToArray()));
    }

    public static string Stdout(string source)
    {
        var (o, e) = Run(source);
        Assert.Equal("", e);
        return o;
    }
}
