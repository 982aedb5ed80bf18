namespace Taipan.Runtime;

/// <summary>
/// How compile() reaches the <c>_ast</c> module (Taipan.Modules sits above the runtime and sets these when
/// its modules are registered). The runtime holds AST nodes as plain objects (Taipan.Syntax.Ast.ModBase).
/// </summary>
public static class CompileHooks
{
    /// <summary>A parsed module (Taipan.Syntax.Ast.ModBase) as Python <c>ast</c> objects.</summary>
    public static Func<object, PyObject>? AstToPython;

    /// <summary>Python <c>ast</c> objects to a checked ModBase for the given compile mode; raises CPython's errors.</summary>
    public static Func<PyObject, string, object>? PythonToAst;

    /// <summary>
    /// compile()'s AST paths: source with PyCF_ONLY_AST gives the tree, an AST object gives the tree back
    /// (PyCF_ONLY_AST) or its code. Arguments: source, filename, mode, flags, optimize. Returns null when the
    /// call is an ordinary source compile.
    /// </summary>
    public static Func<PyObject, string, string, int, int, PyObject?>? Compile;
}
