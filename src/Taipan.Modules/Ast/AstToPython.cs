using System.Numerics;
using Taipan.Runtime;
using Taipan.Syntax.Ast;

namespace Taipan.Modules.Ast;

/// <summary>
/// Parser nodes to Python <c>ast</c> objects (CPython's ast2obj_*): one instance of the node's class per
/// node with its fields and location attributes in the instance dict, lists for sequences, None for
/// absent optionals, and the shared instances for fieldless nodes (Load, Add, Eq ...).
/// </summary>
public static class AstToPython
{
    static readonly PyStr s_lineno = PyStr.Intern("lineno");
    static readonly PyStr s_colOffset = PyStr.Intern("col_offset");
    static readonly PyStr s_endLineno = PyStr.Intern("end_lineno");
    static readonly PyStr s_endColOffset = PyStr.Intern("end_col_offset");

    public static PyObject Convert(AstState state, AstNode node) => Node(state, node);

    static PyObject Node(AstState state, AstNode node)
    {
        var info = node.NodeInfo;
        var single = state.SingletonOf(info);
        if (single != null) return single;
        using var guard = RecursionGuard.Enter(" during ast construction");
        var obj = new PyInstance(state.TypeOf(info));
        var dict = obj.Dict!;
        var fields = info.Fields;
        var names = AstState.FieldNames(info);
        for (int i = 0; i < names.Length; i++)
            dict.SetItem(names[i], Field(state, fields[i], node.GetField(i)));
        if (node is LocatedNode ln && info.Attributes.Count > 0)
        {
            dict.SetItem(s_lineno, PyInt.Get(ln.Lineno));
            dict.SetItem(s_colOffset, PyInt.Get(ln.ColOffset));
            dict.SetItem(s_endLineno, PyInt.Get(ln.EndLineno));
            dict.SetItem(s_endColOffset, PyInt.Get(ln.EndColOffset));
        }
        return obj;
    }

    static PyObject Field(AstState state, AstFieldInfo f, object? value)
    {
        if (f.Multiplicity == AstMultiplicity.Sequence)
        {
            var list = (System.Collections.IList)value!;
            var items = new PyObject[list.Count];
            for (int i = 0; i < items.Length; i++) items[i] = Value(state, f.AsdlType, list[i]);
            return new PyList(items);
        }
        return Value(state, f.AsdlType, value);
    }

    static PyObject Value(AstState state, string asdlType, object? value)
    {
        if (value == null) return PyNone.Instance;
        switch (asdlType)
        {
            case "identifier":
            case "string":
                return value is string s ? PyStr.Intern(s) : Constant(value);
            case "int":
                return PyInt.Get((int)value);
            case "constant":
                return Constant(value);
            default:
                return Node(state, (AstNode)value);
        }
    }

    /// <summary>A parser constant (see Taipan.Syntax.Ast.ConstantValues) as the Python object.</summary>
    public static PyObject Constant(object value) => value switch
    {
        NoneValue => PyNone.Instance,
        bool b => PyBool.Get(b),
        long l => PyInt.Get(l),
        int i => PyInt.Get(i),
        BigInteger bi => PyInt.Get(bi),
        double d => new PyFloat(d),
        Complex c => new PyComplex(c.Real, c.Imaginary),
        string s => new PyStr(s),
        CodePointString cps => new PyStr(cps.CodePoints),
        byte[] bytes => new PyBytes(bytes),
        EllipsisValue => PyEllipsis.Instance,
        PyObject o => o,
        _ => throw PyException.SystemError("unknown AST constant type " + value.GetType().Name),
    };
}
