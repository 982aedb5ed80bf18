using System.Text;

namespace Taipan.ProgramRunner;

/// <summary>A short unified diff of two texts, by longest common subsequence of lines.</summary>
internal static class LineDiff
{
    private const int Context = 2;
    // Beyond this many cells the LCS table costs too much; show only the first difference then.
    private const long MaxCells = 4_000_000;

    public static string Unified(string expected, string actual, string label, int maxLines)
    {
        string[] a = SplitLines(expected);
        string[] b = SplitLines(actual);
        var ops = (long)a.Length * b.Length <= MaxCells ? Lcs(a, b) : FirstDifference(a, b);

        var sb = new StringBuilder();
        sb.Append("--- expected ").Append(label).Append('\n');
        sb.Append("+++ actual ").Append(label).Append('\n');
        int written = 0;
        foreach (var hunk in Hunks(ops))
        {
            foreach (string line in hunk)
            {
                if (written++ >= maxLines)
                {
                    sb.Append("  ... (diff cut)\n");
                    return sb.ToString();
                }
                sb.Append(line).Append('\n');
            }
        }
        return sb.ToString();
    }

    /// <summary>Lines including a marker for a missing final newline, which matters byte-wise.</summary>
    private static string[] SplitLines(string text)
    {
        if (text.Length == 0) return [];
        var lines = text.Split('\n').ToList();
        if (lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        else lines[^1] += "\\ (no newline at end)";
        return [.. lines.Select(Visible)];
    }

    /// <summary>Makes carriage returns and other invisible differences show up.</summary>
    private static string Visible(string line) => line.Replace("\r", "\\r").Replace("\t", "\\t");

    private readonly record struct Op(char Kind, string Line, int A, int B);

    private static List<Op> Lcs(string[] a, string[] b)
    {
        int n = a.Length, m = b.Length;
        var len = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
            for (int j = m - 1; j >= 0; j--)
                len[i, j] = a[i] == b[j] ? len[i + 1, j + 1] + 1 : Math.Max(len[i + 1, j], len[i, j + 1]);

        var ops = new List<Op>();
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            // Removals before additions on a tie, as diff -u shows them.
            if (x < n && y < m && a[x] == b[y]) { ops.Add(new Op(' ', a[x], x++, y++)); }
            else if (x < n && (y == m || len[x + 1, y] >= len[x, y + 1])) { ops.Add(new Op('-', a[x], x++, y)); }
            else { ops.Add(new Op('+', b[y], x, y++)); }
        }
        return ops;
    }

    private static List<Op> FirstDifference(string[] a, string[] b)
    {
        var ops = new List<Op>();
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) { ops.Add(new Op(' ', a[i], i, i)); i++; }
        if (i < a.Length) ops.Add(new Op('-', a[i], i, i));
        if (i < b.Length) ops.Add(new Op('+', b[i], i, i));
        return ops;
    }

    private static IEnumerable<List<string>> Hunks(List<Op> ops)
    {
        int k = 0;
        while (k < ops.Count)
        {
            if (ops[k].Kind == ' ') { k++; continue; }
            int start = Math.Max(0, k - Context);
            int end = k;
            // Extend while the next change is within 2*Context unchanged lines.
            while (end < ops.Count)
            {
                int next = end;
                while (next < ops.Count && ops[next].Kind != ' ') next++;
                int gap = next;
                while (gap < ops.Count && ops[gap].Kind == ' ') gap++;
                end = next;
                if (gap >= ops.Count || gap - next > 2 * Context) break;
                end = gap;
            }
            int stop = Math.Min(ops.Count, end + Context);
            int aStart = ops[start].A + 1, bStart = ops[start].B + 1;
            int aLen = 0, bLen = 0;
            for (int t = start; t < stop; t++)
            {
                if (ops[t].Kind != '+') aLen++;
                if (ops[t].Kind != '-') bLen++;
            }
            var hunk = new List<string> { $"@@ -{aStart},{aLen} +{bStart},{bLen} @@" };
            for (int t = start; t < stop; t++) hunk.Add(ops[t].Kind + ops[t].Line);
            yield return hunk;
            k = stop;
        }
    }
}
