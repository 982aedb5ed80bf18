namespace Taipan.Runtime;

/// <summary>Subscription, membership and iteration protocols.</summary>
public static partial class Ops
{
    public static PyObject GetItem(PyObject o, PyObject key)
    {
        var f = o.Type.GetItem;
        if (f != null) return f(o, key);
        if (o is PyType t)
        {
            // Generic alias support: list[int] calls __class_getitem__.
            var cgi = t.Lookup("__class_getitem__");
            if (cgi != null)
            {
                var bound = cgi.Type.DescrGet != null ? cgi.Type.DescrGet(cgi, null, t) : cgi;
                return Call(bound, [key]);
            }
            throw PyException.TypeError($"type '{t.Name}' is not subscriptable");
        }
        throw PyException.TypeError($"'{o.Type.Name}' object is not subscriptable");
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        var f = o.Type.SetItem ?? throw PyException.TypeError($"'{o.Type.Name}' object does not support item assignment");
        f(o, key, value);
    }

    public static void DelItem(PyObject o, PyObject key)
    {
        var f = o.Type.SetItem ?? throw PyException.TypeError($"'{o.Type.Name}' object does not support item deletion");
        f(o, key, null);
    }

    /// <summary>`item in container`: __contains__, else iteration (CPython's PySequence_Contains).</summary>
    public static bool Contains(PyObject container, PyObject item)
    {
        var f = container.Type.Contains;
        if (f != null) return f(container, item);
        if (container.Type.Iter == null && container.Type.GetItem == null)
            throw PyException.TypeError($"argument of type '{container.Type.Name}' is not iterable");
        var it = GetIter(container);
        while (Next(it) is PyObject x)
            if (EqBool(x, item)) return true;
        return false;
    }

    public static PyObject GetIter(PyObject o)
    {
        var f = o.Type.Iter;
        if (f != null)
        {
            var it = f(o);
            if (it.Type.Next == null)
                throw PyException.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
            return it;
        }
        if (o.Type.GetItem != null && o is not PyDict) return new PySequenceIterator(o);
        throw PyException.TypeError($"'{o.Type.Name}' object is not iterable");
    }

    /// <summary>next(it) without StopIteration: null when exhausted.</summary>
    public static PyObject? Next(PyObject iterator)
    {
        var f = iterator.Type.Next ?? throw PyException.TypeError($"'{iterator.Type.Name}' object is not an iterator");
        return f(iterator);
    }

    /// <summary>
    /// The items of an iterable as an array, with a TypeError saying <paramref name="message"/> when the object is
    /// not iterable at all (CPython's PySequence_Fast: str.join, list slice assignment).
    /// </summary>
    public static PyObject[] ToArrayFast(PyObject iterable, string message)
    {
        if (iterable is PyTuple t && t.Type == PyTuple.TypeObject) return t.Items;
        if (iterable is PyList l && l.Type == PyList.TypeObject) return l.AsSpan().ToArray();
        PyObject it;
        try { it = GetIter(iterable); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.TypeError)) { throw PyException.TypeError(message); }
        var result = new List<PyObject>();
        while (Next(it) is PyObject x) result.Add(x);
        return result.ToArray();
    }

    /// <summary>Collects any iterable into a C# list (list(x), tuple(x), unpacking).</summary>
    public static List<PyObject> ToList(PyObject iterable)
    {
        if (iterable is PyList l && l.Type == PyList.TypeObject) return [.. l.AsSpan()];
        if (iterable is PyTuple t && t.Type == PyTuple.TypeObject) return [.. t.Items];
        var result = new List<PyObject>();
        var it = GetIter(iterable);
        while (Next(it) is PyObject x) result.Add(x);
        return result;
    }

    public static PyObject[] ToArray(PyObject iterable)
    {
        if (iterable is PyTuple t && t.Type == PyTuple.TypeObject) return t.Items;
        if (iterable is PyList l && l.Type == PyList.TypeObject) return l.AsSpan().ToArray();
        return ToList(iterable).ToArray();
    }
}

/// <summary>The iterator iter() makes for objects with only __getitem__ (CPython's seqiterobject).</summary>
public sealed class PySequenceIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("iterator", null, typeof(PySequenceIterator), SetupType, TypeFlags.None);

    PyObject? _seq;
    long _index;

    public PySequenceIterator(PyObject seq) : base(TypeObject) { _seq = seq; }

    static void SetupType(PyType t)
    {
        t.Iter = static o => o;
        t.Next = static o =>
        {
            var it = (PySequenceIterator)o;
            if (it._seq == null) return null;
            try
            {
                return Ops.GetItem(it._seq, PyInt.Get(it._index++));
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.IndexError) || e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
            {
                it._seq = null;
                return null;
            }
        };
    }
}
