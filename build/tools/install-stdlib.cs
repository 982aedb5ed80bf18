// Unpacks Pyodide's python_stdlib.zip into Taipan's stdlib folder: an extracted tree (lib/) and a
// re-packed zip, both without Pyodide's own entries. Run by build/fetch-stdlib as a file-based app
// so the build needs nothing beyond the .NET SDK (the machine image has no `zip` tool).
// Usage: dotnet run build/tools/install-stdlib.cs -- SOURCE.zip DEST_DIR
using System.IO.Compression;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: install-stdlib SOURCE.zip DEST_DIR");
    return 2;
}

string source = args[0];
string dest = args[1];
string libDir = Path.Combine(dest, "lib");
string zipPath = Path.Combine(dest, "python_stdlib.zip");
Directory.CreateDirectory(libDir);

int kept = 0;
var dropped = new SortedSet<string>(StringComparer.Ordinal);
using (ZipArchive input = ZipFile.OpenRead(source))
using (ZipArchive output = ZipFile.Open(zipPath, ZipArchiveMode.Create))
{
    foreach (ZipArchiveEntry entry in input.Entries)
    {
        string top = entry.FullName.Split('/')[0];
        if (IsPyodideSpecific(entry.FullName))
        {
            dropped.Add(entry.FullName.Contains('/') ? top + "/" : top);
            continue;
        }

        // Zip entries are relative paths with '/' separators; refuse anything that escapes lib/.
        string target = Path.GetFullPath(Path.Combine(libDir, entry.FullName));
        if (!target.StartsWith(Path.GetFullPath(libDir) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"install-stdlib: unsafe entry name {entry.FullName}");
            return 1;
        }

        ZipArchiveEntry copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
        copy.LastWriteTime = entry.LastWriteTime;
        if (entry.FullName.EndsWith('/'))
        {
            Directory.CreateDirectory(target);
            continue;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using (Stream from = entry.Open())
        using (Stream toZip = copy.Open())
        using (FileStream toFile = File.Create(target))
        {
            // One read of the entry feeds both the extracted file and the re-packed zip.
            byte[] buffer = new byte[81920];
            int n;
            while ((n = from.Read(buffer, 0, buffer.Length)) > 0)
            {
                toZip.Write(buffer, 0, n);
                toFile.Write(buffer, 0, n);
            }
        }
        File.SetLastWriteTimeUtc(target, entry.LastWriteTime.UtcDateTime);
        kept++;
    }
}

Console.WriteLine($"install-stdlib: {kept} files kept; dropped {string.Join(", ", dropped)}");
return 0;

// Pyodide's packages, its empty site-packages and the Emscripten sysconfig data: Taipan provides
// its own pyodide package and sysconfig data (DESIGN.md, principle 2).
static bool IsPyodideSpecific(string name) =>
    name.StartsWith("pyodide/", StringComparison.Ordinal)
    || name.StartsWith("_pyodide/", StringComparison.Ordinal)
    || name.StartsWith("site-packages/", StringComparison.Ordinal)
    || name.StartsWith("_sysconfigdata", StringComparison.Ordinal);
