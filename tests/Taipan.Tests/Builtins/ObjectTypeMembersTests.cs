using Taipan.Runtime;

namespace Taipan.Tests.Builtins;

/// <summary>object and type attributes and methods; expected values from CPython 3.12.</summary>
public class ObjectTypeMembersTests
{
    static ObjectTypeMembersTests() => BuiltinTypes.EnsureInitialized();

    static PyStr S(string s) => new(s);
    static string Str(PyObject o) => ((PyStr)o).Value;

    static string Error(Action a, PyType type)
    {
        var e = Assert.Throws<PyException>(a);
        Assert.Same(type, e.Value.Type);
        return Ops.Str(e.Value).Value;
    }

    static PyType Class(string name, params PyType[] bases)
    {
        var ns = new PyDict();
        ns.SetItem("__module__", S("__main__"));
        ns.SetItem("__qualname__", S(name));
        return ClassBuilder.Create(PyType.TypeType, S(name), PyTuple.Create([.. bases]), ns, null);
    }

    [Fact]
    public void TypeAttributes()
    {
        Assert.Equal("int", Str(Ops.GetAttr(PyInt.TypeObject, "__name__")));
        Assert.Equal("builtins", Str(Ops.GetAttr(PyInt.TypeObject, "__module__")));
        Assert.Same(PyType.ObjectType, Ops.GetAttr(PyInt.TypeObject, "__base__"));
        Assert.Same(PyNone.Instance, Ops.GetAttr(PyType.ObjectType, "__base__"));
        var mro = (PyTuple)Ops.GetAttr(PyBool.TypeObject, "__mro__");
        Assert.Equal([PyBool.TypeObject, PyInt.TypeObject, PyType.ObjectType], mro.Items);
        var bases = (PyTuple)Ops.GetAttr(PyBool.TypeObject, "__bases__");
        Assert.Equal([PyInt.TypeObject], bases.Items);
        Assert.Equal("mappingproxy", Ops.GetAttr(PyInt.TypeObject, "__dict__").Type.Name);
        Assert.Equal("type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
            Str(Ops.GetAttr(PyType.TypeType, "__doc__")));
        Assert.Equal("<attribute '__name__' of 'type' objects>", Ops.Repr(PyType.TypeType.Dict.GetOrNull("__name__")!).Value);
        Assert.Equal("cannot set '__name__' attribute of immutable type 'int'",
            Error(() => Ops.SetAttr(PyInt.TypeObject, "__name__", S("x")), PyExc.TypeError));
        Assert.Equal("type object 'int' has no attribute '__annotations__'",
            Error(() => Ops.GetAttr(PyInt.TypeObject, "__annotations__"), PyExc.AttributeError));
        Assert.Equal("__abstractmethods__", Error(() => Ops.GetAttr(PyType.TypeType, "__abstractmethods__"), PyExc.AttributeError));
    }

    [Fact]
    public void HeapTypeAttributes()
    {
        var a = Class("A");
        Assert.Equal("__main__", Str(Ops.GetAttr(a, "__module__")));
        Assert.Equal("can only assign string to A.__name__, not 'int'", Error(() => Ops.SetAttr(a, "__name__", PyInt.One), PyExc.TypeError));
        Assert.Equal("can only assign string to A.__qualname__, not 'int'", Error(() => Ops.SetAttr(a, "__qualname__", PyInt.One), PyExc.TypeError));
        Assert.Equal("type name must not contain null characters", Error(() => Ops.SetAttr(a, "__name__", S("a\0b")), PyExc.ValueError));
        Assert.Equal("cannot delete '__name__' attribute of immutable type 'A'", Error(() => Ops.DelAttr(a, PyStr.Intern("__name__")), PyExc.TypeError));
        Ops.SetAttr(a, "__module__", PyInt.Get(5));
        Assert.Same(PyInt.Get(5), Ops.GetAttr(a, "__module__"));
        Assert.Equal("__abstractmethods__", Error(() => Ops.GetAttr(a, "__abstractmethods__"), PyExc.AttributeError));
        var ann = Ops.GetAttr(a, "__annotations__");
        Assert.Equal(0, ((PyDict)ann).Count);
        Assert.Same(ann, Ops.GetAttr(a, "__annotations__"));
        Assert.Same(PyNone.Instance, Ops.GetAttr(a, "__doc__"));
        var mro = (PyList)Ops.Call(Ops.GetAttr(a, "mro"));
        Assert.Equal([a, PyType.ObjectType], mro.AsSpan().ToArray());
        var b = Class("B", a);
        var subs = (PyList)Ops.Call(Ops.GetAttr(a, "__subclasses__"));
        Assert.Equal([b], subs.AsSpan().ToArray());
        Ops.SetAttr(a, "__name__", S("Renamed"));
        Assert.Equal("Renamed", a.Name);
        Assert.Equal("A", a.QualName);
    }

    [Fact]
    public void BuiltinNewIntrospection()
    {
        var n = Ops.GetAttr(PyInt.TypeObject, "__new__");
        Assert.Equal("int.__new__", Str(Ops.GetAttr(n, "__qualname__")));
        Assert.Equal("__new__", Str(Ops.GetAttr(n, "__name__")));
        Assert.Same(PyInt.TypeObject, Ops.GetAttr(n, "__self__"));
        Assert.Equal("($type, *args, **kwargs)", Str(Ops.GetAttr(n, "__text_signature__")));
    }

    [Fact]
    public void InstanceAndSubclassChecks()
    {
        var check = Ops.GetAttr(PyInt.TypeObject, "__instancecheck__");
        Assert.Same(PyBool.True, Ops.Call(check, PyBool.True));
        Assert.Same(PyBool.False, Ops.Call(check, S("a")));
        var sub = Ops.GetAttr(PyInt.TypeObject, "__subclasscheck__");
        Assert.Same(PyBool.True, Ops.Call(sub, PyBool.TypeObject));
        Assert.Equal("issubclass() arg 1 must be a class", Error(() => Ops.Call(sub, PyInt.One), PyExc.TypeError));
    }

    [Fact]
    public void ObjectMethods()
    {
        var fmt = PyType.ObjectType.Dict.GetOrNull("__format__")!;
        Assert.Equal("unsupported format string passed to int.__format__", Error(() => Ops.Call(fmt, PyInt.One, S("x")), PyExc.TypeError));
        Assert.Equal("__format__() argument must be str, not int", Error(() => Ops.Call(fmt, PyInt.One, PyInt.Get(2)), PyExc.TypeError));
        Assert.Equal("'a'", Str(Ops.Call(fmt, S("'a'"), PyStr.Empty)));
        Assert.Equal("($self, format_spec, /)", Str(Ops.GetAttr(fmt, "__text_signature__")));
        Assert.Same(PyNone.Instance, Ops.GetAttr(PyType.ObjectType.Dict.GetOrNull("__init_subclass__")!, "__text_signature__"));
        Assert.Equal(16, ((PyInt)Ops.Call(PyType.ObjectType.Dict.GetOrNull("__sizeof__")!, Ops.Call(PyType.ObjectType))).Small);
        var a = Class("A");
        Assert.Same(PyNotImplemented.Instance, Ops.Call(Ops.GetAttr(a, "__subclasshook__"), PyInt.One));
        Assert.Equal("A.__init_subclass__() takes no arguments (1 given)",
            Error(() => Ops.Call(Ops.GetAttr(a, "__init_subclass__"), PyInt.One), PyExc.TypeError));
        // A.__dir__ is object's unbound method; type.__dir__(A) lists the class's attributes.
        var names = Ops.ToList(Ops.Call(PyType.TypeType.Dict.GetOrNull("__dir__")!, a)).Select(Str).ToHashSet();
        Assert.Contains("__init_subclass__", names);
        Assert.Contains("__module__", names);
    }

    [Fact]
    public void ClassAssignment()
    {
        var a = Class("A");
        var b = Class("B");
        var x = Ops.Call(a);
        Assert.Same(a, Ops.GetAttr(x, "__class__"));
        Ops.SetAttr(x, "__class__", b);
        Assert.Same(b, x.Type);
        Assert.Equal("__class__ must be set to a class, not 'int' object", Error(() => Ops.SetAttr(x, "__class__", PyInt.One), PyExc.TypeError));
        Assert.Equal("__class__ assignment only supported for mutable types or ModuleType subclasses",
            Error(() => Ops.SetAttr(x, "__class__", PyInt.TypeObject), PyExc.TypeError));
        Assert.Equal("__class__ assignment only supported for mutable types or ModuleType subclasses",
            Error(() => Ops.SetAttr(PyInt.One, "__class__", PyBool.TypeObject), PyExc.TypeError));
        Assert.Equal("can't delete __class__ attribute", Error(() => Ops.DelAttr(x, PyStr.Intern("__class__")), PyExc.TypeError));
        var l = Class("L", PyList.TypeObject);
        Assert.Equal("__class__ assignment: 'L' object layout differs from 'B'", Error(() => Ops.SetAttr(x, "__class__", l), PyExc.TypeError));
    }
}
