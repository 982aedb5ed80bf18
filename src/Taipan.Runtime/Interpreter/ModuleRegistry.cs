using Taipan.Runtime.Bytecode;
namespace Taipan.Runtime;

/// <summary>
/// Built-in modules written in C#, by name. Module authors register a factory (or, for a module built
/// up by several parts such as `builtins`, a contributor that fills an existing module).
/// </summary>
public static class ModuleRegistry
{
    static readonly Dictionary<string, Func<Interpreter, PyModule>> s_factories = new();
    static readonly Dictionary<string, List<Action<Interpreter, PyModule>>> s_contributors = new();
    static readonly object s_lock = new();

    public static void Register(string name, Func<Interpreter, PyModule> factory)
    {
        lock (s_lock) s_factories[name] = factory;
    }

    /// <summary>Adds a contribution to a module: builtins contributors run when an interpreter is created.</summary>
    public static void Contribute(string name, Action<Interpreter, PyModule> contributor)
    {
        lock (s_lock)
        {
            if (!s_contributors.TryGetValue(name, out var list)) s_contributors[name] = list = [];
            list.Add(contributor);
        }
    }

    public static bool IsBuiltin(string name)
    {
        lock (s_lock) return s_factories.ContainsKey(name) || name is "sys" or "builtins";
    }

    public static IEnumerable<string> Names
    {
        get { lock (s_lock) return [.. s_factories.Keys, "builtins", "sys"]; }
    }

    internal static PyModule? Create(Interpreter interp, string name)
    {
        Func<Interpreter, PyModule>? f;
        lock (s_lock) s_factories.TryGetValue(name, out f);
        if (f == null) return null;
        var m = f(interp);
        RunContributors(interp, name, m);
        return m;
    }

    internal static void RunContributors(Interpreter interp, string name, PyModule m)
    {
        List<Action<Interpreter, PyModule>>? list;
        lock (s_lock)
        {
            if (!s_contributors.TryGetValue(name, out list)) return;
            list = [.. list];
        }
        foreach (var c in list) c(interp, m);
    }
}
