using System.Numerics;
using Taipan.Runtime;

namespace Taipan.Compiler.CodeGen;

/// <summary>
/// Makes Python constants from AST constant values. bytes and complex have no runtime type yet in
/// this branch: the owners of those types set the factories (once, at start-up) until the compiler
/// can call their constructors directly.
/// </summary>
public static class ConstantFactory
{
    public static Func<byte[], PyObject>? Bytes;
    public static Func<Complex, PyObject>? Complex;

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
        byte[] bytes => Bytes != null ? Bytes(bytes) : throw PyException.SystemError("bytes constants are not supported yet"),
        System.Numerics.Complex c => Complex != null ? Complex(c) : throw PyException.SystemError("complex constants are not supported yet"),
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
