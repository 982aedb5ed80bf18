using Taipan.Compiler;
using Taipan.Runtime;
using Taipan.Syntax;
using Taipan.Syntax.Ast;

namespace Taipan.Modules.Ast;

/// <summary>compile()'s AST paths (CPython's builtin_compile_impl): source to tree, tree to tree or to code.</summary>
static class AstCompile
{
    /// <summary>The result of compile(), or null when it is an ordinary source compile for the VM's compiler.</summary>
    public static PyObject? Compile(PyObject source, string filename, string mode, int flags, int optimize)
    {
        bool onlyAst = (flags & AstModule.PyCF_ONLY_AST) != 0;
        bool isText = source is PyStr || source.Type == PyBytes.TypeObject || source.Type == PyByteArray.TypeObject;
        if (isText)
        {
            if (!onlyAst)
            {
                if (mode == "func_type") throw PyException.ValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
                return null;
            }
            var tree = Parse(source, filename, mode, flags);
            return AstToPython.Convert(AstState.Current, tree);
        }
        if (source is not PyInstance) return null;
        var state = AstState.Current;
        if (!Ops.IsInstance(source, state.AstType)) return null;
        if (onlyAst) return source;
        var mod = PythonToAst.ConvertMod(state, source, mode);
        return PythonCompiler.Compile(mod, filename, mode switch
        {
            "eval" => CompileMode.Eval,
            "single" => CompileMode.Single,
            _ => CompileMode.Exec,
        }, flags, optimize);
    }

    static ModBase Parse(PyObject source, string filename, string mode, int flags)
    {
        var parseMode = mode switch
        {
            "eval" => ParseMode.Eval,
            "single" => ParseMode.Single,
            "func_type" => ParseMode.FuncType,
            _ => ParseMode.Exec,
        };
        var options = (flags & AstModule.PyCF_TYPE_COMMENTS) != 0 ? new ParseOptions { TypeComments = true } : null;
        try
        {
            if (source is PyStr s) return Parser.Parse(s.Value, filename, parseMode, options);
            byte[] bytes = source is PyBytes b ? b.Span.ToArray() : ((PyByteArray)source).ReadOnlyBytes.ToArray();
            return Parser.Parse(bytes, filename, parseMode, options);
        }
        catch (PythonSyntaxError e)
        {
            throw PythonCompiler.ToPyException(e);
        }
    }
}
