namespace Taipan.ProgramRunner;

/// <summary>Command-line options of the runner.</summary>
internal sealed class Options
{
    public required string Taipan { get; init; }
    public required string ProgramsDir { get; init; }
    /// <summary>
    /// UTF-8 of the programs folder as the child sees it from getcwd() (symbolic links resolved),
    /// with a trailing '/': removed from outputs before comparing (see ProgramExecution).
    /// </summary>
    public byte[] ProgramsPrefix { get; private init; } = [];
    public int Jobs { get; init; } = 2;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>
    /// The timeout of programs listed in pending.txt: shorter, so that while most programs are
    /// pending a hanging interpreter cannot push the tier past CI's time budget.
    /// </summary>
    public TimeSpan PendingTimeout { get; init; } = TimeSpan.FromSeconds(3);
    /// <summary>Substrings of relative paths; a program runs if it matches any (all when empty).</summary>
    public IReadOnlyList<string> Filters { get; init; } = [];
    /// <summary>Print every program's result, not only failures.</summary>
    public bool Verbose { get; init; }
    /// <summary>Rewrite pending.txt without the programs that now pass.</summary>
    public bool PrunePending { get; init; }
    /// <summary>When set, append failing programs to pending.txt with this reason.</summary>
    public string? AddFailuresReason { get; init; }

    public const string Usage = """
        usage: Taipan.ProgramRunner [--taipan PATH] [--programs DIR] [--jobs N] [--timeout SECONDS]
                                    [--pending-timeout SECONDS]
                                    [-v|--verbose] [--prune-pending] [--add-failures REASON]
                                    [FILTER...]
          --taipan    the command to test (default: <repo>/artifacts/taipan/taipan)
          --programs  the program folder (default: <repo>/tests/programs)
          --jobs      programs run in parallel (default 2)
          --timeout   seconds before a program is killed and failed (default 10)
          --pending-timeout      the same for programs in pending.txt (default 3)
          --prune-pending        remove the programs that now pass from pending.txt
          --add-failures REASON  add the failing programs to pending.txt ("not yet: issue N")
          FILTER      run only programs whose relative path contains one of these strings
        """;

    /// <summary>Parses arguments; returns null (after printing why) when they are unusable.</summary>
    public static Options? Parse(string[] args)
    {
        string? taipan = null, programs = null;
        int jobs = 2;
        double timeout = 10, pendingTimeout = 3;
        bool verbose = false, prune = false;
        string? addReason = null;
        var filters = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            string Next()
            {
                if (i + 1 >= args.Length) throw new ArgumentException($"{a} needs a value");
                return args[++i];
            }
            try
            {
                switch (a)
                {
                    case "--taipan": taipan = Next(); break;
                    case "--programs": programs = Next(); break;
                    case "--jobs": jobs = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                    case "--timeout": timeout = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                    case "--pending-timeout": pendingTimeout = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                    case "-v" or "--verbose": verbose = true; break;
                    case "--prune-pending": prune = true; break;
                    case "--add-failures": addReason = Next(); break;
                    case "-h" or "--help": Console.WriteLine(Usage); return null;
                    default:
                        if (a.StartsWith('-')) throw new ArgumentException($"unknown option {a}");
                        filters.Add(a);
                        break;
                }
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                Console.Error.WriteLine($"program-runner: {e.Message}");
                Console.Error.WriteLine(Usage);
                return null;
            }
        }

        string? repo = FindRepoRoot();
        programs ??= repo is null ? null : Path.Combine(repo, "tests", "programs");
        taipan ??= repo is null ? null : Path.Combine(repo, "artifacts", "taipan", "taipan");
        if (programs is null || taipan is null)
        {
            Console.Error.WriteLine("program-runner: cannot find the repository root (Taipan.slnx); pass --programs and --taipan");
            return null;
        }
        programs = Path.GetFullPath(programs);
        taipan = ResolveCommand(taipan);
        if (!Directory.Exists(programs))
        {
            Console.Error.WriteLine($"program-runner: program folder not found: {programs}");
            return null;
        }
        // The runner's own working directory does not matter to it, so this is the simplest way
        // to ask the OS for the resolved path that a child's getcwd() will return.
        Directory.SetCurrentDirectory(programs);
        string resolved = Directory.GetCurrentDirectory();
        return new Options
        {
            Taipan = taipan,
            ProgramsDir = programs,
            ProgramsPrefix = System.Text.Encoding.UTF8.GetBytes(resolved.TrimEnd('/') + "/"),
            Jobs = Math.Max(1, jobs),
            Timeout = TimeSpan.FromSeconds(timeout),
            PendingTimeout = TimeSpan.FromSeconds(Math.Min(timeout, pendingTimeout)),
            Filters = filters,
            Verbose = verbose,
            PrunePending = prune,
            AddFailuresReason = addReason,
        };
    }

    /// <summary>A path as an absolute path; a bare command name looked up on PATH.</summary>
    private static string ResolveCommand(string command)
    {
        if (command.Contains('/')) return Path.GetFullPath(command);
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            string candidate = Path.Combine(dir, command);
            if (dir.Length > 0 && File.Exists(candidate)) return candidate;
        }
        return Path.GetFullPath(command);
    }

    /// <summary>The nearest folder holding Taipan.slnx, from the working directory up.</summary>
    private static string? FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Taipan.slnx"))) return dir.FullName;
        }
        return null;
    }
}
