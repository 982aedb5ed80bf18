using System.Collections;
using System.Numerics;
using Taipan.Runtime;
using Taipan.Syntax.Ast;

namespace Taipan.Modules.Ast;

/// <summary>
/// Python <c>ast</c> objects to parser nodes (CPython's obj2ast_*), with its errors: located sum nodes read
/// their location first, then the first constructor class the object is an instance of; products read
/// attributes without a class check; a missing list is an empty list, a missing optional is None, and a
/// required field given as None fails as the node's constructor fails ("field 'x' is required for Y").
/// </summary>
public static class PythonToAst
{
    sealed class SumInfo
    {
        public required AstNodeInfo Base;
        public required List<AstNodeInfo> Constructors;
        public bool Simple;
    }

    static readonly Dictionary<string, SumInfo> s_sums = BuildSums();
    static readonly Dictionary<string, AstNodeInfo> s_products = BuildProducts();

    static Dictionary<string, SumInfo> BuildSums()
    {
        var d = new Dictionary<string, SumInfo>();
        foreach (var info in AstNodeRegistry.All)
            if (info.IsAbstract) d[info.PythonName] = new SumInfo { Base = info, Constructors = [], Simple = true };
        foreach (var info in AstNodeRegistry.All)
        {
            if (info.IsAbstract || info.BasePythonName == null) continue;
            var s = d[info.BasePythonName];
            s.Constructors.Add(info);
            if (info.Fields.Count > 0 || info.Attributes.Count > 0) s.Simple = false;
        }
        return d;
    }

    static Dictionary<string, AstNodeInfo> BuildProducts()
    {
        var d = new Dictionary<string, AstNodeInfo>();
        foreach (var info in AstNodeRegistry.All)
            if (!info.IsAbstract && info.BasePythonName == null) d[info.PythonName] = info;
        return d;
    }

    /// <summary>The tree compile() was given, for a mode (exec, eval, single, func_type), checked like CPython.</summary>
    public static ModBase ConvertMod(AstState state, PyObject obj, string mode)
    {
        string expected = mode switch
        {
            "exec" => "Module",
            "eval" => "Expression",
            "single" => "Interactive",
            "func_type" => "FunctionType",
            _ => throw PyException.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
        };
        var sum = s_sums["mod"];
        AstNodeInfo? info = null;
        foreach (var c in sum.Constructors) if (c.PythonName == expected) info = c;
        if (!Ops.IsInstance(obj, state.TypeOf(info!)))
            throw PyException.TypeError($"expected {expected} node, got {obj.Type.Name}");
        var mod = (ModBase)new Converter(state).Convert("mod", obj)!;
        AstValidator.Validate(mod);
        return mod;
    }

    /// <summary>A Python constant as the parser represents it, or a TypeError naming the invalid type.</summary>
    public static object Constant(PyObject value)
    {
        if (value is PyNone) return NoneValue.Instance;
        if (value is PyEllipsis) return EllipsisValue.Instance;
        var t = value.Type;
        if (t == PyBool.TypeObject) return ReferenceEquals(value, PyBool.True);
        if (t == PyInt.TypeObject)
        {
            var i = (PyInt)value;
            return i.IsSmall ? i.Small : i.Big;
        }
        if (t == PyFloat.TypeObject) return ((PyFloat)value).Value;
        if (t == PyComplex.TypeObject) { var c = (PyComplex)value; return new Complex(c.Real, c.Imag); }
        if (t == PyStr.TypeObject) return Text((PyStr)value);
        if (t == PyBytes.TypeObject) return ((PyBytes)value).Span.ToArray();
        if (t == PyTuple.TypeObject || t == PySet.FrozenSetType)
        {
            // Tuples and frozensets of constants stay Python objects (only the optimiser makes them).
            var it = Ops.GetIter(value);
            while (Ops.Next(it) is PyObject item) Constant(item);
            return value;
        }
        throw PyException.TypeError($"got an invalid type in Constant: {t.Name}");
    }

    /// <summary>A str as a .NET string, or as code points when it holds lone surrogates a string could pair up.</summary>
    static object Text(PyStr s)
    {
        if (s.IsBmp) return s.Value;
        int n = s.Length;
        var cps = new int[n];
        bool surrogates = false;
        for (int i = 0; i < n; i++)
        {
            int cp = s.CodePointAt(i);
            cps[i] = cp;
            if (cp >= 0xD800 && cp <= 0xDFFF) surrogates = true;
        }
        return surrogates ? new CodePointString(cps) : s.Value;
    }

    sealed class Converter(AstState state)
    {
        static readonly PyStr s_lineno = PyStr.Intern("lineno");
        static readonly PyStr s_colOffset = PyStr.Intern("col_offset");
        static readonly PyStr s_endLineno = PyStr.Intern("end_lineno");
        static readonly PyStr s_endColOffset = PyStr.Intern("end_col_offset");

        /// <summary>A value of ASDL type <paramref name="asdlType"/> (a sum or product name); null for None where a sum allows it.</summary>
        public AstNode? Convert(string asdlType, PyObject obj)
        {
            if (s_sums.TryGetValue(asdlType, out var sum)) return Sum(sum, obj);
            return Product(s_products[asdlType], obj);
        }

        AstNode? Sum(SumInfo sum, PyObject obj)
        {
            if (obj is PyNone) return null;
            string baseName = sum.Base.PythonName;
            if (sum.Simple)
            {
                foreach (var c in sum.Constructors)
                    if (Ops.IsInstance(obj, state.TypeOf(c))) return AstNodeRegistry.Create(c.PythonName);
                throw ExpectedSort(baseName, obj);
            }
            int lineno = 0, col = 0, endLineno = 0, endCol = 0;
            bool located = sum.Base.Attributes.Count > 0;
            if (located) ReadLocation(obj, baseName, out lineno, out col, out endLineno, out endCol);
            foreach (var c in sum.Constructors)
            {
                if (!Ops.IsInstance(obj, state.TypeOf(c))) continue;
                using var guard = RecursionGuard.Enter($" while traversing '{c.PythonName}' node");
                var node = AstNodeRegistry.Create(c.PythonName)!;
                ReadFields(c, obj, node);
                if (node is LocatedNode ln)
                {
                    ln.Lineno = lineno; ln.ColOffset = col; ln.EndLineno = endLineno; ln.EndColOffset = endCol;
                }
                return node;
            }
            throw ExpectedSort(baseName, obj);
        }

        static PyException ExpectedSort(string baseName, PyObject obj) =>
            PyException.TypeError($"expected some sort of {baseName}, but got {Ops.Repr(obj).Value}");

        AstNode Product(AstNodeInfo info, PyObject obj)
        {
            using var guard = RecursionGuard.Enter($" while traversing '{info.PythonName}' node");
            var node = AstNodeRegistry.Create(info.PythonName)!;
            ReadFields(info, obj, node);
            if (node is LocatedNode ln)
            {
                ReadLocation(obj, info.PythonName, out int lineno, out int col, out int endLineno, out int endCol);
                ln.Lineno = lineno; ln.ColOffset = col; ln.EndLineno = endLineno; ln.EndColOffset = endCol;
            }
            return node;
        }

        void ReadLocation(PyObject obj, string owner, out int lineno, out int col, out int endLineno, out int endCol)
        {
            lineno = Int(Ops.TryGetAttr(obj, s_lineno) ?? throw Missing("lineno", owner));
            col = Int(Ops.TryGetAttr(obj, s_colOffset) ?? throw Missing("col_offset", owner));
            if (AstState.EndPositionRequired(owner))
            {
                endLineno = Int(Ops.TryGetAttr(obj, s_endLineno) ?? throw Missing("end_lineno", owner));
                endCol = Int(Ops.TryGetAttr(obj, s_endColOffset) ?? throw Missing("end_col_offset", owner));
                return;
            }
            var e = Ops.TryGetAttr(obj, s_endLineno);
            endLineno = e is null or PyNone ? lineno : Int(e);
            e = Ops.TryGetAttr(obj, s_endColOffset);
            endCol = e is null or PyNone ? col : Int(e);
        }

        static PyException Missing(string field, string owner) =>
            PyException.TypeError($"required field \"{field}\" missing from {owner}");

        void ReadFields(AstNodeInfo info, PyObject obj, AstNode node)
        {
            var fields = info.Fields;
            var names = AstState.FieldNames(info);
            string? requiredMissing = null;
            for (int i = 0; i < fields.Count; i++)
            {
                var f = fields[i];
                var tmp = Ops.TryGetAttr(obj, names[i]);
                if (f.Multiplicity == AstMultiplicity.Sequence)
                {
                    if (tmp == null) continue; // a missing list is an empty one
                    if (tmp is not PyList list)
                        throw PyException.TypeError($"{info.PythonName} field \"{f.Name}\" must be a list, not a {tmp.Type.Name}");
                    var target = (IList)node.GetField(i)!;
                    int len = list.Count;
                    for (int k = 0; k < len; k++)
                    {
                        var item = Value(f, list.Items[k]);
                        if (len != list.Count)
                            throw PyException.RuntimeError($"{info.PythonName} field \"{f.Name}\" changed size during iteration");
                        target.Add(item);
                    }
                    continue;
                }
                if (f.Multiplicity == AstMultiplicity.Optional)
                {
                    if (tmp is null or PyNone) continue; // None, and 0 for ints
                    node.SetField(i, Value(f, tmp));
                    continue;
                }
                if (tmp == null) throw Missing(f.Name, info.PythonName);
                var v = Value(f, tmp);
                if (v == null) requiredMissing ??= f.Name;
                else node.SetField(i, v);
            }
            // The node constructor's own check, after every field converted.
            if (requiredMissing != null)
                throw PyException.ValueError($"field '{requiredMissing}' is required for {info.PythonName}");
        }

        object? Value(AstFieldInfo f, PyObject obj)
        {
            switch (f.AsdlType)
            {
                case "identifier":
                    if (obj is PyNone) return null;
                    if (obj.Type != PyStr.TypeObject) throw PyException.TypeError("AST identifier must be of type str");
                    return ((PyStr)obj).Value;
                case "string":
                    if (obj.Type == PyStr.TypeObject) return ((PyStr)obj).Value;
                    if (obj.Type == PyBytes.TypeObject) return System.Text.Encoding.UTF8.GetString(((PyBytes)obj).Span);
                    throw PyException.TypeError("AST string must be of type str");
                case "int":
                    return Int(obj);
                case "constant":
                    return PythonToAst.Constant(obj);
                default:
                    return Convert(f.AsdlType, obj);
            }
        }

        static int Int(PyObject obj)
        {
            if (obj is not PyInt i) throw PyException.ValueError($"invalid integer value: {Ops.Repr(obj).Value}");
            if (!i.IsSmall || i.Small < int.MinValue || i.Small > int.MaxValue)
                throw PyException.OverflowError("Python int too large to convert to C int");
            return (int)i.Small;
        }
    }
}
