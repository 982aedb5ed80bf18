using System.Runtime.CompilerServices;

namespace Taipan.Runtime;

/// <summary>
/// __slots__ storage for instances of Python subclasses of built-ins other than object (weakref.KeyedRef
/// subclasses _weakref.ref with __slots__ = ("key",)): kept beside the object, as <see cref="InstanceDicts"/> keeps dicts.
/// </summary>
public static class InstanceSlots
{
    static readonly ConditionalWeakTable<PyObject, PyObject?[]> s_slots = new();

    public static PyObject?[]? Of(PyObject o)
    {
        if (o is PyInstance i) return i.SlotValues;
        int n = o.Type.SlotCount;
        if (n == 0) return null;
        return s_slots.GetValue(o, _ => new PyObject?[n]);
    }
}
