using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Taipan.Tests.Syntax;
using Xunit.Abstractions;

namespace Taipan.Tests.Modules;

/// <summary>
/// ast.dump(ast.parse(src), include_attributes=True) run by the built taipan (CPython's ast.py over the
/// C# _ast module) against CPython 3.12, for the stdlib Taipan ships and CPython's Lib/test/*.py.
/// Returns early with a message when python3.12 or artifacts/taipan/taipan is absent, or when taipan
/// cannot import ast yet; then it still reports what a dump written on _ast alone gives.
/// </summary>
public class AstCliParityTests
{
    readonly ITestOutputHelper _out;
    public AstCliParityTests(ITestOutputHelper output) { _out = output; }

    const string OracleScript = """
import ast, sys, json, warnings
warnings.simplefilter('ignore')
out = {}
for path in sys.stdin.read().split('\n'):
    if not path: continue
    try:
        with open(path, 'rb') as f: src = f.read()
        out[path] = ast.dump(ast.parse(src), include_attributes=True)
    except Exception:
        out[path] = None
json.dump(out, sys.stdout)
""";

    // Reads "path\0source\0" records on stdin (taipan has no open() yet); prints "#FILE path" then the
    // dump (one line) per file. Without a working
    // ast.py it says so on a "#NOAST" line and dumps with a copy of ast.dump's rules written on _ast.
    const string DriverScript = """
import sys
try:
    import ast
    def dump(src):
        return ast.dump(ast.parse(src), include_attributes=True)
except BaseException as e:
    print('#NOAST ' + type(e).__name__ + ': ' + str(e).replace('\n', ' '))
    import _ast
    def fmt(node):
        if isinstance(node, _ast.AST):
            cls = type(node)
            args = []
            for names in (node._fields, node._attributes):
                for name in names:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    args.append(name + '=' + fmt(value))
            return cls.__name__ + '(' + ', '.join(args) + ')'
        if isinstance(node, list):
            return '[' + ', '.join([fmt(x) for x in node]) + ']'
        return repr(node)
    def dump(src):
        return fmt(compile(src, '<unknown>', 'exec', _ast.PyCF_ONLY_AST))
data = sys.stdin.read().split('\x00')
for i in range(0, len(data) - 1, 2):
    path = data[i]
    try:
        out = dump(data[i + 1])
    except BaseException as e:
        out = '#ERROR ' + type(e).__name__ + ': ' + str(e).replace('\n', ' ')
    sys.stdout.write('#FILE ' + path + '\n' + out + '\n')
""";

    [Fact]
    public void AstDumpUnderTaipanMatchesCPython()
    {
        var root = AstConversionTests.FindRepoRoot();
        var taipan = root == null ? null : Path.Combine(root, "artifacts", "taipan", "taipan");
        if (CPython.Exe == null || CPython.LibDir == null) { _out.WriteLine(CPython.SkipReason); return; }
        if (taipan == null || !File.Exists(taipan)) { _out.WriteLine("artifacts/taipan/taipan not built (run ./taipan once): parity test skipped"); return; }
        var files = new List<string>();
        var stdlib = Path.Combine(root!, "artifacts", "stdlib", "lib");
        if (Directory.Exists(stdlib)) files.AddRange(Directory.GetFiles(stdlib, "*.py", SearchOption.AllDirectories));
        files.AddRange(Directory.GetFiles(Path.Combine(CPython.LibDir, "test"), "*.py"));
        files.Sort(StringComparer.Ordinal);

        using var oracle = CPython.RunJson(OracleScript, string.Join("\n", files));
        var mine = new Dictionary<string, string>();
        string? noAst = null;
        const int batch = 150;
        for (int i = 0; i < files.Count; i += batch)
        {
            var chunk = files.Skip(i).Take(batch).ToList();
            foreach (var (path, dump) in RunTaipan(taipan, chunk, ref noAst)) mine[path] = dump;
        }

        int same = 0, total = 0;
        var diffs = new List<string>();
        foreach (var path in files)
        {
            var expected = oracle.RootElement.GetProperty(path);
            if (expected.ValueKind == JsonValueKind.Null) continue; // CPython rejects it too
            total++;
            string exp = expected.GetString()!;
            if (!mine.TryGetValue(path, out var got)) { diffs.Add($"{path}: no output from taipan"); continue; }
            if (got == exp) { same++; continue; }
            int k = 0;
            while (k < got.Length && k < exp.Length && got[k] == exp[k]) k++;
            int from = Math.Max(0, k - 100);
            diffs.Add($"{path}: differs at {k}\n  cpython: {exp.Substring(from, Math.Min(exp.Length, k + 100) - from)}\n  taipan:  {got.Substring(from, Math.Min(got.Length, k + 100) - from)}");
        }
        string how = noAst == null ? "ast.dump under taipan" : $"dump on _ast (ast.py does not import under taipan yet: {noAst})";
        _out.WriteLine($"{how}: identical {same} / {total}");
        foreach (var d in diffs.Take(30)) _out.WriteLine(d);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "taipan_ast_cli_parity.txt"), $"{how}: identical {same} / {total}\n" + string.Join("\n", diffs));
        if (noAst != null) return; // the runtime cannot run ast.py yet: reported above, not a failure of _ast
        Assert.True(same == total, $"{how}: identical {same} / {total}; first: {diffs.FirstOrDefault()}");
    }

    static List<(string, string)> RunTaipan(string taipan, List<string> paths, ref string? noAst)
    {
        var script = Path.Combine(Path.GetTempPath(), "taipan_ast_driver_" + Guid.NewGuid().ToString("N") + ".py");
        File.WriteAllText(script, DriverScript);
        var result = new List<(string, string)>();
        try
        {
            var psi = new ProcessStartInfo(taipan, script)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardInputEncoding = new UTF8Encoding(false),
            };
            psi.Environment["PYTHONIOENCODING"] = "utf-8";
            using var proc = Process.Start(psi)!;
            var errTask = proc.StandardError.ReadToEndAsync();
            var outTask = proc.StandardOutput.ReadToEndAsync();
            var strict = new UTF8Encoding(false, true);
            foreach (var path in paths)
            {
                string text;
                try { text = strict.GetString(File.ReadAllBytes(path)); }
                catch (DecoderFallbackException) { continue; } // sent as text, so UTF-8 sources only
                if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
                proc.StandardInput.Write(path);
                proc.StandardInput.Write('\0');
                proc.StandardInput.Write(text);
                proc.StandardInput.Write('\0');
            }
            proc.StandardInput.Close();
            if (!proc.WaitForExit(600_000)) { proc.Kill(true); return result; }
            string? current = null;
            foreach (var line in outTask.Result.Split('\n'))
            {
                if (line.StartsWith("#NOAST ")) { noAst ??= line.Substring(7); continue; }
                if (line.StartsWith("#FILE ")) { current = line.Substring(6); continue; }
                if (current != null) { result.Add((current, line)); current = null; }
            }
        }
        finally
        {
            File.Delete(script);
        }
        return result;
    }
}
