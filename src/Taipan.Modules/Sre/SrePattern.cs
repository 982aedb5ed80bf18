using System.Text;
using Taipan.Runtime;

namespace Taipan.Modules.Sre;

/// <summary>re.Pattern: a compiled regular expression (CPython's PatternObject).</summary>
public sealed partial class SrePattern : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    static PyType MakeType()
    {
        var t = PyType.Builtin("Pattern", null, typeof(SrePattern), SetupType, TypeFlags.None);
        t.BuiltinModule = "re";
        return t;
    }

    internal readonly uint[] Code;
    internal readonly PyObject PatternObject;
    internal readonly int Flags;
    internal readonly int Groups;
    internal readonly PyDict? GroupIndex;
    internal readonly PyTuple? IndexGroup;
    /// <summary>1 for a bytes pattern, 0 for str, -1 when the pattern object is None.</summary>
    internal readonly int IsBytes;

    internal SrePattern(PyObject pattern, int flags, uint[] code, int groups, PyDict? groupIndex, PyTuple? indexGroup, int isBytes)
        : base(TypeObject)
    {
        PatternObject = pattern;
        Flags = flags;
        Code = code;
        Groups = groups;
        GroupIndex = groupIndex;
        IndexGroup = indexGroup;
        IsBytes = isBytes;
    }

    static void SetupType(PyType t)
    {
        t.Repr = static o => ((SrePattern)o).Repr();
        t.Hash = static o => ((SrePattern)o).ComputeHash();
        t.RichCompare = static (a, b, op) => ((SrePattern)a).Compare(b, op);
        t.New = static (_, _, _) => throw PyException.TypeError("cannot create 're.Pattern' instances");
        SetupMembers(t);
    }

    static partial void SetupMembers(PyType t);

    // ---- matching ----

    [PyMethod("match($self, /, string, pos=0, endpos=sys.maxsize)", Doc = "Matches zero or more characters at the beginning of the string.")]
    public PyObject MatchAt(PyObject @string, long pos = 0, long endpos = long.MaxValue)
    {
        var st = new SreState(this, @string, pos, endpos);
        st.Ptr = st.Start;
        return NewMatch(st, Run(st, false));
    }

    [PyMethod("fullmatch($self, /, string, pos=0, endpos=sys.maxsize)", Doc = "Matches against all of the string.")]
    public PyObject FullMatch(PyObject @string, long pos = 0, long endpos = long.MaxValue)
    {
        var st = new SreState(this, @string, pos, endpos);
        st.Ptr = st.Start;
        st.MatchAll = true;
        return NewMatch(st, Run(st, false));
    }

    [PyMethod("search($self, /, string, pos=0, endpos=sys.maxsize)", Doc = "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches.")]
    public PyObject Search(PyObject @string, long pos = 0, long endpos = long.MaxValue)
    {
        var st = new SreState(this, @string, pos, endpos);
        return NewMatch(st, Run(st, true));
    }

    [PyMethod("sub($self, /, repl, string, count=0)", Doc = "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.")]
    public PyObject Sub(PyObject repl, PyObject @string, long count = 0) => SubX(repl, @string, count, false);

    [PyMethod("subn($self, /, repl, string, count=0)", Doc = "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.")]
    public PyObject SubN(PyObject repl, PyObject @string, long count = 0) => SubX(repl, @string, count, true);

    [PyMethod("findall($self, /, string, pos=0, endpos=sys.maxsize)", Doc = "Return a list of all non-overlapping matches of pattern in string.")]
    public PyObject FindAll(PyObject @string, long pos = 0, long endpos = long.MaxValue)
    {
        var st = new SreState(this, @string, pos, endpos);
        var list = new PyList();
        while (st.Start <= st.End)
        {
            st.Reset();
            st.Ptr = st.Start;
            if (!Run(st, true)) break;
            PyObject item;
            switch (Groups)
            {
                case 0:
                    item = st.Subject.Slice(st.Start, st.Ptr);
                    break;
                case 1:
                    item = StateGetSlice(st, 1, true)!;
                    break;
                default:
                {
                    var items = new PyObject[Groups];
                    for (int i = 0; i < Groups; i++) items[i] = StateGetSlice(st, i + 1, true)!;
                    item = new PyTuple(items);
                    break;
                }
            }
            list.Append(item);
            st.MustAdvance = st.Ptr == st.Start;
            st.Start = st.Ptr;
        }
        return list;
    }

    [PyMethod("split($self, /, string, maxsplit=0)", Doc = "Split string by the occurrences of pattern.")]
    public PyObject Split(PyObject @string, long maxsplit = 0)
    {
        var st = new SreState(this, @string, 0, long.MaxValue);
        var list = new PyList();
        long n = 0;
        int last = st.Start;
        while (maxsplit == 0 || n < maxsplit)
        {
            st.Reset();
            st.Ptr = st.Start;
            if (!Run(st, true)) break;
            list.Append(st.Subject.Slice(last, st.Start));
            for (int i = 0; i < Groups; i++) list.Append(StateGetSlice(st, i + 1, false)!);
            n++;
            st.MustAdvance = st.Ptr == st.Start;
            last = st.Start = st.Ptr;
        }
        list.Append(st.Subject.Slice(last, st.EndPos));
        return list;
    }

    [PyMethod("finditer($self, /, string, pos=0, endpos=sys.maxsize)", Doc = "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object.")]
    public PyObject FindIter(PyObject @string, long pos = 0, long endpos = long.MaxValue)
    {
        var scanner = new SreScanner(this, @string, pos, endpos);
        return new PyCallableIterator(Ops.GetAttr(scanner, PyStr.Intern("search")), PyNone.Instance);
    }

    [PyMethod("scanner($self, /, string, pos=0, endpos=sys.maxsize)")]
    public PyObject Scanner(PyObject @string, long pos = 0, long endpos = long.MaxValue) => new SreScanner(this, @string, pos, endpos);

    [PyMethod("__copy__($self, /)")]
    public PyObject Copy() => this;

    [PyMethod("__deepcopy__($self, memo, /)")]
    public PyObject DeepCopy(PyObject memo) => this;

    [PyMethod("__class_getitem__($type, item, /)", Kind = PyMethodKind.Class, Doc = "See PEP 585")]
    public static PyObject ClassGetItem(PyType type, PyObject item) => new PyGenericAlias(type, item);

    // ---- attributes ----

    [PyGetter("pattern")] public PyObject GetPattern() => PatternObject;
    [PyGetter("flags")] public PyObject GetFlags() => PyInt.Get(Flags);
    [PyGetter("groups")] public PyObject GetGroups() => PyInt.Get(Groups);

    [PyGetter("groupindex")]
    public PyObject GetGroupIndex() => GroupIndex == null ? new PyDict() : new PyMappingProxyShim(GroupIndex);

    // ---- helpers ----

    /// <summary>Runs a match or search, turning engine failures on malformed code into CPython's RuntimeError.</summary>
    internal static bool Run(SreState st, bool search)
    {
        try
        {
            return search ? st.Search() : st.Match();
        }
        catch (IndexOutOfRangeException)
        {
            throw PyException.RuntimeError("internal error in regular expression engine");
        }
    }

    internal PyObject NewMatch(SreState st, bool matched) => matched ? new SreMatch(this, st) : PyNone.Instance;

    /// <summary>state_getslice: group <paramref name="index"/> of the current state, or empty/None when unset.</summary>
    static PyObject? StateGetSlice(SreState st, int index, bool empty)
    {
        int i = (index - 1) * 2;
        if (i >= st.LastMark || st.Mark[i] < 0 || st.Mark[i + 1] < 0)
            return empty ? st.Subject.Slice(0, 0) : PyNone.Instance;
        int a = st.Mark[i], b = st.Mark[i + 1];
        if (a > b) throw PyException.Create(PyExc.SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
        return st.Subject.Slice(a, b);
    }

    PyObject SubX(PyObject repl, PyObject @string, long count, bool subn)
    {
        PyObject filter;
        int kind; // 0 literal, 1 template, 2 callable
        if (repl.Type.Call != null)
        {
            filter = repl;
            kind = 2;
        }
        else
        {
            bool literal = false;
            var rs = SreSubject.TryGet(repl);
            if (rs != null)
            {
                literal = true;
                for (int k = 0; k < rs.Length; k++)
                {
                    int ch = rs.Bmp != null ? rs.Bmp[k] : rs.Bytes != null ? rs.Bytes[k] : rs.CodePoints![k];
                    if (ch == '\\') { literal = false; break; }
                }
            }
            if (literal)
            {
                filter = repl;
                kind = 0;
            }
            else
            {
                var template = CompileTemplate(this, repl);
                if (template.Items.Length == 0)
                {
                    filter = template.Literal;
                    kind = 0;
                }
                else
                {
                    filter = template;
                    kind = 1;
                }
            }
        }

        var st = new SreState(this, @string, 0, long.MaxValue);
        var list = new PyList();
        long n = 0;
        int i = 0;
        while (count == 0 || n < count)
        {
            st.Reset();
            st.Ptr = st.Start;
            if (!Run(st, true)) break;
            int b = st.Start, e = st.Ptr;
            if (i < b) list.Append(st.Subject.Slice(i, b));
            PyObject item;
            if (kind != 0)
            {
                var match = new SreMatch(this, st);
                item = kind == 1 ? ((SreTemplate)filter).Expand(match) : Ops.Call(filter, match);
            }
            else item = filter;
            if (item is not PyNone) list.Append(item);
            i = e;
            n++;
            st.MustAdvance = st.Ptr == st.Start;
            st.Start = st.Ptr;
        }
        if (i < st.EndPos) list.Append(st.Subject.Slice(i, st.EndPos));
        PyObject result = JoinPieces(st.Subject.IsBytes, list);
        return subn ? PyTuple.Create(result, PyInt.Get(n)) : result;
    }

    internal static PyObject JoinPieces(bool isBytes, PyList list)
    {
        if (isBytes)
        {
            if (list.Count == 0) return PyBytes.FromSpan(default);
            return Ops.Call(Ops.GetAttr(PyBytes.FromSpan(default), PyStr.Intern("join")), list);
        }
        if (list.Count == 0) return PyStr.Empty;
        return PyStr.Empty.Join(list);
    }

    /// <summary>compile_template: re._compile_template(pattern, repl), retried with a plain str/bytes copy for unhashable replacements.</summary>
    internal static SreTemplate CompileTemplate(SrePattern pattern, PyObject repl)
    {
        var re = Taipan.Runtime.ThreadState.Current.Interpreter.Import("re");
        var func = Ops.GetAttr(re, PyStr.Intern("_compile_template"));
        PyObject result;
        try
        {
            result = Ops.Call(func, pattern, repl);
        }
        catch (PyException ex) when (Ops.IsInstance(ex.Value, PyExc.TypeError))
        {
            PyObject plain;
            if (repl is PyStr s && s.Type != PyStr.TypeObject) plain = new PyStr(s.ToCodePointArray());
            else if (repl is IPyBuffer buf && repl.Type != PyBytes.TypeObject) plain = PyBytes.FromSpan(buf.ReadOnlyBytes);
            else throw;
            result = Ops.Call(func, pattern, plain);
        }
        if (result is not SreTemplate t)
            throw PyException.RuntimeError($"the result of compiling a replacement string is {result.Type.Name}");
        return t;
    }

    PyObject Repr()
    {
        var names = new List<string>();
        int flags = Flags;
        // re.UNICODE is implied for str patterns.
        if (IsBytes == 0 && (flags & (SreOp.FlagLocale | SreOp.FlagUnicode | SreOp.FlagAscii)) == SreOp.FlagUnicode)
            flags &= ~SreOp.FlagUnicode;
        (string, int)[] table =
        [
            ("re.IGNORECASE", SreOp.FlagIgnoreCase), ("re.LOCALE", SreOp.FlagLocale), ("re.MULTILINE", SreOp.FlagMultiline),
            ("re.DOTALL", SreOp.FlagDotAll), ("re.UNICODE", SreOp.FlagUnicode), ("re.VERBOSE", SreOp.FlagVerbose),
            ("re.DEBUG", SreOp.FlagDebug), ("re.ASCII", SreOp.FlagAscii),
        ];
        foreach (var (name, value) in table)
        {
            if ((flags & value) != 0)
            {
                names.Add(name);
                flags &= ~value;
            }
        }
        if (flags != 0) names.Add("0x" + flags.ToString("x"));
        string pat = Truncate(Ops.Repr(PatternObject), 200);
        var sb = new StringBuilder("re.compile(").Append(pat);
        if (names.Count > 0) sb.Append(", ").Append(string.Join("|", names));
        sb.Append(')');
        return new PyStr(sb.ToString());
    }

    /// <summary>%.NR of PyUnicode_FromFormat: the repr cut to N code points.</summary>
    internal static string Truncate(PyStr repr, int n) => repr.Length <= n ? repr.Value : repr.Slice(0, 1, n).Value;

    long ComputeHash()
    {
        long h = Ops.Hash(PatternObject);
        ulong x = 0xcbf29ce484222325UL;
        foreach (var c in Code) x = (x ^ c) * 0x100000001B3UL;
        h ^= (long)x;
        h ^= Flags;
        h ^= IsBytes;
        h ^= Code.Length;
        return h == -1 ? -2 : h;
    }

    PyObject Compare(PyObject other, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne) return PyNotImplemented.Instance;
        if (other is not SrePattern right) return PyNotImplemented.Instance;
        bool eq;
        if (ReferenceEquals(this, right)) eq = true;
        else
        {
            eq = Flags == right.Flags && IsBytes == right.IsBytes && Code.AsSpan().SequenceEqual(right.Code);
            if (eq) eq = Ops.RichCompareBool(PatternObject, right.PatternObject, CompareOp.Eq);
        }
        return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
    }
}
