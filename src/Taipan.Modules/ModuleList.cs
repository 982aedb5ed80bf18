using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>
/// Registers every C# module of this assembly with <see cref="ModuleRegistry"/>. Hosts (the CLI, the
/// wasm build, embedders) call <see cref="RegisterAll"/> once before creating an interpreter.
/// Keep one line per module, sorted by module name.
/// </summary>
public static class StandardModules
{
    static int s_registered;

    public static void RegisterAll()
    {
        if (Interlocked.Exchange(ref s_registered, 1) != 0) return;
        Ast.AstModule.Register();
        CodecsModule.InstallRuntimeHooks();
        ModuleRegistry.Register("binascii", BinasciiModule.Create);
        ModuleRegistry.Register("_codecs", CodecsModule.Create);
        ModuleRegistry.Register("_collections", CollectionsModule.Create);
        ModuleRegistry.Register("errno", ErrnoModule.Create);
        ModuleRegistry.Register("_functools", FunctoolsModule.Create);
        ModuleRegistry.Register("_locale", LocaleModule.Create);
        ModuleRegistry.Register("_operator", OperatorModule.Create);
        Sre.SreModule.Register();
        ModuleRegistry.Register("_string", StringModule.Create);
    }
}
