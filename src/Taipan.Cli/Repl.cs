using Taipan.Hosting;
using Taipan.Runtime;

namespace Taipan.Cli;

/// <summary>A simple interactive loop: ">>> " / "... " prompts, multi-line blocks, results echoed via sys.displayhook.</summary>
public static class Repl
{
    public static int Run(Interpreter interp, IHost host)
    {
        var stdin = interp.SysAttr("stdin") as PyTextStream;
        if (!interp.Options.Quiet && !interp.Options.Inspect)
            TracebackPrinter.WriteToStderr(interp, $"Python {SysModuleFactory.VersionString} (Taipan) on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        var main = interp.MainModule;
        while (true)
        {
            var source = ReadStatement(interp, stdin);
            if (source == null)
            {
                Write(interp, "\n");
                return 0;
            }
            if (source.Trim().Length == 0) continue;
            try
            {
                var code = interp.Compile(source, "<stdin>", "single");
                interp.Exec(code, main.Dict, main.Dict);
            }
            catch (PyException e)
            {
                if (e.Value.Type.IsSubtypeOf(PyExc.SystemExit))
                    return Program.HandleUncaught(interp, e.Value);
                Program.HandleUncaught(interp, e.Value);
            }
            Program.Flush(interp);
        }
    }

    static void Write(Interpreter interp, string s)
    {
        var stdout = interp.SysAttr("stdout");
        if (stdout is PyTextStream ts) { ts.Write(s); ts.Flush(); return; }
        if (stdout == null || stdout is PyNone) return;
        // sys.stdout is _io's TextIOWrapper (or whatever the user installed).
        try
        {
            Ops.Call(Ops.GetAttr(stdout, "write"), [new PyStr(s)]);
            if (Ops.TryGetAttr(stdout, "flush") is { } flush) Ops.Call(flush);
        }
        catch (PyException) { }
    }

    static string Prompt(Interpreter interp, string name, string fallback)
    {
        var p = interp.SysAttr(name);
        return p is PyStr s ? s.Value : p == null ? fallback : Ops.Str(p).Value;
    }

    /// <summary>Reads one complete statement (more lines while the input is an unfinished block or bracket).</summary>
    static string? ReadStatement(Interpreter interp, PyTextStream? stdin)
    {
        Write(interp, Prompt(interp, "ps1", ">>> "));
        var first = stdin?.ReadLine() ?? Console.ReadLine();
        if (string.IsNullOrEmpty(first)) return first == null || first.Length == 0 ? null : first;
        var buffer = first.EndsWith('\n') ? first : first + "\n";
        bool block = first.TrimEnd().EndsWith(':');
        while (block || Incomplete(interp, buffer))
        {
            Write(interp, Prompt(interp, "ps2", "... "));
            var line = stdin?.ReadLine() ?? Console.ReadLine();
            if (line == null || line.Length == 0) return buffer;
            if (line.Trim().Length == 0)
            {
                if (block) return buffer;
            }
            buffer += line.EndsWith('\n') ? line : line + "\n";
            if (!block && line.TrimEnd().EndsWith(':')) block = true;
        }
        return buffer;
    }

    static bool Incomplete(Interpreter interp, string source)
    {
        try
        {
            interp.Compile(source, "<stdin>", "single");
            return false;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.SyntaxError))
        {
            var msg = e.Value.GetAttribute("msg") is PyStr m ? m.Value : "";
            return msg.Contains("was never closed") || msg.Contains("unexpected EOF") || msg.Contains("unterminated triple-quoted");
        }
    }
}
