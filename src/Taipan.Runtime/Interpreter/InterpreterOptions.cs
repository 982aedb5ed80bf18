using Taipan.Runtime.Bytecode;
using Taipan.Hosting;

namespace Taipan.Runtime;

/// <summary>How an interpreter is set up: the host, sys.argv, extra sys.path entries and the -X/-W style flags.</summary>
public sealed class InterpreterOptions
{
    public IHost Host { get; set; } = new NativeHost();
    /// <summary>sys.argv.</summary>
    public List<string> Argv { get; set; } = [""];
    /// <summary>sys.path[0] (the script's directory, or "" for -c / the REPL); null to leave it out (-I, -P).</summary>
    public string? MainPathEntry { get; set; } = "";
    /// <summary>Extra sys.path entries after sys.path[0] (PYTHONPATH).</summary>
    public List<string> ExtraPaths { get; set; } = [];
    /// <summary>The directory of the standard library; found automatically when null.</summary>
    public string? StdlibPath { get; set; }
    public bool IgnoreEnvironment { get; set; }
    public bool Isolated { get; set; }
    public bool Unbuffered { get; set; }
    public bool DontWriteBytecode { get; set; }
    /// <summary>Where compiled modules are cached (Bytecode/CodeCache.cs); null: no code cache.</summary>
    public ICodeCacheStore? CodeCacheStore { get; set; }
    public int Optimize { get; set; }
    public bool Utf8Mode { get; set; }
    public bool Interactive { get; set; }
    public bool Inspect { get; set; }
    public bool Quiet { get; set; }
    public bool NoUserSite { get; set; }
    public bool SafePath { get; set; }
    public int Verbose { get; set; }
    public int BytesWarning { get; set; }
    public List<string> WarnOptions { get; set; } = [];
    public Dictionary<string, string> XOptions { get; set; } = [];
}
