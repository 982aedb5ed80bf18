using System.Text;

namespace Taipan.Syntax.Parsing;

/// <summary>Turns source bytes into text the way CPython's tokenizer does (BOM, PEP 263 cookie, strict UTF-8).</summary>
internal static class SourceDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes, string filename)
    {
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (bom) bytes = bytes.Slice(3);
        string? enc = FindCookie(bytes, out int cookieLine);
        Encoding encoding = new UTF8Encoding(false, true);
        if (enc != null)
        {
            string norm = enc.ToLowerInvariant().Replace('_', '-');
            if (norm == "utf-8" || norm.StartsWith("utf-8-")) { }
            else if (norm is "latin-1" or "iso-8859-1" or "iso8859-1" or "latin1" || norm.StartsWith("latin-1-") || norm.StartsWith("iso-8859-1-"))
                encoding = Encoding.Latin1;
            else if (norm is "ascii" or "us-ascii")
                encoding = Encoding.ASCII;
            else
            {
                encoding = FindEncoding(norm)
                    ?? throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, $"unknown encoding: {enc}", filename, 0, -1, 0, 0, null);
            }
            if (bom && encoding is not UTF8Encoding)
                throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, $"encoding problem: {(encoding.CodePage == 28591 ? "iso-8859-1" : enc)} with BOM", filename, 0, -1, 0, 0, null);
        }
        if (encoding is UTF8Encoding)
        {
            // CPython only complains about bad UTF-8 inside tokens (never in comments), so keep
            // each undecodable byte as U+DC80+byte (like Python's surrogateescape) for the tokenizer.
            if (System.Text.Unicode.Utf8.IsValid(bytes)) return Encoding.UTF8.GetString(bytes);
            return DecodeSurrogateEscape(bytes);
        }
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            // Find the line of the first bad byte, as CPython reports it.
            int idx = Math.Max(0, e.Index);
            int line = 1;
            int probe = FirstInvalidUtf8(bytes);
            if (probe >= 0) idx = probe;
            for (int i = 0; i < idx && i < bytes.Length; i++) if (bytes[i] == (byte)'\n') line++;
            string msg = enc == null
                ? $"(unicode error) 'utf-8' codec can't decode byte 0x{bytes[Math.Min(idx, bytes.Length - 1)]:x2} in position {idx}: invalid start byte"
                : $"(unicode error) '{enc}' codec can't decode bytes";
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, msg, filename, line, 0, line, 0, null);
        }
    }

    /// <summary>Python codec names to .NET encodings (code pages come from the framework's provider).</summary>
    private static Encoding? FindEncoding(string name)
    {
        var provider = CodePagesEncodingProvider.Instance;
        Encoding? e = null;
        try { e = Encoding.GetEncoding(name); } catch (ArgumentException) { }
        e ??= provider.GetEncoding(name);
        if (e == null && name.StartsWith("cp") && int.TryParse(name.AsSpan(2), out int page))
        {
            try { e = Encoding.GetEncoding(page); } catch (Exception ex) when (ex is ArgumentException or NotSupportedException) { }
            e ??= provider.GetEncoding(page);
        }
        if (e == null && name.StartsWith("windows-") && int.TryParse(name.AsSpan(8), out int wpage)) e = provider.GetEncoding(wpage);
        if (e == null) return null;
        var strict = (Encoding)e.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        return strict;
    }

    private static string DecodeSurrogateEscape(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        int i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes.Slice(i), out var rune, out int used);
            if (status == System.Buffers.OperationStatus.Done)
            {
                sb.Append(rune.ToString());
                i += used;
            }
            else
            {
                sb.Append((char)(0xDC00 + bytes[i]));
                i++;
            }
        }
        return sb.ToString();
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> b)
    {
        int i = 0;
        while (i < b.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(b.Slice(i), new char[Math.Min(4096, (b.Length - i) * 2 + 2)], out int read, out _, replaceInvalidSequences: false);
            if (status == System.Buffers.OperationStatus.InvalidData) return i + read;
            if (read == 0) break;
            i += read;
            if (status == System.Buffers.OperationStatus.Done) break;
        }
        return -1;
    }

    /// <summary>PEP 263: "coding[:=]\s*([-\w.]+)" in a comment on line 1 or 2.</summary>
    private static string? FindCookie(ReadOnlySpan<byte> bytes, out int line)
    {
        line = 0;
        int start = 0;
        for (int ln = 1; ln <= 2 && start < bytes.Length; ln++)
        {
            int end = bytes.Slice(start).IndexOf((byte)'\n');
            end = end < 0 ? bytes.Length : start + end;
            var l = bytes.Slice(start, end - start);
            int k = 0;
            while (k < l.Length && (l[k] == ' ' || l[k] == '\t' || l[k] == '\f')) k++;
            if (k < l.Length && l[k] == '#')
            {
                string text = Encoding.Latin1.GetString(l);
                int ci = text.IndexOf("coding", StringComparison.Ordinal);
                if (ci >= 0 && ci + 6 < text.Length && (text[ci + 6] == ':' || text[ci + 6] == '='))
                {
                    int j = ci + 7;
                    while (j < text.Length && (text[j] == ' ' || text[j] == '\t')) j++;
                    int s = j;
                    while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] is '-' or '_' or '.')) j++;
                    if (j > s) { line = ln; return text.Substring(s, j - s); }
                }
            }
            else if (k < l.Length && l[k] != '\r') return null; // code on line 1: no cookie on line 2
            start = end + 1;
        }
        return null;
    }
}
