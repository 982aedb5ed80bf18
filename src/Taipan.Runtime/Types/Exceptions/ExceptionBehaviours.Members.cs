namespace Taipan.Runtime;

/// <summary>BaseException's attributes and methods (args, __traceback__, __cause__, add_note, ...).</summary>
public static partial class ExceptionBehaviours
{
    static PyBaseException Exc(PyObject self) => (PyBaseException)self;

    [PyGetter("args")]
    public static PyObject GetArgs(PyObject self) => Exc(self).Args;

    [PySetter("args")]
    public static void SetArgs(PyObject self, PyObject? value)
    {
        if (value == null) throw PyException.TypeError("args may not be deleted");
        Exc(self).Args = new PyTuple((PyObject[])Ops.ToArray(value).Clone());
    }

    [PyGetter("__traceback__")]
    public static PyObject GetTraceback(PyObject self) => Exc(self).Traceback ?? PyNone.Instance;

    [PySetter("__traceback__")]
    public static void SetTraceback(PyObject self, PyObject? value)
    {
        if (value == null) throw PyException.TypeError("__traceback__ may not be deleted");
        if (value is not PyNone && value.Type.Name != "traceback")
            throw PyException.TypeError("__traceback__ must be a traceback or None");
        Exc(self).Traceback = value is PyNone ? null : value;
    }

    [PyGetter("__cause__")]
    public static PyObject GetCause(PyObject self) => (PyObject?)Exc(self).Cause ?? PyNone.Instance;

    [PySetter("__cause__")]
    public static void SetCause(PyObject self, PyObject? value)
    {
        if (value == null) throw PyException.TypeError("__cause__ may not be deleted");
        if (value is PyNone) { Exc(self).Cause = null; Exc(self).SuppressContext = true; return; }
        if (value is not PyBaseException c)
            throw PyException.TypeError("exception cause must be None or derive from BaseException");
        Exc(self).Cause = c;
        Exc(self).SuppressContext = true;
    }

    [PyGetter("__context__")]
    public static PyObject GetContext(PyObject self) => (PyObject?)Exc(self).Context ?? PyNone.Instance;

    [PySetter("__context__")]
    public static void SetContext(PyObject self, PyObject? value)
    {
        if (value == null) throw PyException.TypeError("__context__ may not be deleted");
        if (value is PyNone) { Exc(self).Context = null; return; }
        if (value is not PyBaseException c)
            throw PyException.TypeError("exception context must be None or derive from BaseException");
        Exc(self).Context = c;
    }

    [PyGetter("__suppress_context__")]
    public static PyObject GetSuppressContext(PyObject self) => PyBool.Get(Exc(self).SuppressContext);

    [PySetter("__suppress_context__")]
    public static void SetSuppressContext(PyObject self, PyObject? value)
    {
        if (value == null) throw PyException.TypeError("__suppress_context__ may not be deleted");
        Exc(self).SuppressContext = Ops.IsTrue(value);
    }

    [PyGetter("__dict__")]
    public static PyObject GetDict(PyObject self) => Exc(self).Dict ??= new PyDict();

    [PyMethod("with_traceback($self, tb, /)", Doc = "Set self.__traceback__ to tb and return self.")]
    public static PyObject WithTraceback(PyObject self, PyObject tb)
    {
        SetTraceback(self, tb);
        return self;
    }

    [PyMethod("add_note($self, note, /)", Doc = "Add a note to the exception")]
    public static void AddNote(PyObject self, PyObject note)
    {
        if (note is not PyStr s)
            throw PyException.TypeError($"note must be a str, not '{note.Type.Name}'");
        var e = Exc(self);
        var notes = Ops.TryGetAttr(self, "__notes__");
        if (notes == null)
        {
            notes = new PyList();
            Ops.SetAttr(self, "__notes__", notes);
        }
        if (notes is not PyList l) throw PyException.TypeError("Cannot add note: __notes__ is not a list");
        l.Append(s);
        GC.KeepAlive(e);
    }

    [PyMethod("__reduce__($self, /)")]
    public static PyObject Reduce(PyObject self)
    {
        var e = Exc(self);
        return e.Dict is { Count: > 0 } d
            ? new PyTuple([e.Type, e.Args, d])
            : new PyTuple([e.Type, e.Args]);
    }

    [PyMethod("__setstate__($self, state, /)")]
    public static void SetState(PyObject self, PyObject state)
    {
        if (state is PyNone) return;
        if (state is not PyDict d) throw PyException.TypeError("state is not a dictionary");
        int pos = 0;
        while (d.Next(ref pos, out var k, out var v)) Ops.SetAttr(self, (PyStr)k, v);
    }
}
