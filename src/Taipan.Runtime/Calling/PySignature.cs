namespace Taipan.Runtime;

/// <summary>
/// A parsed Argument-Clinic-style signature ("pop($self, index=-1, /)") for binding the vectorcall
/// arguments of a built-in to parameter slots. The source generator creates one per [PyMethod] and
/// uses it on the slow path (keywords, or an unusual argument count).
/// </summary>
public sealed class PySignature
{
    public readonly string FunctionName;
    public readonly string[] Names;
    /// <summary>Parameters before '/' are positional-only.</summary>
    public readonly int PositionalOnly;
    /// <summary>Parameters after '*' (or *args) are keyword-only; this is the count of positional-capable ones.</summary>
    public readonly int Positional;
    /// <summary>Parameters before this index are required (no default).</summary>
    public readonly bool[] HasDefault;
    public readonly bool HasSelf;
    public readonly string? VarArgs, VarKeywords;
    public readonly string Text;

    public PySignature(string text)
    {
        Text = text;
        int open = text.IndexOf('(');
        FunctionName = text[..open];
        var inner = text[(open + 1)..text.LastIndexOf(')')];
        var names = new List<string>();
        var defaults = new List<bool>();
        int positionalOnly = 0, positional = -1;
        foreach (var raw in SplitTopLevel(inner))
        {
            var p = raw.Trim();
            if (p.Length == 0) continue;
            if (p == "/") { positionalOnly = names.Count; continue; }
            if (p == "*") { positional = names.Count; continue; }
            if (p.StartsWith("$")) { HasSelf = true; continue; }
            if (p.StartsWith("**")) { VarKeywords = p[2..]; continue; }
            if (p.StartsWith("*")) { VarArgs = p[1..]; positional = names.Count; continue; }
            int eq = p.IndexOf('=');
            names.Add(eq < 0 ? p : p[..eq].Trim());
            defaults.Add(eq >= 0);
        }
        Names = names.ToArray();
        HasDefault = defaults.ToArray();
        PositionalOnly = positionalOnly;
        Positional = positional < 0 ? names.Count : positional;
    }

    static IEnumerable<string> SplitTopLevel(string s)
    {
        int depth = 0, start = 0;
        bool inStr = false; char q = '\0';
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (inStr) { if (c == q) inStr = false; continue; }
            if (c == '\'' || c == '"') { inStr = true; q = c; }
            else if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth--;
            else if (c == ',' && depth == 0) { yield return s[start..i]; start = i + 1; }
        }
        yield return s[start..];
    }

    /// <summary>
    /// Binds arguments to parameters. Missing optional parameters are left null. Extra positionals go to
    /// <paramref name="varargs"/> when the signature has *args, extra keywords to <paramref name="varkw"/>.
    /// Raises TypeError with CPython's wording for every mismatch.
    /// </summary>
    public PyObject?[] Bind(ReadOnlySpan<PyObject> args, PyTuple? kwnames, out PyTuple? varargs, out PyDict? varkw)
    {
        var slots = new PyObject?[Names.Length];
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        varargs = null;
        varkw = null;
        if (npos > Positional)
        {
            if (VarArgs == null)
                throw PyException.TypeError(TooManyPositional(npos));
            varargs = PyTuple.Create(args[Positional..npos]);
        }
        int take = Math.Min(npos, Positional);
        for (int i = 0; i < take; i++) slots[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var name = ((PyStr)kwnames!.Items[k]).Value;
            int idx = Array.IndexOf(Names, name);
            if (idx < 0 || idx < PositionalOnly)
            {
                if (VarKeywords != null)
                {
                    varkw ??= new PyDict();
                    varkw.SetItem(kwnames.Items[k], args[npos + k]);
                    continue;
                }
                if (idx >= 0)
                    throw PyException.TypeError($"{FunctionName}() got some positional-only arguments passed as keyword arguments: '{name}'");
                throw PyException.TypeError($"{FunctionName}() got an unexpected keyword argument '{name}'");
            }
            if (slots[idx] != null)
                throw PyException.TypeError($"argument for {FunctionName}() given by name ('{name}') and position ({idx + 1})");
            slots[idx] = args[npos + k];
        }
        for (int i = 0; i < Names.Length; i++)
        {
            if (slots[i] != null || HasDefault[i]) continue;
            if (i < Positional)
                throw PyException.TypeError(i < PositionalOnly || nkw == 0
                    ? $"{FunctionName}() missing required argument '{Names[i]}' (pos {i + 1})"
                    : $"{FunctionName}() missing required argument '{Names[i]}' (pos {i + 1})");
            throw PyException.TypeError($"{FunctionName}() missing required keyword-only argument '{Names[i]}'");
        }
        return slots;
    }

    string TooManyPositional(int given)
    {
        int required = 0;
        for (int i = 0; i < Positional; i++) if (!HasDefault[i]) required++;
        if (Positional == 0) return $"{FunctionName}() takes no arguments ({given} given)";
        if (required == Positional)
            return Positional == 1
                ? $"{FunctionName}() takes exactly one argument ({given} given)"
                : $"{FunctionName}() takes exactly {Positional} arguments ({given} given)";
        return $"{FunctionName}() takes at most {Positional} argument{(Positional == 1 ? "" : "s")} ({given} given)";
    }
}
