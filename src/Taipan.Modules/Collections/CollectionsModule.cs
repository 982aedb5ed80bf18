using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>_collections: deque, defaultdict, the namedtuple field descriptor and Counter's counting loop.
/// OrderedDict stays in Python (collections/__init__.py defines it when _collections lacks it).</summary>
[PyModule("_collections")]
public static partial class CollectionsModule
{
    static CollectionsModule()
    {
        BuiltinTypes.Register(PyDeque.TypeObject);
        BuiltinTypes.Register(DequeIterator.TypeObject);
        BuiltinTypes.Register(DequeIterator.ReverseTypeObject);
        BuiltinTypes.Register(PyDefaultDict.TypeObject);
        BuiltinTypes.Register(TupleGetter.TypeObject);
    }

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("_collections", "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n");
        RegisterFunctions(m.Dict, m);
        m.Set("deque", PyDeque.TypeObject);
        m.Set("_deque_iterator", DequeIterator.TypeObject);
        m.Set("_deque_reverse_iterator", DequeIterator.ReverseTypeObject);
        m.Set("defaultdict", PyDefaultDict.TypeObject);
        m.Set("_tuplegetter", TupleGetter.TypeObject);
        return m;
    }

    [PyMethod("_count_elements($module, mapping, iterable, /)", Doc = "Count elements in the iterable, updating the mapping")]
    static void CountElements(PyObject mapping, PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        var one = PyInt.One;
        // Plain dicts (and subclasses that keep dict's get and __setitem__, like Counter) go straight to the table.
        if (mapping is PyDict d && IsDictMethod(mapping.Type, "get") && IsDictMethod(mapping.Type, "__setitem__"))
        {
            for (var x = Ops.Next(it); x != null; x = Ops.Next(it))
            {
                if (d.TryGetValue(x, out var old)) d.SetItem(x, Ops.Add(old, one));
                else d.SetItem(x, one);
            }
            return;
        }
        var get = Ops.GetAttr(mapping, "get");
        var zero = PyInt.Zero;
        for (var x = Ops.Next(it); x != null; x = Ops.Next(it))
        {
            var old = Ops.Call(get, x, zero);
            Ops.SetItem(mapping, x, Ops.Add(old, one));
        }
    }

    static bool IsDictMethod(PyType t, string name) =>
        ReferenceEquals(t.Lookup(name), PyDict.TypeObject.Lookup(name));
}

/// <summary>collections.defaultdict: a dict whose missing keys are filled by default_factory().</summary>
public sealed partial class PyDefaultDict : PyDict
{
    public static new readonly PyType TypeObject = ModuleHelpers.Type("defaultdict", "collections", typeof(PyDefaultDict), SetupType,
        PyDict.TypeObject, TypeFlags.BaseType | TypeFlags.DictSubclass);

    PyObject _factory = PyNone.Instance;

    public PyDefaultDict(PyType type) : base(type) { }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) => new PyDefaultDict(type);
        t.Init = static (self, args, kw) =>
        {
            var d = (PyDefaultDict)self;
            int npos = ModuleHelpers.PositionalCount(args, kw);
            PyObject factory = PyNone.Instance;
            if (npos > 0)
            {
                factory = args[0];
                if (factory is not PyNone && factory.Type.Call == null)
                    throw PyException.TypeError("first argument must be callable or None");
                args = args[1..];
            }
            d._factory = factory;
            PyDict.TypeObject.Init!(self, args, kw);
        };
        t.Repr = static o =>
        {
            var d = (PyDefaultDict)o;
            string factory;
            if (d._factory is PyNone) factory = "None";
            else if (!ReprGuard.Enter(d._factory)) factory = "...";
            else
            {
                try { factory = Ops.Repr(d._factory).Value; }
                finally { ReprGuard.Leave(d._factory); }
            }
            var baseRepr = PyDict.TypeObject.Repr!(o);
            string name = d.Type == TypeObject ? "defaultdict" : d.Type.Name;
            return new PyStr($"{name}({factory}, {((PyStr)baseRepr).Value})");
        };
        t.Or = static (a, b) =>
        {
            PyDefaultDict self;
            PyObject other;
            if (a is PyDefaultDict da && da.Type.IsSubtypeOf(TypeObject)) { self = da; other = b; }
            else if (b is PyDefaultDict db) { self = db; other = a; }
            else return PyNotImplemented.Instance;
            if (other is not PyDict) return PyNotImplemented.Instance;
            var r = Ops.Call(self.Type, self._factory, a);
            Ops.Call(Ops.GetAttr(r, "update"), b);
            return r;
        };
        SetupMembers(t);
    }

    [PyMethod("__missing__($self, key, /)", Doc = "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value")]
    PyObject Missing(PyObject key)
    {
        if (_factory is PyNone) throw PyException.KeyError(key);
        var v = Ops.Call(_factory);
        Ops.SetItem(this, key, v);
        return v;
    }

    [PyMethod("copy($self, /)", Doc = "D.copy() -> a shallow copy of D.")]
    PyObject CopyDefault() => Ops.Call(Type, _factory, this);

    [PyMethod("__copy__($self, /)", Doc = "D.copy() -> a shallow copy of D.")]
    PyObject DunderCopy() => CopyDefault();

    [PyMethod("__reduce__($self, /)", Doc = "Return state information for pickling.")]
    PyObject Reduce()
    {
        PyObject args = _factory is PyNone ? PyTuple.Empty : PyTuple.Create(_factory);
        var items = Ops.GetIter(Ops.Call(Ops.GetAttr(this, "items")));
        return PyTuple.Create(Type, args, PyNone.Instance, PyNone.Instance, items);
    }

    [PyGetter("default_factory", Doc = "Factory for default value called by __missing__().")]
    PyObject Factory() => _factory;

    [PySetter("default_factory")]
    void SetFactory(PyObject? value) => _factory = value ?? PyNone.Instance;
}

/// <summary>collections._tuplegetter: the read-only field descriptors of namedtuple classes.</summary>
public sealed partial class TupleGetter : PyObject
{
    public static readonly PyType TypeObject = ModuleHelpers.Type("_tuplegetter", "collections", typeof(TupleGetter), SetupType, flags: TypeFlags.None);

    readonly long _index;
    PyObject _doc;

    TupleGetter(PyType type, long index, PyObject doc) : base(type)
    {
        _index = index;
        _doc = doc;
    }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            ModuleHelpers.NoKeywords("_tuplegetter", kw);
            ModuleHelpers.CheckPositional("_tuplegetter", args.Length, 2, 2);
            return new TupleGetter(type, Ops.AsIndex(args[0]), args[1]);
        };
        t.DescrGet = static (self, obj, type) =>
        {
            var g = (TupleGetter)self;
            if (obj == null || obj is PyNone) return self;
            if (obj is not PyTuple tup)
                throw PyException.TypeError($"descriptor for index '{g._index}' for tuple subclasses doesn't apply to '{obj.Type.Name}' object");
            if (g._index < 0 || g._index >= tup.Count) throw PyException.IndexError("tuple index out of range");
            return tup.Items[g._index];
        };
        t.DescrSet = static (self, obj, value) =>
            throw PyException.AttributeError(value == null ? "can't delete attribute" : "can't set attribute");
        t.Repr = static o =>
        {
            var g = (TupleGetter)o;
            return new PyStr($"{g.Type.Name}({g._index}, {Ops.Repr(g._doc).Value})");
        };
        SetupMembers(t);
    }

    [PyGetter("__doc__")]
    PyObject Doc() => _doc;

    [PySetter("__doc__")]
    void SetDoc(PyObject? value) => _doc = value ?? PyNone.Instance;

    [PyMethod("__reduce__($self, /)")]
    PyObject Reduce() => PyTuple.Create(Type, PyTuple.Create(PyInt.Get(_index), _doc));
}
