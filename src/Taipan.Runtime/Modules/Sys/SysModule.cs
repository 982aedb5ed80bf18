using Taipan.Runtime.Bytecode;
using System.Numerics;

namespace Taipan.Runtime;

/// <summary>The `sys` module of one interpreter.</summary>
public static class SysModuleFactory
{
    public const string VersionString = "3.12.7";
    public const int HexVersion = 0x030C07F0;

    static PyType? s_versionInfo, s_flags, s_floatInfo, s_intInfo, s_hashInfo, s_threadInfo;

    static PyType VersionInfoType => s_versionInfo ??= StructSeq.MakeType("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
    static PyType FlagsType => s_flags ??= StructSeq.MakeType("sys.flags", ["debug", "inspect", "interactive", "optimize",
        "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
        "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"]);
    static PyType FloatInfoType => s_floatInfo ??= StructSeq.MakeType("sys.float_info", ["max", "max_exp", "max_10_exp", "min",
        "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);
    static PyType IntInfoType => s_intInfo ??= StructSeq.MakeType("sys.int_info", ["bits_per_digit", "sizeof_digit",
        "default_max_str_digits", "str_digits_check_threshold"]);
    static PyType HashInfoType => s_hashInfo ??= StructSeq.MakeType("sys.hash_info", ["width", "modulus", "inf", "nan", "imag",
        "algorithm", "hash_bits", "seed_bits", "cutoff"]);
    static PyType ThreadInfoType => s_threadInfo ??= StructSeq.MakeType("sys.thread_info", ["name", "lock", "version"]);

    static PyInt I(long v) => PyInt.Get(v);
    static PyStr S(string v) => new(v);

    public static PyModule Create(Interpreter interp)
    {
        var o = interp.Options;
        var host = interp.Host;
        var m = new PyModule("sys", "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.");
        var d = m.Dict;

        var versionInfo = StructSeq.Make(VersionInfoType, I(3), I(12), I(7), S("final"), I(0));
        d.SetItem("version", S($"{VersionString} (main, Jan  1 2025, 00:00:00) [Taipan 0.1 on .NET {Environment.Version}]"));
        d.SetItem("version_info", versionInfo);
        d.SetItem("hexversion", I(HexVersion));
        d.SetItem("api_version", I(1013));
        d.SetItem("copyright", S("Copyright (c) 2001-2024 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."));
        d.SetItem("implementation", MakeImplementation(versionInfo));
        d.SetItem("platform", S("linux"));
        d.SetItem("byteorder", S(BitConverter.IsLittleEndian ? "little" : "big"));
        d.SetItem("maxsize", I(long.MaxValue));
        d.SetItem("maxunicode", I(0x10FFFF));
        d.SetItem("float_repr_style", S("short"));
        d.SetItem("abiflags", S(""));
        d.SetItem("float_info", StructSeq.Make(FloatInfoType, new PyFloat(double.MaxValue), I(1024), I(308),
            new PyFloat(2.2250738585072014e-308), I(-1021), I(-307), I(15), I(53), new PyFloat(2.220446049250313e-16), I(2), I(1)));
        d.SetItem("int_info", StructSeq.Make(IntInfoType, I(30), I(4), I(4300), I(640)));
        d.SetItem("hash_info", StructSeq.Make(HashInfoType, I(64), PyInt.Get((BigInteger)((1L << 61) - 1)), I(314159), I(0),
            I(1000003), S("siphash13"), I(64), I(128), I(0)));
        d.SetItem("thread_info", StructSeq.Make(ThreadInfoType, S("pthread"), S("semaphore"), PyNone.Instance));
        bool hashRandom = o.IgnoreEnvironment || host.GetEnvironmentVariable("PYTHONHASHSEED") is not { } seed || seed == "random";
        d.SetItem("flags", StructSeq.Make(FlagsType, I(0), I(o.Inspect ? 1 : 0), I(o.Interactive ? 1 : 0), I(o.Optimize),
            I(o.DontWriteBytecode ? 1 : 0), I(o.NoUserSite || o.Isolated ? 1 : 0), I(0), I(o.IgnoreEnvironment || o.Isolated ? 1 : 0),
            I(o.Verbose), I(o.BytesWarning), I(o.Quiet ? 1 : 0), I(hashRandom ? 1 : 0), I(o.Isolated ? 1 : 0),
            PyBool.Get(o.XOptions.ContainsKey("dev")), I(o.Utf8Mode ? 1 : 0), I(0), PyBool.Get(o.SafePath || o.Isolated), I(4300)));

        var exe = host.ExecutablePath;
        d.SetItem("executable", S(exe));
        d.SetItem("_base_executable", S(exe));
        var prefix = interp.StdlibPath != null ? Path.GetDirectoryName(interp.StdlibPath) ?? "" : "";
        foreach (var n in new[] { "prefix", "base_prefix", "exec_prefix", "base_exec_prefix" }) d.SetItem(n, S(prefix));
        d.SetItem("platlibdir", S("lib"));
        d.SetItem("pycache_prefix", PyNone.Instance);

        var argv = new PyList();
        foreach (var a in o.Argv) argv.Append(S(a));
        d.SetItem("argv", argv);
        d.SetItem("orig_argv", new PyList(Environment.GetCommandLineArgs().Select(a => (PyObject)S(a)).ToArray()));
        d.SetItem("path", BuildPath(interp));
        d.SetItem("modules", interp.Modules);
        d.SetItem("meta_path", new PyList());
        d.SetItem("path_hooks", new PyList());
        d.SetItem("path_importer_cache", new PyDict());
        d.SetItem("builtin_module_names", new PyTuple(ModuleRegistry.Names.OrderBy(x => x, StringComparer.Ordinal).Select(x => (PyObject)S(x)).ToArray()));
        d.SetItem("dont_write_bytecode", PyBool.True);
        var warn = new PyList();
        foreach (var w in o.WarnOptions) warn.Append(S(w));
        d.SetItem("warnoptions", warn);
        var xopts = new PyDict();
        foreach (var kv in o.XOptions) xopts.SetItem(S(kv.Key), kv.Value.Length == 0 ? PyBool.True : S(kv.Value));
        d.SetItem("_xoptions", xopts);

        bool unbuffered = o.Unbuffered || (!o.IgnoreEnvironment && !string.IsNullOrEmpty(host.GetEnvironmentVariable("PYTHONUNBUFFERED")));
        var stdin = new PyTextStream(host.StandardInput, "<stdin>", 0, false, host.IsTerminal(0), false);
        var stdout = new PyTextStream(host.StandardOutput, "<stdout>", 1, true, host.IsTerminal(1), unbuffered);
        var stderr = new PyTextStream(host.StandardError, "<stderr>", 2, true, host.IsTerminal(2), unbuffered);
        foreach (var (n, s) in new[] { ("stdin", stdin), ("stdout", stdout), ("stderr", stderr) })
        {
            d.SetItem(n, s);
            d.SetItem("__" + n + "__", s);
        }

        SysFunctions.Install(interp, m);
        ModuleRegistry.RunContributors(interp, "sys", m);
        return m;
    }

    static PyObject MakeImplementation(PyTuple versionInfo)
    {
        var ns = new PyDict();
        ns.SetItem("__module__", S("types"));
        ns.SetItem("__qualname__", S("SimpleNamespace"));
        var t = ClassBuilder.Create(PyType.TypeType, S("SimpleNamespace"), PyTuple.Empty, ns, null);
        var impl = new PyInstance(t);
        impl.Dict!.SetItem("name", S("taipan"));
        impl.Dict.SetItem("cache_tag", PyNone.Instance);
        impl.Dict.SetItem("version", versionInfo);
        impl.Dict.SetItem("hexversion", I(HexVersion));
        impl.Dict.SetItem("_multiarch", S("x86_64-linux-gnu"));
        return impl;
    }

    static PyList BuildPath(Interpreter interp)
    {
        var o = interp.Options;
        var path = new PyList();
        if (o.MainPathEntry != null && !o.SafePath && !o.Isolated) path.Append(S(o.MainPathEntry));
        foreach (var p in o.ExtraPaths) path.Append(S(p));
        if (!o.IgnoreEnvironment && !o.Isolated && interp.Host.GetEnvironmentVariable("PYTHONPATH") is { Length: > 0 } pp)
            foreach (var p in pp.Split(':', StringSplitOptions.RemoveEmptyEntries)) path.Append(S(p));
        if (interp.StdlibPath != null) path.Append(S(interp.StdlibPath));
        return path;
    }
}
