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
    /// <summary>
    /// Opens a file for the io module. Failures throw <see cref="HostIOException"/> carrying a POSIX errno
    /// (ENOENT, EACCES, EEXIST, EISDIR, ...). The stream's CanRead/CanWrite/CanSeek follow the mode.
    /// </summary>
    Stream OpenFile(string path, HostFileMode mode);
    /// <summary>The OS file descriptor behind a stream from <see cref="OpenFile"/>, or -1 when there is none.</summary>
    int FileDescriptor(Stream file);

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

/// <summary>How <see cref="IHost.OpenFile"/> opens a file (the O_* flags the io module needs).</summary>
[Flags]
public enum HostFileMode
{
    Read = 1,
    Write = 2,
    /// <summary>Create the file when missing (O_CREAT).</summary>
    Create = 4,
    /// <summary>Fail with EEXIST when it exists (O_EXCL).</summary>
    Exclusive = 8,
    /// <summary>Empty it on open (O_TRUNC).</summary>
    Truncate = 16,
    /// <summary>Every write goes to the end (O_APPEND).</summary>
    Append = 32,
}

/// <summary>A host I/O failure as an errno and its strerror text, which the runtime turns into OSError.</summary>
public sealed class HostIOException(int errno, string strerror) : IOException(strerror)
{
    public int Errno { get; } = errno;
    public string StrError { get; } = strerror;

    public const int ENOENT = 2, EBADF = 9, EACCES = 13, EEXIST = 17, EISDIR = 21, EINVAL = 22, ENOSPC = 28;

    public static HostIOException FromErrno(int errno) => new(errno, errno switch
    {
        ENOENT => "No such file or directory",
        EBADF => "Bad file descriptor",
        EACCES => "Permission denied",
        EEXIST => "File exists",
        EISDIR => "Is a directory",
        EINVAL => "Invalid argument",
        ENOSPC => "No space left on device",
        _ => "Input/output error",
    });
}
