using System.Text;
using Taipan.Compiler.Symbols;
using Taipan.Syntax;
using Xunit;

namespace Taipan.Tests.Compiler;

/// <summary>
/// Symbol tables of tricky programs, compared with CPython 3.12's symtable module (the expected
/// text lists each scope's symbols with their resolved scope, as symtable's internal scope field
/// gives them; inlined comprehensions are spliced into their parent as CPython does).
/// </summary>
public class SymbolTableTests
{
    static string Dump(string source)
    {
        var st = SymbolTable.Build(Parser.Parse(source, "<s>"), "<s>", source);
        var sb = new StringBuilder();
        Dump(st.Top, "", sb);
        return sb.ToString().TrimEnd('\n');
    }

    static string TypeName(BlockType t) => t switch
    {
        BlockType.Module => "module",
        BlockType.Class => "class",
        BlockType.Function => "function",
        BlockType.Annotation => "annotation",
        BlockType.TypeVarBound => "TypeVar bound",
        BlockType.TypeAlias => "type alias",
        _ => "type parameter",
    };

    static void Dump(Scope s, string indent, StringBuilder sb)
    {
        var names = new List<string>(s.Symbols.Keys);
        names.Sort(string.CompareOrdinal);
        sb.Append(indent).Append(TypeName(s.Type)).Append(' ').Append(s.Name);
        foreach (var n in names) sb.Append(' ').Append(n).Append(':').Append(s.GetScope(n));
        sb.Append('\n');
        DumpChildren(s, indent + "  ", sb);
    }

    static void DumpChildren(Scope s, string indent, StringBuilder sb)
    {
        foreach (var c in s.Children)
        {
            if (c.CompInlined) DumpChildren(c, indent, sb);
            else Dump(c, indent, sb);
        }
    }

    [Theory]
    [InlineData("def f(a):\n    b = 1\n    def g():\n        nonlocal b\n        return a + b + c\n    return g\n",
        "module top f:Local\n  function f a:Cell b:Cell g:Local\n    function g a:Free b:Free c:GlobalImplicit")]
    [InlineData("class C:\n    x = 1\n    def m(self):\n        return super().m() + x\n",
        "module top C:Local\n  class C m:Local x:Local\n    function m __class__:Free self:Local super:GlobalImplicit x:GlobalImplicit")]
    [InlineData("def f(xs):\n    y = 2\n    return [lambda: x + y for x in xs]\n",
        "module top f:Local\n  function f x:Cell xs:Local y:Cell\n    function lambda x:Free y:Free")]
    [InlineData("def f(xs):\n    return [(t := x) for x in xs], t\n",
        "module top f:Local\n  function f t:Local x:Local xs:Local")]
    [InlineData("def f(xs):\n    return (x for x in xs if x)\n",
        "module top f:Local\n  function f xs:Local\n    function genexpr .0:Local x:Local")]
    [InlineData("def f():\n    x = 1\n    class C:\n        x = 2\n        def g(self):\n            return x\n    return C\n",
        "module top f:Local\n  function f C:Local x:Cell\n    class C g:Local x:Local\n      function g self:Local x:Free")]
    [InlineData("x = 1\ndef f():\n    global x\n    x = 2\n    def g():\n        return x\n",
        "module top f:Local x:GlobalExplicit\n  function f g:Local x:GlobalExplicit\n    function g x:GlobalImplicit")]
    public void ScopesMatchCPython(string source, string expected) => Assert.Equal(expected, Dump(source));

    [Theory]
    [InlineData("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3)]
    [InlineData("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3)]
    [InlineData("def f(x):\n    global x\n", "name 'x' is parameter and global", 2)]
    [InlineData("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2)]
    [InlineData("nonlocal x\n", "nonlocal declaration not allowed at module level", 1)]
    [InlineData("def f():\n    from m import *\n", "import * only allowed at module level", 2)]
    [InlineData("def f(a, a):\n    pass\n", "duplicate argument 'a' in function definition", 1)]
    [InlineData("class C:\n    [(y := 1) for x in z]\n", "assignment expression within a comprehension cannot be used in a class body", 2)]
    [InlineData("[(x := 1) for x in z]\n", "assignment expression cannot rebind comprehension iteration variable 'x'", 1)]
    [InlineData("x = yield\n", "'yield' outside function", 1)]
    [InlineData("def f():\n    [(yield) for x in y]\n", "'yield' inside list comprehension", 2)]
    [InlineData("def f():\n    await x\n", "'await' outside async function", 2)]
    public void SymbolTableErrors(string source, string message, int lineno)
    {
        var e = Assert.Throws<Taipan.Runtime.PyException>(() => SymbolTable.Build(Parser.Parse(source, "<s>"), "<s>", source));
        Assert.Equal(message, ((Taipan.Runtime.PyStr)e.Value.GetAttribute("msg")!).Value);
        Assert.Equal(lineno.ToString(), Taipan.Runtime.Ops.ReprString(e.Value.GetAttribute("lineno")!));
    }
}
