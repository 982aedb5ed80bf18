using System.Text;
using System.Text.Json;
using Taipan.Syntax;
using Taipan.Syntax.Tokens;
using Xunit;
using Xunit.Abstractions;

namespace Taipan.Tests.Syntax;

/// <summary>
/// Tokenizer.Tokenize against Python's tokenize.generate_tokens over CPython's lib/*.py:
/// (type, string, start, end) of every token must match.
/// </summary>
public class TokenizeParityTests
{
    private readonly ITestOutputHelper _out;
    public TokenizeParityTests(ITestOutputHelper output) { _out = output; }

    private const string Script = """
import io, json, sys, tokenize
out = {}
for path in sys.stdin.read().split('\n'):
    if not path: continue
    try:
        with tokenize.open(path) as f: src = f.read()
        out[path] = [[t.type, t.string, t.start[0], t.start[1], t.end[0], t.end[1]] for t in tokenize.generate_tokens(io.StringIO(src).readline)]
    except Exception:
        out[path] = None
json.dump(out, sys.stdout)
""";

    [Fact]
    public void StdlibTokensMatchCPython()
    {
        if (CPython.Exe == null || CPython.LibDir == null) { _out.WriteLine(CPython.SkipReason); return; }
        var files = Directory.GetFiles(CPython.LibDir, "*.py").OrderBy(f => f, StringComparer.Ordinal).ToList();
        // Python's tokenize is slow: every third file by default, all with TAIPAN_PARITY_ALL=1.
        if (Environment.GetEnvironmentVariable("TAIPAN_PARITY_ALL") != "1")
            files = files.Where((_, i) => i % 3 == 0).ToList();
        using var doc = CPython.RunJson(Script, string.Join("\n", files));
        int same = 0, total = 0;
        var diffs = new List<string>();
        foreach (var path in files)
        {
            var expected = doc.RootElement.GetProperty(path);
            if (expected.ValueKind == JsonValueKind.Null) continue;
            total++;
            string src = Encoding.UTF8.GetString(File.ReadAllBytes(path));
            if (src.Length > 0 && src[0] == '\uFEFF') src = src.Substring(1);
            var mine = new List<TokenInfo>();
            try { mine.AddRange(Tokenizer.Tokenize(src)); }
            catch (PythonSyntaxError e) { diffs.Add($"{path}: {e.Message}"); continue; }
            string? diff = null;
            int n = expected.GetArrayLength();
            for (int i = 0; i < Math.Max(n, mine.Count) && diff == null; i++)
            {
                if (i >= n || i >= mine.Count) { diff = $"token count {mine.Count} vs {n}"; break; }
                var e = expected[i];
                var m = mine[i];
                string es = $"{(TokenKind)e[0].GetInt32()} {JsonSerializer.Serialize(e[1].GetString())} ({e[2]}, {e[3]}) ({e[4]}, {e[5]})";
                string ms = $"{m.Type} {JsonSerializer.Serialize(m.String)} ({m.StartRow}, {m.StartCol}) ({m.EndRow}, {m.EndCol})";
                if (es != ms) diff = $"token {i}: cpython {es} / taipan {ms}";
            }
            if (diff == null) same++; else diffs.Add($"{path}: {diff}");
        }
        _out.WriteLine($"tokenize lib/*.py: identical {same} / {total}");
        foreach (var d in diffs.Take(20)) _out.WriteLine(d);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "taipan_tokenize.txt"), $"identical {same} / {total}\n" + string.Join("\n", diffs));
        Assert.True(same == total, $"identical {same} / {total}; first: {diffs.FirstOrDefault()}");
    }
}
