namespace Taipan.Runtime;

public static partial class SlotDefs
{
    static readonly string[] s_compareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
    static readonly PyStr[] s_compareStrs = s_compareNames.Select(PyStr.Intern).ToArray();

    /// <summary>Dunder name for a comparison operator.</summary>
    public static PyStr CompareName(CompareOp op) => s_compareStrs[(int)op];

    static IEnumerable<SlotDef> RichCompareSlots()
    {
        for (int i = 0; i < 6; i++)
        {
            var op = (CompareOp)i;
            var name = s_compareNames[i];
            yield return new SlotDef(name, $"{name}($self, value, /)", t => t.RichCompare,
                t => { var f = t.RichCompare!; return (self, args, kw) => { CheckArgs(name, args, kw, 1); return f(self!, args[0], op); }; },
                t => t.RichCompare = RichComparePython,
                (d, s) => d.RichCompare = s.RichCompare);
        }
    }

    static PyObject RichComparePython(PyObject self, PyObject other, CompareOp op)
    {
        var f = self.Type.Lookup(s_compareStrs[(int)op]);
        if (f == null) return PyNotImplemented.Instance;
        return Ops.CallBound(f, self, [other]);
    }

    static IEnumerable<SlotDef> PowerSlots()
    {
        var n = PyStr.Intern("__pow__");
        var rn = PyStr.Intern("__rpow__");
        yield return new SlotDef("__pow__", "__pow__($self, value, mod=None, /)", t => t.Power,
            t =>
            {
                var f = t.Power!;
                return (self, args, kw) =>
                {
                    if (args.Length is < 1 or > 2) throw PyException.TypeError($"expected 1 or 2 arguments, got {args.Length}");
                    return f(self!, args[0], args.Length == 2 && args[1] is not PyNone ? args[1] : null);
                };
            },
            t => t.Power = (a, b, m) =>
            {
                if (m != null) return CallDunder(a, n, [b, m]);
                var r = BinaryPythonSlot(n, rn, a, b);
                return r;
            },
            (d, s) => d.Power = s.Power);
        yield return new SlotDef("__rpow__", "__rpow__($self, value, mod=None, /)", t => t.Power,
            t =>
            {
                var f = t.Power!;
                return (self, args, kw) =>
                {
                    if (args.Length is < 1 or > 2) throw PyException.TypeError($"expected 1 or 2 arguments, got {args.Length}");
                    return f(args[0], self!, args.Length == 2 && args[1] is not PyNone ? args[1] : null);
                };
            },
            t => t.Power = (a, b, m) => m != null ? CallDunder(a, n, [b, m]) : BinaryPythonSlot(n, rn, a, b),
            (d, s) => d.Power = s.Power);
        var iname = PyStr.Intern("__ipow__");
        yield return new SlotDef("__ipow__", "__ipow__($self, value, /)", t => t.InPlacePower,
            t => { var f = t.InPlacePower!; return (self, args, kw) => { CheckArgs("__ipow__", args, kw, 1); return f(self!, args[0], null); }; },
            t => t.InPlacePower = (a, b, m) => CallDunder(a, iname, [b]),
            (d, s) => d.InPlacePower = s.InPlacePower);
    }

    static IEnumerable<SlotDef> AttributeAndDescriptorSlots()
    {
        var getattribute = PyStr.Intern("__getattribute__");
        var getattr = PyStr.Intern("__getattr__");
        // __getattribute__ and __getattr__ both fill the GetAttr slot.
        Action<PyType> installGetAttr = t => t.GetAttr = (self, name) => GetAttrPython(self, name, getattribute, getattr);
        yield return new SlotDef("__getattribute__", "__getattribute__($self, name, /)", t => t.GetAttr,
            t =>
            {
                var f = t.GetAttr!;
                return (self, args, kw) =>
                {
                    CheckArgs("__getattribute__", args, kw, 1);
                    var name = args[0] as PyStr ?? throw PyException.TypeError($"attribute name must be string, not '{args[0].Type.Name}'");
                    return f(self!, name) ?? throw PyException.NoAttribute(self!, name);
                };
            },
            installGetAttr, (d, s) => d.GetAttr = s.GetAttr);
        yield return new SlotDef("__getattr__", "__getattr__($self, name, /)", _ => null,
            _ => (self, args, kw) => throw PyException.SystemError("__getattr__ wrapper"),
            installGetAttr, (d, s) => d.GetAttr = s.GetAttr);

        var setattr = PyStr.Intern("__setattr__");
        var delattr = PyStr.Intern("__delattr__");
        Action<PyType> installSetAttr = t => t.SetAttr = (self, name, value) =>
        {
            if (value != null) CallDunder(self, setattr, [name, value]);
            else CallDunder(self, delattr, [name]);
        };
        yield return new SlotDef("__setattr__", "__setattr__($self, name, value, /)", t => t.SetAttr,
            t =>
            {
                var f = t.SetAttr!;
                return (self, args, kw) =>
                {
                    CheckArgs("__setattr__", args, kw, 2);
                    var name = args[0] as PyStr ?? throw PyException.TypeError($"attribute name must be string, not '{args[0].Type.Name}'");
                    f(self!, name, args[1]);
                    return PyNone.Instance;
                };
            },
            installSetAttr, (d, s) => d.SetAttr = s.SetAttr);
        yield return new SlotDef("__delattr__", "__delattr__($self, name, /)", t => t.SetAttr,
            t =>
            {
                var f = t.SetAttr!;
                return (self, args, kw) =>
                {
                    CheckArgs("__delattr__", args, kw, 1);
                    var name = args[0] as PyStr ?? throw PyException.TypeError($"attribute name must be string, not '{args[0].Type.Name}'");
                    f(self!, name, null);
                    return PyNone.Instance;
                };
            },
            installSetAttr, (d, s) => d.SetAttr = s.SetAttr);

        var get = PyStr.Intern("__get__");
        yield return new SlotDef("__get__", "__get__($self, instance, owner=None, /)", t => t.DescrGet,
            t =>
            {
                var f = t.DescrGet!;
                return (self, args, kw) =>
                {
                    if (args.Length is < 1 or > 2) throw PyException.TypeError($"expected 1 or 2 arguments, got {args.Length}");
                    var inst = args[0] is PyNone ? null : args[0];
                    var owner = args.Length == 2 && args[1] is PyType ot ? ot : null;
                    if (inst == null && owner == null) throw PyException.TypeError("__get__(None, None) is invalid");
                    return f(self!, inst, owner);
                };
            },
            t => t.DescrGet = (d, inst, owner) => CallDunder(d, get, [inst ?? PyNone.Instance, (PyObject?)owner ?? PyNone.Instance]),
            (d, s) => d.DescrGet = s.DescrGet);
        var set = PyStr.Intern("__set__");
        var delete = PyStr.Intern("__delete__");
        Action<PyType> installSet = t => t.DescrSet = (d, inst, value) =>
        {
            if (value != null) CallDunder(d, set, [inst, value]);
            else CallDunder(d, delete, [inst]);
        };
        yield return new SlotDef("__set__", "__set__($self, instance, value, /)", t => t.DescrSet,
            t => { var f = t.DescrSet!; return (self, args, kw) => { CheckArgs("__set__", args, kw, 2); f(self!, args[0], args[1]); return PyNone.Instance; }; },
            installSet, (d, s) => d.DescrSet = s.DescrSet);
        yield return new SlotDef("__delete__", "__delete__($self, instance, /)", t => t.DescrSet,
            t => { var f = t.DescrSet!; return (self, args, kw) => { CheckArgs("__delete__", args, kw, 1); f(self!, args[0], null); return PyNone.Instance; }; },
            installSet, (d, s) => d.DescrSet = s.DescrSet);

        var init = PyStr.Intern("__init__");
        yield return new SlotDef("__init__", "__init__($self, /, *args, **kwargs)", t => t.Init,
            t => { var f = t.Init!; return (self, args, kw) => { f(self!, args, kw); return PyNone.Instance; }; },
            t => t.Init = (self, args, kw) =>
            {
                var f = self.Type.Lookup(init)!;
                var r = Ops.CallBound(f, self, args, kw);
                if (r is not PyNone)
                    throw PyException.TypeError($"__init__() should return None, not '{r.Type.Name}'");
            },
            (d, s) => d.Init = s.Init);
    }

    /// <summary>A heap type's attribute lookup: __getattribute__, then __getattr__ on AttributeError.</summary>
    static PyObject? GetAttrPython(PyObject self, PyStr name, PyStr getattribute, PyStr getattr)
    {
        var type = self.Type;
        var ga = type.Lookup(getattribute);
        PyObject? result;
        try
        {
            result = ga is PyWrapperDescriptor w && w.Owner == PyType.ObjectType
                ? ObjectBehaviour.GenericGetAttr(self, name)
                : ga is PyWrapperDescriptor tw && tw.Owner == PyType.TypeType
                    ? TypeBehaviour.TypeGetAttr(self, name)
                    : Ops.CallBound(ga!, self, [name]);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyExc.AttributeError))
        {
            var ga2 = type.Lookup(getattr);
            if (ga2 == null) throw;
            return Ops.CallBound(ga2, self, [name]);
        }
        if (result != null) return result;
        var fallback = type.Lookup(getattr);
        return fallback == null ? null : Ops.CallBound(fallback, self, [name]);
    }
}
