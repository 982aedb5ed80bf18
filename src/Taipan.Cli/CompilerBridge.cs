using Taipan.Compiler;
using Taipan.Runtime;
using Taipan.Syntax;
using Taipan.Syntax.Ast;

namespace Taipan.Cli;

/// <summary>
/// Connects the front end to the runtime: the compiler becomes the runtime's compile hook, and the
/// traceback printer gets caret anchors from the parser.
/// </summary>
public static class CompilerBridge
{
    static bool s_installed;

    public static void Install()
    {
        if (s_installed) return;
        s_installed = true;
        Taipan.Modules.StandardModules.RegisterAll();
        PythonCompiler.Register();
        TracebackPrinter.AnchorFinder = FindAnchors;
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
