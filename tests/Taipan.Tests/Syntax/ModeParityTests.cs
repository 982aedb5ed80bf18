using System.Text.Json;
using Taipan.Syntax;
using Xunit;
using Xunit.Abstractions;
using AstDump = Taipan.Syntax.Ast.AstDump;

namespace Taipan.Tests.Syntax;

/// <summary>eval / single / func_type modes: dump or error identical to CPython's ast.parse(mode=...).</summary>
public class ModeParityTests
{
    private readonly ITestOutputHelper _out;
    public ModeParityTests(ITestOutputHelper output) { _out = output; }

    private static readonly (string Mode, string Source)[] Cases =
    {
        ("eval", "1"), ("eval", "  1"), ("eval", "x = 1"), ("eval", "1\n\n"), ("eval", "a if b else c"), ("eval", "*a"), ("eval", "*a, b"),
        ("eval", "yield x"), ("eval", "\n1"), ("eval", "1;"), ("eval", "lambda: 1"), ("eval", "(x := 1)"), ("eval", "x := 1"), ("eval", ""),
        ("eval", "# c"), ("eval", "1 # c\n"), ("eval", "1, 2,"),
        ("single", "x = 1"), ("single", "x = 1\ny = 2"), ("single", "if x:\n  pass\n"), ("single", "if x:\n  pass\n\n"), ("single", "1;2"),
        ("single", ""), ("single", "\n"), ("single", "x\n\n\n"), ("single", "def f(): pass"), ("single", "@d\nclass C: pass"), ("single", "  x"),
        ("func_type", "() -> int"), ("func_type", "(int, *str, **dict) -> None"), ("func_type", "(int) -> str\n"), ("func_type", "int -> str"),
        ("func_type", "(a=1) -> int"),
    };

    private const string Script = """
import ast, json, sys
out = []
for mode, src in json.load(sys.stdin):
    try:
        out.append(ast.dump(ast.parse(src, mode=mode), include_attributes=True))
    except SyntaxError as e:
        out.append('%s|%s|%s|%s|%s|%s' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
json.dump(out, sys.stdout)
""";

    private static string Mine(string mode, string src)
    {
        var m = mode switch { "eval" => ParseMode.Eval, "single" => ParseMode.Single, _ => ParseMode.FuncType };
        try { return AstDump.Dump(Parser.Parse(src, "<unknown>", m), true); }
        catch (PythonSyntaxError e) { return $"{e.TypeName}|{e.Msg}|{e.Lineno}|{e.Offset}|{e.EndLineno}|{e.EndOffset}"; }
    }

    [Fact]
    public void ModesMatchCPython()
    {
        if (CPython.Exe == null) { _out.WriteLine(CPython.SkipReason); return; }
        using var doc = CPython.RunJson(Script, JsonSerializer.Serialize(Cases.Select(c => new[] { c.Mode, c.Source })));
        var diffs = new List<string>();
        for (int i = 0; i < Cases.Length; i++)
        {
            string expected = doc.RootElement[i].GetString()!;
            string mine = Mine(Cases[i].Mode, Cases[i].Source);
            if (expected != mine) diffs.Add($"{Cases[i].Mode} {JsonSerializer.Serialize(Cases[i].Source)}\n  cpython: {expected}\n  taipan:  {mine}");
        }
        _out.WriteLine($"modes: identical {Cases.Length - diffs.Count} / {Cases.Length}");
        foreach (var d in diffs) _out.WriteLine(d);
        Assert.True(diffs.Count == 0, string.Join("\n", diffs));
    }
}
