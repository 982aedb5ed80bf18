namespace Taipan.ProgramRunner;

/// <summary>
/// tests/programs/pending.txt: programs not expected to pass yet, one per line as
/// "path  # reason". Blank lines and lines starting with '#' are comments.
/// </summary>
internal sealed class PendingList
{
    public const string FileName = "pending.txt";

    private readonly Dictionary<string, string> _reasons = new(StringComparer.Ordinal);

    public IEnumerable<string> Paths => _reasons.Keys;

    public bool Contains(string relativePath) => _reasons.ContainsKey(relativePath);

    public string ReasonFor(string relativePath) => _reasons[relativePath];

    /// <summary>
    /// Edits pending.txt in place: drops the lines of <paramref name="remove"/> and appends
    /// <paramref name="add"/> with a reason, keeping every other line (comments included) as it was.
    /// </summary>
    public static void Rewrite(string programsDir, ISet<string> remove, IEnumerable<string> add, string reason)
    {
        string file = Path.Combine(programsDir, FileName);
        var lines = File.Exists(file) ? File.ReadAllLines(file).ToList() : [];
        lines.RemoveAll(raw =>
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) return false;
            int hash = line.IndexOf('#');
            return remove.Contains((hash < 0 ? line : line[..hash]).Trim());
        });
        lines.AddRange(add.Select(path => $"{path}  # {reason}"));
        File.WriteAllText(file, string.Join('\n', lines) + (lines.Count > 0 ? "\n" : ""));
    }

    public static PendingList Load(string programsDir)
    {
        var list = new PendingList();
        string file = Path.Combine(programsDir, FileName);
        if (!File.Exists(file)) return list;
        foreach (string raw in File.ReadLines(file))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int hash = line.IndexOf('#');
            string path = (hash < 0 ? line : line[..hash]).Trim();
            string reason = hash < 0 ? "" : line[(hash + 1)..].Trim();
            list._reasons[path] = reason;
        }
        return list;
    }
}
