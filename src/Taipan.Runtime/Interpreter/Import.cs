using Taipan.Runtime.Bytecode;
namespace Taipan.Runtime;

/// <summary>
/// The import system, kept in one place so importlib can replace it later: built-in modules by name,
/// then packages and .py files on sys.path (directories only), relative imports, fromlists.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>import name (absolute); returns the named module itself (not the top-level package).</summary>
    public PyObject Import(string name)
    {
        using var scope = Enter();
        return ImportAbsolute(name);
    }

    /// <summary>builtins.__import__(name, globals, locals, fromlist, level).</summary>
    public PyObject ImportModuleLevel(string name, PyObject? globals, PyObject? fromlist, int level)
    {
        if (level < 0) throw PyException.ValueError("level must be >= 0");
        string absName = name;
        if (level > 0)
        {
            var package = ResolvePackage(globals);
            absName = ResolveName(name, package, level);
        }
        else if (name.Length == 0) throw PyException.ValueError("Empty module name");
        var module = ImportAbsolute(absName);
        bool hasFromlist = fromlist != null && fromlist is not PyNone && Ops.IsTrue(fromlist);
        if (!hasFromlist)
        {
            if (level == 0)
            {
                int dot = name.IndexOf('.');
                if (dot < 0) return module;
                return Modules.GetOrNull(name[..dot]) ?? module;
            }
            if (name.Length == 0) return module;
            // from-less relative import: return the module for the first component.
            int cut = absName.Length - (name.Length - (name.IndexOf('.') < 0 ? name.Length : name.IndexOf('.')));
            return Modules.GetOrNull(absName[..cut]) ?? module;
        }
        HandleFromlist(module, fromlist!);
        return module;
    }

    static readonly PyStr s_path = PyStr.Intern("__path__"), s_all = PyStr.Intern("__all__");

    void HandleFromlist(PyObject module, PyObject fromlist)
    {
        if (module is not PyModule m || !m.Dict.ContainsKey(s_path)) return;
        foreach (var x in Ops.ToList(fromlist))
        {
            if (x is not PyStr xs)
                throw PyException.TypeError($"Item in {m.Name}.__all__ must be str, not {x.Type.Name}");
            if (xs.Value == "*")
            {
                if (m.Dict.GetOrNull(s_all) is { } all) HandleFromlist(module, all);
                continue;
            }
            if (Ops.TryGetAttr(module, xs) != null) continue;
            var sub = m.Name + "." + xs.Value;
            try { ImportAbsolute(sub); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.ModuleNotFoundError)
                && e.Value.GetAttribute("name") is PyStr n && n.Value == sub)
            {
                // Missing submodules in a fromlist are reported later by IMPORT_FROM.
            }
        }
    }

    string ResolvePackage(PyObject? globals)
    {
        if (globals is not PyDict g) throw PyException.Create(PyExc.ImportError, "attempted relative import with no known parent package");
        var package = g.GetOrNull("__package__");
        if (package is PyStr ps && ps.Length > 0) return ps.Value;
        if (package != null && package is not PyNone && package is not PyStr)
            throw PyException.TypeError("package must be a string");
        if (g.GetOrNull("__spec__") is { } spec && spec is not PyNone && Ops.TryGetAttr(spec, "parent") is PyStr parent && parent.Length > 0)
            return parent.Value;
        if (g.GetOrNull("__name__") is not PyStr name)
            throw PyException.KeyError(new PyStr("'__name__' not in globals"));
        if (g.ContainsKey(s_path)) return name.Value;
        int dot = name.Value.LastIndexOf('.');
        if (dot < 0) throw PyException.Create(PyExc.ImportError, "attempted relative import with no known parent package");
        return name.Value[..dot];
    }

    static string ResolveName(string name, string package, int level)
    {
        var bits = package;
        for (int i = 1; i < level; i++)
        {
            int dot = bits.LastIndexOf('.');
            if (dot < 0) throw PyException.Create(PyExc.ImportError, "attempted relative import beyond top-level package");
            bits = bits[..dot];
        }
        return name.Length == 0 ? bits : bits + "." + name;
    }

    /// <summary>Imports a dotted absolute name, importing parents first; returns the last module.</summary>
    internal PyObject ImportAbsolute(string absName)
    {
        if (Modules.TryGetValue(new PyStr(absName), out var cached))
        {
            if (cached is PyNone) throw NotFound($"import of {absName} halted; None in sys.modules", absName);
            return cached;
        }
        int dot = absName.LastIndexOf('.');
        PyObject? parent = null;
        List<string>? searchPath = null;
        if (dot >= 0)
        {
            var parentName = absName[..dot];
            parent = ImportAbsolute(parentName);
            // The parent's import may have imported us.
            if (Modules.TryGetValue(new PyStr(absName), out cached)) return cached;
            var path = parent is PyModule pm ? pm.Dict.GetOrNull(s_path) : Ops.TryGetAttr(parent, s_path);
            if (path == null)
                throw NotFound($"No module named '{absName}'; '{parentName}' is not a package", absName);
            searchPath = [];
            foreach (var p in Ops.ToList(path)) if (p is PyStr ps) searchPath.Add(ps.Value);
        }
        var module = LoadModule(absName, searchPath) ?? throw NotFound($"No module named '{absName}'", absName);
        if (parent != null)
        {
            try { Ops.SetAttr(parent, absName[(dot + 1)..], module); }
            catch (PyException) { }
        }
        return module;
    }

    static PyException NotFound(string message, string name)
    {
        var e = PyBaseException.Create(PyExc.ModuleNotFoundError, new PyStr(message));
        e.SetAttribute("name", new PyStr(name));
        e.SetAttribute("path", PyNone.Instance);
        e.SetAttribute("msg", new PyStr(message));
        return new PyException(e);
    }

    PyObject? LoadModule(string absName, List<string>? searchPath)
    {
        if (searchPath == null)
        {
            var builtin = ModuleRegistry.Create(this, absName);
            if (builtin != null)
            {
                builtin.Dict.SetItem("__spec__", ModuleSpec.Create(absName, "built-in", null, false));
                Modules.SetItem(absName, builtin);
                return builtin;
            }
            searchPath = [];
            if (SysModule.Dict.GetOrNull("path") is PyList sysPath)
                foreach (var p in sysPath.AsSpan()) if (p is PyStr ps) searchPath.Add(ps.Value);
        }
        string shortName = absName[(absName.LastIndexOf('.') + 1)..];
        foreach (var entry in searchPath)
        {
            var dir = entry.Length == 0 ? Host.CurrentDirectory : entry;
            var pkgDir = Path.Combine(dir, shortName);
            var init = Path.Combine(pkgDir, "__init__.py");
            if (Host.FileExists(init)) return ExecSourceModule(absName, init, pkgDir);
            var file = Path.Combine(dir, shortName + ".py");
            if (Host.FileExists(file)) return ExecSourceModule(absName, file, null);
            if (Host.DirectoryExists(pkgDir) && IsNamespaceCandidate(pkgDir))
                return NamespacePackage(absName, pkgDir);
        }
        return null;
    }

    bool IsNamespaceCandidate(string dir) => !dir.EndsWith("__pycache__", StringComparison.Ordinal);

    PyModule NamespacePackage(string name, string dir)
    {
        var m = new PyModule(name);
        var path = new PyList([new PyStr(dir)]);
        m.Dict.SetItem("__path__", path);
        m.Dict.SetItem("__package__", new PyStr(name));
        m.Dict.SetItem("__file__", PyNone.Instance);
        m.Dict.SetItem("__spec__", ModuleSpec.Create(name, null, path, true));
        Modules.SetItem(name, m);
        return m;
    }

    PyModule ExecSourceModule(string name, string file, string? packageDir)
    {
        var m = new PyModule(name);
        var d = m.Dict;
        d.SetItem("__file__", new PyStr(file));
        d.SetItem("__cached__", PyNone.Instance);
        d.SetItem("__builtins__", BuiltinsModule);
        PyList? path = null;
        if (packageDir != null)
        {
            path = new PyList([new PyStr(packageDir)]);
            d.SetItem("__path__", path);
            d.SetItem("__package__", new PyStr(name));
        }
        else
        {
            int dot = name.LastIndexOf('.');
            d.SetItem("__package__", new PyStr(dot < 0 ? "" : name[..dot]));
        }
        d.SetItem("__spec__", ModuleSpec.Create(name, file, path, false));
        Modules.SetItem(name, m);
        try
        {
            var code = CompileModuleFile(file);
            ExecCode(code, d, d);
        }
        catch
        {
            Modules.Remove(new PyStr(name));
            throw;
        }
        // A module may replace itself in sys.modules.
        return Modules.GetOrNull(name) as PyModule ?? m;
    }

    /// <summary>
    /// The file `-m name` runs: the module's .py file, or a package's __main__.py. Parent packages are
    /// imported first, as runpy does; the module itself is not executed.
    /// </summary>
    public string? FindModuleFile(string name)
    {
        using var scope = Enter();
        int dot = name.LastIndexOf('.');
        List<string> searchPath = [];
        if (dot >= 0)
        {
            var parent = ImportAbsolute(name[..dot]);
            var path = parent is PyModule pm ? pm.Dict.GetOrNull(s_path) : null;
            if (path == null) return null;
            foreach (var p in Ops.ToList(path)) if (p is PyStr ps) searchPath.Add(ps.Value);
        }
        else if (SysModule.Dict.GetOrNull("path") is PyList sysPath)
            foreach (var p in sysPath.AsSpan()) if (p is PyStr ps) searchPath.Add(ps.Value);
        string shortName = name[(dot + 1)..];
        foreach (var entry in searchPath)
        {
            var dir = entry.Length == 0 ? Host.CurrentDirectory : entry;
            var pkgMain = Path.Combine(dir, shortName, "__main__.py");
            if (Host.FileExists(Path.Combine(dir, shortName, "__init__.py")) || Host.DirectoryExists(Path.Combine(dir, shortName)))
            {
                if (Host.FileExists(pkgMain))
                {
                    ImportAbsolute(name);
                    return pkgMain;
                }
            }
            var file = Path.Combine(dir, shortName + ".py");
            if (Host.FileExists(file)) return file;
        }
        return null;
    }

    /// <summary>from module import name: the attribute, or the submodule, or ImportError.</summary>
    internal PyObject ImportFrom(PyObject module, PyStr name)
    {
        var v = Ops.TryGetAttr(module, name);
        if (v != null) return v;
        var modName = Ops.TryGetAttr(module, "__name__") as PyStr;
        if (modName != null && Modules.GetOrNull(modName.Value + "." + name.Value) is { } sub) return sub;
        string mn = modName?.Value ?? "<unknown module name>";
        var file = module is PyModule pm ? pm.Dict.GetOrNull("__file__") as PyStr : null;
        string msg = file != null
            ? $"cannot import name '{name.Value}' from '{mn}' ({file.Value})"
            : $"cannot import name '{name.Value}' from '{mn}' (unknown location)";
        if (module is PyModule pm2 && pm2.Dict.GetOrNull("__spec__") is { } spec && spec is not PyNone
            && Ops.TryGetAttr(spec, "_initializing") is { } init && Ops.IsTrue(init))
            msg = $"cannot import name '{name.Value}' from partially initialized module '{mn}' (most likely due to a circular import) ({file?.Value ?? "unknown location"})";
        var e = PyBaseException.Create(PyExc.ImportError, new PyStr(msg));
        e.SetAttribute("name", modName ?? (PyObject)PyNone.Instance);
        e.SetAttribute("path", (PyObject?)file ?? PyNone.Instance);
        e.SetAttribute("name_from", name);
        e.SetAttribute("msg", new PyStr(msg));
        throw new PyException(e);
    }
}

/// <summary>A minimal module spec (importlib.machinery.ModuleSpec's attributes) until importlib is in use.</summary>
internal static class ModuleSpec
{
    static PyType? s_type;

    static PyType SpecType => s_type ??= ClassBuilder.Create(PyType.TypeType, new PyStr("ModuleSpec"), PyTuple.Empty, MakeNamespace(), null);

    static PyDict MakeNamespace()
    {
        var ns = new PyDict();
        ns.SetItem("__module__", new PyStr("importlib._bootstrap"));
        ns.SetItem("__qualname__", new PyStr("ModuleSpec"));
        return ns;
    }

    public static PyObject Create(string name, string? origin, PyList? searchLocations, bool isNamespace)
    {
        var spec = new PyInstance(SpecType);
        var d = spec.Dict!;
        d.SetItem("name", new PyStr(name));
        d.SetItem("loader", PyNone.Instance);
        d.SetItem("origin", origin == null ? PyNone.Instance : new PyStr(origin));
        d.SetItem("submodule_search_locations", (PyObject?)searchLocations ?? PyNone.Instance);
        d.SetItem("loader_state", PyNone.Instance);
        d.SetItem("cached", PyNone.Instance);
        d.SetItem("has_location", PyBool.Get(origin != null && origin != "built-in"));
        int dot = name.LastIndexOf('.');
        d.SetItem("parent", new PyStr(searchLocations != null ? name : dot < 0 ? "" : name[..dot]));
        _ = isNamespace;
        return spec;
    }
}
