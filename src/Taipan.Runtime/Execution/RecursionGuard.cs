using Taipan.Runtime.Bytecode;
using System.Runtime.CompilerServices;

namespace Taipan.Runtime;

/// <summary>
/// Guards C#-level recursion (repr of nested containers, comparisons, calls from C# into Python) so
/// it raises RecursionError like CPython instead of overflowing the .NET stack.
/// </summary>
public readonly struct RecursionGuard : IDisposable
{
    [ThreadStatic] static int t_depth;

    /// <summary>C# recursion beyond this depth raises RecursionError even under a high sys.setrecursionlimit.</summary>
    const int HardLimit = 8000;

    public static RecursionGuard Enter(string where)
    {
        int d = ++t_depth;
        if (d > HardLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            t_depth--;
            throw PyException.RecursionError("maximum recursion depth exceeded" + where);
        }
        return default;
    }

    public static int Depth => t_depth;

    public void Dispose() => t_depth--;
}
