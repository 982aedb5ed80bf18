using System.Text.Json;
using Taipan.Syntax;
using Xunit;
using Xunit.Abstractions;
using AstDump = Taipan.Syntax.Ast.AstDump;

namespace Taipan.Tests.Syntax;

/// <summary>Source given as bytes (BOM, coding cookies, bad UTF-8): same tree or error as CPython's ast.parse(bytes).</summary>
public class BytesParityTests
{
    private readonly ITestOutputHelper _out;
    public BytesParityTests(ITestOutputHelper output) { _out = output; }

    private static readonly byte[][] Cases =
    {
        B("x = \"b", 0xf6, "se\"\n"), B("# ", 0xf6, "\nx = 1\n"), B("x", 0xf6, " = 1\n"), B("x = 1\ny = b\"", 0xff, "\"\n"),
        B("", 0xef, 0xbb, 0xbf, "x = 1\n"), B("# coding: latin-1\nx = \"", 0xf6, "\"\n"), B("# coding: foo\nx = 1\n"),
        B("", 0xef, 0xbb, 0xbf, "# coding: latin-1\nx=1\n"), B("x = 1\n", 0xff, "\n"), B("x = \"", 0xe4, 0xb8, "\"\n"), B("x = \"a", 0xe4, "x\"\n"),
        B("s = '", 0xc3, "'"), B("# -*- coding: cp1252 -*-\nx = \"", 0x80, "\"\n"), B("#!/usr/bin/env python\n# vim: set fileencoding=koi8-r :\ns = '", 0xc1, "'\n"),
    };

    private static byte[] B(params object[] parts)
    {
        var list = new List<byte>();
        foreach (var p in parts)
        {
            if (p is string s) list.AddRange(System.Text.Encoding.ASCII.GetBytes(s));
            else list.Add(Convert.ToByte(p));
        }
        return list.ToArray();
    }

    private const string Script = """
import ast, base64, json, sys
out = []
for b64 in json.load(sys.stdin):
    try:
        out.append(ast.dump(ast.parse(base64.b64decode(b64)), include_attributes=True))
    except SyntaxError as e:
        out.append('%s|%s|%s|%s' % (type(e).__name__, e.msg, e.lineno, e.offset))
json.dump(out, sys.stdout)
""";

    [Fact]
    public void BytesMatchCPython()
    {
        if (CPython.Exe == null) { _out.WriteLine(CPython.SkipReason); return; }
        using var doc = CPython.RunJson(Script, JsonSerializer.Serialize(Cases.Select(Convert.ToBase64String)));
        var diffs = new List<string>();
        for (int i = 0; i < Cases.Length; i++)
        {
            string expected = doc.RootElement[i].GetString()!;
            string mine;
            try { mine = AstDump.Dump(Parser.Parse(Cases[i]), true); }
            catch (PythonSyntaxError e) { mine = $"{e.TypeName}|{e.Msg}|{e.Lineno}|{e.Offset}"; }
            if (expected != mine) diffs.Add($"{Convert.ToHexString(Cases[i])}\n  cpython: {expected}\n  taipan:  {mine}");
        }
        _out.WriteLine($"bytes: identical {Cases.Length - diffs.Count} / {Cases.Length}");
        Assert.True(diffs.Count == 0, string.Join("\n", diffs));
    }
}
