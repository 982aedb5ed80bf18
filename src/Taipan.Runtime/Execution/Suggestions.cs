namespace Taipan.Runtime;

/// <summary>
/// "Did you mean" suggestions for AttributeError, NameError and ImportError (CPython's
/// Python/suggestions.c): the closest name by a Levenshtein distance where a case flip costs less
/// than other edits, accepted when no more than about a third of the characters change.
/// </summary>
public static class Suggestions
{
    const int MoveCost = 2, CaseCost = 1, MaxCandidates = 750, MaxStringSize = 40;

    /// <summary>The text appended to the exception line (". Did you mean: 'x'?"), or null.</summary>
    public static string? For(Interpreter interp, PyBaseException exc)
    {
        try
        {
            var t = exc.Type;
            if (t.IsSubtypeOf(PyExc.NameError))
            {
                if (exc.GetAttribute("name") is not PyStr name) return null;
                var s = ForName(interp, exc, name);
                if (s != null) return $". Did you mean: '{s}'?";
                if (IsStdlibModule(interp, name.Value)) return $". Did you forget to import '{name.Value}'?";
                return null;
            }
            if (t.IsSubtypeOf(PyExc.AttributeError))
            {
                if (exc.GetAttribute("name") is not PyStr name || exc.GetAttribute("obj") is not { } obj) return null;
                var s = Closest(DirOf(obj), name);
                return s == null ? null : $". Did you mean: '{s}'?";
            }
            if (t.IsSubtypeOf(PyExc.ImportError) && !t.IsSubtypeOf(PyExc.ModuleNotFoundError))
            {
                if (exc.GetAttribute("name_from") is not PyStr from || exc.GetAttribute("name") is not PyStr modName) return null;
                if (interp.Modules.GetOrNull(modName.Value) is not { } mod) return null;
                var s = Closest(DirOf(mod), from);
                return s == null ? null : $". Did you mean: '{s}'?";
            }
        }
        catch (PyException) { }
        return null;
    }

    static List<PyObject> DirOf(PyObject obj)
    {
        var dir = obj.Type.Lookup("__dir__");
        if (dir == null) return [];
        var r = Ops.ToList(Ops.CallBound(dir, obj, []));
        r.Sort((a, b) => a is PyStr x && b is PyStr y ? string.CompareOrdinal(x.Value, y.Value) : 0);
        return r;
    }

    static string? ForName(Interpreter interp, PyBaseException exc, PyStr name)
    {
        var tb = exc.Traceback as PyTraceback;
        if (tb == null) return null;
        while (tb.Next != null) tb = tb.Next;
        var frame = tb.Frame;
        var code = frame.Code;
        var varnames = new List<PyObject>();
        for (int i = 0; i < code.LocalsPlusNames.Length; i++)
            if ((code.LocalsPlusKinds[i] & Bytecode.LocalKind.Local) != 0) varnames.Add(code.LocalsPlusNames[i]);
        var s = Closest(varnames, name);
        if (s != null) return s;
        foreach (var v in varnames)
        {
            if (v is PyStr vs && vs.Value == "self" && frame.GetLocals() is PyDict locals
                && locals.GetOrNull("self") is { } self && Ops.TryGetAttr(self, name) != null)
                return "self." + name.Value;
        }
        s = Closest(Keys(frame.Globals), name);
        if (s != null) return s;
        return Closest(Keys(frame.Builtins), name);
    }

    static List<PyObject> Keys(PyDict d)
    {
        var r = new List<PyObject>(d.Count);
        int pos = 0;
        while (d.Next(ref pos, out var k, out _)) r.Add(k);
        return r;
    }

    static bool IsStdlibModule(Interpreter interp, string name)
    {
        if (ModuleRegistry.IsBuiltin(name)) return true;
        var lib = interp.StdlibPath;
        if (lib == null) return false;
        return interp.Host.FileExists(Path.Combine(lib, name + ".py")) || interp.Host.FileExists(Path.Combine(lib, name, "__init__.py"));
    }

    /// <summary>The candidate closest to <paramref name="name"/> within the allowed distance (calculate_suggestions).</summary>
    public static string? Closest(List<PyObject> candidates, PyStr name)
    {
        if (candidates.Count >= MaxCandidates) return null;
        var nameBytes = System.Text.Encoding.UTF8.GetBytes(name.Value);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            if (c is not PyStr item || item.EqualsStr(name)) continue;
            var itemBytes = System.Text.Encoding.UTF8.GetBytes(item.Value);
            int max = (nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6;
            max = Math.Min(max, bestDistance - 1);
            int d = Distance(nameBytes, itemBytes, max);
            if (d > max) continue;
            if (best == null || d < bestDistance)
            {
                best = item.Value;
                bestDistance = d;
            }
        }
        return best;
    }

    static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31)) return MoveCost;
        if (a == b) return 0;
        if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
        if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
        return a == b ? CaseCost : MoveCost;
    }

    static int Distance(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int maxCost)
    {
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0]) { a = a[1..]; b = b[1..]; }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1]) { a = a[..^1]; b = b[..^1]; }
        if (a.Length == 0 || b.Length == 0) return (a.Length + b.Length) * MoveCost;
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        if (b.Length < a.Length) { var t = a; a = b; b = t; }
        if ((b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;
        Span<int> buffer = stackalloc int[MaxStringSize];
        int tmp = MoveCost;
        for (int i = 0; i < a.Length; i++) { buffer[i] = tmp; tmp += MoveCost; }
        int result = 0;
        for (int bi = 0; bi < b.Length; bi++)
        {
            byte code = b[bi];
            int distance = result = bi * MoveCost;
            int minimum = int.MaxValue;
            for (int i = 0; i < a.Length; i++)
            {
                int substitute = distance + SubstitutionCost(code, a[i]);
                distance = buffer[i];
                int insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
