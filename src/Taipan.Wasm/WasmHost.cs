using System.Runtime.InteropServices.JavaScript;
using Taipan.Hosting;

namespace Taipan.Wasm;

/// <summary>
/// The browser-wasm host: an in-memory file system (filled from JavaScript, with a lazy fallback to a
/// JavaScript file reader such as Node's fs), stdio routed to JavaScript callbacks, and the browser's
/// clock and entropy. Nothing here touches the real machine directly.
/// </summary>
public sealed partial class WasmHost : IHost
{
    readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    readonly HashSet<string> _directories = new(StringComparer.Ordinal) { "/" };
    readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);
    readonly long _startTicks = DateTime.UtcNow.Ticks;

    public WasmHost()
    {
        StandardOutput = new JsWriteStream(1);
        StandardError = new JsWriteStream(2);
    }

    [JSImport("write", "taipan-host")]
    internal static partial void JsWrite(int fd, string text);

    /// <summary>Synchronous file read provided by the embedder (Node's fs); returns null when absent.</summary>
    [JSImport("readFile", "taipan-host")]
    internal static partial byte[]? JsReadFile(string path);

    [JSImport("fileKind", "taipan-host")]
    internal static partial int JsFileKind(string path);

    [JSImport("listDirectory", "taipan-host")]
    internal static partial string JsListDirectory(string path);

    public void AddFile(string path, byte[] data)
    {
        path = Normalize(path);
        _files[path] = data;
        for (var dir = Parent(path); dir != null; dir = Parent(dir)) _directories.Add(dir);
    }

    public void SetEnvironment(string name, string value) => _environment[name] = value;

    static string Normalize(string path) => path.Length > 1 ? path.TrimEnd('/') : path;

    static string? Parent(string path)
    {
        if (path == "/") return null;
        int i = path.LastIndexOf('/');
        return i <= 0 ? "/" : path[..i];
    }

    public Stream StandardInput { get; } = new MemoryStream([], writable: false);
    public Stream StandardOutput { get; }
    public Stream StandardError { get; }
    public bool IsTerminal(int fd) => false;

    public bool FileExists(string path)
    {
        path = Normalize(path);
        return _files.ContainsKey(path) || JsFileKind(path) == 1;
    }

    public bool DirectoryExists(string path)
    {
        path = Normalize(path);
        return _directories.Contains(path) || JsFileKind(path) == 2;
    }

    public byte[] ReadAllBytes(string path)
    {
        path = Normalize(path);
        if (_files.TryGetValue(path, out var data)) return data;
        return JsReadFile(path) ?? throw new FileNotFoundException($"No such file or directory: '{path}'", path);
    }

    public IReadOnlyList<string> ListDirectory(string path)
    {
        path = Normalize(path);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        string prefix = path == "/" ? "/" : path + "/";
        foreach (var f in _files.Keys.Concat(_directories))
        {
            if (!f.StartsWith(prefix, StringComparison.Ordinal) || f.Length == prefix.Length) continue;
            var rest = f[prefix.Length..];
            int slash = rest.IndexOf('/');
            names.Add(slash < 0 ? rest : rest[..slash]);
        }
        var js = JsListDirectory(path);
        if (js.Length > 0)
            foreach (var n in js.Split('\n')) names.Add(n);
        return names.ToList();
    }

    public string CurrentDirectory => "/";

    public string GetFullPath(string path)
    {
        if (path.StartsWith('/')) return path;
        return "/" + path;
    }

    /// <summary>Files opened for writing live in memory; their bytes go back into the file table on flush and close.</summary>
    public Stream OpenFile(string path, HostFileMode mode)
    {
        path = Normalize(GetFullPath(path));
        if (DirectoryExists(path)) throw HostIOException.FromErrno(HostIOException.EISDIR);
        bool exists = FileExists(path);
        if (exists && (mode & HostFileMode.Exclusive) != 0) throw HostIOException.FromErrno(HostIOException.EEXIST);
        if (!exists && (mode & HostFileMode.Create) == 0) throw HostIOException.FromErrno(HostIOException.ENOENT);
        var parent = Parent(path);
        if (parent != null && !DirectoryExists(parent)) throw HostIOException.FromErrno(HostIOException.ENOENT);
        var s = new MemoryFile(this, path, (mode & HostFileMode.Read) != 0, (mode & HostFileMode.Write) != 0);
        if (exists && (mode & HostFileMode.Truncate) == 0)
        {
            var data = ReadAllBytes(path);
            s.Write(data, 0, data.Length);
            s.Position = (mode & HostFileMode.Append) != 0 ? data.Length : 0;
        }
        if (!exists || (mode & HostFileMode.Truncate) != 0) AddFile(path, []);
        return s;
    }

    public int FileDescriptor(Stream file) => -1;

    sealed class MemoryFile(WasmHost host, string path, bool canRead, bool canWrite) : MemoryStream
    {
        public override bool CanRead => canRead && base.CanRead;
        public override bool CanWrite => canWrite && base.CanWrite;
        public override void Flush() { if (canWrite) host.AddFile(path, ToArray()); }
        protected override void Dispose(bool disposing) { if (disposing) Flush(); base.Dispose(disposing); }
    }

    public string? GetEnvironmentVariable(string name) => _environment.TryGetValue(name, out var v) ? v : null;
    public IReadOnlyDictionary<string, string> EnvironmentVariables => _environment;
    public string ExecutablePath => "";
    public string BaseDirectory => "/";

    public void Exit(int code) => throw new WasmExitException(code);

    public long TimeNanoseconds() => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;
    public long MonotonicNanoseconds() => (DateTime.UtcNow.Ticks - _startTicks) * 100;

    public void GetRandomBytes(Span<byte> buffer) => System.Security.Cryptography.RandomNumberGenerator.Fill(buffer);

    /// <summary>A write-only stream that hands UTF-8 text to the JavaScript side per write.</summary>
    sealed class JsWriteStream(int fd) : Stream
    {
        readonly System.Text.Decoder _decoder = System.Text.Encoding.UTF8.GetDecoder();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            var chars = new char[_decoder.GetCharCount(buffer, offset, count)];
            _decoder.GetChars(buffer, offset, count, chars, 0);
            if (chars.Length > 0) JsWrite(fd, new string(chars));
        }
    }
}

/// <summary>sys.exit() in the browser: unwinds to the exported entry point, which returns the code.</summary>
public sealed class WasmExitException(int code) : Exception($"exit {code}")
{
    public int Code { get; } = code;
}
