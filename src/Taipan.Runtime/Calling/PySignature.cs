namespace Taipan.Runtime;

/// <summary>
/// A parsed Argument-Clinic-style signature ("pop($self, index=-1, /)") for binding the vectorcall
/// arguments of a built-in to parameter slots. The source generator creates one per [PyMethod] and
/// uses it on the slow path (keywords, or an unusual argument count). The error messages follow the
/// calling convention CPython would pick for the same signature shape (METH_NOARGS, METH_O, positional
/// only, or keywords), because each convention words its errors differently.
/// </summary>
public sealed class PySignature
{
    public enum CallShape { NoArgs, One, Positional, Keywords }

    public readonly string FunctionName;
    /// <summary>"list.append" for methods, "len" for module functions: the name METH_NOARGS/METH_O errors use.</summary>
    public readonly string QualName;
    public readonly string[] Names;
    /// <summary>Parameters before '/' are positional-only.</summary>
    public readonly int PositionalOnly;
    /// <summary>Parameters after '*' (or *args) are keyword-only; this is the count of positional-capable ones.</summary>
    public readonly int Positional;
    /// <summary>Number of leading positional parameters without a default.</summary>
    public readonly int MinPositional;
    /// <summary>Number of keyword-only parameters without a default.</summary>
    public readonly int MinKeywordOnly;
    public readonly bool[] HasDefault;
    public readonly bool HasSelf;
    public readonly string? VarArgs, VarKeywords;
    public readonly string Text;
    public readonly CallShape Shape;

    public PySignature(string text, string? ownerName = null)
    {
        Text = text;
        int open = text.IndexOf('(');
        FunctionName = text[..open];
        QualName = ownerName == null ? FunctionName : ownerName + "." + FunctionName;
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
            if (p.StartsWith('$')) { HasSelf = true; continue; }
            if (p.StartsWith("**")) { VarKeywords = p[2..]; continue; }
            if (p.StartsWith('*')) { VarArgs = p[1..]; positional = names.Count; continue; }
            int eq = p.IndexOf('=');
            names.Add(eq < 0 ? p : p[..eq].Trim());
            defaults.Add(eq >= 0);
        }
        Names = names.ToArray();
        HasDefault = defaults.ToArray();
        PositionalOnly = positionalOnly;
        Positional = positional < 0 ? names.Count : positional;
        for (int i = 0; i < Positional && !HasDefault[i]; i++) MinPositional++;
        for (int i = Positional; i < Names.Length; i++) if (!HasDefault[i]) MinKeywordOnly++;
        bool allPositionalOnly = PositionalOnly == Names.Length && VarKeywords == null;
        Shape = !allPositionalOnly ? CallShape.Keywords
            : Names.Length == 0 && VarArgs == null ? CallShape.NoArgs
            : Names.Length == 1 && !HasDefault[0] && VarArgs == null ? CallShape.One
            : CallShape.Positional;
    }

    static IEnumerable<string> SplitTopLevel(string s)
    {
        int depth = 0, start = 0;
        bool inStr = false; char q = '\0';
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (inStr)
            {
                if (c == '\\') i++;
                else if (c == q) inStr = false;
                continue;
            }
            if (c == '\'' || c == '"') { inStr = true; q = c; }
            else if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth--;
            else if (c == ',' && depth == 0) { yield return s[start..i]; start = i + 1; }
        }
        yield return s[start..];
    }

    /// <summary>
    /// Binds arguments to parameters. Missing optional parameters are left null. Extra positionals go to
    /// <paramref name="varargs"/> when the signature has *args, extra keywords to <paramref name="varkw"/>
    /// when it has **kwargs. Raises TypeError with CPython's wording for every mismatch.
    /// </summary>
    public PyObject?[] Bind(ReadOnlySpan<PyObject> args, PyTuple? kwnames, out PyTuple? varargs, out PyDict? varkw) =>
        Bind(null, args, kwnames, out varargs, out varkw);

    /// <summary>
    /// As <see cref="Bind(ReadOnlySpan{PyObject}, PyTuple?, out PyTuple?, out PyDict?)"/>, naming the method
    /// after the object it is bound to ("L.append()" for a list subclass L), as CPython's METH_O and
    /// METH_NOARGS errors do.
    /// </summary>
    public PyObject?[] Bind(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, out PyTuple? varargs, out PyDict? varkw)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        varargs = null;
        varkw = null;
        switch (Shape)
        {
            case CallShape.NoArgs:
                if (nkw > 0) throw PyException.TypeError($"{BoundName(self)}() takes no keyword arguments");
                if (npos != 0) throw PyException.TypeError($"{BoundName(self)}() takes no arguments ({npos} given)");
                return [];
            case CallShape.One:
                if (nkw > 0) throw PyException.TypeError($"{BoundName(self)}() takes no keyword arguments");
                if (npos != 1) throw PyException.TypeError($"{BoundName(self)}() takes exactly one argument ({npos} given)");
                return [args[0]];
            case CallShape.Positional:
                return BindPositional(self, args, nkw, npos, out varargs);
            default:
                return BindKeywords(args, kwnames, nkw, npos, out varargs, out varkw);
        }
    }

    /// <summary>The __qualname__ a built-in bound to <paramref name="self"/> has: the function name for modules.</summary>
    string BoundName(PyObject? self) => self switch
    {
        null => QualName,
        PyModule => FunctionName,
        PyType t => t.QualName + "." + FunctionName,
        _ => self.Type.QualName + "." + FunctionName,
    };

    PyObject?[] BindPositional(PyObject? self, ReadOnlySpan<PyObject> args, int nkw, int npos, out PyTuple? varargs)
    {
        // CPython: _PyArg_NoKwnames then _PyArg_CheckPositional.
        if (nkw > 0) throw PyException.TypeError($"{BoundName(self)}() takes no keyword arguments");
        int min = MinPositional, max = VarArgs == null ? Positional : int.MaxValue;
        if (npos < min)
            throw PyException.TypeError($"{FunctionName} expected {(min == max ? "" : "at least ")}{min} argument{(min == 1 ? "" : "s")}, got {npos}");
        if (npos > max)
            throw PyException.TypeError($"{FunctionName} expected {(min == max ? "" : "at most ")}{max} argument{(max == 1 ? "" : "s")}, got {npos}");
        var slots = new PyObject?[Names.Length];
        int take = Math.Min(npos, Positional);
        for (int i = 0; i < take; i++) slots[i] = args[i];
        varargs = VarArgs == null ? null : PyTuple.Create(npos > Positional ? args[Positional..npos] : ReadOnlySpan<PyObject>.Empty);
        return slots;
    }

    PyObject?[] BindKeywords(ReadOnlySpan<PyObject> args, PyTuple? kwnames, int nkw, int npos,
        out PyTuple? varargs, out PyDict? varkw)
    {
        // CPython: _PyArg_UnpackKeywords (and its *args variant), checked in the same order.
        varkw = null;
        int total = Names.Length, maxpos = Positional, minpos = MinPositional;
        int minPosOnly = Math.Min(PositionalOnly, minpos);
        int reqLimit = MinKeywordOnly > 0 ? total : minpos;
        if (VarArgs == null && VarKeywords == null && npos + nkw > total)
            throw PyException.TypeError($"{FunctionName}() takes at most {total} {(npos == 0 ? "keyword " : "")}argument{(total == 1 ? "" : "s")} ({npos + nkw} given)");
        if (VarArgs == null && npos > maxpos)
        {
            if (maxpos == 0) throw PyException.TypeError($"{FunctionName}() takes no positional arguments");
            throw PyException.TypeError($"{FunctionName}() takes {(minpos < maxpos ? "at most" : "exactly")} {maxpos} positional argument{(maxpos == 1 ? "" : "s")} ({npos} given)");
        }
        if (npos < minPosOnly)
            throw PyException.TypeError($"{FunctionName}() takes {(minPosOnly < maxpos ? "at least" : "exactly")} {minPosOnly} positional argument{(minPosOnly == 1 ? "" : "s")} ({npos} given)");
        var slots = new PyObject?[total];
        int take = Math.Min(npos, maxpos);
        for (int i = 0; i < take; i++) slots[i] = args[i];
        varargs = VarArgs == null ? null : PyTuple.Create(npos > maxpos ? args[maxpos..npos] : ReadOnlySpan<PyObject>.Empty);
        int remaining = nkw;
        for (int i = Math.Max(take, PositionalOnly); i < total; i++)
        {
            PyObject? value = null;
            if (remaining > 0) value = FindKeyword(kwnames!, args, npos, Names[i]);
            else if (i >= reqLimit) break;
            slots[i] = value;
            if (value != null) remaining--;
            else if (!HasDefault[i])
                throw PyException.TypeError($"{FunctionName}() missing required argument '{Names[i]}' (pos {i + 1})");
        }
        if (remaining > 0)
        {
            for (int i = PositionalOnly; i < take; i++)
                if (FindKeyword(kwnames!, args, npos, Names[i]) != null)
                    throw PyException.TypeError($"argument for {FunctionName}() given by name ('{Names[i]}') and position ({i + 1})");
            for (int k = 0; k < nkw; k++)
            {
                var key = kwnames!.Items[k];
                if (key is not PyStr ks) throw PyException.TypeError("keywords must be strings");
                int idx = Array.IndexOf(Names, ks.Value);
                if (idx >= PositionalOnly) continue;
                if (VarKeywords != null)
                {
                    varkw ??= new PyDict();
                    varkw.SetItem(key, args[npos + k]);
                    continue;
                }
                throw PyException.TypeError($"'{ks.Value}' is an invalid keyword argument for {FunctionName}()");
            }
        }
        return slots;
    }

    static PyObject? FindKeyword(PyTuple kwnames, ReadOnlySpan<PyObject> args, int npos, string name)
    {
        var items = kwnames.Items;
        for (int k = 0; k < items.Length; k++)
            if (items[k] is PyStr s && s.Value == name) return args[npos + k];
        return null;
    }

    /// <summary>The TypeError for an argument of the wrong type (CPython's _PyArg_BadArgument).</summary>
    public static PyException BadArgument(string functionName, string displayName, string expected, PyObject arg) =>
        PyException.TypeError($"{functionName}() {displayName} must be {expected}, not {(arg is PyNone ? "None" : arg.Type.Name)}");
}
