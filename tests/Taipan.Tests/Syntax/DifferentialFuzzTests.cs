using System.Text.Json;
using Taipan.Syntax;
using Xunit;
using Xunit.Abstractions;
using AstDump = Taipan.Syntax.Ast.AstDump;

namespace Taipan.Tests.Syntax;

/// <summary>
/// Mutated stdlib code, judged against CPython: both must accept or reject the same sources, and
/// accepted ones must give identical trees. Error message/position agreement is reported.
/// </summary>
public class DifferentialFuzzTests
{
    private readonly ITestOutputHelper _out;
    public DifferentialFuzzTests(ITestOutputHelper output) { _out = output; }

    private const string Script = """
import ast, json, sys, warnings
warnings.simplefilter('ignore')
out = []
for src in json.load(sys.stdin):
    try:
        out.append(ast.dump(ast.parse(src), include_attributes=True))
    except SyntaxError as e:
        out.append('ERR|%s|%s|%s|%s|%s|%s' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
    except Exception as e:
        out.append('EXC|%s' % type(e).__name__)
json.dump(out, sys.stdout)
""";

    private static readonly string[] Inserts =
    {
        "(", ")", "[", "]", "{", "}", "\"", "'", "\"\"\"", "f\"{", "}", "\\", "\t", "\n", "    ", ":", ",", "=", ":=", "*", "**",
        "lambda", "yield", "async", "await", "match", "case", "type", "if", "else", "0x", "1_", "1e", "é", "#", "!", "@", ".", "...", " ", "not", "in", "del", "->",
    };

    [Fact]
    public void MutantsAgreeWithCPython()
    {
        if (CPython.Exe == null || CPython.LibDir == null) { _out.WriteLine(CPython.SkipReason); return; }
        var rng = new Random(2024);
        var sources = new List<string>();
        foreach (var name in new[] { "string.py", "textwrap.py", "fractions.py", "dataclasses.py", "ast.py", "enum.py", "test/test_grammar.py", "test/test_patma.py", "test/test_fstring.py" })
        {
            var path = Path.Combine(CPython.LibDir, name);
            if (!File.Exists(path)) continue;
            var lines = File.ReadAllLines(path);
            // Windows that start at top-level statements so that most mutants are meaningful.
            var starts = Enumerable.Range(0, Math.Max(0, lines.Length - 20)).Where(i => lines[i].Length > 0 && !char.IsWhiteSpace(lines[i][0]) && lines[i][0] is not ('#' or ')' or ']' or '}')).ToList();
            for (int w = 0; w < 2 && starts.Count > 0; w++)
            {
                int s = starts[rng.Next(starts.Count)];
                int e = Math.Min(lines.Length, s + 60);
                while (e < lines.Length && lines[e].Length > 0 && char.IsWhiteSpace(lines[e][0])) e++;
                string text = string.Join("\n", lines[s..e]);
                for (int i = 0; i < 60; i++)
                {
                    int at = rng.Next(text.Length);
                    sources.Add(rng.Next(3) switch
                    {
                        0 => text.Remove(at, 1).Insert(at, ((char)rng.Next(32, 127)).ToString()),
                        1 => text.Remove(at, Math.Min(rng.Next(1, 6), text.Length - at)),
                        _ => text.Insert(at, Inserts[rng.Next(Inserts.Length)]),
                    });
                }
            }
        }
        using var doc = CPython.RunJson(Script, JsonSerializer.Serialize(sources));
        int acceptDiff = 0, treeDiff = 0, accepted = 0, errSame = 0, errTotal = 0;
        var report = new List<string>();
        for (int i = 0; i < sources.Count; i++)
        {
            string expected = doc.RootElement[i].GetString()!;
            if (expected.StartsWith("EXC|")) continue;
            string mine;
            try { mine = AstDump.Dump(Parser.Parse(sources[i]), true); }
            catch (PythonSyntaxError e) { mine = $"ERR|{e.TypeName}|{e.Msg}|{e.Lineno}|{e.Offset}|{e.EndLineno}|{e.EndOffset}"; }
            bool expOk = !expected.StartsWith("ERR|"), mineOk = !mine.StartsWith("ERR|");
            if (expOk != mineOk) { acceptDiff++; report.Add($"accept differs: {JsonSerializer.Serialize(sources[i])}\n  cpython: {Cut(expected)}\n  taipan:  {Cut(mine)}"); }
            else if (expOk) { accepted++; if (expected != mine) { treeDiff++; report.Add($"tree differs: {JsonSerializer.Serialize(sources[i])}"); } }
            else { errTotal++; if (expected == mine) errSame++; }
        }
        _out.WriteLine($"{sources.Count} mutants: {accepted} accepted by both (trees differ: {treeDiff}), accept/reject disagreements: {acceptDiff}, identical errors {errSame} / {errTotal}");
        foreach (var r in report.Take(10)) _out.WriteLine(r);
        Assert.True(acceptDiff == 0 && treeDiff == 0, string.Join("\n", report.Take(5)));
    }

    private static string Cut(string s) => s.Length > 200 ? s[..200] + "..." : s;
}
