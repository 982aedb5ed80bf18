using Taipan.Syntax.Ast;

namespace Taipan.Compiler.Symbols;

// The second pass: resolve every name of every block (CPython's analyze_block and friends).
//  bound  - names bound in enclosing function scopes (null at module level)
//  free   - names free in children that this block must provide or pass further up
//  global - names declared global in enclosing scopes
public sealed partial class SymbolTable
{
    void Analyze()
    {
        var free = new HashSet<string>();
        var global = new HashSet<string>();
        AnalyzeBlock(Top, null, free, global, new HashSet<string>(), null);
    }

    void AnalyzeName(Scope ste, Dictionary<string, SymbolScope> scopes, string name, SymbolFlags flags,
        HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global,
        HashSet<string> typeParams, Scope? classEntry)
    {
        if ((flags & SymbolFlags.Global) != 0)
        {
            if ((flags & SymbolFlags.Nonlocal) != 0)
                throw _errors.At($"name '{name}' is nonlocal and global", Directive(ste, name));
            scopes[name] = SymbolScope.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & SymbolFlags.Nonlocal) != 0)
        {
            if (bound == null)
                throw _errors.At("nonlocal declaration not allowed at module level", Directive(ste, name));
            if (!bound.Contains(name))
                throw _errors.At($"no binding for nonlocal '{name}' found", Directive(ste, name));
            if (typeParams.Contains(name))
                throw _errors.At($"nonlocal binding not allowed for type parameter '{name}'", Directive(ste, name));
            scopes[name] = SymbolScope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if ((flags & SymbolFlags.Bound) != 0)
        {
            scopes[name] = SymbolScope.Local;
            local.Add(name);
            global.Remove(name);
            if ((flags & SymbolFlags.TypeParam) != 0) typeParams.Add(name);
            else typeParams.Remove(name);
            return;
        }
        // A scope that can see the class namespace resolves names bound in the class body there
        // first (at run time, via __classdict__), falling back to globals.
        if (classEntry != null)
        {
            var classFlags = classEntry.GetFlags(name);
            if ((classFlags & SymbolFlags.Global) != 0)
            {
                scopes[name] = SymbolScope.GlobalExplicit;
                return;
            }
            if ((classFlags & SymbolFlags.Bound) != 0 && (classFlags & SymbolFlags.Nonlocal) == 0)
            {
                scopes[name] = SymbolScope.GlobalImplicit;
                return;
            }
        }
        if (bound != null && bound.Contains(name))
        {
            scopes[name] = SymbolScope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if (global.Contains(name))
        {
            scopes[name] = SymbolScope.GlobalImplicit;
            return;
        }
        if (ste.IsNested) ste.HasFree = true;
        scopes[name] = SymbolScope.GlobalImplicit;
    }

    static LocatedNode? Directive(Scope ste, string name) => ste.Directives.TryGetValue(name, out var n) ? n : null;

    void AnalyzeBlock(Scope ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global,
        HashSet<string> typeParams, Scope? classEntry)
    {
        var local = new HashSet<string>();
        var scopes = new Dictionary<string, SymbolScope>();
        var newGlobal = new HashSet<string>();
        var newFree = new HashSet<string>();
        var newBound = new HashSet<string>();
        var inlinedCells = new HashSet<string>();

        if (ste.Type == BlockType.Class)
        {
            // A class passes the enclosing bindings and globals through, not its own names.
            newGlobal.UnionWith(global);
            if (bound != null) newBound.UnionWith(bound);
        }

        foreach (var name in ste.SymbolOrder)
            AnalyzeName(ste, scopes, name, ste.Symbols[name], bound, local, free, global, typeParams, classEntry);

        if (ste.Type != BlockType.Class)
        {
            if (ste.IsFunctionLike) newBound.UnionWith(local);
            if (bound != null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else
        {
            newBound.Add("__class__");
            newBound.Add("__classdict__");
        }

        // Children, in order; inlined comprehensions splice their children into ours.
        var children = ste.Children;
        var allChildren = new List<Scope>(children.Count);
        for (int i = 0; i < children.Count; i++)
        {
            var entry = children[i];
            Scope? newClassEntry = null;
            if (entry.CanSeeClassScope)
            {
                if (ste.Type == BlockType.Class) newClassEntry = ste;
                else if (classEntry != null) newClassEntry = classEntry;
            }
            bool inlineComp = entry.Comprehension != ComprehensionKind.None && !entry.IsGenerator;
            var childFree = new HashSet<string>(newFree);
            AnalyzeBlock(entry, new HashSet<string>(newBound), childFree, new HashSet<string>(newGlobal),
                new HashSet<string>(typeParams), newClassEntry);
            if (inlineComp)
            {
                InlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.CompInlined = true;
            }
            newFree.UnionWith(childFree);
            if (entry.HasFree || entry.HasChildFree) ste.HasChildFree = true;
        }

        if (ste.IsFunctionLike) AnalyzeCells(scopes, newFree, inlinedCells);
        else if (ste.Type == BlockType.Class) DropClassFree(ste, newFree);

        UpdateSymbols(ste, scopes, bound, newFree, inlinedCells, ste.Type == BlockType.Class || ste.CanSeeClassScope);
        free.UnionWith(newFree);
    }

    void InlineComprehension(Scope ste, Scope comp, Dictionary<string, SymbolScope> scopes, HashSet<string> compFree,
        HashSet<string> inlinedCells)
    {
        foreach (var name in comp.SymbolOrder)
        {
            var compFlags = comp.Symbols[name];
            if ((compFlags & SymbolFlags.Param) != 0) continue; // the hidden .0 iterator
            var scope = comp.GetScope(name);
            if (scope == SymbolScope.Cell || (compFlags & SymbolFlags.CompCell) != 0) inlinedCells.Add(name);
            if (!ste.Symbols.TryGetValue(name, out var existing))
            {
                // __class__ never becomes free through a class scope.
                if (scope == SymbolScope.Free && ste.Type == BlockType.Class && name == "__class__")
                {
                    scope = SymbolScope.GlobalImplicit;
                    compFlags &= ~SymbolFlags.Free;
                    compFree.Remove(name);
                }
                ste.Symbols[name] = compFlags;
                ste.SymbolOrder.Add(name);
                scopes[name] = scope;
            }
            else if ((existing & SymbolFlags.Bound) != 0 && !IsFreeInAnyChild(comp, name) && ste.Type != BlockType.Class)
            {
                // Free in the comprehension but local here: once inlined it is simply a local.
                compFree.Remove(name);
            }
        }
    }

    static bool IsFreeInAnyChild(Scope entry, string name)
    {
        foreach (var child in entry.Children)
            if (child.GetScope(name) == SymbolScope.Free) return true;
        return false;
    }

    static void AnalyzeCells(Dictionary<string, SymbolScope> scopes, HashSet<string> free, HashSet<string> inlinedCells)
    {
        List<string>? toCell = null;
        foreach (var (name, scope) in scopes)
        {
            if (scope != SymbolScope.Local) continue;
            if (!free.Contains(name) && !inlinedCells.Contains(name)) continue;
            (toCell ??= new()).Add(name);
        }
        if (toCell == null) return;
        foreach (var name in toCell)
        {
            scopes[name] = SymbolScope.Cell;
            free.Remove(name);
        }
    }

    static void DropClassFree(Scope ste, HashSet<string> free)
    {
        if (free.Remove("__class__")) ste.NeedsClassClosure = true;
        if (free.Remove("__classdict__")) ste.NeedsClassDict = true;
    }

    static void UpdateSymbols(Scope ste, Dictionary<string, SymbolScope> scopes, HashSet<string>? bound,
        HashSet<string> free, HashSet<string> inlinedCells, bool classFlag)
    {
        foreach (var name in ste.SymbolOrder)
        {
            if (inlinedCells.Contains(name)) ste.Symbols[name] |= SymbolFlags.CompCell;
            if (scopes.TryGetValue(name, out var sc)) ste.Scopes[name] = sc;
        }
        // Free variables of children that this block does not bind pass through it as free.
        foreach (var name in free)
        {
            if (ste.Symbols.TryGetValue(name, out var flags))
            {
                // A method uses a name the class body also binds: the class passes its own binding's
                // outer namesake through as a free variable (DEF_FREE_CLASS).
                if (classFlag && (flags & (SymbolFlags.Bound | SymbolFlags.Global)) != 0)
                    ste.Symbols[name] = flags | SymbolFlags.FreeClass;
                continue;
            }
            if (bound != null && !bound.Contains(name)) continue; // a global
            ste.Symbols[name] = SymbolFlags.Free;
            ste.SymbolOrder.Add(name);
            ste.Scopes[name] = SymbolScope.Free;
        }
    }
}
