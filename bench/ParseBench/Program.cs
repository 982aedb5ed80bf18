// Parse benchmark: Taipan's parser vs CPython's ast.parse over the same stdlib files, in one run.
//   dotnet run -c Release --project bench/ParseBench [-- [--all] [<lib dir>]]
//   dotnet run --project bench/ParseBench -- dump <file.py>     (prints the ast.dump text)
using System.Diagnostics;
using Taipan.Syntax;
using AstDump = Taipan.Syntax.Ast.AstDump;

const string Python = "/root/.pyenv/versions/3.12.1/bin/python3.12";

if (args.Length >= 2 && args[0] == "dump")
{
    try
    {
        var tree = args[1] == "-" ? Parser.Parse(Console.In.ReadToEnd()) : Parser.Parse(File.ReadAllBytes(args[1]), args[1]);
        Console.WriteLine(AstDump.Dump(tree, true));
    }
    catch (PythonSyntaxError e)
    {
        Console.WriteLine($"{e.TypeName} {e.Msg} {e.Lineno} {e.Offset} {e.EndLineno} {e.EndOffset}");
    }
    return 0;
}

if (args.Length >= 2 && args[0] == "dumpfiles")
{
    // JSON array of paths in; JSON object path -> ast.dump text (or "ERR ...") out. "tc" = type comments.
    var paths = System.Text.Json.JsonSerializer.Deserialize<string[]>(File.ReadAllText(args[1]))!;
    var opts = new ParseOptions { TypeComments = args.Length > 2 && args[2] == "tc" };
    var result = new Dictionary<string, string>();
    foreach (var path in paths)
    {
        try { result[path] = AstDump.Dump(Parser.Parse(File.ReadAllBytes(path), path, ParseMode.Exec, opts), true); }
        catch (PythonSyntaxError e) { result[path] = $"ERR {e.TypeName} {e.Msg} {e.Lineno} {e.Offset}"; }
    }
    Console.Write(System.Text.Json.JsonSerializer.Serialize(result));
    return 0;
}

if (args.Length >= 2 && args[0] == "batch")
{
    // One JSON array of sources in; one line per source out: "ok" or type|msg|line|offset|end_line|end_offset.
    var batch = System.Text.Json.JsonSerializer.Deserialize<string[]>(File.ReadAllText(args[1]))!;
    var mode = args.Length > 2 ? Enum.Parse<ParseMode>(args[2], true) : ParseMode.Exec;
    var sb = new System.Text.StringBuilder();
    foreach (var src in batch)
    {
        string line;
        try { line = mode == ParseMode.Exec && args.Length <= 2 ? (Parser.Parse(src) != null ? "ok" : "") : AstDump.Dump(Parser.Parse(src, "<unknown>", mode), true); }
        catch (PythonSyntaxError e) { line = $"{e.TypeName}|{e.Msg}|{e.Lineno}|{e.Offset}|{e.EndLineno}|{e.EndOffset}"; }
        catch (Exception e) { line = "CRASH " + e.GetType().Name + " " + e.Message; }
        sb.Append(System.Text.Json.JsonSerializer.Serialize(line)).Append('\n');
    }
    Console.Write(sb.ToString());
    return 0;
}

// Default: lib/python3.12/*.py. "--all": every .py below it except site-packages (packages and tests too).
bool all = args.Contains("--all");
string lib = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "/root/.pyenv/versions/3.12.1/lib/python3.12";
var files = Directory.GetFiles(lib, "*.py", all ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
    .Where(f => !f.Contains("/site-packages/"))
    .OrderBy(f => f, StringComparer.Ordinal).ToArray();
var sources = files.Select(File.ReadAllBytes).ToArray();
long totalBytes = sources.Sum(s => (long)s.Length);

// Warm up (JIT), then take the best of 5 runs.
double best = double.MaxValue;
int failures = 0;
for (int run = 0; run < 6; run++)
{
    failures = 0;
    var sw = Stopwatch.StartNew();
    for (int i = 0; i < sources.Length; i++)
    {
        try { Parser.Parse(sources[i], files[i]); }
        catch (PythonSyntaxError) { failures++; }
    }
    sw.Stop();
    if (run > 0) best = Math.Min(best, sw.Elapsed.TotalSeconds);
}
Console.WriteLine($"files: {files.Length}, {totalBytes / 1024} KiB, taipan failures: {failures}");
Console.WriteLine($"taipan  Parser.Parse: {best * 1000:F1} ms (best of 5 after warm-up)");

if (File.Exists(Python))
{
    string script = """
import ast, sys, time, warnings
warnings.simplefilter('ignore')
paths = sys.argv[1:]
srcs = [open(p, 'rb').read() for p in paths]
best = 1e9
for run in range(3):
    t = time.perf_counter()
    for s in srcs:
        try: ast.parse(s)
        except SyntaxError: pass
    best = min(best, time.perf_counter() - t)
print(best)
""";
    var tmp = Path.Combine(Path.GetTempPath(), "parsebench_" + Environment.ProcessId + ".py");
    File.WriteAllText(tmp, script);
    var psi = new ProcessStartInfo(Python) { RedirectStandardOutput = true, UseShellExecute = false };
    psi.ArgumentList.Add(tmp);
    foreach (var f in files) psi.ArgumentList.Add(f);
    using var proc = Process.Start(psi)!;
    string output = proc.StandardOutput.ReadToEnd().Trim();
    proc.WaitForExit();
    File.Delete(tmp);
    double cpy = double.Parse(output, System.Globalization.CultureInfo.InvariantCulture);
    Console.WriteLine($"cpython ast.parse:    {cpy * 1000:F1} ms (best of 3)");
    Console.WriteLine($"ratio taipan/cpython: {best / cpy:F2}");
}
else Console.WriteLine("python3.12 not found: CPython timing skipped");
return 0;
