namespace Taipan.Runtime;

/// <summary>Rich comparison operators, numbered as CPython's Py_LT..Py_GE (the compiler emits these).</summary>
public enum CompareOp { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 }

/// <summary>
/// Call convention for everything callable (vectorcall): positional arguments first, then the values of
/// keyword arguments whose names are in <paramref name="kwnames"/> (a tuple of str), so a call site
/// passes a span over the VM stack without building a tuple or dict.
/// </summary>
public delegate PyObject CallSlot(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
public delegate PyObject NewSlot(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
public delegate void InitSlot(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
/// <summary>Attribute lookup: returns null when the attribute is simply missing (no exception object is built).</summary>
public delegate PyObject? GetAttrSlot(PyObject self, PyStr name);
/// <summary>Attribute assignment; a null value means deletion.</summary>
public delegate void SetAttrSlot(PyObject self, PyStr name, PyObject? value);
public delegate PyObject DescrGetSlot(PyObject descr, PyObject? instance, PyType? owner);
/// <summary>Descriptor set; a null value means __delete__.</summary>
public delegate void DescrSetSlot(PyObject descr, PyObject instance, PyObject? value);
public delegate PyObject RichCompareSlot(PyObject self, PyObject other, CompareOp op);
/// <summary>Item assignment; a null value means deletion.</summary>
public delegate void SetItemSlot(PyObject self, PyObject key, PyObject? value);
/// <summary>Returns the next item, or null when the iterator is exhausted (no StopIteration is raised).</summary>
public delegate PyObject? NextSlot(PyObject self);
public delegate PyObject TernarySlot(PyObject a, PyObject b, PyObject? c);

/// <summary>
/// The slot table of a type (CPython's tp_* and nb_*/sq_*/mp_* fields). Built-in types fill the slots
/// they support in their setup; every slot with a dunder name also appears in the type's dict as a
/// wrapper (see <see cref="SlotDefs"/>). A Python class gets slots that call its dunder methods, or
/// inherits a built-in base's slot directly when it does not override it.
/// </summary>
public sealed partial class PyType
{
    public Func<PyObject, PyObject>? Repr, Str;
    public Func<PyObject, long>? Hash;
    public RichCompareSlot? RichCompare;
    public GetAttrSlot? GetAttr;
    public SetAttrSlot? SetAttr;
    public CallSlot? Call;
    public NewSlot? New;
    public InitSlot? Init;
    public DescrGetSlot? DescrGet;
    public DescrSetSlot? DescrSet;
    public Func<PyObject, PyObject>? Iter;
    public NextSlot? Next;
    public Func<PyObject, bool>? Bool;
    public Func<PyObject, long>? Len;
    public Func<PyObject, PyObject, bool>? Contains;
    public Func<PyObject, PyObject, PyObject>? GetItem;
    public SetItemSlot? SetItem;
    // Number protocol: binary slots get (left, right) whichever side the type is on, and return
    // NotImplemented when they do not handle the pair (CPython's nb_* convention).
    public Func<PyObject, PyObject, PyObject>? Add, Subtract, Multiply, TrueDivide, FloorDivide, Remainder,
        DivMod, LShift, RShift, And, Or, Xor, MatMul;
    public TernarySlot? Power;
    // In-place slots get (self, other) and return NotImplemented to fall back to the binary slot.
    public Func<PyObject, PyObject, PyObject>? InPlaceAdd, InPlaceSubtract, InPlaceMultiply, InPlaceTrueDivide,
        InPlaceFloorDivide, InPlaceRemainder, InPlaceLShift, InPlaceRShift, InPlaceAnd, InPlaceOr, InPlaceXor,
        InPlaceMatMul;
    public TernarySlot? InPlacePower;
    public Func<PyObject, PyObject>? Negative, Positive, Absolute, Invert, Int, Float, Index;
    public Func<PyObject, PyObject>? Await, AIter, ANext;

    /// <summary>Copies every slot this type leaves empty from <paramref name="b"/> (single inheritance of built-in slots).</summary>
    internal void InheritSlotsFrom(PyType b)
    {
        Repr ??= b.Repr; Str ??= b.Str; Hash ??= b.Hash; RichCompare ??= b.RichCompare;
        GetAttr ??= b.GetAttr; SetAttr ??= b.SetAttr; Call ??= b.Call; New ??= b.New; Init ??= b.Init;
        DescrGet ??= b.DescrGet; DescrSet ??= b.DescrSet; Iter ??= b.Iter; Next ??= b.Next; Bool ??= b.Bool;
        Len ??= b.Len; Contains ??= b.Contains; GetItem ??= b.GetItem; SetItem ??= b.SetItem;
        Add ??= b.Add; Subtract ??= b.Subtract; Multiply ??= b.Multiply; TrueDivide ??= b.TrueDivide;
        FloorDivide ??= b.FloorDivide; Remainder ??= b.Remainder; DivMod ??= b.DivMod; LShift ??= b.LShift;
        RShift ??= b.RShift; And ??= b.And; Or ??= b.Or; Xor ??= b.Xor; MatMul ??= b.MatMul; Power ??= b.Power;
        InPlaceAdd ??= b.InPlaceAdd; InPlaceSubtract ??= b.InPlaceSubtract; InPlaceMultiply ??= b.InPlaceMultiply;
        InPlaceTrueDivide ??= b.InPlaceTrueDivide; InPlaceFloorDivide ??= b.InPlaceFloorDivide;
        InPlaceRemainder ??= b.InPlaceRemainder; InPlaceLShift ??= b.InPlaceLShift; InPlaceRShift ??= b.InPlaceRShift;
        InPlaceAnd ??= b.InPlaceAnd; InPlaceOr ??= b.InPlaceOr; InPlaceXor ??= b.InPlaceXor;
        InPlaceMatMul ??= b.InPlaceMatMul; InPlacePower ??= b.InPlacePower;
        Negative ??= b.Negative; Positive ??= b.Positive; Absolute ??= b.Absolute; Invert ??= b.Invert;
        Int ??= b.Int; Float ??= b.Float; Index ??= b.Index; Await ??= b.Await; AIter ??= b.AIter; ANext ??= b.ANext;
    }
}
