using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Taipan.Hosting;

/// <summary>
/// The os-level services on Linux. .NET has no API for file descriptors, inode numbers, link counts,
/// owners or errno, so these call libc directly; this is the one place P/Invoke is allowed (behind IHost).
/// Layouts assume x86_64/aarch64 glibc (struct stat differs between the two and is decoded per architecture).
/// </summary>
public sealed partial class NativeHost
{
    const string Libc = "libc";

    [DllImport(Libc, EntryPoint = "stat", SetLastError = true)] static extern int c_stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buf);
    [DllImport(Libc, EntryPoint = "lstat", SetLastError = true)] static extern int c_lstat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buf);
    [DllImport(Libc, EntryPoint = "fstat", SetLastError = true)] static extern int c_fstat(int fd, byte[] buf);
    [DllImport(Libc, EntryPoint = "mkdir", SetLastError = true)] static extern int c_mkdir([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);
    [DllImport(Libc, EntryPoint = "rmdir", SetLastError = true)] static extern int c_rmdir([MarshalAs(UnmanagedType.LPUTF8Str)] string path);
    [DllImport(Libc, EntryPoint = "unlink", SetLastError = true)] static extern int c_unlink([MarshalAs(UnmanagedType.LPUTF8Str)] string path);
    [DllImport(Libc, EntryPoint = "rename", SetLastError = true)] static extern int c_rename([MarshalAs(UnmanagedType.LPUTF8Str)] string a, [MarshalAs(UnmanagedType.LPUTF8Str)] string b);
    [DllImport(Libc, EntryPoint = "chmod", SetLastError = true)] static extern int c_chmod([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);
    [DllImport(Libc, EntryPoint = "utimensat", SetLastError = true)] static extern int c_utimensat(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, long[] times, int flags);
    [DllImport(Libc, EntryPoint = "access", SetLastError = true)] static extern int c_access([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);
    [DllImport(Libc, EntryPoint = "link", SetLastError = true)] static extern int c_link([MarshalAs(UnmanagedType.LPUTF8Str)] string a, [MarshalAs(UnmanagedType.LPUTF8Str)] string b);
    [DllImport(Libc, EntryPoint = "symlink", SetLastError = true)] static extern int c_symlink([MarshalAs(UnmanagedType.LPUTF8Str)] string a, [MarshalAs(UnmanagedType.LPUTF8Str)] string b);
    [DllImport(Libc, EntryPoint = "readlink", SetLastError = true)] static extern nint c_readlink([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buf, nint size);
    [DllImport(Libc, EntryPoint = "chdir", SetLastError = true)] static extern int c_chdir([MarshalAs(UnmanagedType.LPUTF8Str)] string path);
    [DllImport(Libc, EntryPoint = "open", SetLastError = true)] static extern int c_open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);
    [DllImport(Libc, EntryPoint = "read", SetLastError = true)] static extern nint c_read(int fd, byte[] buf, nint n);
    [DllImport(Libc, EntryPoint = "write", SetLastError = true)] static extern nint c_write(int fd, byte[] buf, nint n);
    [DllImport(Libc, EntryPoint = "close", SetLastError = true)] static extern int c_close(int fd);
    [DllImport(Libc, EntryPoint = "lseek", SetLastError = true)] static extern long c_lseek(int fd, long off, int whence);
    [DllImport(Libc, EntryPoint = "isatty", SetLastError = true)] static extern int c_isatty(int fd);
    [DllImport(Libc, EntryPoint = "pipe2", SetLastError = true)] static extern int c_pipe2(int[] fds, int flags);
    [DllImport(Libc, EntryPoint = "dup", SetLastError = true)] static extern int c_dup(int fd);
    [DllImport(Libc, EntryPoint = "dup3", SetLastError = true)] static extern int c_dup3(int fd, int fd2, int flags);
    [DllImport(Libc, EntryPoint = "dup2", SetLastError = true)] static extern int c_dup2(int fd, int fd2);
    [DllImport(Libc, EntryPoint = "fcntl", SetLastError = true)] static extern int c_fcntl(int fd, int cmd, int arg);
    [DllImport(Libc, EntryPoint = "ftruncate", SetLastError = true)] static extern int c_ftruncate(int fd, long len);
    [DllImport(Libc, EntryPoint = "fsync", SetLastError = true)] static extern int c_fsync(int fd);
    [DllImport(Libc, EntryPoint = "ioctl", SetLastError = true)] static extern int c_ioctl(int fd, ulong req, ushort[] ws);
    [DllImport(Libc, EntryPoint = "umask")] static extern int c_umask(int mask);
    [DllImport(Libc, EntryPoint = "getppid")] static extern int c_getppid();
    [DllImport(Libc, EntryPoint = "getuid")] static extern int c_getuid();
    [DllImport(Libc, EntryPoint = "getgid")] static extern int c_getgid();
    [DllImport(Libc, EntryPoint = "uname", SetLastError = true)] static extern int c_uname(byte[] buf);
    [DllImport(Libc, EntryPoint = "kill", SetLastError = true)] static extern int c_kill(int pid, int sig);
    [DllImport(Libc, EntryPoint = "setenv", SetLastError = true)] static extern int c_setenv([MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, int overwrite);
    [DllImport(Libc, EntryPoint = "unsetenv", SetLastError = true)] static extern int c_unsetenv([MarshalAs(UnmanagedType.LPUTF8Str)] string name);
    [DllImport(Libc, EntryPoint = "clock_gettime", SetLastError = true)] static extern int c_clock_gettime(int clock, long[] ts);
    [DllImport(Libc, EntryPoint = "localtime_r", SetLastError = true)] static extern nint c_localtime_r(long[] t, long[] tm);

    static void Check(int rc) { if (rc < 0) throw new HostOSError(Marshal.GetLastPInvokeError()); }
    static int CheckFd(int rc) { if (rc < 0) throw new HostOSError(Marshal.GetLastPInvokeError()); return rc; }

    static HostStat Decode(byte[] b)
    {
        long L(int o) => BitConverter.ToInt64(b, o);
        int I(int o) => BitConverter.ToInt32(b, o);
        if (RuntimeInformation.ProcessArchitecture == Architecture.Arm64)
            return new HostStat(L(0), L(8), (uint)I(20), I(16), I(24), I(28), L(32), L(48), I(56), L(64),
                L(72) * 1_000_000_000 + L(80), L(88) * 1_000_000_000 + L(96), L(104) * 1_000_000_000 + L(112));
        return new HostStat(L(0), L(8), L(16), I(24), I(28), I(32), L(40), L(48), L(56), L(64),
            L(72) * 1_000_000_000 + L(80), L(88) * 1_000_000_000 + L(96), L(104) * 1_000_000_000 + L(112));
    }

    public HostStat Stat(string path, bool followSymlinks)
    {
        var buf = new byte[256];
        Check(followSymlinks ? c_stat(path, buf) : c_lstat(path, buf));
        return Decode(buf);
    }

    public HostStat StatFd(int fd)
    {
        var buf = new byte[256];
        Check(c_fstat(fd, buf));
        return Decode(buf);
    }

    public IReadOnlyList<string> ListDirectoryChecked(string path)
    {
        var st = Stat(path, true);
        if ((st.Mode & 0xF000) != 0x4000) throw new HostOSError(HostOSError.ENOTDIR);
        try
        {
            var entries = Directory.GetFileSystemEntries(path);
            var names = new string[entries.Length];
            for (int i = 0; i < entries.Length; i++) names[i] = Path.GetFileName(entries[i]);
            return names;
        }
        catch (UnauthorizedAccessException) { throw new HostOSError(HostOSError.EACCES); }
        catch (IOException) { throw new HostOSError(HostOSError.ENOENT); }
    }

    public void MakeDirectory(string path, int mode) => Check(c_mkdir(path, mode));
    public void RemoveDirectory(string path) => Check(c_rmdir(path));
    public void Unlink(string path) => Check(c_unlink(path));
    public void Rename(string src, string dst) => Check(c_rename(src, dst));

    public void Chmod(string path, int mode, bool followSymlinks)
    {
        if (!followSymlinks) throw new HostOSError(95 /* EOPNOTSUPP, as Linux's lchmod */);
        Check(c_chmod(path, mode));
    }

    public void SetTimes(string path, long atimeNs, long mtimeNs, bool followSymlinks)
    {
        const int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100;
        long[] ts = [atimeNs / 1_000_000_000, atimeNs % 1_000_000_000, mtimeNs / 1_000_000_000, mtimeNs % 1_000_000_000];
        Check(c_utimensat(AT_FDCWD, path, ts, followSymlinks ? 0 : AT_SYMLINK_NOFOLLOW));
    }

    public bool Access(string path, int mode) => c_access(path, mode) == 0;
    public void Link(string src, string dst) => Check(c_link(src, dst));
    public void Symlink(string target, string linkPath) => Check(c_symlink(target, linkPath));

    public string ReadLink(string path)
    {
        var buf = new byte[4096];
        var n = c_readlink(path, buf, buf.Length);
        if (n < 0) throw new HostOSError(Marshal.GetLastPInvokeError());
        return System.Text.Encoding.UTF8.GetString(buf, 0, (int)n);
    }

    public string GetCurrentDirectoryChecked()
    {
        try { return Directory.GetCurrentDirectory(); }
        catch (Exception) { throw new HostOSError(HostOSError.ENOENT); }
    }

    public void ChangeDirectory(string path)
    {
        Check(c_chdir(path));
        // Keep .NET's view (relative System.IO paths) in step with the process's.
        try { Directory.SetCurrentDirectory(path); } catch (Exception) { }
    }

    public int OpenFd(string path, int flags, int mode) => CheckFd(c_open(path, flags, mode));

    public int ReadFd(int fd, Span<byte> buffer)
    {
        var tmp = new byte[buffer.Length];
        var n = c_read(fd, tmp, tmp.Length);
        if (n < 0) throw new HostOSError(Marshal.GetLastPInvokeError());
        tmp.AsSpan(0, (int)n).CopyTo(buffer);
        return (int)n;
    }

    public int WriteFd(int fd, ReadOnlySpan<byte> data)
    {
        // Route the standard streams through .NET's own streams so buffered output stays ordered.
        if (fd is 1 or 2)
        {
            var s = fd == 1 ? StandardOutput : StandardError;
            s.Write(data);
            s.Flush();
            return data.Length;
        }
        var n = c_write(fd, data.ToArray(), data.Length);
        if (n < 0) throw new HostOSError(Marshal.GetLastPInvokeError());
        return (int)n;
    }

    public void CloseFd(int fd) => Check(c_close(fd));

    public long SeekFd(int fd, long offset, int whence)
    {
        var r = c_lseek(fd, offset, whence);
        if (r < 0) throw new HostOSError(Marshal.GetLastPInvokeError());
        return r;
    }

    public bool IsTerminalFd(int fd) => c_isatty(fd) == 1;

    public (int Read, int Write) Pipe()
    {
        var fds = new int[2];
        Check(c_pipe2(fds, 0x80000 /* O_CLOEXEC: PEP 446 */));
        return (fds[0], fds[1]);
    }

    public int Dup(int fd)
    {
        const int F_DUPFD_CLOEXEC = 1030;
        return CheckFd(c_fcntl(fd, F_DUPFD_CLOEXEC, 0));
    }

    public int Dup2(int fd, int fd2, bool inheritable)
    {
        if (inheritable || fd == fd2) return CheckFd(c_dup2(fd, fd2));
        return CheckFd(c_dup3(fd, fd2, 0x80000));
    }

    const int F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, FD_CLOEXEC = 1, O_NONBLOCK = 0x800;

    public bool GetInheritable(int fd) => (CheckFd(c_fcntl(fd, F_GETFD, 0)) & FD_CLOEXEC) == 0;

    public void SetInheritable(int fd, bool inheritable)
    {
        int flags = CheckFd(c_fcntl(fd, F_GETFD, 0));
        Check(c_fcntl(fd, F_SETFD, inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC));
    }

    public bool GetBlocking(int fd) => (CheckFd(c_fcntl(fd, F_GETFL, 0)) & O_NONBLOCK) == 0;

    public void SetBlocking(int fd, bool blocking)
    {
        int flags = CheckFd(c_fcntl(fd, F_GETFL, 0));
        Check(c_fcntl(fd, F_SETFL, blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK));
    }

    public void TruncateFd(int fd, long length) => Check(c_ftruncate(fd, length));
    public void SyncFd(int fd) => Check(c_fsync(fd));

    public (int Columns, int Lines) TerminalSize(int fd)
    {
        var ws = new ushort[4];
        Check(c_ioctl(fd, 0x5413 /* TIOCGWINSZ */, ws));
        return (ws[1], ws[0]);
    }

    public void SetEnvironmentVariable(string name, string? value)
    {
        if (value == null) Check(c_unsetenv(name));
        else Check(c_setenv(name, value, 1));
        Environment.SetEnvironmentVariable(name, value);
        _env = null;
    }

    public int ProcessId => Environment.ProcessId;
    public int ParentProcessId => c_getppid();
    public int Umask(int mask) => c_umask(mask);
    public int UserId => c_getuid();
    public int GroupId => c_getgid();
    public string? LoginName => Environment.UserName;

    public string[] Uname()
    {
        var buf = new byte[65 * 6];
        Check(c_uname(buf));
        var r = new string[5];
        for (int i = 0; i < 5; i++)
        {
            var s = buf.AsSpan(i * 65, 65);
            int z = s.IndexOf((byte)0);
            r[i] = System.Text.Encoding.UTF8.GetString(z < 0 ? s : s[..z]);
        }
        return r;
    }

    public int CpuCount => Environment.ProcessorCount;

    static readonly long s_startTicks = Stopwatch.GetTimestamp();

    public double[] ProcessTimes()
    {
        var p = Process.GetCurrentProcess();
        double elapsed = Environment.TickCount64 / 1000.0;
        return [p.UserProcessorTime.TotalSeconds, p.PrivilegedProcessorTime.TotalSeconds, 0, 0, elapsed];
    }

    public void Kill(int pid, int signal) => Check(c_kill(pid, signal));

    long ClockNs(int clock)
    {
        var ts = new long[2];
        if (c_clock_gettime(clock, ts) != 0) return MonotonicNanoseconds();
        return ts[0] * 1_000_000_000 + ts[1];
    }

    public long ProcessCpuNanoseconds() => ClockNs(2 /* CLOCK_PROCESS_CPUTIME_ID */);
    public long ThreadCpuNanoseconds() => ClockNs(3 /* CLOCK_THREAD_CPUTIME_ID */);

    public void Sleep(long nanoseconds)
    {
        if (nanoseconds <= 0) { Thread.Yield(); return; }
        Thread.Sleep(TimeSpan.FromTicks(Math.Max(1, nanoseconds / 100)));
    }

    public HostLocalTime LocalTime(long unixSeconds)
    {
        // struct tm: 9 ints (36 bytes) + pad, long tm_gmtoff at 40, char* tm_zone at 48.
        var tm = new long[8];
        if (c_localtime_r([unixSeconds], tm) == 0) return new(0, false, "UTC");
        int isdst = (int)(tm[4] & 0xFFFFFFFF);
        long gmtoff = tm[5];
        string zone = Marshal.PtrToStringUTF8((nint)tm[6]) ?? "";
        return new(gmtoff, isdst > 0, zone);
    }
}
