using Taipan.Modules.Ast;
using Taipan.Runtime;
using Taipan.Syntax;
using AstDump = Taipan.Syntax.Ast.AstDump;
using ModBase = Taipan.Syntax.Ast.ModBase;
using Taipan.Tests.Syntax;
using Xunit.Abstractions;

namespace Taipan.Tests.Modules;

/// <summary>
/// Parser tree -> Python ast objects -> parser tree. The Python side must dump exactly as CPython's
/// ast.dump(include_attributes=True) does (the C# AstDump is at parity with CPython, see
/// Syntax/AstParityTests), and the tree converted back must dump the same as the parsed one.
/// </summary>
public class AstConversionTests
{
    readonly ITestOutputHelper _out;
    public AstConversionTests(ITestOutputHelper output) { _out = output; }

    static string? RoundTrip(string source, string filename, out string? pythonDump) =>
        RoundTrip(() => Parser.Parse(source, filename), out pythonDump);

    static string? RoundTrip(Func<ModBase> parse, out string? pythonDump)
    {
        pythonDump = null;
        ModBase mod;
        try { mod = parse(); }
        catch (PythonSyntaxError) { return null; }
        string expected = AstDump.Dump(mod, true);
        using var scope = AstTestSupport.Interp.Enter();
        var state = AstState.Current;
        var obj = AstToPython.Convert(state, mod);
        pythonDump = AstTestSupport.PyDump(state, obj);
        if (pythonDump != expected) return $"python objects: {FirstDifference(expected, pythonDump)}";
        var back = PythonToAst.ConvertMod(state, obj, "exec");
        string backDump = AstDump.Dump(back, true);
        if (backDump != expected) return $"converted back: {FirstDifference(expected, backDump)}";
        return "";
    }

    static string FirstDifference(string expected, string actual)
    {
        int i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i]) i++;
        int from = Math.Max(0, i - 80);
        return $"at {i}\n  expected: {expected.Substring(from, Math.Min(expected.Length, i + 80) - from)}\n  actual:   {actual.Substring(from, Math.Min(actual.Length, i + 80) - from)}";
    }

    [Fact]
    public void SmallModuleDumpsAsCPython()
    {
        // python3.12 -c "import ast; print(ast.dump(ast.parse('x = 1.5 + b\"\\x00\"'), include_attributes=True))"
        const string expected = "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=1.5, lineno=1, col_offset=4, end_lineno=1, end_col_offset=7), op=Add(), right=Constant(value=b'\\x00', lineno=1, col_offset=10, end_lineno=1, end_col_offset=17), lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])";
        Assert.Equal("", RoundTrip("x = 1.5 + b\"\\x00\"", "<s>", out var dump));
        Assert.Equal(expected, dump);
    }

    [Theory]
    [InlineData("def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    '''doc'''\n    return (yield from g)\n")]
    [InlineData("async def f():\n    async with a as b, c:\n        async for x in y:\n            await z\n")]
    [InlineData("@dec\nclass C[T: int, *Ts, **P](B, metaclass=M):\n    x: int = 1\n    type A[U] = list[U]\n")]
    [InlineData("try:\n    pass\nexcept* E as e:\n    raise X from e\nelse:\n    del a[1:2, ::3]\nfinally:\n    global g\n")]
    [InlineData("match p:\n    case {1: a, **rest} | [1, *_, 2] if a: pass\n    case C(x, y=[3j, -1-2j]) as q: pass\n    case None | True | 'ab' 'c' | b'd': pass\n")]
    [InlineData("x = [i for i in range(3) if i] + {k: v for k, v in d} | {*s} ^ (a := 1)\n")]
    [InlineData("f'{x!r:>{w}} {y=}' 'a'\nu'u'; 0x1F; 1_000_000_000_000_000_000_000; 1e300; 1j; 0.1; ...; None; b'\\xff'\n")]
    [InlineData("import a.b as c\nfrom .. import (d, e as f)\nfrom . x import *\nassert a, 'msg'\nwhile not a < b <= c is not d not in e: break\nelse: continue\n")]
    [InlineData("lambda *, k=1: (yield)\nx @= y; x //= 2; x **= -~+y; print(*a, **k)\n'\\ud800\\udc00'\n")]
    public void RoundTripKeepsEveryNode(string source)
    {
        Assert.Equal("", RoundTrip(source, "<s>", out _));
    }

    [Fact]
    public void StdlibAndCPythonTestsRoundTrip()
    {
        var files = new List<string>();
        var root = FindRepoRoot();
        var stdlib = root == null ? null : Path.Combine(root, "artifacts", "stdlib", "lib");
        if (stdlib != null && Directory.Exists(stdlib)) files.AddRange(Directory.GetFiles(stdlib, "*.py", SearchOption.AllDirectories));
        else _out.WriteLine("artifacts/stdlib/lib missing (run build/fetch-stdlib): only CPython's Lib/test used");
        if (CPython.LibDir != null) files.AddRange(Directory.GetFiles(Path.Combine(CPython.LibDir, "test"), "*.py"));
        if (files.Count == 0) { _out.WriteLine("no stdlib and no python3.12: round trip over files skipped"); return; }
        files.Sort(StringComparer.Ordinal);
        int same = 0, total = 0;
        var diffs = new List<string>();
        foreach (var f in files)
        {
            var bytes = File.ReadAllBytes(f);
            var r = RoundTrip(() => Parser.Parse(bytes, f), out _);
            if (r == null) continue; // not Python 3.12 syntax (CPython rejects it too)
            total++;
            if (r.Length == 0) same++;
            else diffs.Add(f + ": " + r);
        }
        _out.WriteLine($"round trip identical {same} / {total}");
        foreach (var d in diffs.Take(20)) _out.WriteLine(d);
        Assert.True(same == total, $"round trip identical {same} / {total}; first: {diffs.FirstOrDefault()}");
    }

    internal static string? FindRepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "Taipan.slnx"))) dir = Path.GetDirectoryName(dir);
        return dir;
    }
}
