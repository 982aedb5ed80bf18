using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>The C-level standard modules written in C#: the host calls RegisterAll once at start-up.</summary>
public static class StandardModules
{
    static int s_registered;

    public static void RegisterAll()
    {
        if (Interlocked.Exchange(ref s_registered, 1) != 0) return;
        Ast.AstModule.Register();
    }
}
