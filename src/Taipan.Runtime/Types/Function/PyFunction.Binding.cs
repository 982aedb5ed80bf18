using System.Text;
using Taipan.Runtime.Bytecode;

namespace Taipan.Runtime;

/// <summary>
/// Binding call arguments to a new frame's fast locals (CPython's initialize_locals), with CPython's
/// exact TypeError messages. The order of checks matches CPython, so the same call fails the same way.
/// </summary>
public sealed partial class PyFunction
{
    /// <summary>Fills fast[0..] with the parameters of a call; raises TypeError on mismatch.</summary>
    public void BindArguments(PyObject?[] fast, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var co = Code;
        int argcount = co.ArgCount;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        // Fast path: exact positional call of a function without *args/**kwargs.
        if (nkw == 0 && npos == argcount && (co.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && co.KwOnlyArgCount == 0)
        {
            args.CopyTo(fast!);
            return;
        }
        BindSlow(fast, args, kwnames, npos, nkw);
    }

    void BindSlow(PyObject?[] fast, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int npos, int nkw)
    {
        var co = Code;
        int argcount = co.ArgCount;
        int total = argcount + co.KwOnlyArgCount;
        bool hasVarArgs = (co.Flags & CodeFlags.VarArgs) != 0;
        bool hasVarKw = (co.Flags & CodeFlags.VarKeywords) != 0;
        PyDict? kwdict = null;
        if (hasVarKw)
        {
            kwdict = new PyDict();
            fast[total + (hasVarArgs ? 1 : 0)] = kwdict;
        }
        int n = Math.Min(npos, argcount);
        for (int i = 0; i < n; i++) fast[i] = args[i];
        if (hasVarArgs)
            fast[total] = npos > n ? PyTuple.Create(args[n..npos]) : PyTuple.Empty;

        var names = co.LocalsPlusNames;
        for (int k = 0; k < nkw; k++)
        {
            var keyword = kwnames!.Items[k];
            var value = args[npos + k];
            if (keyword is not PyStr kstr)
                throw PyException.TypeError($"{QualName.Value}() keywords must be strings");
            int j = -1;
            for (int i = co.PosOnlyArgCount; i < total; i++)
                if (ReferenceEquals(names[i], kstr)) { j = i; break; }
            if (j < 0)
                for (int i = co.PosOnlyArgCount; i < total; i++)
                    if (names[i].EqualsStr(kstr)) { j = i; break; }
            if (j < 0)
            {
                if (kwdict == null)
                {
                    if (co.PosOnlyArgCount > 0 && PositionalOnlyPassedAsKeyword(kwnames, nkw))
                        throw PositionalOnlyError(kwnames, nkw);
                    throw PyException.TypeError($"{QualName.Value}() got an unexpected keyword argument '{kstr.Value}'");
                }
                kwdict.SetItem(kstr, value);
                continue;
            }
            if (fast[j] != null)
                throw PyException.TypeError($"{QualName.Value}() got multiple values for argument '{kstr.Value}'");
            fast[j] = value;
        }

        if (npos > argcount && !hasVarArgs) throw TooManyPositional(fast, npos);

        if (npos < argcount)
        {
            int defcount = Defaults?.Count ?? 0;
            int m = argcount - defcount;
            int missing = 0;
            for (int i = npos; i < m; i++) if (fast[i] == null) missing++;
            if (missing > 0) throw MissingArguments(fast, npos, m, true);
            int start = n > m ? n - m : 0;
            for (int i = start; i < defcount; i++)
                fast[m + i] ??= Defaults!.Items[i];
        }

        if (co.KwOnlyArgCount > 0)
        {
            int missing = 0;
            for (int i = argcount; i < total; i++)
            {
                if (fast[i] != null) continue;
                if (KwDefaults != null && KwDefaults.TryGetValue(names[i], out var def)) { fast[i] = def; continue; }
                missing++;
            }
            if (missing > 0) throw MissingArguments(fast, argcount, total, false);
        }
    }

    bool PositionalOnlyPassedAsKeyword(PyTuple kwnames, int nkw)
    {
        var names = Code.LocalsPlusNames;
        for (int i = 0; i < Code.PosOnlyArgCount; i++)
            for (int k = 0; k < nkw; k++)
                if (kwnames.Items[k] is PyStr s && s.EqualsStr(names[i])) return true;
        return false;
    }

    PyException PositionalOnlyError(PyTuple kwnames, int nkw)
    {
        var names = Code.LocalsPlusNames;
        var found = new List<string>();
        for (int i = 0; i < Code.PosOnlyArgCount; i++)
            for (int k = 0; k < nkw; k++)
                if (kwnames.Items[k] is PyStr s && s.EqualsStr(names[i])) { found.Add(names[i].Value); break; }
        return PyException.TypeError(
            $"{QualName.Value}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", found)}'");
    }

    PyException TooManyPositional(PyObject?[] fast, int given)
    {
        var co = Code;
        int argcount = co.ArgCount;
        int defcount = Defaults?.Count ?? 0;
        int kwonlyGiven = 0;
        for (int i = argcount; i < argcount + co.KwOnlyArgCount; i++) if (fast[i] != null) kwonlyGiven++;
        bool plural;
        string sig;
        if (defcount > 0)
        {
            plural = true;
            sig = $"from {argcount - defcount} to {argcount}";
        }
        else
        {
            plural = argcount != 1;
            sig = argcount.ToString();
        }
        string kwonlySig = kwonlyGiven > 0
            ? $" positional argument{(given != 1 ? "s" : "")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven != 1 ? "s" : "")})"
            : "";
        return PyException.TypeError(
            $"{QualName.Value}() takes {sig} positional argument{(plural ? "s" : "")} but {given}{kwonlySig} {(given == 1 && kwonlyGiven == 0 ? "was" : "were")} given");
    }

    PyException MissingArguments(PyObject?[] fast, int start, int end, bool positional)
    {
        var names = Code.LocalsPlusNames;
        var missing = new List<string>();
        for (int i = start; i < end; i++)
        {
            if (fast[i] != null) continue;
            if (!positional && KwDefaults != null && KwDefaults.ContainsKey(names[i])) continue;
            missing.Add(Ops.Repr(names[i]).Value);
        }
        var sb = new StringBuilder();
        sb.Append(QualName.Value).Append("() missing ").Append(missing.Count).Append(" required ")
          .Append(positional ? "positional" : "keyword-only").Append(" argument").Append(missing.Count == 1 ? "" : "s").Append(": ");
        if (missing.Count == 1) sb.Append(missing[0]);
        else if (missing.Count == 2) sb.Append(missing[0]).Append(" and ").Append(missing[1]);
        else
        {
            for (int i = 0; i < missing.Count - 1; i++) sb.Append(missing[i]).Append(", ");
            sb.Append("and ").Append(missing[^1]);
        }
        return PyException.TypeError(sb.ToString());
    }
}
