using Taipan.Runtime;
using Taipan.Syntax.Ast;

namespace Taipan.Compiler.CodeGen;

// The match statement (PEP 634), after CPython's compiler_match and compiler_pattern_*.
internal sealed partial class CodeGenerator
{
    public override void VisitMatch(Match node) => throw PyException.SystemError("match statements are not supported yet");
}
