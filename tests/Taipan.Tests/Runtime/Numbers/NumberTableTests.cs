using System.Globalization;
using System.Numerics;
using Taipan.Runtime;

namespace Taipan.Tests.Runtime.Numbers;

/// <summary>
/// Checks int/float/complex operations, reprs and format() against tables of CPython 3.12 results
/// (NumberTables.g.cs, written by make_tables.py).
/// </summary>
public class NumberTableTests
{
    static NumberTableTests() => BuiltinTypes.EnsureInitialized();

    public static IEnumerable<object[]> FormatCases() => NumberTables.Format.Select(r => (object[])r);
    public static IEnumerable<object[]> OpCases() => NumberTables.Ops.Select(r => (object[])r);

    [Theory]
    [MemberData(nameof(FormatCases))]
    public void FormatMatchesCPython(string kind, string value, string spec, string expected)
    {
        BuiltinTypes.EnsureInitialized();
        Assert.Equal(expected, Capture(() => kind switch
        {
            "fi" => NumberFormatting.FormatInt(PyInt.Get(BigInteger.Parse(value, CultureInfo.InvariantCulture)), spec),
            "ff" => NumberFormatting.FormatFloat(ParseDouble(value), spec),
            "fs" => FormatSpec.FormatString(new PyStr(value), spec).Value,
            "rf" => Ops.Repr(new PyFloat(ParseDouble(value))).Value,
            _ => throw new ArgumentException(kind),
        }));
    }

    [Theory]
    [MemberData(nameof(OpCases))]
    public void OperationMatchesCPython(string operation, string expected)
    {
        BuiltinTypes.EnsureInitialized();
        Assert.Equal(expected, Capture(() => Run(operation)));
    }

    static string Capture(Func<string> f)
    {
        try { return "-> " + f(); }
        catch (PyException e) { return "EXC " + e.Value.Type.Name + " " + Ops.StrOrRepr(e.Value); }
    }

    static double ParseDouble(string s) => s switch
    {
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" => double.NaN,
        _ => double.Parse(s, CultureInfo.InvariantCulture),
    };

    static PyObject Value(string s)
    {
        string v = s.Substring(2);
        return s.Substring(0, 2) switch
        {
            "i:" => PyInt.Get(BigInteger.Parse(v, CultureInfo.InvariantCulture)),
            "f:" => new PyFloat(ParseDouble(v)),
            "c:" => new PyComplex(ParseDouble(v.Split(',')[0]), ParseDouble(v.Split(',')[1])),
            "s:" => new PyStr(v.Replace('~', ' ')),
            "b:" => PyBool.Get(v == "True"),
            "n:" => PyNone.Instance,
            _ => throw new ArgumentException(s),
        };
    }

    /// <summary>"type:repr", tuples spelled out (their repr belongs to the tuple type).</summary>
    static string Show(PyObject o) => o is PyTuple t
        ? "(" + string.Join(", ", t.Items.Select(Show)) + (t.Count == 1 ? ",)" : ")")
        : o.Type.Name + ":" + Ops.Repr(o).Value;

    static string Run(string line)
    {
        var p = line.Split(' ');
        var a = p.Skip(1).Select(Value).ToArray();
        PyObject r = p[0] switch
        {
            "add" => Ops.Add(a[0], a[1]),
            "sub" => Ops.Subtract(a[0], a[1]),
            "mul" => Ops.Multiply(a[0], a[1]),
            "truediv" => Ops.TrueDivide(a[0], a[1]),
            "floordiv" => Ops.FloorDivide(a[0], a[1]),
            "mod" => Ops.Remainder(a[0], a[1]),
            "divmod" => Ops.DivMod(a[0], a[1]),
            "pow" => Ops.Power(a[0], a[1], a.Length > 2 ? a[2] : null),
            "lshift" => Ops.LShift(a[0], a[1]),
            "rshift" => Ops.RShift(a[0], a[1]),
            "and_" => Ops.And(a[0], a[1]),
            "or_" => Ops.Or(a[0], a[1]),
            "xor" => Ops.Xor(a[0], a[1]),
            "neg" => Ops.Negative(a[0]),
            "pos" => Ops.Positive(a[0]),
            "abs" => Ops.Absolute(a[0]),
            "invert" => Ops.Invert(a[0]),
            "lt" => Ops.RichCompare(a[0], a[1], CompareOp.Lt),
            "le" => Ops.RichCompare(a[0], a[1], CompareOp.Le),
            "eq" => Ops.RichCompare(a[0], a[1], CompareOp.Eq),
            "ne" => Ops.RichCompare(a[0], a[1], CompareOp.Ne),
            "gt" => Ops.RichCompare(a[0], a[1], CompareOp.Gt),
            "ge" => Ops.RichCompare(a[0], a[1], CompareOp.Ge),
            "hash" => PyInt.Get(Ops.Hash(a[0])),
            "repr" => Ops.Repr(a[0]),
            "str" => Ops.Str(a[0]),
            "int" => Ops.Call(PyInt.TypeObject, a),
            "float" => Ops.Call(PyFloat.TypeObject, a),
            "complex" => Ops.Call(PyComplex.TypeObject, a),
            "round" => a[0] is PyFloat f ? f.Round(a.Length > 1 ? a[1] : null) : ((PyInt)a[0]).Round(a.Length > 1 ? a[1] : null),
            "hex" => new PyStr(((PyFloat)a[0]).Hex()),
            "fromhex" => PyFloat.FromHex(PyFloat.TypeObject, (PyStr)a[0]),
            "ratio" => a[0] is PyFloat f2 ? f2.AsIntegerRatio() : ((PyInt)a[0]).AsIntegerRatio(),
            "bit_length" => PyInt.Get(((PyInt)a[0]).BitLength()),
            "bit_count" => PyInt.Get(((PyInt)a[0]).BitCount()),
            "floor" => ((PyFloat)a[0]).Floor(),
            "ceil" => ((PyFloat)a[0]).Ceil(),
            "trunc" => ((PyFloat)a[0]).Trunc(),
            "format" => a[0] switch
            {
                PyFloat f3 => f3.Format((PyStr)a[1]),
                PyComplex c => c.Format((PyStr)a[1]),
                _ => ((PyInt)a[0]).Format((PyStr)a[1]),
            },
            _ => throw new ArgumentException(p[0]),
        };
        return Show(r);
    }
}
