using Taipan.Runtime;

namespace Taipan.Modules.Io;

/// <summary>
/// sys.stdin/stdout/stderr as CPython's create_stdio builds them: TextIOWrapper over a buffered FileIO on
/// fd 0/1/2 (utf-8; stdout line-buffered only on a terminal; stderr line-buffered with backslashreplace;
/// -u or PYTHONUNBUFFERED: unbuffered binary layer and write_through). Runs as a contribution to `sys`,
/// replacing the runtime's bootstrap streams before any user code runs.
/// </summary>
internal static class SysStreams
{
    public static void Install(Interpreter interp, PyModule sys)
    {
        var o = interp.Options;
        bool unbuffered = o.Unbuffered || (!o.IgnoreEnvironment && !string.IsNullOrEmpty(interp.Host.GetEnvironmentVariable("PYTHONUNBUFFERED")));
        PyObject stdin, stdout, stderr;
        stdin = Create(interp, 0, "<stdin>", "r", unbuffered);
        stdout = Create(interp, 1, "<stdout>", "w", unbuffered);
        stderr = Create(interp, 2, "<stderr>", "w", unbuffered);
        foreach (var (n, s) in new[] { ("stdin", stdin), ("stdout", stdout), ("stderr", stderr) })
        {
            sys.Dict.SetItem(n, s);
            sys.Dict.SetItem("__" + n + "__", s);
        }
    }

    static PyObject Create(Interpreter interp, int fd, string name, string mode, bool unbuffered)
    {
        var raw = new PyFileIO(PyFileIO.TypeObject);
        raw.InitStdio(interp.Host, fd, mode == "r");
        raw.Dict!.SetItem("name", new PyStr(name));
        bool isTty = interp.Host.IsTerminal(fd);
        PyObject buffer;
        PyBuffered? buffered = null;
        if (unbuffered && fd != 0) buffer = raw;
        else
        {
            buffered = fd == 0 ? new PyBufferedReader(PyBufferedReader.TypeObject) : new PyBufferedWriter(PyBufferedWriter.TypeObject);
            buffered.InitBufferedTrusted(raw, IoModule.DefaultBufferSize);
            buffer = buffered;
        }
        var text = new PyTextIOWrapper(PyTextIOWrapper.TypeObject);
        string errors = fd == 2 ? "backslashreplace" : "surrogateescape";
        bool lineBuffering = !unbuffered && (isTty || fd == 2);
        text.InitWrapperTrusted(buffer, "utf-8", errors, "\n", lineBuffering, unbuffered);
        text.Dict!.SetItem("mode", new PyStr(mode));
        return text;
    }
}
