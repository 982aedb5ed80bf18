using Taipan.Runtime;

namespace Taipan.Modules.Sre;

/// <summary>re.Match: the result of a successful match (CPython's MatchObject).</summary>
public sealed partial class SreMatch : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    static PyType MakeType()
    {
        var t = PyType.Builtin("Match", null, typeof(SreMatch), SetupType, TypeFlags.None);
        t.BuiltinModule = "re";
        return t;
    }

    readonly SrePattern _pattern;
    readonly SreSubject _subject;
    /// <summary>Start and end of group 0..groups; -1 for groups that did not take part.</summary>
    readonly int[] _mark;
    readonly int _groups;
    readonly int _pos, _endpos, _lastindex;
    PyObject? _regs;

    internal SreMatch(SrePattern pattern, SreState st) : base(TypeObject)
    {
        _pattern = pattern;
        _subject = st.Subject;
        _groups = pattern.Groups + 1;
        _mark = new int[2 * _groups];
        _mark[0] = st.Start;
        _mark[1] = st.Ptr;
        for (int i = 0, j = 0; i < pattern.Groups; i++, j += 2)
        {
            if (j + 1 <= st.LastMark && st.Mark[j] >= 0 && st.Mark[j + 1] >= 0)
            {
                _mark[j + 2] = st.Mark[j];
                _mark[j + 3] = st.Mark[j + 1];
                if (_mark[j + 2] > _mark[j + 3])
                    throw PyException.Create(PyExc.SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
            }
            else _mark[j + 2] = _mark[j + 3] = -1;
        }
        _pos = st.Pos;
        _endpos = st.EndPos;
        _lastindex = st.LastIndex;
    }

    static void SetupType(PyType t)
    {
        t.Repr = static o => ((SreMatch)o).Repr();
        t.GetItem = static (o, key) => ((SreMatch)o).GetSlice(key, PyNone.Instance);
        t.New = static (_, _, _) => throw PyException.TypeError("cannot create 're.Match' instances");
        SetupMembers(t);
    }

    static partial void SetupMembers(PyType t);

    // ---- methods, in the order of the re docs ----

    [PyMethod("expand($self, /, template)", Doc = "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method.")]
    public PyObject Expand(PyObject template) => SrePattern.CompileTemplate(_pattern, template).Expand(this);

    [PyMethod("group($self, *args)", HideSignature = true, Doc = "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.")]
    public PyObject Group(ReadOnlySpan<PyObject> args)
    {
        switch (args.Length)
        {
            case 0: return GetSliceByIndex(0, PyNone.Instance);
            case 1: return GetSlice(args[0], PyNone.Instance);
            default:
            {
                var items = new PyObject[args.Length];
                for (int i = 0; i < items.Length; i++) items[i] = GetSlice(args[i], PyNone.Instance);
                return new PyTuple(items);
            }
        }
    }

    [PyMethod("groups($self, /, default=None)", Doc = "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match.")]
    public PyObject Groups(PyObject @default)
    {
        var items = new PyObject[_groups - 1];
        for (int i = 1; i < _groups; i++) items[i - 1] = GetSliceByIndex(i, @default);
        return PyTuple.Create(items);
    }

    [PyMethod("groupdict($self, /, default=None)", Doc = "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match.")]
    public PyObject GroupDict(PyObject @default)
    {
        var result = new PyDict();
        var gi = _pattern.GroupIndex;
        if (gi == null) return result;
        int pos = 0;
        while (gi.Next(ref pos, out var key, out _))
            result.SetItem(key, GetSlice(key, @default));
        return result;
    }

    [PyMethod("start($self, group=0, /)", Doc = "Return index of the start of the substring matched by group.")]
    public long Start(PyObject? group = null) => _mark[GetIndex(group) * 2];

    [PyMethod("end($self, group=0, /)", Doc = "Return index of the end of the substring matched by group.")]
    public long End(PyObject? group = null) => _mark[GetIndex(group) * 2 + 1];

    [PyMethod("span($self, group=0, /)", Doc = "For match object m, return the 2-tuple (m.start(group), m.end(group)).")]
    public PyObject Span(PyObject? group = null)
    {
        int i = GetIndex(group);
        return Pair(_mark[i * 2], _mark[i * 2 + 1]);
    }

    [PyMethod("__copy__($self, /)")]
    public PyObject Copy() => this;

    [PyMethod("__deepcopy__($self, memo, /)")]
    public PyObject DeepCopy(PyObject memo) => this;

    [PyMethod("__class_getitem__($type, item, /)", Kind = PyMethodKind.Class, Doc = "See PEP 585")]
    public static PyObject ClassGetItem(PyType type, PyObject item) => new PyGenericAlias(type, item);

    // ---- attributes ----

    [PyGetter("pos")] public PyObject GetPos() => PyInt.Get(_pos);
    [PyGetter("endpos")] public PyObject GetEndPos() => PyInt.Get(_endpos);
    [PyGetter("lastindex")] public PyObject GetLastIndex() => _lastindex >= 0 ? PyInt.Get(_lastindex) : PyNone.Instance;

    [PyGetter("lastgroup")]
    public PyObject GetLastGroup()
    {
        var ig = _pattern.IndexGroup;
        if (ig != null && _lastindex >= 0 && _lastindex < ig.Count) return ig.Items[_lastindex];
        return PyNone.Instance;
    }

    [PyGetter("re")] public PyObject GetRe() => _pattern;
    [PyGetter("string")] public PyObject GetString() => _subject.Object;

    [PyGetter("regs")]
    public PyObject GetRegs()
    {
        if (_regs != null) return _regs;
        var items = new PyObject[_groups];
        for (int i = 0; i < _groups; i++) items[i] = Pair(_mark[i * 2], _mark[i * 2 + 1]);
        return _regs = new PyTuple(items);
    }

    // ---- helpers ----

    static PyTuple Pair(int a, int b) => PyTuple.Create(PyInt.Get(a), PyInt.Get(b));

    internal int GroupCount => _groups;

    /// <summary>match_getindex: a group number or name to an index, or IndexError("no such group").</summary>
    int GetIndex(PyObject? index)
    {
        if (index == null) return 0;
        long i = -1;
        if (index is PyInt || index.Type.Index != null)
        {
            var v = Ops.Index(index);
            i = v.IsSmall ? v.Small : (v.Big.Sign < 0 ? -1 : long.MaxValue);
        }
        else if (_pattern.GroupIndex != null && _pattern.GroupIndex.TryGetValue(index, out var g) && g is PyInt gi && gi.IsSmall)
            i = gi.Small;
        if (i < 0 || i >= _groups) throw PyException.IndexError("no such group");
        return (int)i;
    }

    PyObject GetSlice(PyObject index, PyObject def) => GetSliceByIndex(GetIndex(index), def);

    internal PyObject GetSliceByIndex(int index, PyObject def)
    {
        int a = _mark[index * 2];
        if (a < 0) return def;
        int b = _mark[index * 2 + 1];
        int length = _subject.Length;
        return _subject.Slice(Math.Min(a, length), Math.Min(b, length));
    }

    PyObject Repr()
    {
        var group0 = GetSliceByIndex(0, PyNone.Instance);
        string r = SrePattern.Truncate(Ops.Repr(group0), 50);
        return new PyStr($"<re.Match object; span=({_mark[0]}, {_mark[1]}), match={r}>");
    }
}
