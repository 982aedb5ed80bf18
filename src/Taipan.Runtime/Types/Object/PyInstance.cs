using System.Runtime.CompilerServices;

namespace Taipan.Runtime;

/// <summary>
/// An instance of a Python class whose solid base is object. Attributes live in a dict (shared-key
/// layouts are the planned optimisation, issue 5); __slots__ values live in <see cref="SlotValues"/>.
/// </summary>
public sealed class PyInstance : PyObject, IHasDict
{
    public PyDict? Dict { get; set; }
    public PyObject?[]? SlotValues;

    public PyInstance(PyType type) : base(type)
    {
        if ((type.Flags & TypeFlags.HasDict) != 0) Dict = new PyDict();
        if (type.SlotCount > 0) SlotValues = new PyObject?[type.SlotCount];
    }
}

/// <summary>Per-object storage for what built-in layouts lack: the __dict__ of instances of subclasses of int, str, list, ...</summary>
public static class InstanceDicts
{
    static readonly ConditionalWeakTable<PyObject, PyDict> s_dicts = new();

    /// <summary>The instance dict, created on first use when the type has one; null when it has none.</summary>
    public static PyDict? Get(PyObject o, bool create = true)
    {
        if (o is IHasDict h)
        {
            var d = h.Dict;
            if (d == null && create && (o.Type.Flags & TypeFlags.HasDict) != 0 && o is not PyType)
                h.Dict = d = new PyDict();
            return d;
        }
        if ((o.Type.Flags & TypeFlags.HasDict) == 0) return null;
        return create ? s_dicts.GetValue(o, static _ => new PyDict()) : (s_dicts.TryGetValue(o, out var x) ? x : null);
    }

    public static void Set(PyObject o, PyDict d)
    {
        if (o is IHasDict h) h.Dict = d;
        else s_dicts.AddOrUpdate(o, d);
    }
}
