namespace Taipan.Runtime;

/// <summary>BaseException's __new__/__init__/__str__/__repr__ and attributes, shared by the whole hierarchy.</summary>
public static partial class ExceptionBehaviours
{
    internal static void Setup(PyType t)
    {
        if (t != PyExc.BaseException) { SetupFamily(t); return; }
        t.New = static (type, args, kw) =>
        {
            var e = new PyBaseException(type);
            int npos = args.Length - (kw?.Count ?? 0);
            e.Args = npos == 0 ? PyTuple.Empty : PyTuple.Create(args[..npos]);
            return e;
        };
        t.Init = static (self, args, kw) =>
        {
            if (kw != null && kw.Count > 0)
                throw PyException.TypeError($"{self.Type.Name}() takes no keyword arguments");
            ((PyBaseException)self).Args = args.Length == 0 ? PyTuple.Empty : PyTuple.Create(args);
        };
        t.Str = static o =>
        {
            var a = ((PyBaseException)o).Args;
            return a.Count switch { 0 => PyStr.Empty, 1 => Ops.Str(a[0]), _ => Ops.Str(a) };
        };
        t.Repr = static o =>
        {
            var e = (PyBaseException)o;
            var name = e.Type.Name;
            if (e.Args.Count == 1) return new PyStr($"{name}({Ops.Repr(e.Args[0]).Value})");
            return new PyStr(name + Ops.Repr(e.Args).Value);
        };
        SetupMembers(t);
    }

    /// <summary>Per-family behaviour (StopIteration.value, KeyError's str, OSError's errno, ...).</summary>
    static partial void SetupFamily(PyType t);
    static partial void SetupMembers(PyType t);
}

public partial class PyBaseException
{
    /// <summary>BaseException.add_note.</summary>
    public void AddNote(string note)
    {
        Dict ??= new PyDict();
        var notes = Dict.GetOrNull("__notes__");
        if (notes == null)
        {
            notes = new PyList();
            Dict.SetItem("__notes__", notes);
        }
        if (notes is not PyList l) throw PyException.TypeError("Cannot add note: __notes__ is not a list");
        l.Append(new PyStr(note));
    }
}
