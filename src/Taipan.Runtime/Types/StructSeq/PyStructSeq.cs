using System.Text;

namespace Taipan.Runtime;

/// <summary>
/// CPython's PyStructSequence: a tuple subclass with named fields (os.stat_result, time.struct_time,
/// sys.flags ...). The first <see cref="StructSeqInfo.SequenceFields"/> values are the tuple items; the
/// rest are reachable only by name (st_atime_ns ...). Fields named null are unnamed (stat_result's integer
/// times), as CPython's PyStructSequence_UnnamedField.
/// </summary>
public sealed class PyStructSeq : PyTuple
{
    /// <summary>Values past the visible sequence (named-only fields).</summary>
    public readonly PyObject[] Hidden;

    public PyStructSeq(PyType type, PyObject[] visible, PyObject[] hidden) : base(type, visible) { Hidden = hidden; }

    /// <summary>Creates an instance from all field values in declaration order.</summary>
    public static PyStructSeq Create(PyType type, params PyObject[] all)
    {
        var info = StructSeqInfo.Of(type);
        int n = info.SequenceFields;
        if (all.Length != info.Fields.Length) throw new ArgumentException("wrong number of struct sequence values");
        return new PyStructSeq(type, all[..n], all[n..]);
    }

    /// <summary>
    /// Declares a struct sequence type. <paramref name="qualifiedName"/> is its tp_name ("os.stat_result"):
    /// the part before the last dot becomes __module__. <paramref name="sequenceFields"/> defaults to all.
    /// </summary>
    public static PyType NewType(string qualifiedName, string?[] fields, int sequenceFields = -1, string? doc = null)
    {
        if (sequenceFields < 0) sequenceFields = fields.Length;
        int dot = qualifiedName.LastIndexOf('.');
        var info = new StructSeqInfo(qualifiedName, fields, sequenceFields);
        var t = PyType.Builtin(dot < 0 ? qualifiedName : qualifiedName[(dot + 1)..], PyTuple.TypeObject, typeof(PyStructSeq),
            tt => Setup(tt, info, doc), TypeFlags.None);
        if (dot > 0) t.BuiltinModule = qualifiedName[..dot];
        StructSeqInfo.Attach(t, info);
        BuiltinTypes.Register(t);
        return t;
    }

    static void Setup(PyType t, StructSeqInfo info, string? doc)
    {
        t.Repr = static o => ReprOf((PyTuple)o);
        t.New = static (type, args, kw) => NewInstance(type, args, kw);
        var fields = info.Fields;
        for (int k = 0; k < fields.Length; k++)
        {
            if (fields[k] is not string name) continue;
            int idx = k, nseq = info.SequenceFields;
            t.Dict.SetItem(name, new PyGetSetDescriptor(t, name, o => idx < nseq ? ((PyTuple)o)[idx] : ((PyStructSeq)o).Hidden[idx - nseq]));
        }
        t.Dict.SetItem("n_sequence_fields", PyInt.Get(info.SequenceFields));
        t.Dict.SetItem("n_fields", PyInt.Get(fields.Length));
        t.Dict.SetItem("n_unnamed_fields", PyInt.Get(info.Unnamed));
        var match = new List<PyObject>();
        for (int k = 0; k < info.SequenceFields; k++)
            if (fields[k] is string name) match.Add(new PyStr(name));
        t.Dict.SetItem("__match_args__", new PyTuple(match.ToArray()));
        if (doc != null) t.Dict.SetItem("__doc__", new PyStr(doc));
        t.Dict.SetItem("__reduce__", new PyMethodDescriptor(t, "__reduce__", static (self, a, kw) => Reduce(self!)));
    }

    // Names shift past unnamed fields exactly as CPython's repr reads tp_members by position.
    static PyStr ReprOf(PyTuple tup)
    {
        var info = StructSeqInfo.Of(tup.Type);
        if (!ReprGuard.Enter(tup)) return new PyStr(info.QualifiedName + "(...)");
        try
        {
            var sb = new StringBuilder();
            sb.Append(info.QualifiedName).Append('(');
            for (int k = 0; k < tup.Count; k++)
            {
                if (k > 0) sb.Append(", ");
                sb.Append(info.MemberNames[k]).Append('=');
                sb.Append(Ops.Repr(tup[k]).Value);
            }
            return new PyStr(sb.Append(')').ToString());
        }
        finally { ReprGuard.Leave(tup); }
    }

    static PyObject NewInstance(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var info = StructSeqInfo.Of(type);
        int npos = args.Length - (kw?.Count ?? 0);
        PyObject? seq = null, dict = null;
        for (int i = 0; i < npos; i++)
        {
            if (i == 0) seq = args[0];
            else if (i == 1) dict = args[1];
            else throw PyException.TypeError($"structseq() takes at most 2 arguments ({npos} given)");
        }
        if (kw != null)
            for (int i = 0; i < kw.Count; i++)
            {
                var name = ((PyStr)kw[i]).Value;
                var v = args[npos + i];
                if (name == "sequence" && seq == null) seq = v;
                else if (name == "dict" && dict == null) dict = v;
                else throw PyException.TypeError($"structseq() got an unexpected keyword argument '{name}'");
            }
        if (seq == null) throw PyException.TypeError("structseq() missing required argument 'sequence' (pos 1)");
        if (dict is PyNone) dict = null;
        if (dict != null && dict is not PyDict)
            throw PyException.TypeError($"{info.QualifiedName}() takes a dict as second arg, if any");
        var items = Ops.ToArray(seq);
        int len = items.Length, min = info.SequenceFields, max = info.Fields.Length;
        if (len < min)
        {
            if (min == max) throw PyException.TypeError($"{info.QualifiedName}() takes a {min}-sequence ({len}-sequence given)");
            throw PyException.TypeError($"{info.QualifiedName}() takes an at least {min}-sequence ({len}-sequence given)");
        }
        if (len > max)
        {
            if (min == max) throw PyException.TypeError($"{info.QualifiedName}() takes a {min}-sequence ({len}-sequence given)");
            throw PyException.TypeError($"{info.QualifiedName}() takes an at most {max}-sequence ({len}-sequence given)");
        }
        var hidden = new PyObject[max - min];
        for (int k = min; k < max; k++)
        {
            PyObject v = k < len ? items[k] : PyNone.Instance;
            if (k >= len && dict is PyDict d && info.MemberNames.Length > k - info.Unnamed)
                v = d.GetOrNull(info.MemberNames[k - info.Unnamed]) ?? PyNone.Instance;
            hidden[k - min] = v;
        }
        return new PyStructSeq(type, items[..min], hidden);
    }

    static PyObject Reduce(PyObject self)
    {
        var tup = (PyTuple)self;
        var info = StructSeqInfo.Of(self.Type);
        var d = new PyDict();
        var hidden = (self as PyStructSeq)?.Hidden ?? [];
        for (int k = 0; k < hidden.Length; k++)
        {
            int member = info.SequenceFields + k - info.Unnamed;
            if (member < info.MemberNames.Length) d.SetItem(info.MemberNames[member], hidden[k]);
        }
        var visible = new PyTuple((PyObject[])tup.Items.Clone());
        return new PyTuple([self.Type, new PyTuple([visible, d])]);
    }
}

/// <summary>The layout of one struct sequence type.</summary>
public sealed class StructSeqInfo
{
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyType, StructSeqInfo> s_infos = new();

    public readonly string QualifiedName;
    public readonly string?[] Fields;
    public readonly int SequenceFields;
    public readonly int Unnamed;
    /// <summary>The named fields in order (CPython's tp_members).</summary>
    public readonly string[] MemberNames;

    internal StructSeqInfo(string qualifiedName, string?[] fields, int sequenceFields)
    {
        QualifiedName = qualifiedName;
        Fields = fields;
        SequenceFields = sequenceFields;
        var names = new List<string>();
        foreach (var f in fields) if (f != null) names.Add(f); else Unnamed++;
        MemberNames = names.ToArray();
    }

    internal static void Attach(PyType t, StructSeqInfo info) => s_infos.AddOrUpdate(t, info);

    public static StructSeqInfo Of(PyType t)
    {
        for (var c = t; c != null; c = c.Base)
            if (s_infos.TryGetValue(c, out var i)) return i;
        throw PyException.TypeError("not a struct sequence type");
    }
}
