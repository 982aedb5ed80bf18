namespace Taipan.Runtime.Bytecode;

/// <summary>co_flags bits (CPython's values).</summary>
[Flags]
public enum CodeFlags
{
    None = 0,
    Optimized = 0x1,
    NewLocals = 0x2,
    VarArgs = 0x4,
    VarKeywords = 0x8,
    Nested = 0x10,
    Generator = 0x20,
    NoFree = 0x40,
    Coroutine = 0x80,
    IterableCoroutine = 0x100,
    AsyncGenerator = 0x200,
    // __future__ flags kept in co_flags as CPython does.
    FutureDivision = 0x20000,
    FutureAbsoluteImport = 0x40000,
    FutureWithStatement = 0x80000,
    FuturePrintFunction = 0x100000,
    FutureUnicodeLiterals = 0x200000,
    FutureBarryAsBdfl = 0x400000,
    FutureGeneratorStop = 0x800000,
    FutureAnnotations = 0x1000000,
}

/// <summary>Kind of each localsplus slot (CPython's CO_FAST_* values).</summary>
[Flags]
public enum LocalKind : byte
{
    None = 0,
    /// <summary>A local of an inlined comprehension (PEP 709), hidden from locals().</summary>
    Hidden = 0x10,
    Local = 0x20,
    Cell = 0x40,
    Free = 0x80,
}

/// <summary>Source position of one instruction; -1 fields mean "unknown" (None in co_positions()).</summary>
public readonly record struct SourcePosition(int Line, int EndLine, int Column, int EndColumn)
{
    public static readonly SourcePosition None = new(-1, -1, -1, -1);
}

/// <summary>
/// One entry of the exception table: instructions [Start, End) are covered by the handler at
/// instruction Target. When an exception is raised there, the VM pops the value stack down to Depth
/// items, pushes the offset of the raising instruction (2 * index, as an int) if Lasti, then the
/// exception, and jumps to Target.
/// </summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool Lasti);

/// <summary>
/// A code object (CPython's <c>types.CodeType</c>): compiled bytecode with its constants, names,
/// variable layout and tables. Immutable after construction, so it may be shared between engines.
/// Frames use "localsplus": <see cref="LocalsPlusNames"/> = co_varnames, then the cell variables
/// that are not arguments, then co_freevars; LOAD_FAST/LOAD_DEREF index into it.
/// </summary>
public sealed partial class PyCode : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("code", null, typeof(PyCode), SetupType, TypeFlags.None);

    /// <summary>The instructions; see Instructions.cs for the encoding.</summary>
    public readonly int[] Instructions;
    public readonly PyObject[] Constants;
    public readonly PyStr[] Names;
    /// <summary>Names of the localsplus slots, in slot order.</summary>
    public readonly PyStr[] LocalsPlusNames;
    /// <summary>Kind of each localsplus slot (a slot may be Local | Cell for a captured argument).</summary>
    public readonly LocalKind[] LocalsPlusKinds;
    public readonly int ArgCount;
    public readonly int PosOnlyArgCount;
    public readonly int KwOnlyArgCount;
    public readonly CodeFlags Flags;
    public readonly int StackSize;
    public readonly string FileName;
    public readonly string Name;
    public readonly string QualName;
    public readonly int FirstLineNo;
    /// <summary>One entry per instruction.</summary>
    public readonly SourcePosition[] Positions;
    public readonly ExceptionTableEntry[] ExceptionTable;

    /// <summary>First slot of each instruction in the per-code inline cache array (-1: no cache).</summary>
    public readonly int[] CacheIndex;
    /// <summary>Total number of inline-cache slots.</summary>
    public readonly int CacheCount;

    /// <summary>Counts of the slot kinds, derived from LocalsPlusKinds.</summary>
    public readonly int NLocals, NCells, NFree;

    public PyCode(int[] instructions, PyObject[] constants, PyStr[] names, PyStr[] localsPlusNames,
        LocalKind[] localsPlusKinds, int argCount, int posOnlyArgCount, int kwOnlyArgCount, CodeFlags flags,
        int stackSize, string fileName, string name, string qualName, int firstLineNo,
        SourcePosition[] positions, ExceptionTableEntry[] exceptionTable) : base(TypeObject)
    {
        Instructions = instructions; Constants = constants; Names = names; LocalsPlusNames = localsPlusNames;
        LocalsPlusKinds = localsPlusKinds; ArgCount = argCount; PosOnlyArgCount = posOnlyArgCount;
        KwOnlyArgCount = kwOnlyArgCount; Flags = flags; StackSize = stackSize; FileName = fileName; Name = name;
        QualName = qualName; FirstLineNo = firstLineNo; Positions = positions; ExceptionTable = exceptionTable;

        var cacheIndex = new int[instructions.Length];
        int caches = 0;
        for (int i = 0; i < instructions.Length; i++)
        {
            int n = Instr.Info(Instr.Op(instructions[i])).CacheEntries;
            cacheIndex[i] = n == 0 ? -1 : caches;
            caches += n;
        }
        CacheIndex = cacheIndex;
        CacheCount = caches;

        foreach (var k in localsPlusKinds)
        {
            if ((k & LocalKind.Local) != 0) NLocals++;
            else if ((k & LocalKind.Cell) != 0) NCells++;
            else if ((k & LocalKind.Free) != 0) NFree++;
        }
    }

    /// <summary>Total number of localsplus slots a frame needs.</summary>
    public int LocalsPlusCount => LocalsPlusNames.Length;

    public bool IsGenerator => (Flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0;

    /// <summary>Names of the slots whose kind includes <paramref name="kind"/> (co_varnames, co_cellvars, co_freevars).</summary>
    public PyStr[] NamesOfKind(LocalKind kind)
    {
        int n = 0;
        for (int i = 0; i < LocalsPlusKinds.Length; i++) if ((LocalsPlusKinds[i] & kind) != 0) n++;
        var result = new PyStr[n];
        n = 0;
        for (int i = 0; i < LocalsPlusKinds.Length; i++) if ((LocalsPlusKinds[i] & kind) != 0) result[n++] = LocalsPlusNames[i];
        return result;
    }

    /// <summary>The source line of the instruction at <paramref name="index"/>, or -1.</summary>
    public int LineOf(int index) => (uint)index < (uint)Positions.Length ? Positions[index].Line : -1;

    /// <summary>Finds the exception-table entry covering instruction <paramref name="index"/>, or -1.</summary>
    public int FindHandler(int index)
    {
        var table = ExceptionTable;
        // Entries are sorted by Start and do not overlap: binary search.
        int lo = 0, hi = table.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            ref readonly var e = ref table[mid];
            if (index < e.Start) hi = mid - 1;
            else if (index >= e.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        t.Repr = static o =>
        {
            var c = (PyCode)o;
            return new PyStr($"<code object {c.Name} at 0x{Ops.IdentityHash(c):x}, file \"{c.FileName}\", line {c.FirstLineNo}>");
        };
        t.Hash = static o => Ops.IdentityHash(o);
        SetupMembers(t);
    }

    // ---- co_* attributes ----

    [PyGetter("co_argcount")] public int CoArgCount() => ArgCount;
    [PyGetter("co_posonlyargcount")] public int CoPosOnlyArgCount() => PosOnlyArgCount;
    [PyGetter("co_kwonlyargcount")] public int CoKwOnlyArgCount() => KwOnlyArgCount;
    [PyGetter("co_nlocals")] public int CoNLocals() => NLocals;
    [PyGetter("co_stacksize")] public int CoStackSize() => StackSize;
    [PyGetter("co_flags")] public int CoFlags() => (int)Flags;
    [PyGetter("co_consts")] public PyObject CoConsts() => PyTuple.Create(Constants);
    [PyGetter("co_names")] public PyObject CoNames() => PyTuple.Create(Names);
    [PyGetter("co_varnames")] public PyObject CoVarNames() => PyTuple.Create(NamesOfKind(LocalKind.Local));
    [PyGetter("co_cellvars")] public PyObject CoCellVars() => PyTuple.Create(NamesOfKind(LocalKind.Cell));
    [PyGetter("co_freevars")] public PyObject CoFreeVars() => PyTuple.Create(NamesOfKind(LocalKind.Free));
    [PyGetter("co_filename")] public string CoFileName() => FileName;
    [PyGetter("co_name")] public string CoName() => Name;
    [PyGetter("co_qualname")] public string CoQualName() => QualName;
    [PyGetter("co_firstlineno")] public int CoFirstLineNo() => FirstLineNo;

    /// <summary>co_code: the instruction words in Taipan's encoding, 4 little-endian bytes each.</summary>
    [PyGetter("co_code")]
    public PyObject CoCode()
    {
        var bytes = new byte[Instructions.Length * 4];
        for (int i = 0; i < Instructions.Length; i++)
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), Instructions[i]);
        return new PyBytes(bytes);
    }

    /// <summary>co_lines(): (start, end, line) ranges of byte offsets (2 per instruction); line None when unknown.</summary>
    [PyMethod("co_lines($self, /)")]
    public PyObject CoLines()
    {
        var result = new PyList();
        int n = Positions.Length;
        int i = 0;
        while (i < n)
        {
            int line = Positions[i].Line;
            int j = i + 1;
            while (j < n && Positions[j].Line == line) j++;
            result.Append(PyTuple.Create(PyInt.Get(2 * i), PyInt.Get(2 * j), line < 0 ? PyNone.Instance : PyInt.Get(line)));
            i = j;
        }
        return Ops.GetIter(result);
    }

    /// <summary>co_positions(): one (lineno, end_lineno, col, end_col) tuple per instruction.</summary>
    [PyMethod("co_positions($self, /)")]
    public PyObject CoPositions()
    {
        var result = new PyList();
        foreach (var p in Positions)
            result.Append(PyTuple.Create(OrNone(p.Line), OrNone(p.EndLine), OrNone(p.Column), OrNone(p.EndColumn)));
        return Ops.GetIter(result);
    }

    static PyObject OrNone(int v) => v < 0 ? PyNone.Instance : PyInt.Get(v);
}
