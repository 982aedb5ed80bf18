using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Taipan.Syntax.Generator
{
    /// <summary>
    /// Emits the AST node classes, their metadata and the visitors from the *.ast description file
    /// (format documented at the top of src/Taipan.Syntax/Ast/Python.ast).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class AstGenerator : IIncrementalGenerator
    {
        private static readonly DiagnosticDescriptor BadLine = new DiagnosticDescriptor(
            "TPAST001", "Malformed AST description", "{0}:{1}: {2}", "Taipan.Syntax.Generator",
            DiagnosticSeverity.Error, isEnabledByDefault: true);

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var files = context.AdditionalTextsProvider.Where(f => f.Path.EndsWith(".ast", StringComparison.OrdinalIgnoreCase));
            context.RegisterSourceOutput(files, (spc, file) =>
            {
                var text = file.GetText(spc.CancellationToken);
                if (text == null) return;
                try
                {
                    var model = AstModel.Parse(text.ToString());
                    spc.AddSource("AstNodes.g.cs", SourceText.From(Emitter.Emit(model), Encoding.UTF8));
                }
                catch (DescriptionException e)
                {
                    spc.ReportDiagnostic(Diagnostic.Create(BadLine, Location.None, file.Path, e.LineNumber, e.Message));
                }
            });
        }
    }

    internal sealed class DescriptionException : Exception
    {
        public int LineNumber { get; }
        public DescriptionException(int line, string message) : base(message) { LineNumber = line; }
    }

    internal enum Mult { One, Optional, Sequence }

    internal sealed class FieldDesc
    {
        public string AsdlType = "";
        public string PyName = "";
        public string CsName = "";
        public Mult Mult;
        public bool ItemsNullable; // "expr?*": a list whose items may be None (Dict.keys, kw_defaults)
    }

    internal sealed class TypeDesc
    {
        public string AsdlName = "";   // "expr", "arguments"
        public string CsName = "";     // "ExprBase", "Arguments"
        public bool IsSum;
        public bool HasAttributes;
        public List<NodeDesc> Constructors = new List<NodeDesc>(); // sums only
        public NodeDesc? Product;                                   // products only
    }

    internal sealed class NodeDesc
    {
        public string PyName = "";     // CPython class name
        public string CsName = "";
        public TypeDesc Owner = null!;
        public List<FieldDesc> Fields = new List<FieldDesc>();
        public bool HasAttributes => Owner.HasAttributes;
        public bool IsProduct => !Owner.IsSum;
    }

    internal sealed class AstModel
    {
        public List<TypeDesc> Types = new List<TypeDesc>();
        public Dictionary<string, TypeDesc> ByAsdl = new Dictionary<string, TypeDesc>();
        public List<NodeDesc> Nodes = new List<NodeDesc>();

        public static AstModel Parse(string text)
        {
            var m = new AstModel();
            string[] lines = text.Replace("\r\n", "\n").Split('\n');
            TypeDesc? currentSum = null;
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                int hash = line.IndexOf('#');
                if (hash >= 0) line = line.Substring(0, hash);
                if (line.Trim().Length == 0) continue;
                int lineNo = i + 1;
                bool indented = line[0] == ' ' || line[0] == '\t';
                line = line.Trim();
                if (indented)
                {
                    if (currentSum == null) throw new DescriptionException(lineNo, "constructor outside a sum");
                    var node = ParseNodeHead(line, lineNo, currentSum);
                    currentSum.Constructors.Add(node);
                    m.Nodes.Add(node);
                    continue;
                }
                currentSum = null;
                // "sum x as Y [attributes]" or "product x as Y [attributes] (fields)"
                int paren = line.IndexOf('(');
                string head = paren >= 0 ? line.Substring(0, paren).Trim() : line;
                string[] words = head.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length < 4 || words[2] != "as") throw new DescriptionException(lineNo, "expected '<sum|product> name as CsName'");
                var t = new TypeDesc { AsdlName = words[1], CsName = words[3] };
                t.HasAttributes = words.Length > 4 && words[4] == "attributes";
                if (words[0] == "sum")
                {
                    t.IsSum = true;
                    currentSum = t;
                }
                else if (words[0] == "product")
                {
                    if (paren < 0) throw new DescriptionException(lineNo, "product needs fields");
                    var node = new NodeDesc { PyName = t.AsdlName, CsName = t.CsName, Owner = t };
                    node.Fields = ParseFields(line.Substring(paren), lineNo, node.CsName);
                    t.Product = node;
                    m.Nodes.Add(node);
                }
                else throw new DescriptionException(lineNo, "unknown declaration '" + words[0] + "'");
                m.Types.Add(t);
                m.ByAsdl[t.AsdlName] = t;
            }
            foreach (var n in m.Nodes)
                foreach (var f in n.Fields)
                    if (!IsBuiltin(f.AsdlType) && !m.ByAsdl.ContainsKey(f.AsdlType))
                        throw new DescriptionException(0, "unknown type '" + f.AsdlType + "' in " + n.PyName);
            return m;
        }

        private static NodeDesc ParseNodeHead(string line, int lineNo, TypeDesc owner)
        {
            int paren = line.IndexOf('(');
            string name = paren >= 0 ? line.Substring(0, paren).Trim() : line;
            var node = new NodeDesc { PyName = name, CsName = name, Owner = owner };
            if (paren >= 0) node.Fields = ParseFields(line.Substring(paren), lineNo, name);
            return node;
        }

        private static List<FieldDesc> ParseFields(string text, int lineNo, string className)
        {
            text = text.Trim();
            if (!text.StartsWith("(") || !text.EndsWith(")")) throw new DescriptionException(lineNo, "bad field list");
            var result = new List<FieldDesc>();
            foreach (string part in text.Substring(1, text.Length - 2).Split(','))
            {
                string p = part.Trim();
                if (p.Length == 0) continue;
                string[] tw = p.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                if (tw.Length != 2) throw new DescriptionException(lineNo, "bad field '" + p + "'");
                var f = new FieldDesc();
                string type = tw[0];
                if (type.EndsWith("?*")) { f.Mult = Mult.Sequence; f.ItemsNullable = true; type = type.Substring(0, type.Length - 2); }
                else if (type.EndsWith("*")) { f.Mult = Mult.Sequence; type = type.Substring(0, type.Length - 1); }
                else if (type.EndsWith("?")) { f.Mult = Mult.Optional; type = type.Substring(0, type.Length - 1); }
                f.AsdlType = type;
                string name = tw[1];
                int eq = name.IndexOf('=');
                if (eq >= 0) { f.PyName = name.Substring(0, eq); f.CsName = name.Substring(eq + 1); }
                else { f.PyName = name; f.CsName = Pascal(name); }
                if (f.CsName == className) throw new DescriptionException(lineNo, "property '" + f.CsName + "' needs a '=CsName' rename");
                result.Add(f);
            }
            return result;
        }

        public static bool IsBuiltin(string t) => t == "identifier" || t == "string" || t == "int" || t == "constant";

        public static string Pascal(string s)
        {
            var sb = new StringBuilder();
            bool up = true;
            foreach (char c in s)
            {
                if (c == '_') { up = true; continue; }
                sb.Append(up ? char.ToUpperInvariant(c) : c);
                up = false;
            }
            return sb.ToString();
        }
    }

    internal static class Emitter
    {
        private const string ListType = "global::System.Collections.Generic.List";

        private static string ElementType(AstModel m, FieldDesc f)
        {
            switch (f.AsdlType)
            {
                case "identifier":
                case "string": return "string";
                case "int": return "int";
                case "constant": return "object";
                default: return m.ByAsdl[f.AsdlType].CsName;
            }
        }

        private static string PropType(AstModel m, FieldDesc f)
        {
            string e = ElementType(m, f);
            switch (f.Mult)
            {
                case Mult.Sequence: return ListType + "<" + e + (f.ItemsNullable ? "?" : "") + ">";
                case Mult.Optional: return e + "?";
                default: return e;
            }
        }

        private static string Param(FieldDesc f) => "@" + char.ToLowerInvariant(f.CsName[0]) + f.CsName.Substring(1);

        private static string Quote(string s) => "\"" + s + "\"";

        private static bool IsNodeType(FieldDesc f) => !AstModel.IsBuiltin(f.AsdlType);

        public static string Emit(AstModel m)
        {
            var sb = new StringBuilder();
            sb.AppendLine("// <auto-generated/>");
            sb.AppendLine("// Generated by Taipan.Syntax.Generator from Ast/Python.ast. Do not edit by hand.");
            sb.AppendLine("#nullable enable");
            sb.AppendLine("namespace Taipan.Syntax.Ast");
            sb.AppendLine("{");

            foreach (var t in m.Types)
            {
                if (t.IsSum) EmitSumBase(sb, t);
                if (t.IsSum) foreach (var n in t.Constructors) EmitNode(sb, m, n);
                else EmitNode(sb, m, t.Product!);
            }
            EmitRegistry(sb, m);
            EmitVisitor(sb, m);
            EmitWalker(sb, m);
            sb.AppendLine("}");
            return sb.ToString();
        }

        private static string AttrsExpr(bool has) => has ? "AstNodeInfo.LocationAttributes" : "global::System.Array.Empty<string>()";

        private static void EmitSumBase(StringBuilder sb, TypeDesc t)
        {
            sb.AppendLine("    /// <summary>Abstract base of CPython's <c>" + t.AsdlName + "</c> nodes.</summary>");
            sb.AppendLine("    public abstract partial class " + t.CsName + " : " + (t.HasAttributes ? "LocatedNode" : "AstNode"));
            sb.AppendLine("    {");
            sb.AppendLine("        public static readonly AstNodeInfo BaseInfo = new AstNodeInfo(" + Quote(t.AsdlName) + ", null, true, global::System.Array.Empty<AstFieldInfo>(), " + AttrsExpr(t.HasAttributes) + ");");
            sb.AppendLine("    }");
            sb.AppendLine();
        }

        private static void EmitNode(StringBuilder sb, AstModel m, NodeDesc n)
        {
            string baseName = n.IsProduct ? (n.HasAttributes ? "LocatedNode" : "AstNode") : n.Owner.CsName;
            bool singleton = n.Fields.Count == 0 && !n.HasAttributes;
            sb.AppendLine("    /// <summary>CPython's <c>" + n.PyName + "</c>.</summary>");
            sb.AppendLine("    public sealed partial class " + n.CsName + " : " + baseName);
            sb.AppendLine("    {");
            // Metadata the runtime uses to build the Python `_ast` classes.
            sb.Append("        public static readonly AstNodeInfo Info = new AstNodeInfo(" + Quote(n.PyName) + ", " + (n.IsProduct ? "null" : Quote(n.Owner.AsdlName)) + ", false, new AstFieldInfo[] {");
            for (int i = 0; i < n.Fields.Count; i++)
            {
                var f = n.Fields[i];
                sb.Append(i == 0 ? " " : ", ");
                sb.Append("new AstFieldInfo(" + Quote(f.PyName) + ", " + Quote(f.CsName) + ", " + Quote(f.AsdlType) + ", AstMultiplicity." + f.Mult + ", " + (f.ItemsNullable ? "true" : "false") + ")");
            }
            sb.AppendLine(" }, " + AttrsExpr(n.HasAttributes) + ");");
            sb.AppendLine("        public override AstNodeInfo NodeInfo => Info;");
            if (singleton)
            {
                sb.AppendLine("        /// <summary>The shared instance (CPython 3.12 also shares these).</summary>");
                sb.AppendLine("        public static readonly " + n.CsName + " Instance = new " + n.CsName + "();");
            }
            foreach (var f in n.Fields)
                sb.AppendLine("        public " + PropType(m, f) + " " + f.CsName + " { get; set; }");

            // Constructors: fields only, and fields + location for located nodes.
            var ps = new StringBuilder();
            var assigns = new StringBuilder();
            foreach (var f in n.Fields)
            {
                if (ps.Length > 0) ps.Append(", ");
                ps.Append(PropType(m, f) + " " + Param(f));
                assigns.Append(" " + f.CsName + " = " + Param(f) + ";");
            }
            sb.AppendLine("        public " + n.CsName + "(" + ps + ") {" + assigns + " }");
            if (n.HasAttributes)
            {
                string sep = ps.Length > 0 ? ", " : "";
                sb.AppendLine("        public " + n.CsName + "(" + ps + sep + "int lineno, int colOffset, int endLineno, int endColOffset) {" + assigns +
                              " Lineno = lineno; ColOffset = colOffset; EndLineno = endLineno; EndColOffset = endColOffset; }");
            }

            // Uniform field access by index (order of Info.Fields).
            sb.AppendLine("        public override object? GetField(int index)");
            sb.AppendLine("        {");
            sb.AppendLine("            switch (index)");
            sb.AppendLine("            {");
            for (int i = 0; i < n.Fields.Count; i++)
                sb.AppendLine("                case " + i + ": return " + n.Fields[i].CsName + ";");
            sb.AppendLine("                default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            sb.AppendLine("            }");
            sb.AppendLine("        }");
            sb.AppendLine("        public override void SetField(int index, object? value)");
            sb.AppendLine("        {");
            sb.AppendLine("            switch (index)");
            sb.AppendLine("            {");
            for (int i = 0; i < n.Fields.Count; i++)
            {
                var f = n.Fields[i];
                string t = PropType(m, f);
                string cast = f.Mult == Mult.Optional ? "(" + t + ")value" : "(" + t + ")value!";
                sb.AppendLine("                case " + i + ": " + f.CsName + " = " + cast + "; break;");
            }
            sb.AppendLine("                default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            sb.AppendLine("            }");
            sb.AppendLine("        }");
            sb.AppendLine("        public override T Accept<T>(AstVisitor<T> visitor) => visitor.Visit" + n.CsName + "(this);");
            sb.AppendLine("        public override void Accept(AstWalker walker) => walker.Visit" + n.CsName + "(this);");
            sb.AppendLine("        public override void WalkChildren(AstWalker walker)");
            sb.AppendLine("        {");
            foreach (var f in n.Fields)
            {
                if (!IsNodeType(f)) continue;
                if (f.Mult == Mult.Sequence)
                    sb.AppendLine("            foreach (var item in " + f.CsName + ") walker.Visit(item);");
                else
                    sb.AppendLine("            walker.Visit(" + f.CsName + ");");
            }
            sb.AppendLine("        }");
            sb.AppendLine("    }");
            sb.AppendLine();
        }

        private static void EmitRegistry(StringBuilder sb, AstModel m)
        {
            sb.AppendLine("    /// <summary>Every node class of the description, abstract bases first within each type, in file order.</summary>");
            sb.AppendLine("    public static partial class AstNodeRegistry");
            sb.AppendLine("    {");
            sb.AppendLine("        public static readonly AstNodeInfo[] All = new AstNodeInfo[]");
            sb.AppendLine("        {");
            foreach (var t in m.Types)
            {
                if (t.IsSum)
                {
                    sb.AppendLine("            " + t.CsName + ".BaseInfo,");
                    foreach (var n in t.Constructors) sb.AppendLine("            " + n.CsName + ".Info,");
                }
                else sb.AppendLine("            " + t.CsName + ".Info,");
            }
            sb.AppendLine("        };");
            // A factory by Python class name, for the runtime's Python-object -> AST conversion.
            sb.AppendLine("        /// <summary>A concrete node with empty lists and default other fields (set them with SetField), or the shared instance of a fieldless node; null for unknown or abstract names.</summary>");
            sb.AppendLine("        public static AstNode? Create(string pythonName)");
            sb.AppendLine("        {");
            sb.AppendLine("            switch (pythonName)");
            sb.AppendLine("            {");
            foreach (var n in m.Nodes)
            {
                if (n.Fields.Count == 0 && !n.HasAttributes)
                {
                    sb.AppendLine("                case " + Quote(n.PyName) + ": return " + n.CsName + ".Instance;");
                    continue;
                }
                var args = new StringBuilder();
                foreach (var f in n.Fields)
                {
                    if (args.Length > 0) args.Append(", ");
                    args.Append(f.Mult == Mult.Sequence ? "new " + PropType(m, f) + "()" : "default!");
                }
                sb.AppendLine("                case " + Quote(n.PyName) + ": return new " + n.CsName + "(" + args + ");");
            }
            sb.AppendLine("                default: return null;");
            sb.AppendLine("            }");
            sb.AppendLine("        }");
            sb.AppendLine("    }");
            sb.AppendLine();
        }

        private static void EmitVisitor(StringBuilder sb, AstModel m)
        {
            sb.AppendLine("    /// <summary>Visitor returning a value; override the Visit methods you need, the rest call DefaultVisit.</summary>");
            sb.AppendLine("    public abstract partial class AstVisitor<T>");
            sb.AppendLine("    {");
            sb.AppendLine("        public T Visit(AstNode node) => node.Accept(this);");
            sb.AppendLine("        protected abstract T DefaultVisit(AstNode node);");
            foreach (var n in m.Nodes)
                sb.AppendLine("        public virtual T Visit" + n.CsName + "(" + n.CsName + " node) => DefaultVisit(node);");
            sb.AppendLine("    }");
            sb.AppendLine();
        }

        private static void EmitWalker(StringBuilder sb, AstModel m)
        {
            sb.AppendLine("    /// <summary>Walks the whole tree in field order; override a Visit method and call base to keep descending.</summary>");
            sb.AppendLine("    public abstract partial class AstWalker");
            sb.AppendLine("    {");
            sb.AppendLine("        public void Visit(AstNode? node) { if (node != null) node.Accept(this); }");
            foreach (var n in m.Nodes)
                sb.AppendLine("        public virtual void Visit" + n.CsName + "(" + n.CsName + " node) => node.WalkChildren(this);");
            sb.AppendLine("    }");
        }
    }
}
