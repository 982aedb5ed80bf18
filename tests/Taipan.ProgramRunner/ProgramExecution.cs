using System.Diagnostics;

namespace Taipan.ProgramRunner;

/// <summary>What one run of a program produced.</summary>
internal sealed record RunOutput(byte[] Stdout, byte[] Stderr, int ExitCode, bool TimedOut, string? StartError);

/// <summary>Runs one program the way gen-expected ran it under CPython.</summary>
internal static class ProgramExecution
{
    private static readonly string[] UnsetVariables =
    [
        "PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONSAFEPATH", "PYTHONUTF8",
        "PYTHONIOENCODING",
    ];

    public static async Task<RunOutput> RunAsync(Options options, TestCase test, TimeSpan limit)
    {
        var info = new ProcessStartInfo(options.Taipan)
        {
            // cwd tests/programs and a relative path, so tracebacks say File "area/name.py".
            WorkingDirectory = options.ProgramsDir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(test.RelativePath);
        foreach (string arg in test.ExtraArgs) info.ArgumentList.Add(arg);
        // The environment build/gen-expected gave CPython: no bytecode files written into
        // tests/programs, a UTF-8 locale, and none of the variables that change startup.
        info.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        info.Environment["LC_ALL"] = "C.UTF-8";
        foreach (string name in UnsetVariables) info.Environment.Remove(name);

        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new RunOutput([], [], -1, false, e.Message);
        }

        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        Task readOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        Task readErr = process.StandardError.BaseStream.CopyToAsync(stderr);
        Task writeIn = FeedStdinAsync(process, test.Stdin);

        using var timeout = new CancellationTokenSource(limit);
        bool timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            await process.WaitForExitAsync();
        }

        // A child that inherited the pipes could keep them open; do not wait on it forever.
        await Task.WhenAny(Task.WhenAll(readOut, readErr, writeIn), Task.Delay(TimeSpan.FromSeconds(5)));
        return new RunOutput(
            StripPrefix(stdout.ToArray(), options.ProgramsPrefix),
            StripPrefix(stderr.ToArray(), options.ProgramsPrefix),
            process.ExitCode, timedOut, null);
    }

    /// <summary>
    /// Removes every "&lt;absolute tests/programs&gt;/" from an output. CPython makes the script path
    /// absolute in __file__ and tracebacks; build/gen-expected removes the same prefix, so expected
    /// files read File "area/name.py" and do not depend on where the repository is.
    /// </summary>
    private static byte[] StripPrefix(byte[] output, byte[] prefix)
    {
        int at = output.AsSpan().IndexOf(prefix);
        if (at < 0) return output;
        var result = new MemoryStream(output.Length);
        int from = 0;
        while (at >= 0)
        {
            result.Write(output, from, at);
            from += at + prefix.Length;
            at = output.AsSpan(from).IndexOf(prefix);
        }
        result.Write(output, from, output.Length - from);
        return result.ToArray();
    }

    private static async Task FeedStdinAsync(Process process, byte[] input)
    {
        try
        {
            if (input.Length > 0) await process.StandardInput.BaseStream.WriteAsync(input);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program exited without reading all of its input: not an error in itself.
        }
    }
}
