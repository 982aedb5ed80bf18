using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Taipan.Syntax;
using AstDump = Taipan.Syntax.Ast.AstDump;
using Xunit;
using Xunit.Abstractions;

namespace Taipan.Tests.Syntax;

/// <summary>
/// Parses CPython's own Lib with Taipan and compares ast.dump(include_attributes=True) text with
/// what CPython 3.12 prints for the same files. Skips (with a message) when python3.12 is absent.
/// </summary>
public class AstParityTests
{
    private readonly ITestOutputHelper _out;
    public AstParityTests(ITestOutputHelper output) { _out = output; }

    // Reads file paths on stdin; prints {path: dump-or-null} (null when CPython cannot parse it).
    private const string DumpScript = """
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

    internal static (int Same, int Total, List<string> Diffs) Compare(IEnumerable<string> files)
    {
        var list = files.ToList();
        using var doc = CPython.RunJson(DumpScript, string.Join("\n", list));
        int same = 0, total = 0;
        var diffs = new List<string>();
        foreach (var path in list)
        {
            var expected = doc.RootElement.GetProperty(path);
            if (expected.ValueKind == JsonValueKind.Null) continue; // CPython rejects it too
            total++;
            string mine;
            try
            {
                mine = AstDump.Dump(Parser.Parse(File.ReadAllBytes(path), path), true);
            }
            catch (Exception e)
            {
                diffs.Add($"{path}: {e.GetType().Name}: {e.Message}");
                continue;
            }
            string exp = expected.GetString()!;
            if (mine == exp) { same++; continue; }
            int i = 0;
            while (i < mine.Length && i < exp.Length && mine[i] == exp[i]) i++;
            int from = Math.Max(0, i - 150);
            diffs.Add($"{path}: differs at {i}\n  cpython: {Snip(exp, from, i)}\n  taipan:  {Snip(mine, from, i)}");
        }
        return (same, total, diffs);
    }

    private static string Snip(string s, int from, int at) => s.Substring(from, Math.Min(s.Length, at + 150) - from);

    private void Run(string pattern, Func<string, IEnumerable<string>> select)
    {
        if (CPython.Exe == null || CPython.LibDir == null) { _out.WriteLine(CPython.SkipReason); return; }
        var files = select(CPython.LibDir).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var (same, total, diffs) = Compare(files);
        _out.WriteLine($"{pattern}: identical {same} / {total}");
        foreach (var d in diffs.Take(30)) _out.WriteLine(d);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "taipan_parity_" + pattern.Replace('/', '_').Replace('*', 'x') + ".txt"),
            $"identical {same} / {total}\n" + string.Join("\n", diffs));
        Assert.True(same == total, $"{pattern}: identical {same} / {total}; first: {diffs.FirstOrDefault()}");
    }

    [Fact]
    public void StdlibFilesMatchCPython() => Run("lib/*.py", lib => Directory.GetFiles(lib, "*.py"));

    /// <summary>
    /// Every .py under lib/python3.12 (packages and test suites too), except site-packages.
    /// Takes about a minute, so it runs only with TAIPAN_PARITY_ALL=1.
    /// </summary>
    [Fact]
    public void AllLibFilesRecursivelyMatchCPython()
    {
        if (Environment.GetEnvironmentVariable("TAIPAN_PARITY_ALL") != "1")
        {
            _out.WriteLine("set TAIPAN_PARITY_ALL=1 to compare every file under lib/ (slow)");
            return;
        }
        RunAll();
    }

    private void RunAll() => Run("lib/**/*.py", lib =>
        Directory.GetFiles(lib, "*.py", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "site-packages" + Path.DirectorySeparatorChar)));

    [Fact]
    public void StdlibTestFilesMatchCPython() => Run("lib/test/*.py", lib => Directory.GetFiles(Path.Combine(lib, "test"), "*.py"));
}
