using System.Numerics;
using Taipan.Runtime;

namespace Taipan.Compiler.CodeGen;

/// <summary>Makes Python constants from AST constant values.</summary>
internal static class ConstantFactory
{
    internal static PyObject FromAst(object value) => value switch
    {
        Syntax.Ast.NoneValue => PyNone.Instance,
        bool b => PyBool.Get(b),
        long l => PyInt.Get(l),
        int i => PyInt.Get(i),
        BigInteger bi => PyInt.Get(bi),
        double d => new PyFloat(d),
        string s => s.Length <= 40 && IsNameLike(s) ? PyStr.Intern(s) : new PyStr(s),
        Syntax.Ast.CodePointString cps => new PyStr(cps.CodePoints),
        Syntax.Ast.EllipsisValue => PyEllipsis.Instance,
        byte[] bytes => new PyBytes(bytes),
        System.Numerics.Complex c => new PyComplex(c.Real, c.Imaginary),
        PyObject o => o,
        _ => throw PyException.SystemError("unknown constant type " + value.GetType().Name),
    };

    /// <summary>CPython interns constant strings made only of name characters.</summary>
    static bool IsNameLike(string s)
    {
        foreach (char c in s)
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_')) return false;
        return true;
    }

    /// <summary>A key under which equal constants of the same type merge (0.0 and -0.0 stay apart).</summary>
    internal static string Key(object value) => value switch
    {
        Syntax.Ast.NoneValue => "N",
        bool b => b ? "T" : "F",
        long l => "i" + l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        int i => "i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        BigInteger bi => "i" + bi.ToString(System.Globalization.CultureInfo.InvariantCulture),
        double d => "f" + BitConverter.DoubleToInt64Bits(d).ToString(System.Globalization.CultureInfo.InvariantCulture),
        string s => "s" + s,
        Syntax.Ast.CodePointString cps => "p" + string.Join(",", cps.CodePoints),
        Syntax.Ast.EllipsisValue => "E",
        byte[] bytes => "y" + Convert.ToBase64String(bytes),
        System.Numerics.Complex c => "c" + BitConverter.DoubleToInt64Bits(c.Real) + "," + BitConverter.DoubleToInt64Bits(c.Imaginary),
        _ => "",
    };
}
