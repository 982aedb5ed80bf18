namespace Taipan.Hosting;

/// <summary>
/// Everything the runtime needs from the machine it runs on (DESIGN principle 3): stdio, files,
/// environment, clock, entropy and process exit. The runtime calls only this interface, so the same
/// assemblies run natively, sandboxed, or in the browser.
/// </summary>
public partial interface IHost
{
    // ---- standard streams (fd 0, 1, 2) ----
    Stream StandardInput { get; }
    Stream StandardOutput { get; }
    Stream StandardError { get; }
    /// <summary>Whether the given standard stream (0, 1 or 2) is an interactive terminal.</summary>
    bool IsTerminal(int fd);

    // ---- file system ----
    bool FileExists(string path);
    bool DirectoryExists(string path);
    byte[] ReadAllBytes(string path);
    /// <summary>Names (not paths) of the entries of a directory; empty when it does not exist.</summary>
    IReadOnlyList<string> ListDirectory(string path);
    string CurrentDirectory { get; }
    string GetFullPath(string path);

    // ---- process ----
    string? GetEnvironmentVariable(string name);
    IReadOnlyDictionary<string, string> EnvironmentVariables { get; }
    /// <summary>Path of the running executable (sys.executable), or empty when there is none.</summary>
    string ExecutablePath { get; }
    /// <summary>Directory holding the runtime's files (used to find the bundled stdlib).</summary>
    string BaseDirectory { get; }
    void Exit(int code);

    // ---- time and entropy ----
    /// <summary>Wall-clock time in nanoseconds since the Unix epoch.</summary>
    long TimeNanoseconds();
    /// <summary>A monotonic clock in nanoseconds.</summary>
    long MonotonicNanoseconds();
    void GetRandomBytes(Span<byte> buffer);
}
