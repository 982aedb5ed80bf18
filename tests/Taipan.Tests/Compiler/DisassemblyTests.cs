using Taipan.Compiler;
using Taipan.Runtime;
using Taipan.Runtime.Bytecode;
using Xunit;

namespace Taipan.Tests.Compiler;

/// <summary>Instruction sequences and code-object metadata of small functions (CPython 3.12's shape).</summary>
public class DisassemblyTests
{
    static PyCode Function(string source, int index = 0)
    {
        var module = PythonCompiler.Compile(source, "<test>", CompileMode.Exec);
        int seen = 0;
        foreach (var c in module.Constants)
            if (c is PyCode code && seen++ == index) return code;
        throw new InvalidOperationException("no function");
    }

    static string[] Text(PyCode code)
    {
        var r = new string[code.Instructions.Length];
        for (int i = 0; i < r.Length; i++) r[i] = Instr.ToText(code.Instructions[i]);
        return r;
    }

    [Fact]
    public void AddFunction()
    {
        var f = Function("def f(a, b):\n    return a + b\n");
        Assert.Equal(new[] { "RESUME 0", "LOAD_FAST 0", "LOAD_FAST 1", "BINARY_OP 0", "RETURN_VALUE" }, Text(f));
        Assert.Equal(2, f.ArgCount);
        Assert.Equal(CodeFlags.Optimized | CodeFlags.NewLocals, f.Flags);
        Assert.Equal("f", f.QualName);
        Assert.Equal(2, f.StackSize);
    }

    [Fact]
    public void GeneratorPrologueAndStopIterationHandler()
    {
        // CPython 3.12: RETURN_GENERATOR, POP_TOP, RESUME 0, LOAD_FAST 0, YIELD_VALUE 1, RESUME 1,
        // POP_TOP, RETURN_CONST None, then CALL_INTRINSIC_1 3 / RERAISE 1 as the handler of 2..8.
        var g = Function("def g(x):\n    yield x\n");
        Assert.Equal(new[] { "RETURN_GENERATOR", "POP_TOP", "RESUME 0", "LOAD_FAST 0", "YIELD_VALUE 1", "RESUME 1",
            "POP_TOP", "RETURN_CONST 0", "CALL_INTRINSIC_1 3", "RERAISE 1" }, Text(g));
        Assert.Equal(CodeFlags.Optimized | CodeFlags.NewLocals | CodeFlags.Generator, g.Flags);
        var e = Assert.Single(g.ExceptionTable);
        Assert.Equal(new ExceptionTableEntry(2, 8, 8, 0, true), e);
    }

    [Fact]
    public void ClosureLayout()
    {
        // co_varnames ('a', 'g'), co_cellvars ('a', 'b'), inner co_freevars ('a', 'b'), qualname f.<locals>.g
        var f = Function("def f(a):\n    b = 1\n    def g():\n        return a + b\n    return g\n");
        Assert.Equal(new[] { "a", "g", "b" }, Array.ConvertAll(f.LocalsPlusNames, n => n.Value));
        Assert.Equal(LocalKind.Local | LocalKind.Cell, f.LocalsPlusKinds[0]);
        Assert.Equal(LocalKind.Local, f.LocalsPlusKinds[1]);
        Assert.Equal(LocalKind.Cell, f.LocalsPlusKinds[2]);
        PyCode? g = null;
        foreach (var c in f.Constants) if (c is PyCode code) g = code;
        Assert.NotNull(g);
        Assert.Equal("f.<locals>.g", g!.QualName);
        Assert.Equal(2, g.NFree);
        Assert.Equal(CodeFlags.Optimized | CodeFlags.NewLocals | CodeFlags.Nested, g.Flags);
    }
}
