using System.Text;
using Taipan.Runtime.Bytecode;

namespace Taipan.Runtime;

/// <summary>Caret anchors inside a source segment (for "~~~^^^~~~" markers), found by parsing the segment.</summary>
public readonly record struct CaretAnchors(int LeftEnd, int RightStart, char Primary, char Secondary);

/// <summary>
/// Prints uncaught exceptions exactly as CPython 3.12's built-in excepthook does (Python/pythonrun.c
/// and Python/traceback.c): chained exceptions, tracebacks with source lines and position carets,
/// notes, exception groups and SyntaxError's file/line/caret block.
/// </summary>
public static class TracebackPrinter
{
    /// <summary>Finds BinOp/Subscript anchors in a one-line segment; set by the host (it needs the parser).</summary>
    public static Func<string, CaretAnchors?>? AnchorFinder { get; set; }

    const int RecursiveCutoff = 3;
    const int MaxGroupWidth = 15, MaxGroupDepth = 10;

    public static void PrintToStderr(Interpreter interp, PyBaseException exc)
    {
        var sb = new StringBuilder();
        Format(interp, exc, sb);
        WriteToStderr(interp, sb.ToString());
    }

    public static void WriteToStderr(Interpreter interp, string text)
    {
        var stderr = interp.SysAttr("stderr");
        if (stderr is PyTextStream ts) { ts.Write(text); ts.Flush(); return; }
        if (stderr == null || stderr is PyNone)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            interp.Host.StandardError.Write(bytes);
            interp.Host.StandardError.Flush();
            return;
        }
        Ops.Call(Ops.GetAttr(stderr, "write"), [new PyStr(text)]);
        var flush = Ops.TryGetAttr(stderr, "flush");
        if (flush != null) Ops.Call(flush);
    }

    /// <summary>The full text CPython would print for an uncaught exception.</summary>
    public static string Format(Interpreter interp, PyBaseException exc)
    {
        var sb = new StringBuilder();
        Format(interp, exc, sb);
        return sb.ToString();
    }

    static void Format(Interpreter interp, PyBaseException exc, StringBuilder sb)
    {
        var ctx = new Context(interp);
        PrintRecursive(ctx, exc, sb);
    }

    sealed class Context(Interpreter interp)
    {
        public readonly Interpreter Interp = interp;
        public readonly HashSet<PyBaseException> Seen = new(ReferenceEqualityComparer.Instance);
        public readonly Dictionary<string, string[]?> Lines = new();
        public int ExceptionGroupDepth;
        public bool NeedClose;
        public int Limit = 1000;
    }

    static string Margin(Context ctx) => ctx.ExceptionGroupDepth > 0 ? new string(' ', 2 * ctx.ExceptionGroupDepth) + "| " : "";

    static void WriteIndented(Context ctx, StringBuilder sb, string text)
    {
        if (ctx.ExceptionGroupDepth == 0) { sb.Append(text); return; }
        // Prefix each line with the group margin.
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i == lines.Length - 1 && lines[i].Length == 0) break;
            sb.Append(Margin(ctx)).Append(lines[i]).Append('\n');
        }
    }

    static void WriteChainMessage(Context ctx, StringBuilder sb, string message)
    {
        var m = Margin(ctx);
        sb.Append(m).Append('\n').Append(m).Append(message).Append('\n').Append(m).Append('\n');
    }

    static void PrintRecursive(Context ctx, PyBaseException exc, StringBuilder sb)
    {
        ctx.Seen.Add(exc);
        var cause = exc.Cause;
        var context = exc.Context;
        if (cause != null && !ctx.Seen.Contains(cause))
        {
            PrintRecursive(ctx, cause, sb);
            WriteChainMessage(ctx, sb, "The above exception was the direct cause of the following exception:");
        }
        else if (context != null && !exc.SuppressContext && !ctx.Seen.Contains(context))
        {
            PrintRecursive(ctx, context, sb);
            WriteChainMessage(ctx, sb, "During handling of the above exception, another exception occurred:");
        }
        if (exc.Type.IsSubtypeOf(PyExc.BaseExceptionGroup)) PrintGroup(ctx, exc, sb);
        else PrintOne(ctx, exc, sb);
    }

    static void PrintOne(Context ctx, PyBaseException exc, StringBuilder sb)
    {
        var text = new StringBuilder();
        if (exc.Traceback is PyTraceback tb)
        {
            text.Append("Traceback (most recent call last):\n");
            PrintTraceback(ctx, tb, text);
        }
        AppendExceptionLine(ctx, exc, text);
        WriteIndented(ctx, sb, text.ToString());
    }

    /// <summary>An exception group as CPython's print_exception_group lays it out (the "+-+---- 1 ----" tree).</summary>
    static void PrintGroup(Context ctx, PyBaseException exc, StringBuilder sb)
    {
        if (ctx.ExceptionGroupDepth > MaxGroupDepth)
        {
            WriteIndented(ctx, sb, $"... (max_group_depth is {MaxGroupDepth})\n");
            return;
        }
        if (ctx.ExceptionGroupDepth == 0) ctx.ExceptionGroupDepth = 1;
        var text = new StringBuilder();
        bool hasTb = exc.Traceback is PyTraceback;
        if (exc.Traceback is PyTraceback tb)
        {
            text.Append("Exception Group Traceback (most recent call last):\n");
            PrintTraceback(ctx, tb, text);
        }
        AppendExceptionLine(ctx, exc, text);
        var body = text.ToString();
        if (hasTb && ctx.ExceptionGroupDepth == 1)
        {
            // The first group's traceback header carries "+ " instead of the "| " margin.
            int nl = body.IndexOf('\n');
            sb.Append(' ', 2 * ctx.ExceptionGroupDepth).Append("+ ").Append(body, 0, nl + 1);
            body = body[(nl + 1)..];
        }
        WriteIndented(ctx, sb, body);

        var excs = Ops.TryGetAttr(exc, "exceptions") is { } ex ? Ops.ToList(ex) : [];
        int num = excs.Count;
        int n = num <= MaxGroupWidth ? num : MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (int i = 0; i < n; i++)
        {
            bool last = i == n - 1;
            if (last) ctx.NeedClose = true;
            sb.Append(' ', 2 * ctx.ExceptionGroupDepth);
            bool truncated = i >= MaxGroupWidth;
            sb.Append(i == 0 ? "+-" : "  ").Append(truncated ? "+---------------- ... ----------------\n" : $"+---------------- {i + 1} ----------------\n");
            ctx.ExceptionGroupDepth++;
            if (!truncated)
            {
                if (excs[i] is PyBaseException sub) PrintRecursive(ctx, sub, sb);
            }
            else
            {
                int remaining = num - MaxGroupWidth;
                WriteIndented(ctx, sb, $"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
            }
            if (last && ctx.NeedClose)
            {
                sb.Append(' ', 2 * ctx.ExceptionGroupDepth).Append("+------------------------------------\n");
                ctx.NeedClose = false;
            }
            ctx.ExceptionGroupDepth--;
        }
        if (ctx.ExceptionGroupDepth == 1) ctx.ExceptionGroupDepth = 0;
    }

    static void PrintTraceback(Context ctx, PyTraceback tb, StringBuilder sb)
    {
        var limitObj = ctx.Interp.SysAttr("tracebacklimit");
        int limit = ctx.Limit;
        if (limitObj is PyInt li) { limit = li.IsSmall ? (int)Math.Clamp(li.Small, int.MinValue, int.MaxValue) : int.MaxValue; if (limit <= 0) return; }
        int depth = 0;
        for (var t = tb; t != null; t = t.Next) depth++;
        while (depth > limit && tb != null) { tb = tb.Next!; depth--; }
        string? lastFile = null, lastName = null;
        int lastLine = -1, cnt = 0;
        for (var t = tb; t != null; t = t.Next)
        {
            var code = t.Frame.Code;
            if (lastFile == null || code.FileName != lastFile || lastLine == -1 || t.LineNo != lastLine || code.Name != lastName)
            {
                if (cnt > RecursiveCutoff) PrintRepeated(sb, cnt);
                lastFile = code.FileName;
                lastLine = t.LineNo;
                lastName = code.Name;
                cnt = 0;
            }
            cnt++;
            if (cnt <= RecursiveCutoff) DisplayLine(ctx, t, sb);
        }
        if (cnt > RecursiveCutoff) PrintRepeated(sb, cnt);
    }

    static void PrintRepeated(StringBuilder sb, int cnt)
    {
        cnt -= RecursiveCutoff;
        sb.Append($"  [Previous line repeated {cnt} more time{(cnt > 1 ? "s" : "")}]\n");
    }

    static void DisplayLine(Context ctx, PyTraceback tb, StringBuilder sb)
    {
        var code = tb.Frame.Code;
        sb.Append($"  File \"{code.FileName}\", line {tb.LineNo}, in {code.Name}\n");
        var line = GetLine(ctx, code.FileName, tb.LineNo);
        if (line == null) return;
        int indent = 0;
        while (indent < line.Length && line[indent] is ' ' or '\t' or '\f') indent++;
        var stripped = line[indent..];
        sb.Append("    ").Append(stripped).Append('\n');
        var pos = (uint)tb.LastI < (uint)code.Positions.Length ? code.Positions[tb.LastI] : SourcePosition.None;
        if (pos.Line < 0 || pos.EndLine < 0 || pos.Column < 0 || pos.EndColumn < 0 || pos.Line != tb.LineNo) return;
        int start = ByteToCharOffset(line, pos.Column);
        int end = ByteToCharOffset(line, pos.EndColumn);
        CaretAnchors? anchors = null;
        if (pos.Line == pos.EndLine)
        {
            if (end <= start) return;
            var segment = line[start..Math.Min(end, line.Length)];
            try { anchors = AnchorFinder?.Invoke(segment); } catch { anchors = null; }
        }
        else
        {
            int i = line.Length;
            while (--i >= 0 && char.IsWhiteSpace(line[i])) { }
            end = i + 1;
        }
        if (end - start == stripped.Length && anchors == null) return;
        int left = -1, right = -1;
        char primary = '^', secondary = '^';
        if (anchors is { } a)
        {
            left = start + a.LeftEnd;
            right = start + a.RightStart;
            primary = a.Primary;
            secondary = a.Secondary;
        }
        bool special = left != -1 || right != -1;
        sb.Append("    ");
        for (int offset = indent + 1; offset <= end; offset++)
        {
            if (offset <= start) sb.Append(' ');
            else if (special && left < offset && offset <= right) sb.Append(secondary);
            else sb.Append(primary);
        }
        sb.Append('\n');
    }

    /// <summary>Converts a UTF-8 byte column to a character column of the line.</summary>
    static int ByteToCharOffset(string line, int byteOffset)
    {
        int bytes = 0;
        for (int i = 0; i < line.Length; i++)
        {
            if (bytes >= byteOffset) return i;
            char c = line[i];
            if (char.IsHighSurrogate(c) && i + 1 < line.Length) { bytes += 4; i++; if (bytes >= byteOffset) return i + 1; continue; }
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return line.Length;
    }

    static string? GetLine(Context ctx, string filename, int lineno)
    {
        if (lineno < 1) return null;
        if (!ctx.Lines.TryGetValue(filename, out var lines))
        {
            lines = null;
            try
            {
                if (!filename.StartsWith('<') && ctx.Interp.Host.FileExists(filename))
                    lines = SplitLines(Interpreter.DecodeSource(ctx.Interp.Host.ReadAllBytes(filename)));
            }
            catch (Exception) { lines = null; }
            ctx.Lines[filename] = lines;
        }
        if (lines == null || lineno > lines.Length) return null;
        return lines[lineno - 1].TrimEnd('\n', '\r');
    }

    static string[] SplitLines(string source) => source.Replace("\r\n", "\n").Split('\n');

    static readonly PyStr s_notes = PyStr.Intern("__notes__");

    static void AppendExceptionLine(Context ctx, PyBaseException exc, StringBuilder sb)
    {
        var type = exc.Type;
        if (type.IsSubtypeOf(PyExc.SyntaxError)) AppendSyntaxErrorBlock(exc, sb);
        var module = type.ModuleName;
        if (module != null && module != "builtins" && module != "__main__") sb.Append(module).Append('.');
        sb.Append(type.QualName);
        string str;
        try { str = type.IsSubtypeOf(PyExc.SyntaxError) ? SyntaxErrorMessage(exc) : Ops.Str(exc).Value; }
        catch (PyException) { str = "<exception str() failed>"; }
        if (str.Length > 0) sb.Append(": ").Append(str);
        if (Suggestions.For(ctx.Interp, exc) is { } suggestion) sb.Append(suggestion);
        sb.Append('\n');
        var notes = exc.GetAttribute("__notes__");
        if (notes == null) return;
        if (notes is PyStr || notes is not PyList && notes is not PyTuple)
        {
            string r;
            try { r = Ops.Repr(notes).Value; } catch (PyException) { r = "<__notes__ repr() failed>"; }
            sb.Append(r).Append('\n');
            return;
        }
        foreach (var note in Ops.ToList(notes))
        {
            string s;
            try { s = Ops.Str(note).Value; } catch (PyException) { s = "<note str() failed>"; }
            sb.Append(s).Append('\n');
        }
    }

    static string SyntaxErrorMessage(PyBaseException exc)
    {
        var msg = exc.GetAttribute("msg");
        if (msg != null && msg is not PyNone) return Ops.Str(msg).Value;
        return Ops.Str(exc).Value;
    }

    /// <summary>SyntaxError's "  File ..., line N" header and the source line with carets.</summary>
    static void AppendSyntaxErrorBlock(PyBaseException exc, StringBuilder sb)
    {
        var filename = exc.GetAttribute("filename");
        var lineno = exc.GetAttribute("lineno");
        if (filename is not PyStr fn || lineno is not PyInt ln) return;
        sb.Append($"  File \"{fn.Value}\", line {ln}\n");
        if (exc.GetAttribute("text") is not PyStr textObj) return;
        long offset = exc.GetAttribute("offset") is PyInt oi ? oi.Small : -1;
        long endOffset = exc.GetAttribute("end_offset") is PyInt eo ? eo.Small : -1;
        long endLineno = exc.GetAttribute("end_lineno") is PyInt el ? el.Small : ln.Small;
        var text = textObj.Value;
        if (endLineno > ln.Small) endOffset = text.TrimEnd('\n').Length + 1;
        offset--;
        if (endOffset > 0) endOffset--;
        int i = 0;
        while (i < text.Length && text[i] is ' ' or '\t' or '\f') { i++; offset--; endOffset--; }
        text = text[i..];
        int len = text.Length;
        if (len > 0 && text[len - 1] == '\n') len--;
        if (offset > len) offset = len;
        while (true)
        {
            int nl = text.IndexOf('\n');
            if (nl < 0 || nl >= offset) break;
            text = text[(nl + 1)..];
            len -= nl + 1;
            offset -= nl + 1;
            endOffset -= nl + 1;
        }
        sb.Append("    ").Append(text[..len]).Append('\n');
        if (offset < 0) return;
        long carets = endOffset > offset ? endOffset - offset : 1;
        if (offset + carets > len + 1) carets = Math.Max(1, len + 1 - offset);
        sb.Append("    ").Append(' ', (int)offset).Append('^', (int)carets).Append('\n');
    }
}

/// <summary>Source text of code compiled from strings (exec, -c), so tracebacks can show lines when the filename is not a file.</summary>
public static class SourceCache
{
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> s_sources = new();

    public static void Add(string filename, string source) => s_sources[filename] = source;

    public static bool TryGet(string filename, out string source) => s_sources.TryGetValue(filename, out source!);
}
