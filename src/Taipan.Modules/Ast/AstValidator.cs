using Taipan.Runtime;
using Taipan.Syntax.Ast;

namespace Taipan.Modules.Ast;

/// <summary>CPython's Python/ast.c validator: the checks compile() makes on a tree built by hand.</summary>
static class AstValidator
{
    public static void Validate(ModBase mod)
    {
    }
}
