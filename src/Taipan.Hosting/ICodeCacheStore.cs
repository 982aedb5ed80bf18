namespace Taipan.Hosting;

/// <summary>
/// Where the code cache keeps its entries (one per source path). Reads return null on any miss;
/// writes must be atomic (a reader sees the old entry, the new one, or none) and may throw IOException.
/// </summary>
public interface ICodeCacheStore
{
    byte[]? Read(string sourcePath);
    void Write(string sourcePath, byte[] data);
}

/// <summary>
/// The native code cache: one file per source path under a directory, named by a hash of the path,
/// written to a temporary file and renamed into place.
/// </summary>
public sealed class DirectoryCodeCacheStore(string directory) : ICodeCacheStore
{
    public string Directory { get; } = directory;

    string EntryPath(string sourcePath)
    {
        // FNV-1a over the UTF-16 path: a stable file name without separators.
        ulong h = 0xCBF29CE484222325UL;
        foreach (char c in sourcePath) { h ^= c; h *= 0x100000001B3UL; }
        var name = Path.GetFileNameWithoutExtension(sourcePath);
        if (name.Length > 40) name = name[..40];
        return Path.Combine(Directory, $"{name}-{h:x16}.tpc");
    }

    public byte[]? Read(string sourcePath)
    {
        try { return File.ReadAllBytes(EntryPath(sourcePath)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    public void Write(string sourcePath, byte[] data)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var target = EntryPath(sourcePath);
        var temp = $"{target}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            File.WriteAllBytes(temp, data);
            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw;
        }
    }
}
