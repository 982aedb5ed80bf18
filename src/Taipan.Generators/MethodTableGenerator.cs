using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Taipan.Generators
{
    /// <summary>
    /// Builds the method tables of built-in types and modules from attributes (DESIGN "Examples to follow").
    ///
    /// Types: a partial class with [PyMethod]/[PyGetter]/[PySetter] members gets the body of
    /// <c>static partial void SetupMembers(PyType t)</c> (declared too if the class does not declare it),
    /// which puts into <c>t.Dict</c> a method_descriptor per instance method, a classmethod_descriptor per
    /// <c>Kind = PyMethodKind.Class</c>, a staticmethod per <c>Kind = PyMethodKind.Static</c> and a
    /// getset_descriptor per getter (with its setter). The type's own SetupType calls SetupMembers(t).
    ///
    /// Modules: a <c>[PyModule("name")] static partial class</c> gets
    /// <c>internal static void RegisterFunctions(PyDict dict, PyModule? module = null)</c>, which adds one
    /// builtin_function_or_method per [PyMethod]; the module class calls it from its own Create method:
    /// <code>
    /// public static PyModule Create() { var m = new PyModule("math"); RegisterFunctions(m.Dict, m); return m; }
    /// </code>
    ///
    /// Every method gets a static body that reads the vectorcall arguments: a fast path for positional
    /// calls with an argument count in range (no allocation), and otherwise PySignature.Bind, which
    /// raises CPython's errors. Arguments are converted to the C# parameter types (see Convert below);
    /// misuse is reported as compile errors TPGEN001..TPGEN007.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class MethodTableGenerator : IIncrementalGenerator
    {
        internal const string Ns = "Taipan.Runtime";
        const string MethodAttr = Ns + ".PyMethodAttribute";
        const string GetterAttr = Ns + ".PyGetterAttribute";
        const string SetterAttr = Ns + ".PySetterAttribute";
        const string ModuleAttr = Ns + ".PyModuleAttribute";

        static DiagnosticDescriptor D(string id, string title, string format) =>
            new DiagnosticDescriptor(id, title, format, "Taipan.Generators", DiagnosticSeverity.Error, isEnabledByDefault: true);

        internal static readonly DiagnosticDescriptor CountMismatch = D("TPGEN001", "Signature does not match the C# parameters",
            "[PyMethod(\"{0}\")]: the signature has {1} parameter(s) but '{2}' takes {3} (after self/cls)");
        internal static readonly DiagnosticDescriptor BadParamType = D("TPGEN002", "Unsupported parameter type",
            "'{0}': parameter '{1}' has unsupported type '{2}'{3}");
        internal static readonly DiagnosticDescriptor NotPartial = D("TPGEN003", "Class must be partial",
            "'{0}' has Python members and must be declared partial");
        internal static readonly DiagnosticDescriptor Duplicate = D("TPGEN004", "Duplicate Python name",
            "'{0}' declares the Python name '{1}' more than once");
        internal static readonly DiagnosticDescriptor BadSignature = D("TPGEN005", "Malformed signature",
            "[PyMethod(\"{0}\")]: {1}");
        internal static readonly DiagnosticDescriptor BadReturnType = D("TPGEN006", "Unsupported return type",
            "'{0}' returns unsupported type '{1}'");
        internal static readonly DiagnosticDescriptor BadAccessor = D("TPGEN007", "Malformed getter or setter",
            "'{0}': {1}");

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var types = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is MethodDeclarationSyntax m && m.AttributeLists.Count > 0
                    || node is PropertyDeclarationSyntax p && p.AttributeLists.Count > 0
                    || node is ClassDeclarationSyntax c && c.AttributeLists.Count > 0,
                static (ctx, ct) =>
                {
                    var sym = ctx.SemanticModel.GetDeclaredSymbol(ctx.Node, ct);
                    INamedTypeSymbol? type = sym as INamedTypeSymbol ?? sym?.ContainingType;
                    if (type == null) return null;
                    return HasPyAttributes(type) ? type : null;
                })
                .Where(static t => t != null)
                .Collect();

            context.RegisterSourceOutput(types, static (spc, list) =>
            {
                var seen = new HashSet<string>();
                foreach (var t in list)
                {
                    var type = t!;
                    var key = type.ToDisplayString();
                    if (!seen.Add(key)) continue;
                    var src = new ClassEmitter(type, spc).Emit();
                    if (src != null)
                        spc.AddSource(key.Replace('<', '_').Replace('>', '_') + ".PyMembers.g.cs", SourceText.From(src, Encoding.UTF8));
                }
            });
        }

        static bool HasPyAttributes(INamedTypeSymbol type)
        {
            if (type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == ModuleAttr)) return true;
            foreach (var m in type.GetMembers())
                foreach (var a in m.GetAttributes())
                {
                    var n = a.AttributeClass?.ToDisplayString();
                    if (n == MethodAttr || n == GetterAttr || n == SetterAttr) return true;
                }
            return false;
        }

        internal static AttributeData? Find(ISymbol s, string name) =>
            s.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == name);

        internal static T? Named<T>(AttributeData a, string name, T? fallback)
        {
            foreach (var kv in a.NamedArguments)
                if (kv.Key == name && kv.Value.Value is T v) return v;
            return fallback;
        }

        internal static string Lit(string? s) => s == null ? "null" : SymbolDisplay.FormatLiteral(s, quote: true);

        sealed class ClassEmitter
        {
            readonly INamedTypeSymbol _type;
            readonly SourceProductionContext _spc;
            readonly StringBuilder _bodies = new StringBuilder();
            readonly StringBuilder _setup = new StringBuilder();
            readonly bool _isModule;
            readonly string? _moduleName;
            readonly string _cls;
            int _counter;
            bool _failed;

            public ClassEmitter(INamedTypeSymbol type, SourceProductionContext spc)
            {
                _type = type;
                _spc = spc;
                var mod = Find(type, ModuleAttr);
                _isModule = mod != null;
                _moduleName = mod?.ConstructorArguments.Length > 0 ? mod.ConstructorArguments[0].Value as string : null;
                _cls = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            }

            void Report(DiagnosticDescriptor d, ISymbol at, params object?[] args)
            {
                _failed = true;
                _spc.ReportDiagnostic(Diagnostic.Create(d, at.Locations.FirstOrDefault(), args));
            }

            public string? Emit()
            {
                foreach (var r in _type.DeclaringSyntaxReferences)
                    if (r.GetSyntax() is TypeDeclarationSyntax td && !td.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        Report(NotPartial, _type, _type.Name);
                        return null;
                    }
                for (var c = _type.ContainingType; c != null; c = c.ContainingType)
                    foreach (var r in c.DeclaringSyntaxReferences)
                        if (r.GetSyntax() is TypeDeclarationSyntax td && !td.Modifiers.Any(SyntaxKind.PartialKeyword))
                        {
                            Report(NotPartial, c, c.Name);
                            return null;
                        }

                var names = new HashSet<string>();
                var setters = new Dictionary<string, IMethodSymbol>();
                foreach (var m in _type.GetMembers().OfType<IMethodSymbol>())
                {
                    var s = Find(m, SetterAttr);
                    if (s == null) continue;
                    var n = s.ConstructorArguments[0].Value as string ?? "";
                    if (setters.ContainsKey(n)) Report(Duplicate, m, _type.Name, n);
                    else setters[n] = m;
                }
                var gettersSeen = new HashSet<string>();
                foreach (var member in _type.GetMembers())
                {
                    var ma = Find(member, MethodAttr);
                    if (ma != null && member is IMethodSymbol method)
                    {
                        var sigText = ma.ConstructorArguments[0].Value as string ?? "";
                        var open = sigText.IndexOf('(');
                        var pyName = open > 0 ? sigText.Substring(0, open) : sigText;
                        if (!names.Add(pyName)) { Report(Duplicate, member, _type.Name, pyName); continue; }
                        EmitMethod(method, ma, sigText);
                        continue;
                    }
                    var ga = Find(member, GetterAttr);
                    if (ga != null)
                    {
                        var n = ga.ConstructorArguments[0].Value as string ?? "";
                        if (!names.Add(n)) { Report(Duplicate, member, _type.Name, n); continue; }
                        gettersSeen.Add(n);
                        setters.TryGetValue(n, out var setter);
                        EmitGetSet(member, n, Named<string>(ga, "Doc", null), setter);
                    }
                }
                foreach (var kv in setters)
                    if (!gettersSeen.Contains(kv.Key))
                        Report(BadAccessor, kv.Value, kv.Value.Name, $"[PySetter(\"{kv.Key}\")] has no matching [PyGetter]");
                if (_failed) return null;
                return Wrap();
            }

            string Wrap()
            {
                var sb = new StringBuilder();
                sb.AppendLine("// <auto-generated/> by Taipan.Generators.MethodTableGenerator from [PyMethod]/[PyGetter]/[PySetter] attributes.");
                sb.AppendLine("#nullable enable");
                sb.AppendLine("#pragma warning disable CS1591");
                sb.AppendLine("using System;");
                sb.AppendLine("using Taipan.Runtime;");
                var ns = _type.ContainingNamespace;
                if (ns != null && !ns.IsGlobalNamespace) sb.Append("namespace ").Append(ns.ToDisplayString()).AppendLine(";");
                var chain = new List<INamedTypeSymbol>();
                for (var c = _type; c != null; c = c.ContainingType) chain.Insert(0, c);
                foreach (var c in chain)
                    sb.Append(c.IsStatic ? "static " : "").Append("partial ").Append(c.TypeKind == TypeKind.Struct ? "struct " : "class ")
                      .Append(c.Name).AppendLine(" {");
                if (_isModule)
                {
                    sb.AppendLine("    /// <summary>Adds this module's functions (one builtin_function_or_method per [PyMethod]) to <paramref name=\"dict\"/>.</summary>");
                    sb.AppendLine("    internal static void RegisterFunctions(PyDict dict, PyModule? module = null)");
                    sb.AppendLine("    {");
                    sb.AppendLine("        PyObject? self = module;");
                    sb.AppendLine("        PyStr moduleName = new PyStr(" + Lit(_moduleName) + ");");
                    sb.Append(_setup);
                    sb.AppendLine("    }");
                }
                else
                {
                    bool declared = _type.GetMembers("SetupMembers").OfType<IMethodSymbol>().Any(m => m.PartialImplementationPart == null && m.IsPartialDefinition);
                    if (!declared) sb.AppendLine("    static partial void SetupMembers(PyType t);");
                    sb.AppendLine("    static partial void SetupMembers(PyType t)");
                    sb.AppendLine("    {");
                    sb.Append(_setup);
                    sb.AppendLine("    }");
                }
                sb.Append(_bodies);
                foreach (var _ in chain) sb.AppendLine("}");
                return sb.ToString();
            }

            // ---------------- methods ----------------

            void EmitMethod(IMethodSymbol m, AttributeData attr, string sigText)
            {
                var sig = Signature.Parse(sigText, out var error);
                if (sig == null) { Report(BadSignature, m, sigText, error); return; }
                var kind = Named<int>(attr, "Kind", 0); // 0 Instance, 1 Class, 2 Static
                var doc = Named<string>(attr, "Doc", null);
                bool hide = Named<bool>(attr, "HideSignature", false);

                // Which C# parameters stand for self / cls?
                int skip = 0;
                string? selfCast = null;
                if (_isModule)
                {
                    if (!m.IsStatic) { Report(BadAccessor, m, m.Name, "module functions must be static"); return; }
                    // A first parameter named "module" receives the module object (null when registered without one).
                    if (m.Parameters.Length > 0 && m.Parameters[0].Name == "module")
                    {
                        skip = 1;
                        selfCast = m.Parameters[0].Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "?";
                    }
                }
                else if (kind == 1)
                {
                    if (!m.IsStatic || m.Parameters.Length == 0) { Report(BadAccessor, m, m.Name, "a class method must be static and take the class as its first parameter"); return; }
                    skip = 1;
                    selfCast = m.Parameters[0].Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                }
                else if (kind == 0 && m.IsStatic)
                {
                    if (m.Parameters.Length == 0) { Report(BadAccessor, m, m.Name, "a static C# method implementing an instance method takes self as its first parameter"); return; }
                    skip = 1;
                    selfCast = m.Parameters[0].Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                }
                else if (kind == 2 && !m.IsStatic) { Report(BadAccessor, m, m.Name, "a Kind=Static method must be static"); return; }

                int csCount = m.Parameters.Length - skip;
                // Raw form: (ReadOnlySpan<PyObject> args, PyTuple? kwnames) receives the vectorcall arguments
                // unparsed, for built-ins CPython parses by hand (max, min, sorted); the signature is then
                // only the text shown as __text_signature__/__doc__.
                bool raw = csCount == 2
                    && m.Parameters[skip].Type.ToDisplayString() == "System.ReadOnlySpan<Taipan.Runtime.PyObject>"
                    && m.Parameters[skip + 1].Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString() == Ns + ".PyTuple"
                    && m.Parameters[skip + 1].Name == "kwnames";
                if (!raw && csCount != sig.Params.Count)
                {
                    Report(CountMismatch, m, sigText, sig.Params.Count, m.Name, csCount);
                    return;
                }

                string body = "__py_" + m.Name + "_" + (_counter++);
                var sb = _bodies;
                if (raw)
                {
                    sb.Append("    static PyObject ").Append(body)
                      .AppendLine("(PySignature sig, PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)");
                    sb.AppendLine("    {");
                    var rawArgs = skip == 1 ? "(" + selfCast + (selfCast!.EndsWith("?") ? ")self" : ")self!") + ", args, kwnames" : "args, kwnames";
                    var rawTarget = m.IsStatic ? _cls + "." + m.Name : "((" + _cls + ")self!)." + m.Name;
                    var rawRet = Return(m.ReturnType, rawTarget + "(" + rawArgs + ")", m.ReturnsVoid);
                    if (rawRet == null) { Report(BadReturnType, m, m.Name, m.ReturnType.ToDisplayString()); return; }
                    sb.Append(rawRet);
                    sb.AppendLine("    }");
                }
                else
                {
                EmitParsingBody(m, sig, body, skip, selfCast, sb);
                if (_failed) return;
                }
                EmitRegistration(sig, sigText, body, kind, doc, hide);
            }

            void EmitParsingBody(IMethodSymbol m, Signature sig, string body, int skip, string? selfCast, StringBuilder sb)
            {
                sb.Append("    static PyObject ").Append(body)
                  .AppendLine("(PySignature sig, PyObject? self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)");
                sb.AppendLine("    {");
                int n = sig.Names.Count;
                for (int j = 0; j < n; j++) sb.Append("        PyObject? a").Append(j).AppendLine(";");
                var va = sig.Params.FirstOrDefault(p => p.Kind == ParamKind.VarArgs);
                var vk = sig.Params.FirstOrDefault(p => p.Kind == ParamKind.VarKeywords);
                if (va != null) sb.AppendLine("        ReadOnlySpan<PyObject> va;");
                if (vk != null) sb.AppendLine("        PyDict? vk = null;");
                // Fast path: positional only, count in range, no required keyword-only parameter.
                bool fast = sig.MinKeywordOnly == 0;
                if (fast)
                {
                    sb.Append("        if (kwnames == null && args.Length >= ").Append(sig.MinPositional);
                    if (va == null) sb.Append(" && args.Length <= ").Append(sig.Positional);
                    sb.AppendLine(")");
                    sb.AppendLine("        {");
                    for (int j = 0; j < n; j++)
                    {
                        sb.Append("            a").Append(j).Append(" = ");
                        if (j < sig.MinPositional) sb.Append("args[").Append(j).AppendLine("];");
                        else if (j < sig.Positional) sb.Append("args.Length > ").Append(j).Append(" ? args[").Append(j).AppendLine("] : null;");
                        else sb.AppendLine("null;");
                    }
                    if (va != null)
                        sb.Append("            va = args.Length > ").Append(sig.Positional).Append(" ? args.Slice(").Append(sig.Positional)
                          .AppendLine(") : ReadOnlySpan<PyObject>.Empty;");
                    sb.AppendLine("        }");
                    sb.AppendLine("        else");
                }
                sb.AppendLine("        {");
                sb.AppendLine("            var s = sig.Bind(self, args, kwnames, out var vt, out var vkw);");
                for (int j = 0; j < n; j++) sb.Append("            a").Append(j).Append(" = s[").Append(j).AppendLine("];");
                if (va != null) sb.AppendLine("            va = vt!.Items;");
                if (vk != null) sb.AppendLine("            vk = vkw;");
                sb.AppendLine("        }");

                // Convert and call.
                var callArgs = new List<string>();
                int named = 0;
                for (int i = 0; i < sig.Params.Count; i++)
                {
                    var sp = sig.Params[i];
                    var p = m.Parameters[skip + i];
                    string? expr;
                    if (sp.Kind == ParamKind.VarArgs)
                    {
                        var tn = p.Type.ToDisplayString();
                        expr = tn == "System.ReadOnlySpan<Taipan.Runtime.PyObject>" ? "va"
                            : tn == Ns + ".PyTuple" ? "PyTuple.Create(va)" : null;
                        if (expr == null) { Report(BadParamType, p, m.Name, p.Name, tn, " for *" + sp.Name + " (use PyTuple or ReadOnlySpan<PyObject>)"); return; }
                    }
                    else if (sp.Kind == ParamKind.VarKeywords)
                    {
                        var tn = p.Type.ToDisplayString();
                        expr = tn == Ns + ".PyDict?" ? "vk" : tn == Ns + ".PyDict" ? "(vk ?? new PyDict())" : null;
                        if (expr == null) { Report(BadParamType, p, m.Name, p.Name, tn, " for **" + sp.Name + " (use PyDict?)"); return; }
                    }
                    else
                    {
                        int j = named++;
                        // Argument Clinic names a lone positional parameter just "argument".
                        string display = sig.Names.Count == 1 && sig.PositionalOnly == 1 ? "argument"
                            : j < sig.PositionalOnly ? "argument " + (j + 1) : "argument '" + sp.Name + "'";
                        expr = Convert(p, "a" + j, sp, sig.Name, display, out var why);
                        if (expr == null) { Report(BadParamType, p, m.Name, p.Name, p.Type.ToDisplayString(), why); return; }
                    }
                    callArgs.Add(expr);
                }
                string target;
                if (skip == 1)
                {
                    callArgs.Insert(0, selfCast!.EndsWith("?") ? "(" + selfCast + ")self" : "(" + selfCast + ")self!");
                    target = _cls + "." + m.Name;
                }
                else if (m.IsStatic) target = _cls + "." + m.Name;
                else target = "((" + _cls + ")self!)." + m.Name;
                string call = target + "(" + string.Join(", ", callArgs) + ")";
                var ret = Return(m.ReturnType, call, m.ReturnsVoid);
                if (ret == null) { Report(BadReturnType, m, m.Name, m.ReturnType.ToDisplayString()); return; }
                sb.Append(ret);
                sb.AppendLine("    }");
            }

            void EmitRegistration(Signature sig, string sigText, string body, int kind, string? doc, bool hide)
            {
                string textSig = hide ? "null" : Lit(sigText.Substring(sigText.IndexOf('(')));
                string fullDoc = hide ? Lit(doc) : Lit(sigText + "\n--\n\n" + (doc ?? ""));
                string pyName = Lit(sig.Name);
                var st = _setup;
                st.AppendLine("        {");
                st.Append("            var sig = new PySignature(").Append(Lit(sigText)).Append(", ").Append(_isModule ? "null" : "t.Name").AppendLine(");");
                string lambda = "(self, args, kw) => " + body + "(sig, self, args, kw)";
                if (_isModule)
                {
                    st.Append("            dict.SetItem(").Append(pyName).Append(", new PyBuiltinFunction(").Append(pyName).Append(", ")
                      .Append(lambda).Append(", self, ").Append(textSig).Append(", ").Append(fullDoc).AppendLine(") { Module = moduleName });");
                }
                else if (kind == 0)
                {
                    st.Append("            t.Dict.SetItem(").Append(pyName).Append(", new PyMethodDescriptor(t, ").Append(pyName).Append(", ")
                      .Append(lambda).Append(", ").Append(textSig).Append(", ").Append(fullDoc).AppendLine("));");
                }
                else if (kind == 1)
                {
                    st.Append("            t.Dict.SetItem(").Append(pyName).Append(", new PyClassMethodDescriptor(t, ").Append(pyName).Append(", ")
                      .Append(lambda).Append(", ").Append(textSig).Append(", ").Append(fullDoc).AppendLine("));");
                }
                else
                {
                    st.Append("            t.Dict.SetItem(").Append(pyName).Append(", new PyStaticMethod(new PyBuiltinFunction(").Append(pyName).Append(", ")
                      .Append(lambda).Append(", t, ").Append(textSig).Append(", ").Append(fullDoc).AppendLine(")));");
                }
                st.AppendLine("        }");
            }

            /// <summary>The C# expression converting raw argument <paramref name="raw"/> (null when not passed) to the parameter's type.</summary>
            static string? Convert(IParameterSymbol p, string raw, SigParam sp, string fn, string display, out string why)
            {
                why = "";
                var type = p.Type;
                bool nullableRef = type.IsReferenceType && p.NullableAnnotation == NullableAnnotation.Annotated;
                bool nullableValue = type is INamedTypeSymbol nt && nt.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
                var core = nullableValue ? ((INamedTypeSymbol)type).TypeArguments[0] : type;
                string? defaultText = null;
                if (p.HasExplicitDefaultValue)
                {
                    var syn = p.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as ParameterSyntax;
                    defaultText = syn?.Default?.Value.ToString();
                }
                bool optional = sp.HasDefault;
                string fnLit = Lit(fn), dispLit = Lit(display);
                string? conv;
                switch (core.SpecialType)
                {
                    case SpecialType.System_String: conv = $"ArgConv.Str({fnLit}, {dispLit}, {{0}}).Value"; break;
                    case SpecialType.System_Int64: conv = "Ops.AsIndex({0})"; break;
                    case SpecialType.System_Int32: conv = "Ops.AsInt32({0})"; break;
                    case SpecialType.System_Double: conv = "ArgConv.ToDouble({0})"; break;
                    case SpecialType.System_Boolean: conv = "Ops.IsTrue({0})"; break;
                    default:
                        var name = core.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString();
                        switch (name)
                        {
                            case Ns + ".PyObject": conv = "{0}"; break;
                            case Ns + ".PyStr": conv = $"ArgConv.Str({fnLit}, {dispLit}, {{0}})"; break;
                            case Ns + ".PyInt": conv = $"ArgConv.Int({fnLit}, {dispLit}, {{0}})"; break;
                            case Ns + ".PyTuple": conv = $"ArgConv.Tuple({fnLit}, {dispLit}, {{0}})"; break;
                            case Ns + ".PyList": conv = $"ArgConv.List({fnLit}, {dispLit}, {{0}})"; break;
                            case Ns + ".PyDict": conv = $"ArgConv.Dict({fnLit}, {dispLit}, {{0}})"; break;
                            case Ns + ".PyType": conv = $"ArgConv.Type({fnLit}, {dispLit}, {{0}})"; break;
                            default: why = ""; return null;
                        }
                        break;
                }
                if (!optional) return string.Format(conv, raw + "!");
                // Optional: not passed -> C# default, null (nullable types), or None for a PyObject with default None.
                string absent;
                if (defaultText != null) absent = defaultText;
                else if (nullableRef || nullableValue) absent = "null";
                else if (conv == "{0}" && sp.Default == "None") absent = "PyNone.Instance";
                else if (SimpleDefault(core.SpecialType, sp.Default) is string lit) absent = lit;
                else { why = " for optional parameter '" + sp.Name + "' (make it nullable or give it a C# default value)"; return null; }
                if (conv == "{0}") return nullableRef ? raw : $"({raw} ?? {absent})";
                return $"({raw} == null ? {absent} : {string.Format(conv, raw)})";
            }

            /// <summary>A signature default that is a plain literal of the C# type (False, -1, 0.5) needs no C# default.</summary>
            static string? SimpleDefault(SpecialType t, string? d)
            {
                if (d == null) return null;
                switch (t)
                {
                    case SpecialType.System_Boolean:
                        return d == "True" ? "true" : d == "False" ? "false" : null;
                    case SpecialType.System_Int32:
                    case SpecialType.System_Int64:
                        return long.TryParse(d, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _) ? d : null;
                    case SpecialType.System_Double:
                        return double.TryParse(d, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) && d.IndexOfAny(new[] { 'n', 'N', 'i', 'I' }) < 0 ? "(double)" + d : null;
                }
                return null;
            }

            static string? Return(ITypeSymbol t, string call, bool isVoid)
            {
                if (isVoid) return "        " + call + ";\n        return PyNone.Instance;\n";
                switch (t.SpecialType)
                {
                    case SpecialType.System_Boolean: return "        return PyBool.Get(" + call + ");\n";
                    case SpecialType.System_Int64:
                    case SpecialType.System_Int32: return "        return PyInt.Get(" + call + ");\n";
                    case SpecialType.System_Double: return "        return new PyFloat(" + call + ");\n";
                    case SpecialType.System_String: return "        return new PyStr(" + call + ");\n";
                }
                if (t.ToDisplayString() == "System.Numerics.BigInteger") return "        return PyInt.Get(" + call + ");\n";
                for (var b = t; b != null; b = b.BaseType)
                    if (b.ToDisplayString() == Ns + ".PyObject")
                        return t.NullableAnnotation == NullableAnnotation.Annotated
                            ? "        return (PyObject?)" + call + " ?? PyNone.Instance;\n"
                            : "        return " + call + ";\n";
                return null;
            }

            // ---------------- getters and setters ----------------

            void EmitGetSet(ISymbol getter, string pyName, string? doc, IMethodSymbol? setter)
            {
                string getExpr;
                ITypeSymbol retType;
                if (getter is IPropertySymbol prop)
                {
                    retType = prop.Type;
                    getExpr = prop.IsStatic ? _cls + "." + prop.Name : "((" + _cls + ")o)." + prop.Name;
                }
                else if (getter is IMethodSymbol gm)
                {
                    retType = gm.ReturnType;
                    if (gm.ReturnsVoid) { Report(BadAccessor, gm, gm.Name, "a getter must return a value"); return; }
                    if (!gm.IsStatic && gm.Parameters.Length == 0) getExpr = "((" + _cls + ")o)." + gm.Name + "()";
                    else if (gm.IsStatic && gm.Parameters.Length == 1)
                        getExpr = _cls + "." + gm.Name + "((" + gm.Parameters[0].Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ")o)";
                    else { Report(BadAccessor, gm, gm.Name, "a getter is an instance method without parameters or a static method taking self"); return; }
                }
                else return;
                var ret = Return(retType, getExpr, false);
                if (ret == null) { Report(BadReturnType, getter, getter.Name, retType.ToDisplayString()); return; }
                // Return() yields "return X;" statements; a getter needs the expression.
                string value = ret.Trim();
                value = value.Substring("return ".Length, value.Length - "return ".Length - 1);

                string setExpr = "null";
                if (setter != null)
                {
                    bool ok = setter.ReturnsVoid;
                    int vi = setter.IsStatic ? 1 : 0;
                    ok &= setter.Parameters.Length == vi + 1 && setter.Parameters[vi].Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString() == Ns + ".PyObject";
                    if (!ok) { Report(BadAccessor, setter, setter.Name, "a setter is void and takes (PyObject? value), after self when static; null means delete"); return; }
                    setExpr = setter.IsStatic
                        ? "static (o, v) => " + _cls + "." + setter.Name + "((" + setter.Parameters[0].Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ")o, v)"
                        : "static (o, v) => ((" + _cls + ")o)." + setter.Name + "(v)";
                }
                _setup.Append("        t.Dict.SetItem(").Append(Lit(pyName)).Append(", new PyGetSetDescriptor(t, ").Append(Lit(pyName))
                      .Append(", static o => ").Append(value).Append(", ").Append(setExpr).Append(", ").Append(Lit(doc)).AppendLine("));");
            }
        }
    }

    internal enum ParamKind { Normal, VarArgs, VarKeywords }

    internal sealed class SigParam
    {
        public string Name = "";
        public ParamKind Kind;
        public bool HasDefault;
        public string? Default;
    }

    /// <summary>The generator's own parse of an Argument-Clinic signature (mirrors Taipan.Runtime.PySignature).</summary>
    internal sealed class Signature
    {
        public string Name = "";
        /// <summary>All parameters in order, including *args and **kwargs entries; self markers excluded.</summary>
        public List<SigParam> Params = new List<SigParam>();
        public List<string> Names = new List<string>();
        public int PositionalOnly, Positional, MinPositional, MinKeywordOnly;

        public static Signature? Parse(string text, out string error)
        {
            error = "";
            int open = text.IndexOf('(');
            int close = text.LastIndexOf(')');
            if (open <= 0 || close < open) { error = "expected name(parameters)"; return null; }
            var sig = new Signature { Name = text.Substring(0, open).Trim() };
            var inner = text.Substring(open + 1, close - open - 1);
            int positional = -1;
            bool sawDefault = false;
            var named = new List<SigParam>();
            foreach (var raw in Split(inner))
            {
                var p = raw.Trim();
                if (p.Length == 0) continue;
                if (p == "/") { sig.PositionalOnly = named.Count; continue; }
                if (p == "*") { positional = named.Count; continue; }
                if (p.StartsWith("$")) continue;
                if (p.StartsWith("**")) { sig.Params.Add(new SigParam { Name = p.Substring(2), Kind = ParamKind.VarKeywords }); continue; }
                if (p.StartsWith("*"))
                {
                    sig.Params.Add(new SigParam { Name = p.Substring(1), Kind = ParamKind.VarArgs });
                    positional = named.Count;
                    continue;
                }
                int eq = p.IndexOf('=');
                var sp = new SigParam
                {
                    Name = eq < 0 ? p : p.Substring(0, eq).Trim(),
                    HasDefault = eq >= 0,
                    Default = eq >= 0 ? p.Substring(eq + 1).Trim() : null,
                };
                if (positional < 0 && sawDefault && !sp.HasDefault) { error = $"parameter '{sp.Name}' without a default follows one with a default"; return null; }
                if (positional < 0) sawDefault |= sp.HasDefault;
                if (sig.Names.Contains(sp.Name)) { error = $"duplicate parameter '{sp.Name}'"; return null; }
                named.Add(sp);
                sig.Params.Add(sp);
                sig.Names.Add(sp.Name);
            }
            sig.Positional = positional < 0 ? named.Count : positional;
            for (int i = 0; i < sig.Positional && !named[i].HasDefault; i++) sig.MinPositional++;
            for (int i = sig.Positional; i < named.Count; i++) if (!named[i].HasDefault) sig.MinKeywordOnly++;
            return sig;
        }

        static IEnumerable<string> Split(string s)
        {
            int depth = 0, start = 0;
            bool inStr = false;
            char q = '\0';
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (inStr)
                {
                    if (c == '\\') i++;
                    else if (c == q) inStr = false;
                    continue;
                }
                if (c == '\'' || c == '"') { inStr = true; q = c; }
                else if (c == '(' || c == '[' || c == '{') depth++;
                else if (c == ')' || c == ']' || c == '}') depth--;
                else if (c == ',' && depth == 0) { yield return s.Substring(start, i - start); start = i + 1; }
            }
            yield return s.Substring(start);
        }
    }
}
