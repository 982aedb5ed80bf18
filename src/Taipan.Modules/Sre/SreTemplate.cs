using Taipan.Runtime;

namespace Taipan.Modules.Sre;

/// <summary>_sre.SRE_Template: a parsed replacement string, literal pieces between group references.</summary>
public sealed class SreTemplate : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    static PyType MakeType()
    {
        var t = PyType.Builtin("SRE_Template", null, typeof(SreTemplate), static t => t.New = static (_, _, _) => throw PyException.TypeError("cannot create '_sre.SRE_Template' instances"), TypeFlags.None);
        t.BuiltinModule = "_sre";
        return t;
    }

    internal readonly PyObject Literal;
    internal readonly (int Index, PyObject? Literal)[] Items;

    SreTemplate(PyObject literal, (int, PyObject?)[] items) : base(TypeObject)
    {
        Literal = literal;
        Items = items;
    }

    /// <summary>_sre.template(pattern, template): [literal, group, literal, ..., group, literal].</summary>
    internal static SreTemplate Create(PyList template)
    {
        int n = template.Count;
        if ((n & 1) == 0 || n < 1) throw PyException.TypeError("invalid template");
        n /= 2;
        var items = new (int, PyObject?)[n];
        for (int i = 0; i < n; i++)
        {
            var index = Ops.Index(template.Items[2 * i + 1]);
            if (!index.IsSmall) throw PyException.Create(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            if (index.Small < 0) throw PyException.TypeError("invalid template");
            PyObject? literal = template.Items[2 * i + 2];
            // Empty literals are skipped.
            if ((literal is PyStr s && s.Length == 0) || (literal is PyBytes b && b.UnsafeArray.Length == 0)) literal = null;
            items[i] = (index.Small > int.MaxValue ? int.MaxValue : (int)index.Small, literal);
        }
        return new SreTemplate(template.Items[0], items);
    }

    internal PyObject Expand(SreMatch match)
    {
        if (Items.Length == 0) return Literal;
        var list = new PyList();
        list.Append(Literal);
        foreach (var (index, literal) in Items)
        {
            if (index >= match.GroupCount) throw PyException.IndexError("no such group");
            var item = match.GetSliceByIndex(index, PyNone.Instance);
            if (item is not PyNone) list.Append(item);
            if (literal != null) list.Append(literal);
        }
        return SrePattern.JoinPieces(Literal is not PyStr, list);
    }
}
