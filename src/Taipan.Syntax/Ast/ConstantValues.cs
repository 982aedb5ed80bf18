using System.Text;

namespace Taipan.Syntax.Ast;

// Values of Constant.Value / MatchSingleton.Value:
//   None -> NoneValue.Instance, Ellipsis -> EllipsisValue.Instance, bool -> bool,
//   int -> long when it fits else System.Numerics.BigInteger, float -> double,
//   imaginary literal -> System.Numerics.Complex, str -> string (or CodePointString when the
//   text holds lone surrogates that a .NET string would pair up), bytes -> byte[].
// Constant.Kind is "u" for u"..." literals, else null (as in CPython).

/// <summary>Python's <c>None</c> as a constant value.</summary>
public sealed class NoneValue
{
    public static readonly NoneValue Instance = new();
    private NoneValue() { }
    public override string ToString() => "None";
}

/// <summary>Python's <c>Ellipsis</c> (<c>...</c>) as a constant value.</summary>
public sealed class EllipsisValue
{
    public static readonly EllipsisValue Instance = new();
    private EllipsisValue() { }
    public override string ToString() => "Ellipsis";
}

/// <summary>
/// A str constant held as code points, used only when the literal has lone surrogates next to
/// each other (e.g. "\ud800\udc00") that a UTF-16 string could not keep distinct.
/// </summary>
public sealed class CodePointString
{
    public CodePointString(int[] codePoints) { CodePoints = codePoints; }
    public int[] CodePoints { get; }

    public override string ToString()
    {
        var sb = new StringBuilder(CodePoints.Length);
        foreach (int cp in CodePoints)
        {
            if (cp >= 0x10000) sb.Append(char.ConvertFromUtf32(cp));
            else sb.Append((char)cp);
        }
        return sb.ToString();
    }

    public override bool Equals(object? obj) => obj is CodePointString o && o.CodePoints.AsSpan().SequenceEqual(CodePoints);
    public override int GetHashCode() => CodePoints.Length;
}
