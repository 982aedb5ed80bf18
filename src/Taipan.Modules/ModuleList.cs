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
        ModuleRegistry.Register("atexit", AtexitModule.Create);
        ModuleRegistry.Register("_bisect", BisectModule.Create);
        CodecsModule.InstallRuntimeHooks();
        ModuleRegistry.Register("binascii", BinasciiModule.Create);
        ModuleRegistry.Register("_codecs", CodecsModule.Create);
        ModuleRegistry.Register("_collections", CollectionsModule.Create);
        ModuleRegistry.Register("errno", ErrnoModule.Create);
        ModuleRegistry.Register("_functools", FunctoolsModule.Create);
        ModuleRegistry.Register("gc", GcModule.Create);
        ModuleRegistry.Register("_heapq", HeapqModule.Create);
        Io.IoModule.Register();
        ModuleRegistry.Register("itertools", ItertoolsModule.Create);
        ModuleRegistry.Register("math", MathModule.Create);
        ModuleRegistry.Register("_locale", LocaleModule.Create);
        ModuleRegistry.Register("_operator", OperatorModule.Create);
        ModuleRegistry.Register("posix", PosixModule.Create);
        ModuleRegistry.Register("_random", RandomModule.Create);
        Sre.SreModule.Register();
        ModuleRegistry.Register("_struct", StructModule.Create);
        Thread.ThreadModule.Register();
        ModuleRegistry.Register("_weakref", WeakrefModule.Create);
        ModuleRegistry.Register("_string", StringModule.Create);
    }
}
