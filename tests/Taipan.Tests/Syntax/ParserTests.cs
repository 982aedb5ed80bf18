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

/// <summary>ast.parse(..., type_comments=True) cases, expected text from CPython 3.12.</summary>
public class TypeCommentTests
{
    [Theory]
    [InlineData("x = 1  # type: int\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1), type_comment='int')], type_ignores=[])")]
    [InlineData("def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass\n", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', type_comment='int'), arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], type_comment='(...) -> None', type_params=[])], type_ignores=[])")]
    [InlineData("for x in y:  # type: int\n  pass\n", "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[], type_comment='int')], type_ignores=[])")]
    [InlineData("with a as b:  # type: int\n  pass\n", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()], type_comment='int')], type_ignores=[])")]
    [InlineData("import x  # type: ignore[foo]\n", "Module(body=[Import(names=[alias(name='x')])], type_ignores=[TypeIgnore(lineno=1, tag='[foo]')])")]
    [InlineData("def f(a): # type: (int) -> None\n  pass\n", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], type_comment='(int) -> None', type_params=[])], type_ignores=[])")]
    [InlineData("x = 1  #type:int  \n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1), type_comment='int  ')], type_ignores=[])")]
    [InlineData("x = 1 # type: ignore\n# type: ignore\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[TypeIgnore(lineno=1, tag=''), TypeIgnore(lineno=2, tag='\\n')])")]
    [InlineData("def f(a  # type: int\n): pass\n", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', type_comment='int')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], type_params=[])], type_ignores=[])")]
    public void TypeCommentsMatchCPython(string source, string expected)
    {
        var tree = Parser.Parse(source, options: new ParseOptions { TypeComments = true });
        Assert.Equal(expected, AstDump.Dump(tree));
    }

    [Fact]
    public void MisplacedTypeCommentIsInvalidSyntax()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Parser.Parse("x + 1  # type: int\n", options: new ParseOptions { TypeComments = true }));
        Assert.Equal(("invalid syntax", 1, 16, 1, 19), (e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset));
        // Without the option they are plain comments.
        Assert.NotNull(Parser.Parse("x + 1  # type: int\n"));
    }
}
