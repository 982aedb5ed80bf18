using Taipan.Compiler.CodeGen;
using Taipan.Compiler.Symbols;
using Taipan.Runtime;
using Taipan.Runtime.Bytecode;
using Taipan.Syntax.Ast;

namespace Taipan.Compiler;

/// <summary>The three modes of compile(): a module, a single expression, one interactive statement.</summary>
public enum CompileMode { Exec, Eval, Single }

/// <summary>compile() flags the compiler understands (CPython's PyCF_* values).</summary>
public static class CompileFlags
{
    public const int OnlyAst = 0x0400;
    public const int AllowTopLevelAwait = 0x2000;
    /// <summary>Mask of the __future__ flags that compile() passes on (CO_FUTURE_*).</summary>
    public const int FutureMask = 0x1FE0000;
}

/// <summary>Compiles a Python AST (or source) to a code object.</summary>
public static class PythonCompiler
{
    /// <summary>Compiles an AST. <paramref name="optimize"/> 1 drops asserts and makes __debug__ False; 2 also drops docstrings.</summary>
    public static PyCode Compile(ModBase module, string filename, CompileMode mode, int flags = 0, int optimize = 0) =>
        Compile(module, filename, mode, flags, optimize, null);

    /// <summary>Makes this compiler the one the runtime uses for compile()/exec()/eval()/import.</summary>
    public static void Register() => Interpreter.Compiler = static (source, filename, mode, flags, optimize) =>
        Compile(source, filename, mode switch
        {
            "eval" => CompileMode.Eval,
            "single" => CompileMode.Single,
            "exec" => CompileMode.Exec,
            _ => throw PyException.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
        }, flags, optimize);

    /// <summary>Parses and compiles source text.</summary>
    public static PyCode Compile(string source, string filename, CompileMode mode, int flags = 0, int optimize = 0)
    {
        ModBase mod;
        try
        {
            mod = Syntax.Parser.Parse(source, filename, mode switch
            {
                CompileMode.Eval => Syntax.ParseMode.Eval,
                CompileMode.Single => Syntax.ParseMode.Single,
                _ => Syntax.ParseMode.Exec,
            });
        }
        catch (Syntax.PythonSyntaxError e)
        {
            throw ToPyException(e);
        }
        return Compile(mod, filename, mode, flags, optimize, source);
    }

    /// <summary>The Python exception (SyntaxError, IndentationError, TabError, RecursionError) for a parser error.</summary>
    public static PyException ToPyException(Syntax.PythonSyntaxError e)
    {
        BuiltinTypes.EnsureInitialized();
        if (e.Kind == Syntax.SyntaxErrorKind.RecursionError) return PyException.RecursionError(e.Msg);
        var type = e.Kind switch
        {
            Syntax.SyntaxErrorKind.IndentationError => PyExc.IndentationError,
            Syntax.SyntaxErrorKind.TabError => PyExc.TabError,
            _ => PyExc.SyntaxError,
        };
        return CompileErrors.Make(type, e.Msg, e.Filename, e.Lineno, e.Offset, e.Text, e.EndLineno, e.EndOffset);
    }

    internal static PyCode Compile(ModBase module, string filename, CompileMode mode, int flags, int optimize, string? source)
    {
        BuiltinTypes.EnsureInitialized();
        if (optimize < 0) optimize = 0;
        var errors = new CompileErrors(filename, source);
        var st = new SymbolTable(errors) { AllowTopLevelAwait = (flags & CompileFlags.AllowTopLevelAwait) != 0 };
        var futureFlags = (CodeFlags)(flags & CompileFlags.FutureMask);
        var allowed = new HashSet<ImportFrom>(ReferenceEqualityComparer.Instance);
        if (module is Module m) futureFlags |= ScanFuture(m.Body, allowed);
        else if (module is Interactive i) futureFlags |= ScanFuture(i.Body, allowed);
        if ((futureFlags & CodeFlags.FutureAnnotations) != 0) st.FutureAnnotations = true;
        st.Run(module);
        var gen = new CodeGenerator(st, errors, filename, source, optimize, module is Interactive || mode == CompileMode.Single && module is not Module,
            futureFlags);
        foreach (var a in allowed) gen._futureAllowed.Add(a);
        using var guard = RecursionGuard.Enter(" during compilation");
        return gen.CompileModule(module);
    }

    /// <summary>Finds the leading from __future__ imports (after an optional docstring) and their flags.</summary>
    static CodeFlags ScanFuture(List<StmtBase> body, HashSet<ImportFrom> allowed)
    {
        CodeFlags flags = 0;
        int i = 0;
        if (body.Count > 0 && body[0] is Expr { Value: Constant { Value: string } }) i = 1;
        for (; i < body.Count; i++)
        {
            if (body[i] is not ImportFrom { Module: "__future__" } f) break;
            allowed.Add(f);
            foreach (var a in f.Names)
            {
                flags |= a.Name switch
                {
                    "annotations" => CodeFlags.FutureAnnotations,
                    "barry_as_FLUFL" => CodeFlags.FutureBarryAsBdfl,
                    "generator_stop" => CodeFlags.FutureGeneratorStop,
                    "division" => CodeFlags.FutureDivision,
                    "absolute_import" => CodeFlags.FutureAbsoluteImport,
                    "with_statement" => CodeFlags.FutureWithStatement,
                    "print_function" => CodeFlags.FuturePrintFunction,
                    "unicode_literals" => CodeFlags.FutureUnicodeLiterals,
                    _ => 0,
                };
            }
        }
        return flags;
    }
}
