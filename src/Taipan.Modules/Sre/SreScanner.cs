using Taipan.Runtime;

namespace Taipan.Modules.Sre;

/// <summary>_sre.SRE_Scanner: successive matches over one string (the engine of finditer).</summary>
public sealed partial class SreScanner : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    static PyType MakeType()
    {
        var t = PyType.Builtin("SRE_Scanner", null, typeof(SreScanner), SetupType, TypeFlags.None);
        t.BuiltinModule = "_sre";
        return t;
    }

    readonly SrePattern _pattern;
    readonly SreState _state;
    bool _exhausted;
    bool _executing;

    internal SreScanner(SrePattern pattern, PyObject str, long pos, long endpos) : base(TypeObject)
    {
        _pattern = pattern;
        _state = new SreState(pattern, str, pos, endpos);
    }

    static void SetupType(PyType t)
    {
        t.New = static (_, _, _) => throw PyException.TypeError("cannot create '_sre.SRE_Scanner' instances");
        SetupMembers(t);
    }

    static partial void SetupMembers(PyType t);

    [PyMethod("match($self, /)")]
    public PyObject Match() => Next(false);

    [PyMethod("search($self, /)")]
    public PyObject Search() => Next(true);

    [PyGetter("pattern")] public PyObject GetPattern() => _pattern;

    PyObject Next(bool search)
    {
        if (_executing) throw PyException.ValueError("regular expression scanner already executing");
        if (_exhausted) return PyNone.Instance;
        _executing = true;
        try
        {
            var st = _state;
            st.Reset();
            st.Ptr = st.Start;
            bool ok = SrePattern.Run(st, search);
            var match = _pattern.NewMatch(st, ok);
            if (!ok) _exhausted = true;
            else
            {
                st.MustAdvance = st.Ptr == st.Start;
                st.Start = st.Ptr;
            }
            return match;
        }
        finally
        {
            _executing = false;
        }
    }
}
