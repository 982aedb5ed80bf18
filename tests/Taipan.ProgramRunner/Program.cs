using System.Text;
using Taipan.ProgramRunner;

// The program test tier: runs every tests/programs/**/*.py that has an expected .out file with the
// taipan command and compares stdout, stderr and the exit code byte for byte with what CPython 3.12
// produced (build/gen-expected). Ends with one line "N passed, M failed"; exits 1 iff M > 0.

Options? options = Options.Parse(args);
if (options is null) return 2;
if (!File.Exists(options.Taipan))
{
    Console.Error.WriteLine($"program-runner: taipan command not found: {options.Taipan}");
    return 2;
}

var pending = PendingList.Load(options.ProgramsDir);
var all = TestCase.Discover(options.ProgramsDir, out var withoutExpected);
var selected = options.Filters.Count == 0
    ? all
    : all.Where(t => options.Filters.Any(f => t.RelativePath.Contains(f, StringComparison.Ordinal))).ToList();

Console.WriteLine($"program-runner: {selected.Count} programs, {options.Jobs} at a time, with {options.Taipan}");

var results = new Outcome[selected.Count];
await Parallel.ForEachAsync(
    Enumerable.Range(0, selected.Count),
    new ParallelOptions { MaxDegreeOfParallelism = options.Jobs },
    async (i, _) =>
    {
        TimeSpan limit = pending.Contains(selected[i].RelativePath) ? options.PendingTimeout : options.Timeout;
        results[i] = Outcome.Judge(selected[i], await ProgramExecution.RunAsync(options, selected[i], limit), pending);
    });

// Failures first, in path order, each with what differed.
foreach (var r in results.Where(r => r.Status == Status.Failed))
{
    Console.WriteLine($"FAIL {r.Test.RelativePath}");
    Console.Write(r.Details);
}
if (options.Verbose)
{
    foreach (var r in results.Where(r => r.Status != Status.Failed))
        Console.WriteLine($"{StatusWord(r.Status)} {r.Test.RelativePath}");
}

// Per-folder counts.
Console.WriteLine();
Console.WriteLine($"{"area",-16} {"passed",7} {"failed",7} {"pending",8}");
foreach (var group in results.GroupBy(r => r.Test.Area).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    int p = group.Count(r => r.Status is Status.Passed or Status.NowPasses);
    int f = group.Count(r => r.Status == Status.Failed);
    int x = group.Count(r => r.Status == Status.Pending);
    Console.WriteLine($"{group.Key,-16} {p,7} {f,7} {x,8}");
}
Console.WriteLine();

foreach (var r in results.Where(r => r.Status == Status.NowPasses))
    Console.WriteLine($"now passes, remove from pending.txt: {r.Test.RelativePath}");
var known = new HashSet<string>(all.Select(t => t.RelativePath), StringComparer.Ordinal);
foreach (string stale in pending.Paths.Where(p => !known.Contains(p)))
    Console.WriteLine($"warning: pending.txt lists {stale}, which is not a program with expected output");
foreach (string orphan in withoutExpected)
    Console.WriteLine($"warning: {orphan} has no .out file (run build/gen-expected); not run");

if (options.PrunePending || options.AddFailuresReason is not null)
{
    var remove = options.PrunePending
        ? results.Where(r => r.Status == Status.NowPasses).Select(r => r.Test.RelativePath).ToHashSet(StringComparer.Ordinal)
        : new HashSet<string>(StringComparer.Ordinal);
    var add = options.AddFailuresReason is null
        ? []
        : results.Where(r => r.Status == Status.Failed).Select(r => r.Test.RelativePath).ToList();
    PendingList.Rewrite(options.ProgramsDir, remove, add, options.AddFailuresReason ?? "");
    Console.WriteLine($"pending.txt: {remove.Count} removed, {add.Count} added");
}

int passed = results.Count(r => r.Status is Status.Passed or Status.NowPasses);
int failed = results.Count(r => r.Status == Status.Failed);
int pendingCount = results.Count(r => r.Status == Status.Pending);
Console.WriteLine($"{pendingCount} pending");
Console.WriteLine($"{passed} passed, {failed} failed");
return failed > 0 ? 1 : 0;

static string StatusWord(Status s) => s switch
{
    Status.Passed => "ok",
    Status.NowPasses => "ok (pending)",
    Status.Pending => "xfail",
    _ => "FAIL",
};

namespace Taipan.ProgramRunner
{
    internal enum Status { Passed, Failed, Pending, NowPasses }

    /// <summary>The verdict on one program, with a readable account of any difference.</summary>
    internal sealed record Outcome(TestCase Test, Status Status, string Details)
    {
        private const int DiffLines = 40;

        public static Outcome Judge(TestCase test, RunOutput run, PendingList pending)
        {
            string details = Compare(test, run);
            bool ok = details.Length == 0;
            bool isPending = pending.Contains(test.RelativePath);
            Status status = (ok, isPending) switch
            {
                (true, false) => Status.Passed,
                (true, true) => Status.NowPasses,
                (false, true) => Status.Pending,
                (false, false) => Status.Failed,
            };
            return new Outcome(test, status, details);
        }

        private static string Compare(TestCase test, RunOutput run)
        {
            if (run.StartError is not null) return $"  could not start: {run.StartError}\n";
            var sb = new StringBuilder();
            if (run.TimedOut) sb.Append("  timed out (killed)\n");
            int code = test.ExpectedExitCode;
            if (run.ExitCode != code && !run.TimedOut) sb.Append($"  exit code: expected {code}, got {run.ExitCode}\n");
            AppendDiff(sb, "stdout", test.ExpectedStdout, run.Stdout);
            AppendDiff(sb, "stderr", test.ExpectedStderr, run.Stderr);
            return sb.ToString();
        }

        private static void AppendDiff(StringBuilder sb, string stream, byte[] expected, byte[] actual)
        {
            if (expected.AsSpan().SequenceEqual(actual)) return;
            string e = Encoding.UTF8.GetString(expected), a = Encoding.UTF8.GetString(actual);
            if (e == a)
            {
                sb.Append($"  {stream}: same text, different bytes (invalid UTF-8)\n");
                return;
            }
            foreach (string line in LineDiff.Unified(e, a, stream, DiffLines).Split('\n', StringSplitOptions.RemoveEmptyEntries))
                sb.Append("  ").Append(line).Append('\n');
        }
    }
}
