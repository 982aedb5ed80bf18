using System.Numerics;

namespace Taipan.Runtime;

/// <summary>
/// Argument and result conversions used by the generated method tables (Taipan.Generators), kept
/// here so the generated code stays short and the conversions have one definition.
/// </summary>
public static class ArgConv
{
    /// <summary>A C double from a real number: float, __float__, or __index__ (CPython's PyFloat_AsDouble).</summary>
    public static double ToDouble(PyObject o)
    {
        if (o is PyFloat f) return f.Value;
        var t = o.Type;
        if (t.Float is { } toFloat)
        {
            var r = toFloat(o);
            if (r is not PyFloat rf)
                throw PyException.TypeError($"{t.Name}.__float__ returned non-float (type {r.Type.Name})");
            return rf.Value;
        }
        if (o is PyInt || t.Index != null)
        {
            var i = Ops.Index(o);
            if (i.IsSmall) return i.Small;
            double d = (double)i.Big;
            if (double.IsInfinity(d)) throw PyException.OverflowError("int too large to convert to float");
            return d;
        }
        throw PyException.TypeError($"must be real number, not {t.Name}");
    }

    /// <summary>Converts an int result that may exceed long (BigInteger) to a Python int.</summary>
    public static PyObject FromBig(BigInteger v) => PyInt.Get(v);

    public static PyStr Str(string fn, string display, PyObject o) =>
        o as PyStr ?? throw PySignature.BadArgument(fn, display, "str", o);
    public static PyInt Int(string fn, string display, PyObject o) =>
        o as PyInt ?? throw PySignature.BadArgument(fn, display, "int", o);
    public static PyTuple Tuple(string fn, string display, PyObject o) =>
        o as PyTuple ?? throw PySignature.BadArgument(fn, display, "tuple", o);
    public static PyList List(string fn, string display, PyObject o) =>
        o as PyList ?? throw PySignature.BadArgument(fn, display, "list", o);
    public static PyDict Dict(string fn, string display, PyObject o) =>
        o as PyDict ?? throw PySignature.BadArgument(fn, display, "dict", o);
    public static PyType Type(string fn, string display, PyObject o) =>
        o as PyType ?? throw PySignature.BadArgument(fn, display, "type", o);
}
