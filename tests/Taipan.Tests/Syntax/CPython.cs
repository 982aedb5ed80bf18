using System.Diagnostics;
using System.Text.Json;

namespace Taipan.Tests.Syntax;

/// <summary>Finds CPython 3.12 (the oracle) and runs small helper scripts with it.</summary>
internal static class CPython
{
    private static readonly Lazy<string?> _exe = new(Find);

    public static string? Exe => _exe.Value;

    public static string SkipReason => "python3.12 not found (looked at /root/.pyenv/versions/3.12.1/bin/python3.12 and PATH): parity test skipped";

    private static string? Find()
    {
        const string pinned = "/root/.pyenv/versions/3.12.1/bin/python3.12";
        if (File.Exists(pinned)) return pinned;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var p = Path.Combine(dir, "python3.12");
            if (File.Exists(p)) return p;
        }
        return null;
    }

    /// <summary>The Lib directory of the oracle's install (…/lib/python3.12).</summary>
    public static string? LibDir
    {
        get
        {
            if (Exe == null) return null;
            var root = Path.GetDirectoryName(Path.GetDirectoryName(Exe))!;
            var lib = Path.Combine(root, "lib", "python3.12");
            return Directory.Exists(lib) ? lib : null;
        }
    }

    /// <summary>Runs a script with the given stdin, returns stdout parsed as JSON.</summary>
    public static JsonDocument RunJson(string script, string stdin)
    {
        var path = Path.Combine(Path.GetTempPath(), "taipan_oracle_" + Guid.NewGuid().ToString("N") + ".py");
        File.WriteAllText(path, script);
        try
        {
            var psi = new ProcessStartInfo(Exe!, path)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            psi.Environment["PYTHONIOENCODING"] = "utf-8";
            using var proc = Process.Start(psi)!;
            var errTask = proc.StandardError.ReadToEndAsync();
            proc.StandardInput.Write(stdin);
            proc.StandardInput.Close();
            string output = proc.StandardOutput.ReadToEnd();
            proc.WaitForExit();
            if (proc.ExitCode != 0) throw new InvalidOperationException("oracle failed: " + errTask.Result);
            return JsonDocument.Parse(output);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
