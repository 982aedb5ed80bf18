using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>errno: the Linux error codes as constants, and errorcode (code to name).</summary>
public static class ErrnoModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("errno", "This module makes available standard errno system symbols.");
        var codes = new PyDict();
        foreach (var (name, code) in ErrnoTable.Names)
        {
            var v = PyInt.Get(code);
            m.Set(name, v);
            if (codes.GetOrNull(v) == null) codes.SetItem(v, new PyStr(name));
        }
        // Aliased codes map to the name CPython's table inserts last.
        codes.SetItem(PyInt.Get(11), new PyStr("EAGAIN"));
        codes.SetItem(PyInt.Get(35), new PyStr("EDEADLOCK"));
        codes.SetItem(PyInt.Get(95), new PyStr("ENOTSUP"));
        m.Set("errorcode", codes);
        return m;
    }
}
