using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>_functools: reduce, cmp_to_key, partial and the lru_cache wrapper that functools.py builds on.</summary>
[PyModule("_functools")]
public static partial class FunctoolsModule
{
    static FunctoolsModule()
    {
        BuiltinTypes.Register(PyPartial.TypeObject);
        BuiltinTypes.Register(KeyWrapper.TypeObject);
        BuiltinTypes.Register(LruCacheWrapper.TypeObject);
    }

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("_functools", "Tools that operate on functions.");
        RegisterFunctions(m.Dict, m);
        ModuleHelpers.Raw(m, "reduce", static (self, args, kw) =>
        {
            ModuleHelpers.NoKeywords("reduce", kw);
            ModuleHelpers.CheckPositional("reduce", args.Length, 2, 3);
            return Reduce(args[0], args[1], args.Length > 2 ? args[2] : null);
        }, null, "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty.");
        m.Set("partial", PyPartial.TypeObject);
        m.Set("_lru_cache_wrapper", LruCacheWrapper.TypeObject);
        return m;
    }

    static PyObject Reduce(PyObject func, PyObject seq, PyObject? result)
    {
        if (seq.Type.Iter == null && seq.Type.GetItem == null)
            throw PyException.TypeError("reduce() arg 2 must support iteration");
        var it = Ops.GetIter(seq);
        var pair = new PyObject[2];
        for (var x = Ops.Next(it); x != null; x = Ops.Next(it))
        {
            if (result == null) { result = x; continue; }
            pair[0] = result;
            pair[1] = x;
            result = Ops.Call(func, pair);
        }
        return result ?? throw PyException.TypeError("reduce() of empty iterable with no initial value");
    }

    [PyMethod("cmp_to_key($module, /, mycmp)", Doc = "Convert a cmp= function into a key= function.")]
    static PyObject CmpToKey(PyObject mycmp) => new KeyWrapper(mycmp, null);
}

/// <summary>functools.KeyWrapper: the key objects cmp_to_key makes; comparisons call the cmp function.</summary>
public sealed partial class KeyWrapper : PyObject
{
    public static readonly PyType TypeObject = ModuleHelpers.Type("KeyWrapper", "functools", typeof(KeyWrapper), SetupType, flags: TypeFlags.None);

    readonly PyObject _cmp;
    PyObject? _obj;

    public KeyWrapper(PyObject cmp, PyObject? obj) : base(TypeObject)
    {
        _cmp = cmp;
        _obj = obj;
    }

    static readonly PySignature s_callSig = new("K(obj)");

    static void SetupType(PyType t)
    {
        t.Call = static (self, args, kw) =>
        {
            PyObject obj;
            if (kw == null && args.Length == 1) obj = args[0];
            else obj = s_callSig.Bind(args, kw, out _, out _)[0]!;
            return new KeyWrapper(((KeyWrapper)self)._cmp, obj);
        };
        t.RichCompare = static (a, b, op) =>
        {
            if (b.Type != TypeObject) throw PyException.TypeError("other argument must be K instance");
            var x = (KeyWrapper)a;
            var y = (KeyWrapper)b;
            if (x._obj == null || y._obj == null) throw PyException.AttributeError("object");
            var res = Ops.Call(x._cmp, x._obj, y._obj);
            return Ops.RichCompare(res, PyInt.Zero, op);
        };
        ModuleHelpers.Unhashable(t);
        SetupMembers(t);
    }

    [PyGetter("obj", Doc = "Value wrapped by a key function.")]
    PyObject Obj() => _obj ?? throw PyException.AttributeError("obj");

    [PySetter("obj")]
    void SetObj(PyObject? value) => _obj = value;
}
