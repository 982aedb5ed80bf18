using System.Runtime.CompilerServices;
using System.Text;
using Taipan.Runtime;
using Taipan.Syntax.Ast;

namespace Taipan.Modules.Ast;

/// <summary>
/// The <c>_ast</c> module (CPython's Python/Python-ast.c): the node classes as heap classes built from the
/// AST description's metadata (AstNodeRegistry), the PyCF_* flags, and compile()'s AST hooks.
/// Classes are per interpreter, since ast.py and users modify them (ast.Constant.n, ast.Num ...).
/// </summary>
public static class AstModule
{
    public const int PyCF_ONLY_AST = 0x400;
    public const int PyCF_TYPE_COMMENTS = 0x1000;
    public const int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    static readonly ConditionalWeakTable<Interpreter, AstState> s_states = new();

    /// <summary>Registers <c>_ast</c> with the runtime and installs compile()'s AST paths.</summary>
    public static void Register()
    {
        ModuleRegistry.Register("_ast", Create);
        CompileHooks.AstToPython = static mod => AstToPython.Convert(AstState.Current, (AstNode)mod);
        CompileHooks.PythonToAst = static (obj, mode) => PythonToAst.ConvertMod(AstState.Current, obj, mode);
        CompileHooks.Compile = AstCompile.Compile;
    }

    public static PyModule Create(Interpreter interp)
    {
        var state = s_states.GetValue(interp, static _ => new AstState());
        var m = new PyModule("_ast");
        m.Set("AST", state.AstType);
        foreach (var info in AstNodeRegistry.All) m.Set(info.PythonName, state.TypeOf(info));
        m.Set("PyCF_ONLY_AST", PyInt.Get(PyCF_ONLY_AST));
        m.Set("PyCF_TYPE_COMMENTS", PyInt.Get(PyCF_TYPE_COMMENTS));
        m.Set("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.Get(PyCF_ALLOW_TOP_LEVEL_AWAIT));
        return m;
    }

    internal static AstState StateFor(Interpreter interp)
    {
        if (s_states.TryGetValue(interp, out var s)) return s;
        // compile() used before `import _ast`: import it so sys.modules and the classes agree.
        interp.Import("_ast");
        return s_states.GetValue(interp, static _ => new AstState());
    }
}

/// <summary>One interpreter's AST classes and the shared instances of the fieldless nodes.</summary>
public sealed class AstState
{
    public readonly PyType AstType;
    readonly Dictionary<AstNodeInfo, PyType> _types = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<AstNodeInfo, PyObject> _singletons = new(ReferenceEqualityComparer.Instance);

    static readonly PyStr s_fields = PyStr.Intern("_fields");

    public static AstState Current => AstModule.StateFor(Taipan.Runtime.ThreadState.Current.Interpreter);

    internal AstState()
    {
        AstType = CreateAstBase();
        var byName = new Dictionary<string, PyType>();
        foreach (var info in AstNodeRegistry.All)
        {
            var @base = info.BasePythonName == null ? AstType : byName[info.BasePythonName];
            var t = CreateNodeClass(info, @base);
            byName[info.PythonName] = t;
            _types[info] = t;
            if (!info.IsAbstract && info.Fields.Count == 0 && info.Attributes.Count == 0)
                _singletons[info] = new PyInstance(t);
        }
    }

    public PyType TypeOf(AstNodeInfo info) => _types[info];

    /// <summary>The interned field names of a node class, in _fields order (shared by every interpreter).</summary>
    internal static PyStr[] FieldNames(AstNodeInfo info) => s_fieldNames[info];

    static readonly Dictionary<AstNodeInfo, PyStr[]> s_fieldNames = BuildFieldNames();

    static Dictionary<AstNodeInfo, PyStr[]> BuildFieldNames()
    {
        var d = new Dictionary<AstNodeInfo, PyStr[]>(ReferenceEqualityComparer.Instance);
        foreach (var info in AstNodeRegistry.All)
        {
            var names = new PyStr[info.Fields.Count];
            for (int i = 0; i < names.Length; i++) names[i] = PyStr.Intern(info.Fields[i].Name);
            d[info] = names;
        }
        return d;
    }

    /// <summary>The instance that stands for every Load (Add, Eq, ...) in converted trees, as CPython shares them.</summary>
    internal PyObject? SingletonOf(AstNodeInfo info) => _singletons.TryGetValue(info, out var s) ? s : null;

    static PyType CreateAstBase()
    {
        var ns = new PyDict();
        ns.SetItem("__module__", PyStr.Intern("ast"));
        ns.SetItem("__doc__", PyNone.Instance);
        ns.SetItem("_fields", PyTuple.Empty);
        ns.SetItem("__match_args__", PyTuple.Empty);
        ns.SetItem("_attributes", PyTuple.Empty);
        var t = ClassBuilder.Create(PyType.TypeType, PyStr.Intern("AST"), PyTuple.Create(PyType.ObjectType), ns, null);
        t.Dict.Remove(PyStr.Intern("__weakref__"));
        // AST's own __new__ ignores arguments (PyType_GenericNew), so ast.py's Num.__new__ can pass them on.
        t.New = static (type, args, kw) => ObjectNewNoArgs(type);
        t.Dict.SetItem("__new__", new PyStaticMethodBuiltin(t));
        t.Init = Init;
        var initDef = SlotDefs.ForName("__init__")![0];
        t.Dict.SetItem("__init__", new PyWrapperDescriptor(t, initDef, initDef.MakeWrapper(t)));
        // CPython's AST spec names the generic attribute functions, so they appear in AST.__dict__.
        foreach (var name in s_attributeSlots)
        {
            var defs = SlotDefs.ForName(name);
            if (defs != null && defs[0].GetSlot(t) != null)
                t.Dict.SetItem(name, new PyWrapperDescriptor(t, defs[0], defs[0].MakeWrapper(t)));
        }
        t.Dict.SetItem("__reduce__", new PyMethodDescriptor(t, "__reduce__", Reduce, "__reduce__($self, /)", "Return state information for pickling"));
        t.Modified();
        return t;
    }

    static readonly string[] s_attributeSlots = ["__getattribute__", "__setattr__", "__delattr__"];

    static PyObject ObjectNewNoArgs(PyType type) => ObjectBehaviour.ObjectNew(type, [], null);

    /// <summary>Positional arguments fill _fields in order; keywords set any attribute (CPython 3.12's ast_type_init).</summary>
    static void Init(PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        var fieldsObj = Ops.TryGetAttr(self.Type, s_fields);
        int numFields = 0;
        PyObject[]? fields = null;
        if (fieldsObj != null)
        {
            fields = Ops.ToArray(fieldsObj);
            numFields = fields.Length;
        }
        if (npos > numFields)
            throw PyException.TypeError($"{self.Type.Name} constructor takes at most {numFields} positional argument{(numFields == 1 ? "" : "s")}");
        for (int i = 0; i < npos; i++)
            Ops.SetAttr(self, (PyStr)ToName(fields![i]), args[i]);
        for (int k = 0; k < nkw; k++)
        {
            var key = (PyStr)kwnames!.Items[k];
            if (fields != null)
            {
                for (int p = 0; p < fields.Length; p++)
                {
                    if (!Ops.EqBool(fields[p], key)) continue;
                    if (p < npos)
                        throw PyException.TypeError($"{self.Type.Name} got multiple values for argument '{key.Value}'");
                    break;
                }
            }
            Ops.SetAttr(self, key, args[npos + k]);
        }
    }

    static PyObject ToName(PyObject o) =>
        o as PyStr ?? throw PyException.TypeError($"attribute name must be string, not '{o.Type.Name}'");

    /// <summary>(type(self), (), self.__dict__) so copy and pickle rebuild nodes through __init__-free setstate.</summary>
    static PyObject Reduce(PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length != 0) throw PyException.TypeError($"__reduce__() takes no arguments ({args.Length} given)");
        var d = InstanceDicts.Get(self!);
        return d != null
            ? PyTuple.Create(self!.Type, PyTuple.Empty, d)
            : PyTuple.Create(self!.Type, PyTuple.Empty);
    }

    static PyType CreateNodeClass(AstNodeInfo info, PyType @base)
    {
        var ns = new PyDict();
        var names = new PyObject[info.Fields.Count];
        for (int i = 0; i < names.Length; i++) names[i] = PyStr.Intern(info.Fields[i].Name);
        var fields = names.Length == 0 ? PyTuple.Empty : new PyTuple(names);
        ns.SetItem("_fields", fields);
        ns.SetItem("__match_args__", fields);
        ns.SetItem("__module__", PyStr.Intern("ast"));
        ns.SetItem("__doc__", new PyStr(Doc(info)));
        // Abstract bases and products declare the attributes; constructors of a sum inherit them.
        bool declaresAttributes = info.IsAbstract || info.BasePythonName == null;
        if (declaresAttributes)
        {
            var attrs = new PyObject[info.Attributes.Count];
            for (int i = 0; i < attrs.Length; i++) attrs[i] = PyStr.Intern(info.Attributes[i]);
            ns.SetItem("_attributes", attrs.Length == 0 ? PyTuple.Empty : new PyTuple(attrs));
        }
        // Optional fields and attributes default to None at class level (missing from instances otherwise).
        foreach (var f in info.Fields)
            if (f.Multiplicity == AstMultiplicity.Optional) ns.SetItem(f.Name, PyNone.Instance);
        if (declaresAttributes && info.Attributes.Count > 0 && !EndPositionRequired(info.PythonName))
        {
            ns.SetItem("end_lineno", PyNone.Instance);
            ns.SetItem("end_col_offset", PyNone.Instance);
        }
        var t = ClassBuilder.Create(PyType.TypeType, PyStr.Intern(info.PythonName), PyTuple.Create(@base), ns, null);
        // AST itself has no weak references, so type() gives its direct subclasses a __weakref__ slot.
        if (info.BasePythonName == null || info.IsAbstract)
            t.Dict.SetItem("__weakref__", new PyGetSetDescriptor(t, "__weakref__", static _ => PyNone.Instance));
        return t;
    }

    /// <summary>ASDL declares end_lineno/end_col_offset optional (int?) except on patterns and type parameters.</summary>
    internal static bool EndPositionRequired(string sumName) => sumName is "pattern" or "type_param";

    /// <summary>The class docstring CPython generates from the ASDL ("Name(identifier id, expr_context ctx)").</summary>
    static string Doc(AstNodeInfo info)
    {
        if (!info.IsAbstract) return Signature(info);
        var sb = new StringBuilder();
        sb.Append(info.PythonName).Append(" = ");
        var ctors = new List<AstNodeInfo>();
        foreach (var n in AstNodeRegistry.All)
            if (!n.IsAbstract && n.BasePythonName == info.PythonName) ctors.Add(n);
        bool simple = true;
        foreach (var c in ctors) if (c.Fields.Count > 0) simple = false;
        string sep = simple ? " | " : "\n" + new string(' ', info.PythonName.Length + 1) + "| ";
        for (int i = 0; i < ctors.Count; i++)
        {
            if (i > 0) sb.Append(sep);
            sb.Append(Signature(ctors[i]));
        }
        return sb.ToString();
    }

    static string Signature(AstNodeInfo info)
    {
        if (info.Fields.Count == 0) return info.PythonName;
        var sb = new StringBuilder(info.PythonName).Append('(');
        for (int i = 0; i < info.Fields.Count; i++)
        {
            var f = info.Fields[i];
            if (i > 0) sb.Append(", ");
            sb.Append(f.AsdlType);
            if (f.Multiplicity == AstMultiplicity.Optional) sb.Append('?');
            else if (f.Multiplicity == AstMultiplicity.Sequence) sb.Append('*');
            sb.Append(' ').Append(f.Name);
        }
        return sb.Append(')').ToString();
    }
}
