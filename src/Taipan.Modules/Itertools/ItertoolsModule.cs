using Taipan.Modules.Itertools;
using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>itertools: every iterator type of CPython 3.12, each a small C# class in Itertools*.cs.</summary>
[PyModule("itertools")]
public static partial class ItertoolsModule
{
    static readonly PyType[] s_types =
    [
        Tee.TypeObject, TeeData.TypeObject, Accumulate.TypeObject, Batched.TypeObject, Chain.TypeObject,
        Combinations.TypeObject, CombinationsWithReplacement.TypeObject, Compress.TypeObject, Count.TypeObject,
        Cycle.TypeObject, DropWhile.TypeObject, FilterFalse.TypeObject, GroupBy.TypeObject, Grouper.TypeObject,
        ISlice.TypeObject, Pairwise.TypeObject, Permutations.TypeObject, Product.TypeObject, Repeat.TypeObject,
        StarMap.TypeObject, TakeWhile.TypeObject, ZipLongest.TypeObject,
    ];

    static ItertoolsModule()
    {
        foreach (var t in s_types) BuiltinTypes.Register(t);
    }

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("itertools", "Functional tools for creating and using iterators.");
        RegisterFunctions(m.Dict, m);
        foreach (var t in s_types)
            m.Set(t.Name switch { "_tee" => "_tee", _ => t.Name }, t);
        return m;
    }

    internal static PyType Type(string name, System.Type cls, Action<PyType> setup, TypeFlags flags = TypeFlags.BaseType)
        => ModuleHelpers.Type(name, "itertools", cls, setup, flags: flags);

    [PyMethod("tee($module, iterable, n=2, /)", Doc = "Returns a tuple of n independent iterators.")]
    static PyObject TeeFunction(PyObject iterable, long n = 2)
    {
        if (n < 0) throw PyException.ValueError("n must be >= 0");
        var r = new PyObject[n];
        if (n == 0) return PyTuple.Empty;
        var it = Ops.GetIter(iterable);
        PyObject first;
        var copy = it is Tee ? null : it.Type.Lookup("__copy__");
        if (it is Tee || copy != null) first = it;
        else first = Tee.FromIterable(Tee.TypeObject, it);
        r[0] = first;
        for (int i = 1; i < n; i++)
            r[i] = first is Tee t ? t.Clone() : Ops.Call(Ops.GetAttr(first, "__copy__"));
        return new PyTuple(r);
    }
}
