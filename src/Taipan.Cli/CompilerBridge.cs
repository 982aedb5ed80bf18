using Taipan.Compiler;
using Taipan.Runtime;
using Taipan.Syntax;
using Taipan.Syntax.Ast;

namespace Taipan.Cli;

/// <summary>
/// Connects the front end to the runtime: the parser feeds the compiler, syntax errors become Python
/// SyntaxError exceptions, and the traceback printer gets caret anchors from the parser.
/// </summary>
public static class CompilerBridge
{
    static bool s_installed;

    public static void Install()
    {
        if (s_installed) return;
        s_installed = true;
        Taipan.Modules.StandardModules.RegisterAll();
        Interpreter.Compiler = static (source, filename, mode, flags, optimize) =>
            PythonCompiler.Compile(source, filename, mode switch
            {
                "eval" => CompileMode.Eval,
                "single" => CompileMode.Single,
                _ => CompileMode.Exec,
            }, flags, optimize);
        TracebackPrinter.AnchorFinder = FindAnchors;
    }

    static ModBase Parse(string source, string filename, CompileMode mode)
    {
        try
        {
            return Parser.Parse(source, filename, mode switch
            {
                CompileMode.Eval => ParseMode.Eval,
                CompileMode.Single => ParseMode.Single,
                _ => ParseMode.Exec,
            });
        }
        catch (PythonSyntaxError e)
        {
            throw ToPyException(e);
        }
    }

    /// <summary>The Python SyntaxError (IndentationError, TabError) for a parser error, with CPython's fields.</summary>
    public static PyException ToPyException(PythonSyntaxError e)
    {
        if (e.Kind == SyntaxErrorKind.RecursionError) return PyException.RecursionError(e.Msg);
        var type = e.Kind switch
        {
            SyntaxErrorKind.IndentationError => PyExc.IndentationError,
            SyntaxErrorKind.TabError => PyExc.TabError,
            _ => PyExc.SyntaxError,
        };
        PyObject text = e.Text == null ? PyNone.Instance : new PyStr(e.Text);
        PyObject lineno = e.Lineno <= 0 && e.Text == null ? PyNone.Instance : PyInt.Get(e.Lineno);
        PyObject offset = e.Offset <= 0 && e.Text == null ? PyNone.Instance : PyInt.Get(e.Offset);
        PyObject endLineno = PyInt.Get(e.EndLineno);
        PyObject endOffset = PyInt.Get(e.EndOffset);
        var exc = PyBaseException.Create(type, new PyStr(e.Msg),
            PyTuple.Create(new PyStr(e.Filename), lineno, offset, text, endLineno, endOffset));
        exc.SetAttribute("msg", new PyStr(e.Msg));
        exc.SetAttribute("filename", new PyStr(e.Filename));
        exc.SetAttribute("lineno", lineno);
        exc.SetAttribute("offset", offset);
        exc.SetAttribute("text", text);
        exc.SetAttribute("end_lineno", endLineno);
        exc.SetAttribute("end_offset", endOffset);
        exc.SetAttribute("print_file_and_line", PyNone.Instance);
        return new PyException(exc);
    }

    /// <summary>BinOp / Subscript anchors of a one-line segment, as CPython's traceback printer finds them.</summary>
    static CaretAnchors? FindAnchors(string segment)
    {
        ModBase tree;
        try { tree = Parser.Parse(segment, "<anchors>", ParseMode.Exec); }
        catch (PythonSyntaxError) { return null; }
        catch (PyException) { return null; }
        if (tree is not Module m || m.Body.Count != 1 || m.Body[0] is not Expr stmt) return null;
        var bytes = System.Text.Encoding.UTF8.GetBytes(segment);
        int CharAt(int byteOffset) => System.Text.Encoding.UTF8.GetCharCount(bytes, 0, Math.Clamp(byteOffset, 0, bytes.Length));
        switch (stmt.Value)
        {
            case BinOp b:
                {
                    int leftEnd = CharAt(b.Left.EndColOffset), rightStart = CharAt(b.Right.ColOffset);
                    for (int i = leftEnd; i < rightStart; i++)
                    {
                        if (char.IsWhiteSpace(segment[i])) continue;
                        int l = i, r = i + 1;
                        if (i + 1 < rightStart && !char.IsWhiteSpace(segment[i + 1])) r++;
                        if (i + 1 < rightStart && segment[i] == ')') continue;
                        return new CaretAnchors(l, r, '~', '^');
                    }
                    return null;
                }
            case Subscript s:
                {
                    int left = CharAt(s.Value.EndColOffset), right = CharAt(s.Slice.EndColOffset) + 1;
                    int len = segment.Length;
                    while (left < len && segment[left] != '[') left++;
                    while (right < len && segment[right] != ']') right++;
                    if (right < len) right++;
                    return new CaretAnchors(left, right, '~', '^');
                }
        }
        return null;
    }
}
