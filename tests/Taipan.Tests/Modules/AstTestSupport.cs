using System.Text;
using Taipan.Compiler;
using Taipan.Modules;
using Taipan.Modules.Ast;
using Taipan.Runtime;

namespace Taipan.Tests.Modules;

/// <summary>One interpreter with the compiler and the C# modules registered, shared by the _ast tests.</summary>
internal static class AstTestSupport
{
    static readonly Lazy<Interpreter> s_interp = new(() =>
    {
        PythonCompiler.Register();
        StandardModules.RegisterAll();
        return new Interpreter();
    });

    public static Interpreter Interp => s_interp.Value;

    /// <summary>What ast.dump(node, include_attributes=True) prints, computed on the Python objects the way ast.py does.</summary>
    public static string PyDump(AstState state, PyObject node)
    {
        var sb = new StringBuilder();
        Format(state, node, sb);
        return sb.ToString();
    }

    static void Format(AstState state, PyObject node, StringBuilder sb)
    {
        if (Ops.IsInstance(node, state.AstType))
        {
            var cls = node.Type;
            sb.Append(cls.Name).Append('(');
            bool first = true;
            void Part(string names)
            {
                foreach (var n in Ops.ToArray(Ops.GetAttr(cls, names)))
                {
                    var name = (PyStr)n;
                    var value = Ops.TryGetAttr(node, name);
                    if (value == null) continue;
                    if (value is PyNone && Ops.TryGetAttr(cls, name) is PyNone) continue;
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(name.Value).Append('=');
                    Format(state, value, sb);
                }
            }
            Part("_fields");
            Part("_attributes");
            sb.Append(')');
            return;
        }
        if (node is PyList list)
        {
            sb.Append('[');
            for (int i = 0; i < list.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                Format(state, list.Items[i], sb);
            }
            sb.Append(']');
            return;
        }
        sb.Append(Ops.Repr(node).Value);
    }
}
