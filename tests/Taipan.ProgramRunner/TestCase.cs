namespace Taipan.ProgramRunner;

/// <summary>
/// One program of tests/programs with what CPython 3.12 produced for it. Beside NAME.py:
/// NAME.out (stdout, required), NAME.err (stderr, absent = empty), NAME.code (exit status,
/// absent = 0), and optional inputs NAME.in (stdin, absent = empty) and NAME.args (one extra
/// command-line argument per line).
/// </summary>
internal sealed record TestCase(string RelativePath, string FullPath)
{
    /// <summary>The first folder under tests/programs, used to group counts.</summary>
    public string Area => RelativePath.Contains('/') ? RelativePath[..RelativePath.IndexOf('/')] : ".";

    private string Sibling(string extension) => Path.ChangeExtension(FullPath, extension);

    public byte[] ExpectedStdout => File.ReadAllBytes(Sibling(".out"));
    public byte[] ExpectedStderr => File.Exists(Sibling(".err")) ? File.ReadAllBytes(Sibling(".err")) : [];

    public int ExpectedExitCode =>
        File.Exists(Sibling(".code"))
            ? int.Parse(File.ReadAllText(Sibling(".code")).Trim(), System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    public byte[] Stdin => File.Exists(Sibling(".in")) ? File.ReadAllBytes(Sibling(".in")) : [];

    public IReadOnlyList<string> ExtraArgs =>
        File.Exists(Sibling(".args"))
            ? File.ReadAllText(Sibling(".args")).Split('\n').Where(l => l.Length > 0).ToArray()
            : [];

    /// <summary>
    /// Every program with an expected-output file. Helper modules (_*.py, or anything under a
    /// folder whose name starts with '_', such as _helpers/) are imported by programs, never run
    /// on their own; this also skips __pycache__.
    /// </summary>
    public static List<TestCase> Discover(string programsDir, out List<string> withoutExpected)
    {
        var cases = new List<TestCase>();
        withoutExpected = [];
        foreach (string file in Directory.EnumerateFiles(programsDir, "*.py", SearchOption.AllDirectories))
        {
            string rel = Path.GetRelativePath(programsDir, file).Replace(Path.DirectorySeparatorChar, '/');
            string[] parts = rel.Split('/');
            if (parts.Any(p => p.StartsWith('_'))) continue;
            if (File.Exists(Path.ChangeExtension(file, ".out"))) cases.Add(new TestCase(rel, file));
            else withoutExpected.Add(rel);
        }
        cases.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        withoutExpected.Sort(string.CompareOrdinal);
        return cases;
    }
}
