namespace Taipan.Hosting;

/// <summary>What stat() reports about a file; times in nanoseconds since the Unix epoch.</summary>
public readonly record struct HostStat(long Dev, long Ino, long Nlink, int Mode, int Uid, int Gid, long Rdev,
    long Size, long BlkSize, long Blocks, long AtimeNs, long MtimeNs, long CtimeNs);

/// <summary>The local time zone at one instant, as C's localtime() reports it.</summary>
public readonly record struct HostLocalTime(long GmtOffsetSeconds, bool IsDst, string ZoneName);

/// <summary>
/// A failed operating-system call, carrying its Linux errno. Thrown only by the os-level host methods
/// below; the modules that call them turn it into the matching OSError subclass (with the filename).
/// </summary>
public sealed class HostOSError(int errno) : Exception("errno " + errno)
{
    public int Errno { get; } = errno;
    public const int ENOENT = 2, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EINVAL = 22, ENOSYS = 38;
}

/// <summary>
/// Operating-system services for the posix, time, signal and _thread modules. Every member has a default
/// that fails with ENOSYS (or answers conservatively), so hosts without an OS (the browser) compile
/// unchanged and implement only what they can.
/// </summary>
public partial interface IHost
{
    // ---- paths ----
    HostStat Stat(string path, bool followSymlinks) => throw new HostOSError(HostOSError.ENOSYS);
    /// <summary>Entry names of a directory (without . and ..); throws HostOSError.</summary>
    IReadOnlyList<string> ListDirectoryChecked(string path) => throw new HostOSError(HostOSError.ENOSYS);
    void MakeDirectory(string path, int mode) => throw new HostOSError(HostOSError.ENOSYS);
    void RemoveDirectory(string path) => throw new HostOSError(HostOSError.ENOSYS);
    void Unlink(string path) => throw new HostOSError(HostOSError.ENOSYS);
    /// <summary>POSIX rename: replaces an existing destination.</summary>
    void Rename(string src, string dst) => throw new HostOSError(HostOSError.ENOSYS);
    void Chmod(string path, int mode, bool followSymlinks) => throw new HostOSError(HostOSError.ENOSYS);
    void SetTimes(string path, long atimeNs, long mtimeNs, bool followSymlinks) => throw new HostOSError(HostOSError.ENOSYS);
    /// <summary>access(2): true when the access is allowed (errors other than denial also give false).</summary>
    bool Access(string path, int mode) => false;
    void Link(string src, string dst) => throw new HostOSError(HostOSError.ENOSYS);
    void Symlink(string target, string linkPath) => throw new HostOSError(HostOSError.ENOSYS);
    string ReadLink(string path) => throw new HostOSError(HostOSError.ENOSYS);
    string GetCurrentDirectoryChecked() => CurrentDirectory;
    void ChangeDirectory(string path) => throw new HostOSError(HostOSError.ENOSYS);

    // ---- file descriptors ----
    int OpenFd(string path, int flags, int mode) => throw new HostOSError(HostOSError.ENOSYS);
    int ReadFd(int fd, Span<byte> buffer) => throw new HostOSError(HostOSError.EBADF);
    int WriteFd(int fd, ReadOnlySpan<byte> data) => throw new HostOSError(HostOSError.EBADF);
    void CloseFd(int fd) => throw new HostOSError(HostOSError.EBADF);
    long SeekFd(int fd, long offset, int whence) => throw new HostOSError(HostOSError.EBADF);
    HostStat StatFd(int fd) => throw new HostOSError(HostOSError.EBADF);
    bool IsTerminalFd(int fd) => fd is >= 0 and <= 2 && IsTerminal(fd);
    (int Read, int Write) Pipe() => throw new HostOSError(HostOSError.ENOSYS);
    int Dup(int fd) => throw new HostOSError(HostOSError.EBADF);
    int Dup2(int fd, int fd2, bool inheritable) => throw new HostOSError(HostOSError.EBADF);
    bool GetInheritable(int fd) => throw new HostOSError(HostOSError.EBADF);
    void SetInheritable(int fd, bool inheritable) => throw new HostOSError(HostOSError.EBADF);
    bool GetBlocking(int fd) => throw new HostOSError(HostOSError.EBADF);
    void SetBlocking(int fd, bool blocking) => throw new HostOSError(HostOSError.EBADF);
    void TruncateFd(int fd, long length) => throw new HostOSError(HostOSError.EBADF);
    void SyncFd(int fd) => throw new HostOSError(HostOSError.EBADF);
    /// <summary>Columns and lines of the terminal on fd; throws HostOSError when it is not one.</summary>
    (int Columns, int Lines) TerminalSize(int fd) => throw new HostOSError(25 /* ENOTTY */);

    // ---- process ----
    /// <summary>Sets (value non-null) or removes an environment variable of this process.</summary>
    void SetEnvironmentVariable(string name, string? value) { }
    int ProcessId => 1;
    int ParentProcessId => 0;
    int Umask(int mask) => 18;
    /// <summary>sysname, nodename, release, version, machine.</summary>
    string[] Uname() => ["Linux", "localhost", "", "", ""];
    int CpuCount => 1;
    /// <summary>user, system, children user, children system, elapsed (seconds).</summary>
    double[] ProcessTimes() => [0, 0, 0, 0, MonotonicNanoseconds() / 1e9];
    void Kill(int pid, int signal) => throw new HostOSError(HostOSError.ENOSYS);
    int UserId => 0;
    int GroupId => 0;
    string? LoginName => null;

    // ---- time ----
    long ProcessCpuNanoseconds() => MonotonicNanoseconds();
    long ThreadCpuNanoseconds() => ProcessCpuNanoseconds();
    void Sleep(long nanoseconds) { }
    HostLocalTime LocalTime(long unixSeconds) => new(0, false, "UTC");
}
