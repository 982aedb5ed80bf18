namespace Taipan.Runtime;

/// <summary>
/// Helpers shared by the introspection attributes of built-in callables: CPython keeps a clinic
/// docstring as "name(signature)\n--\n\ndoc" and shows the two halves as __text_signature__ and __doc__.
/// </summary>
internal static class BuiltinDoc
{
    internal const string Marker = "\n--\n\n";

    public static PyObject Doc(string? doc, string? textSignature)
    {
        if (doc == null) return PyNone.Instance;
        if (textSignature != null)
        {
            int i = doc.IndexOf(Marker, StringComparison.Ordinal);
            if (i >= 0) doc = doc[(i + Marker.Length)..];
        }
        return doc.Length == 0 ? PyNone.Instance : new PyStr(doc);
    }

    public static PyObject Text(string? textSignature) => textSignature == null ? PyNone.Instance : new PyStr(textSignature);

    public static PyStr QualName(PyType owner, string name) => new(owner.QualName + "." + name);
}

public sealed partial class PyBuiltinFunction
{
    [PyGetter("__name__")] PyObject GetName() => new PyStr(Name);

    /// <summary>"len" for functions; "list.append" for methods: the qualname of self's type (or of self when it is a type).</summary>
    [PyGetter("__qualname__")]
    PyObject GetQualName()
    {
        if (Self == null || Self is PyModule) return new PyStr(Name);
        var owner = Self as PyType ?? Self.Type;
        return BuiltinDoc.QualName(owner, Name);
    }

    [PyGetter("__doc__")] PyObject GetDoc() => BuiltinDoc.Doc(Doc, TextSignature);
    [PyGetter("__text_signature__")] PyObject GetTextSignature() => BuiltinDoc.Text(TextSignature);
    [PyGetter("__self__")] PyObject GetSelf() => Self ?? PyNone.Instance;
    [PyGetter("__module__")] PyObject GetModule() => Module ?? PyNone.Instance;
    [PySetter("__module__")] void SetModule(PyObject? value) => Module = value;
}

public sealed partial class PyMethodDescriptor
{
    [PyGetter("__name__")] PyObject GetName() => new PyStr(Name);
    [PyGetter("__qualname__")] PyObject GetQualName() => BuiltinDoc.QualName(Owner, Name);
    [PyGetter("__doc__")] PyObject GetDoc() => BuiltinDoc.Doc(Doc, TextSignature);
    [PyGetter("__text_signature__")] PyObject GetTextSignature() => BuiltinDoc.Text(TextSignature);
    [PyGetter("__objclass__")] PyObject GetObjClass() => Owner;
}

public sealed partial class PyClassMethodDescriptor
{
    [PyGetter("__name__")] PyObject GetName() => new PyStr(Name);
    [PyGetter("__qualname__")] PyObject GetQualName() => BuiltinDoc.QualName(Owner, Name);
    [PyGetter("__doc__")] PyObject GetDoc() => BuiltinDoc.Doc(Doc, TextSignature);
    [PyGetter("__text_signature__")] PyObject GetTextSignature() => BuiltinDoc.Text(TextSignature);
    [PyGetter("__objclass__")] PyObject GetObjClass() => Owner;
}

public sealed partial class PyGetSetDescriptor
{
    [PyGetter("__name__")] PyObject GetName() => new PyStr(Name);
    [PyGetter("__qualname__")] PyObject GetQualName() => BuiltinDoc.QualName(Owner, Name);
    [PyGetter("__doc__")] PyObject GetDoc() => BuiltinDoc.Doc(Doc, null);
    [PyGetter("__objclass__")] PyObject GetObjClass() => Owner;
}

public sealed partial class PyWrapperDescriptor
{
    [PyGetter("__name__")] PyObject GetName() => new PyStr(Name);
    [PyGetter("__qualname__")] PyObject GetQualName() => BuiltinDoc.QualName(Owner, Name);
    [PyGetter("__doc__")] PyObject GetDoc() => PyNone.Instance;
    [PyGetter("__text_signature__")] PyObject GetTextSignature() => BuiltinDoc.Text(TextSignature);
    [PyGetter("__objclass__")] PyObject GetObjClass() => Owner;
}

public sealed partial class PyMethodWrapper
{
    [PyGetter("__name__")] PyObject GetName() => new PyStr(Descriptor.Name);
    [PyGetter("__qualname__")] PyObject GetQualName() => BuiltinDoc.QualName(Descriptor.Owner, Descriptor.Name);
    [PyGetter("__doc__")] PyObject GetDoc() => PyNone.Instance;
    [PyGetter("__text_signature__")] PyObject GetTextSignature() => BuiltinDoc.Text(Descriptor.TextSignature);
    [PyGetter("__self__")] PyObject GetSelf() => Self;
    [PyGetter("__objclass__")] PyObject GetObjClass() => Descriptor.Owner;
}
