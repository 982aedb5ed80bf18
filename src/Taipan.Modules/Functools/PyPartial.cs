using System.Text;
using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>functools.partial: a callable with some positional and keyword arguments fixed.</summary>
public sealed partial class PyPartial : PyObject, IHasDict
{
    public static readonly PyType TypeObject = ModuleHelpers.Type("partial", "functools", typeof(PyPartial), SetupType);

    PyObject _func = PyNone.Instance;
    PyTuple _args = PyTuple.Empty;
    PyDict _kw = new();

    public PyDict? Dict { get; set; }

    PyPartial(PyType type) : base(type) { }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            int npos = ModuleHelpers.PositionalCount(args, kw);
            if (npos < 1) throw PyException.TypeError("type 'partial' takes at least one argument");
            var func = args[0];
            PyObject[]? innerArgs = null;
            PyDict? innerKw = null;
            // A plain partial of a partial flattens into one (unless the inner one carries attributes).
            if (func is PyPartial inner && inner.Type.Call == TypeObject.Call && inner.Dict == null)
            {
                innerArgs = inner._args.Items;
                innerKw = inner._kw;
                func = inner._func;
            }
            if (func.Type.Call == null) throw PyException.TypeError("the first argument must be callable");
            var p = new PyPartial(type) { _func = func };
            int nmine = npos - 1, ninner = innerArgs?.Length ?? 0;
            if (nmine + ninner == 0) p._args = PyTuple.Empty;
            else
            {
                var a = new PyObject[ninner + nmine];
                innerArgs?.CopyTo(a, 0);
                args.Slice(1, nmine).CopyTo(a.AsSpan(ninner));
                p._args = new PyTuple(a);
            }
            var d = new PyDict();
            if (innerKw != null)
            {
                int pos = 0;
                while (innerKw.Next(ref pos, out var k, out var v)) d.SetItem(k, v);
            }
            if (kw != null)
                for (int i = 0; i < kw.Count; i++) d.SetItem(kw.Items[i], args[npos + i]);
            p._kw = d;
            return p;
        };
        t.Call = static (self, args, kw) =>
        {
            var p = (PyPartial)self;
            int nstored = p._args.Count;
            if (p._kw.Count == 0)
            {
                if (nstored == 0) return Ops.Call(p._func, args, kw);
                var all = new PyObject[nstored + args.Length];
                p._args.Items.CopyTo(all, 0);
                args.CopyTo(all.AsSpan(nstored));
                return Ops.Call(p._func, all, kw);
            }
            // Merge keywords: stored ones, overridden by the call's.
            int npos = ModuleHelpers.PositionalCount(args, kw);
            var merged = new PyDict();
            int pos = 0;
            while (p._kw.Next(ref pos, out var k, out var v)) merged.SetItem(k, v);
            if (kw != null)
                for (int i = 0; i < kw.Count; i++) merged.SetItem(kw.Items[i], args[npos + i]);
            var vals = new PyObject[nstored + npos + merged.Count];
            var names = new PyObject[merged.Count];
            p._args.Items.CopyTo(vals, 0);
            args[..npos].CopyTo(vals.AsSpan(nstored));
            int j = 0;
            pos = 0;
            while (merged.Next(ref pos, out var k2, out var v2))
            {
                if (k2 is not PyStr) throw PyException.TypeError("keywords must be strings");
                names[j] = k2;
                vals[nstored + npos + j] = v2;
                j++;
            }
            return Ops.Call(p._func, vals, new PyTuple(names));
        };
        t.Repr = static o =>
        {
            var p = (PyPartial)o;
            string name = p.Type == TypeObject ? "functools.partial" : p.Type.Name;
            if (!ReprGuard.Enter(o)) return new PyStr("...");
            try
            {
                var sb = new StringBuilder(name).Append('(').Append(Ops.Repr(p._func).Value);
                foreach (var a in p._args.Items) sb.Append(", ").Append(Ops.Repr(a).Value);
                int pos = 0;
                while (p._kw.Next(ref pos, out var k, out var v))
                    sb.Append(", ").Append(Ops.Str(k).Value).Append('=').Append(Ops.Repr(v).Value);
                return new PyStr(sb.Append(')').ToString());
            }
            finally { ReprGuard.Leave(o); }
        };
        ModuleHelpers.AddDictDescriptor(t);
        t.Dict.SetItem("__class_getitem__", new PyClassMethodDescriptor(t, "__class_getitem__",
            static (self, args, kw) => new PyGenericAlias(self!, args[0])));
        SetupMembers(t);
    }

    [PyGetter("func", Doc = "function object to use in future partial calls")]
    PyObject Func() => _func;

    [PyGetter("args", Doc = "tuple of arguments to future partial calls")]
    PyObject Args() => _args;

    [PyGetter("keywords", Doc = "dictionary of keyword arguments to future partial calls")]
    PyObject Keywords() => _kw;

    [PyMethod("__reduce__($self, /)")]
    PyObject Reduce()
    {
        PyObject dict = Dict is { Count: > 0 } d ? d : PyNone.Instance;
        PyObject kw = _kw.Count > 0 ? _kw : PyNone.Instance;
        return PyTuple.Create(Type, PyTuple.Create(_func), PyTuple.Create(_func, _args, kw, dict));
    }

    [PyMethod("__setstate__($self, state, /)")]
    void SetState(PyObject state)
    {
        if (state is not PyTuple st || st.Count != 4) throw PyException.TypeError("invalid partial state");
        var fn = st.Items[0];
        var fnargs = st.Items[1];
        var kw = st.Items[2];
        var dict = st.Items[3];
        if (fn.Type.Call == null || fnargs is not PyTuple argTuple || (kw is not PyNone && kw is not PyDict))
            throw PyException.TypeError("invalid partial state");
        if (argTuple.Type != PyTuple.TypeObject) argTuple = new PyTuple(argTuple.Items);
        PyDict newKw;
        if (kw is PyNone) newKw = new PyDict();
        else if (kw.Type != PyDict.TypeObject)
        {
            newKw = new PyDict();
            int pos = 0;
            var src = (PyDict)kw;
            while (src.Next(ref pos, out var k, out var v)) newKw.SetItem(k, v);
        }
        else newKw = (PyDict)kw;
        _func = fn;
        _args = argTuple;
        _kw = newKw;
        if (dict is PyNone) Dict = null;
        else if (dict is PyDict dd) Dict = dd;
        else throw PyException.TypeError("invalid partial state");
    }
}
