using System.Diagnostics;
using System.Security.Cryptography;

namespace Taipan.Hosting;

/// <summary>The host for the real machine: Console streams, System.IO, Environment.</summary>
public sealed partial class NativeHost : IHost
{
    Stream? _in, _out, _err;
    IReadOnlyDictionary<string, string>? _env;

    public Stream StandardInput => _in ??= Console.OpenStandardInput();
    public Stream StandardOutput => _out ??= Console.OpenStandardOutput();
    public Stream StandardError => _err ??= Console.OpenStandardError();

    public bool IsTerminal(int fd) => fd switch
    {
        0 => !Console.IsInputRedirected,
        1 => !Console.IsOutputRedirected,
        2 => !Console.IsErrorRedirected,
        _ => false,
    };

    public bool FileExists(string path) => File.Exists(path);
    public bool DirectoryExists(string path) => Directory.Exists(path);
    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

    public IReadOnlyList<string> ListDirectory(string path)
    {
        if (!Directory.Exists(path)) return [];
        var entries = Directory.GetFileSystemEntries(path);
        var names = new string[entries.Length];
        for (int i = 0; i < entries.Length; i++) names[i] = Path.GetFileName(entries[i]);
        return names;
    }

    public string CurrentDirectory => Directory.GetCurrentDirectory();
    public string GetFullPath(string path) => Path.GetFullPath(path);

    public Stream OpenFile(string path, HostFileMode mode)
    {
        bool write = (mode & HostFileMode.Write) != 0;
        if (Directory.Exists(path)) throw HostIOException.FromErrno(HostIOException.EISDIR);
        FileMode fm = (mode & HostFileMode.Exclusive) != 0 ? FileMode.CreateNew
            : (mode & HostFileMode.Create) != 0 ? ((mode & HostFileMode.Truncate) != 0 ? FileMode.Create : FileMode.OpenOrCreate)
            : (mode & HostFileMode.Truncate) != 0 ? FileMode.Truncate : FileMode.Open;
        var access = (mode & HostFileMode.Read) != 0 ? (write ? FileAccess.ReadWrite : FileAccess.Read) : FileAccess.Write;
        try
        {
            var fs = new FileStream(path, fm, access, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            if ((mode & HostFileMode.Append) != 0) fs.Seek(0, SeekOrigin.End);
            return fs;
        }
        catch (FileNotFoundException) { throw HostIOException.FromErrno(HostIOException.ENOENT); }
        catch (DirectoryNotFoundException) { throw HostIOException.FromErrno(HostIOException.ENOENT); }
        catch (UnauthorizedAccessException) { throw HostIOException.FromErrno(HostIOException.EACCES); }
        catch (IOException) when (fm == FileMode.CreateNew && (File.Exists(path) || Directory.Exists(path)))
        {
            throw HostIOException.FromErrno(HostIOException.EEXIST);
        }
        catch (IOException e) { throw new HostIOException(5, e.Message); }
    }

    public int FileDescriptor(Stream file) =>
        file is FileStream fs && !OperatingSystem.IsWindows() ? (int)fs.SafeFileHandle.DangerousGetHandle() : -1;

    public string? GetEnvironmentVariable(string name) => Environment.GetEnvironmentVariable(name);

    public IReadOnlyDictionary<string, string> EnvironmentVariables
    {
        get
        {
            if (_env != null) return _env;
            var d = new Dictionary<string, string>();
            foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
                d[(string)e.Key] = (string?)e.Value ?? "";
            return _env = d;
        }
    }

    public string ExecutablePath => Environment.ProcessPath ?? "";
    public string BaseDirectory => AppContext.BaseDirectory;

    public void Exit(int code)
    {
        _out?.Flush();
        _err?.Flush();
        Environment.Exit(code);
    }

    public long TimeNanoseconds() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    public long MonotonicNanoseconds()
    {
        long ts = Stopwatch.GetTimestamp();
        return (long)(ts * (1_000_000_000.0 / Stopwatch.Frequency));
    }

    public void GetRandomBytes(Span<byte> buffer) => RandomNumberGenerator.Fill(buffer);
}
