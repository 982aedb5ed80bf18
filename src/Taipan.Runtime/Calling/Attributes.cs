namespace Taipan.Runtime;

/// <summary>How a built-in method binds: to the instance (default), to the class, or not at all.</summary>
public enum PyMethodKind { Instance, Class, Static }

/// <summary>
/// Declares a built-in method with its Python name and Argument-Clinic signature, e.g.
/// <c>[PyMethod("pop($self, index=-1, /)")]</c>. The Taipan.Generators source generator builds the
/// argument parsing, the method table, __text_signature__ and __doc__ from it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PyMethodAttribute(string signature) : Attribute
{
    public string Signature { get; } = signature;
    public string? Doc { get; set; }
    public PyMethodKind Kind { get; set; }
    /// <summary>
    /// For signatures a text signature can't express (max, min, iter): __text_signature__ is None and
    /// __doc__ is <see cref="Doc"/> alone, which then starts with CPython's hand-written signature lines.
    /// </summary>
    public bool HideSignature { get; set; }
}

/// <summary>Declares a read-only (or, with a matching [PySetter], writable) attribute of a built-in type.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false)]
public sealed class PyGetterAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public string? Doc { get; set; }
}

[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PySetterAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>Marks a class as the implementation of a built-in module; its [PyMethod]s become module functions.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class PyModuleAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public string? Doc { get; set; }
}
