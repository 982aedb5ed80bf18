namespace Taipan.Runtime;

/// <summary>
/// Detects recursive containers while computing repr (CPython's Py_ReprEnter): a container already
/// being printed on this thread prints as "[...]" / "{...}".
/// </summary>
public static class ReprGuard
{
    [ThreadStatic] static List<PyObject>? t_active;

    /// <summary>Returns false when <paramref name="o"/> is already being printed.</summary>
    public static bool Enter(PyObject o)
    {
        var list = t_active ??= [];
        foreach (var x in list)
            if (ReferenceEquals(x, o)) return false;
        list.Add(o);
        return true;
    }

    public static void Leave(PyObject o)
    {
        var list = t_active;
        if (list == null) return;
        for (int i = list.Count - 1; i >= 0; i--)
            if (ReferenceEquals(list[i], o)) { list.RemoveAt(i); return; }
    }
}
