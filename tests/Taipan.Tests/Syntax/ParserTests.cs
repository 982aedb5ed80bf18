using Taipan.Syntax;
using Xunit;
using AstDump = Taipan.Syntax.Ast.AstDump;

namespace Taipan.Tests.Syntax;

/// <summary>Focused cases: source -> ast.dump text recorded from CPython 3.12 (ParserCases.g.cs).</summary>
public class ParserTests
{
    public static IEnumerable<object[]> Cases()
    {
        for (int i = 0; i < ParserCases.All.Length; i++) yield return new object[] { i };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DumpMatchesCPython(int index)
    {
        var (source, expected) = ParserCases.All[index];
        Assert.Equal(expected, AstDump.Dump(Parser.Parse(source), true));
    }

    [Fact]
    public void BytesInputHonoursCodingCookie()
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes("# coding: latin-1\nx = 'E'\n");
        bytes[^3] = 0xE9;
        Assert.Equal("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='é'))], type_ignores=[])", AstDump.Dump(Parser.Parse(bytes)));
    }

    [Fact]
    public void BytesInputSkipsUtf8Bom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'x', (byte)'\n' };
        Assert.Equal("Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])", AstDump.Dump(Parser.Parse(bytes)));
    }

    [Fact]
    public void InvalidUtf8IsASyntaxError()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Parser.Parse(new byte[] { (byte)'x', (byte)'=', 0xFF, (byte)'\n' }));
        Assert.Equal(SyntaxErrorKind.SyntaxError, e.Kind);
    }

    [Fact]
    public void EvalAndSingleModes()
    {
        Assert.Equal("Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Constant(value=1)))", AstDump.Dump(Parser.Parse("a + 1", mode: ParseMode.Eval)));
        Assert.Equal("Interactive(body=[Expr(value=Name(id='x', ctx=Load()))])", AstDump.Dump(Parser.Parse("x\n", mode: ParseMode.Single)));
        Assert.Equal("FunctionType(argtypes=[Name(id='int', ctx=Load())], returns=Name(id='str', ctx=Load()))", AstDump.Dump(Parser.Parse("(int) -> str", mode: ParseMode.FuncType)));
    }

    [Fact]
    public void InvalidEscapesAreReportedAsWarnings()
    {
        var r = Parser.ParseWithWarnings("x = '\\d'");
        Assert.Contains(r.Warnings, w => w.Category == "DeprecationWarning" && w.Message == "invalid escape sequence '\\d'");
    }

    [Fact]
    public void DeepNestingFailsCleanly()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Parser.Parse(new string('-', 100000) + "1"));
        Assert.Equal(SyntaxErrorKind.RecursionError, e.Kind);
        var p = Assert.Throws<PythonSyntaxError>(() => Parser.Parse(new string('(', 300) + new string(')', 300)));
        Assert.Equal("too many nested parentheses", p.Msg);
        Assert.NotNull(Parser.Parse(string.Concat(Enumerable.Repeat("not ", 2000)) + "x"));
    }
}
