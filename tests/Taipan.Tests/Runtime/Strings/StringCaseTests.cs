using Taipan.Runtime;

namespace Taipan.Tests.Runtime.Strings;

/// <summary>
/// Runs every case of cases.txt through the runtime (method tables, slots and Ops) and compares with what
/// CPython 3.12 printed for the same expression (ExpectedCases.g.cs).
/// </summary>
public class StringCaseTests
{
    public static IEnumerable<object[]> Cases()
    {
        foreach (var line in ExpectedCases.Table.Split('\n'))
        {
            if (line.Length == 0) continue;
            var parts = line.Split('\t');
            yield return [parts[0], parts[1], parts[2], parts[3]];
        }
    }

    static PyObject Run(PyObject recv, string op, PyObject[] args) => op switch
    {
        "*" => Ops.Multiply(recv, args[0]),
        "%" => Ops.Remainder(recv, args[0]),
        "+" => Ops.Add(recv, args[0]),
        "[]" => Ops.GetItem(recv, args[0]),
        "==" => Ops.RichCompare(recv, args[0], CompareOp.Eq),
        "<" => Ops.RichCompare(recv, args[0], CompareOp.Lt),
        "in" => PyBool.Get(Ops.Contains(recv, args[0])),
        "repr" => Ops.Repr(recv),
        "iter" => new PyList(Ops.ToList(recv).ToArray()),
        "len" => PyInt.Get(Ops.Len(recv)),
        "call" => Ops.Call(recv, args),
        "." => Ops.GetAttr(recv, (PyStr)args[0]),
        _ => Ops.Call(Ops.GetAttr(recv, op), args),
    };

    internal static string Outcome(Func<PyObject> f)
    {
        try { return "=" + Ops.Repr(f()).Value; }
        catch (PyException e)
        {
            var v = e.Value;
            // The __str__ of UnicodeError and KeyError belongs to the exception types (not yet written there):
            // compare the message CPython's __str__ would build from the same exception.
            string msg = v.Type == PyExc.UnicodeDecodeError || v.Type == PyExc.UnicodeEncodeError
                ? Codecs.UnicodeErrorMessage(v)
                : v.Type == PyExc.KeyError && v.Args.Count == 1 ? Ops.Repr(v.Args[0]).Value
                : Ops.Str(v).Value;
            return "!" + v.Type.Name + ": " + msg;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string receiver, string op, string arguments, string expected)
    {
        BuiltinTypes.EnsureInitialized();
        var recv = PyLiteral.Parse(receiver);
        var a = PyLiteral.Parse(arguments);
        var args = a is PyTuple t ? t.Items : [a];
        Assert.Equal(expected, Outcome(() => Run(recv, op, args)));
    }
}
