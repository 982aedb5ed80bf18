using Taipan.Runtime.Bytecode;
namespace Taipan.Runtime;

/// <summary>
/// Named-tuple-like built-in types (CPython's PyStructSequence): sys.version_info, sys.flags,
/// sys.float_info, ... Instances are tuples with field getters and a "name(field=value, ...)" repr.
/// </summary>
public static class StructSeq
{
    sealed class Info(string[] fields) { public readonly string[] Fields = fields; }

    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyType, Info> s_info = new();

    /// <summary>Creates the type; <paramref name="qualifiedName"/> is how its repr starts (e.g. "sys.version_info").</summary>
    public static PyType MakeType(string qualifiedName, string[] fields)
    {
        int dot = qualifiedName.LastIndexOf('.');
        var t = PyType.Builtin(dot < 0 ? qualifiedName : qualifiedName[(dot + 1)..], PyTuple.TypeObject, typeof(PyTuple), tt =>
        {
            var captured = tt;
            tt.Repr = o =>
            {
                var tup = (PyTuple)o;
                var info = s_info.TryGetValue(o.Type, out var i) ? i : null;
                var sb = new System.Text.StringBuilder();
                sb.Append(qualifiedName).Append('(');
                for (int k = 0; k < tup.Count; k++)
                {
                    if (k > 0) sb.Append(", ");
                    if (info != null && k < info.Fields.Length) sb.Append(info.Fields[k]).Append('=');
                    sb.Append(Ops.Repr(tup[k]).Value);
                }
                return new PyStr(sb.Append(')').ToString());
            };
            for (int k = 0; k < fields.Length; k++)
            {
                int idx = k;
                TypeMembers.Getter(tt, fields[k], o => ((PyTuple)o)[idx]);
            }
            tt.Dict.SetItem("n_sequence_fields", PyInt.Get(fields.Length));
            tt.Dict.SetItem("n_fields", PyInt.Get(fields.Length));
            tt.Dict.SetItem("n_unnamed_fields", PyInt.Zero);
        }, TypeFlags.None);
        if (dot > 0) t.BuiltinModule = qualifiedName[..dot];
        s_info.AddOrUpdate(t, new Info(fields));
        BuiltinTypes.Register(t);
        return t;
    }

    public static PyTuple Make(PyType type, params PyObject[] values) => new(type, values);
}
