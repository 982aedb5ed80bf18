namespace Taipan.Runtime.Bytecode;

// Taipan's instruction set, modelled on CPython 3.12's (Python/bytecodes.c), described once here.
//
// ENCODING. A code object's instructions are an int[]; each int is one instruction:
//     bits 0..7   the opcode (an OpCode value)
//     bits 8..31  the unsigned 24-bit argument (oparg); 0 when the instruction takes none.
// Use Instr.Op(word) / Instr.Arg(word) / Instr.Make(op, arg). There is no EXTENDED_ARG and there are
// no CACHE entries in the stream: an instruction with inline caches (OpInfo.CacheEntries > 0) owns
// that many slots in a side array the VM keeps per code object (PyCode.CacheIndex gives each
// instruction's first slot).
//
// JUMPS use ABSOLUTE instruction indices as their argument (not CPython's relative offsets):
// JUMP_FORWARD/JUMP_BACKWARD/JUMP_BACKWARD_NO_INTERRUPT, POP_JUMP_IF_*, FOR_ITER, SEND all take
// the index of the target instruction. JUMP_BACKWARD is the only one that must check the eval
// breaker (interrupts, GIL switch).
//
// Differences from CPython 3.12, all deliberate simplifications:
//  - COMPARE_OP's argument is the comparison (ComparisonOp: 0 '<' .. 5 '>='), without CPython's
//    low mask bits.
//  - FOR_ITER, when the iterator is exhausted, pops the iterator and jumps to its target (the
//    instruction after the loop; CPython 3.12 jumps to an END_FOR that pops it). END_FOR exists
//    (pops two) but the compiler does not emit it.
//  - RETURN_GENERATOR: when the generator is first resumed the sent value (None) is pushed, just as
//    after YIELD_VALUE, and the following POP_TOP discards it; so its stack effect is +1.
//  - Offsets seen by Python (f_lasti, co_lines, tb_lasti) are 2 * instruction index, as if each
//    instruction were one CPython code unit.
//  - Resuming a suspended generator frame always pushes a value first: the sent value, or None
//    when throw()/close() raise at the resume point (so exception-table depths hold there).
//  - LOAD_FAST_AND_CLEAR pushes the slot's value even when unbound (a null) and STORE_FAST may
//    store such a null back (inlined comprehensions save and restore the enclosing locals).
//  - RERAISE's lasti only changes the location reported in tracebacks: the handler search
//    uses the RERAISE instruction itself (as CPython, whose unwinding uses next_instr).
//
// Operand conventions (same as CPython 3.12):
//  - LOAD_GLOBAL: arg = namei << 1 | 1 when a NULL is pushed after the global (before a CALL).
//  - LOAD_ATTR: arg = namei << 1 | 1 for a method load: pushes (method, self) if the attribute is a
//    plain function found on the type, else (NULL, attr). Without the bit pushes attr only.
//  - LOAD_SUPER_ATTR: stack (global super, __class__, self); arg = namei << 2 | 2 (two-argument
//    form super(C, self), else zero-argument) | 1 (method load: pushes (meth, self) or (NULL, attr)).
//  - CALL argc: stack is (callable_or_NULL, self_or_callable, arg1..argN); when the deeper entry is
//    not NULL it is the callable and the next one is self (a bound call with N+1 args). The last
//    len(kwnames) args are keyword values whose names were given by a preceding KW_NAMES consti.
//  - CALL_FUNCTION_EX flags: (NULL, callable, args tuple[, kwargs dict when flags & 1]).
//  - MAKE_FUNCTION flags: 1 defaults tuple, 2 kw-defaults dict, 4 annotations tuple (flat name,
//    value pairs), 8 closure tuple of cells; they are pushed in that order, then the code object.
//  - BINARY_OP arg: a BinaryOp value (NB_* order of CPython, in-place forms from 13).
//  - LOAD_FAST/STORE_FAST/DELETE_FAST/LOAD_FAST_CHECK/LOAD_FAST_AND_CLEAR, MAKE_CELL,
//    LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_FROM_DICT_OR_DEREF: index into the
//    frame's "localsplus" array (PyCode.LocalsPlusNames: locals, then cells, then free variables).
//  - UNPACK_EX arg = before | after << 8. FORMAT_VALUE flags: & 3 conversion (0 none, 1 str,
//    2 repr, 3 ascii), & 4 a format spec is on the stack above the value.
//  - RAISE_VARARGS argc: 0 re-raise, 1 raise exc, 2 raise exc from cause.
//  - RERAISE oparg: pops exc; when oparg != 0 the frame's lasti is set from the value oparg deep.
//  - YIELD_VALUE oparg: the exception stack depth (unused). RESUME oparg: 0 start, 1 after yield,
//    2 after yield from, 3 after await.
//  - GET_AWAITABLE oparg: 0 plain await, 1 after __aenter__, 2 after __aexit__ (for messages).
//  - CALL_INTRINSIC_1 / CALL_INTRINSIC_2: Intrinsic1 / Intrinsic2 values.
//
// Exception handling is zero-cost (CPython 3.11+): the code object has an exception table
// (PyCode.ExceptionTable) mapping instruction ranges to a handler, the stack depth to unwind to and
// whether to push lasti before the exception.

/// <summary>Every Taipan opcode. The numbering is Taipan's own (the stream never leaves the process).</summary>
public enum OpCode : byte
{
    CACHE = 0,          // never emitted; kept so 0 is not a real instruction
    POP_TOP,
    PUSH_NULL,
    END_FOR,
    END_SEND,
    NOP,
    UNARY_NEGATIVE,
    UNARY_NOT,
    UNARY_INVERT,
    BINARY_SUBSCR,
    BINARY_SLICE,
    STORE_SLICE,
    GET_LEN,
    MATCH_MAPPING,
    MATCH_SEQUENCE,
    MATCH_KEYS,
    PUSH_EXC_INFO,
    CHECK_EXC_MATCH,
    CHECK_EG_MATCH,
    WITH_EXCEPT_START,
    GET_AITER,
    GET_ANEXT,
    BEFORE_ASYNC_WITH,
    BEFORE_WITH,
    END_ASYNC_FOR,
    CLEANUP_THROW,
    STORE_SUBSCR,
    DELETE_SUBSCR,
    GET_ITER,
    GET_YIELD_FROM_ITER,
    LOAD_BUILD_CLASS,
    LOAD_ASSERTION_ERROR,
    RETURN_GENERATOR,
    RETURN_VALUE,
    SETUP_ANNOTATIONS,
    LOAD_LOCALS,
    POP_EXCEPT,
    // ---- instructions with an argument ----
    STORE_NAME,
    DELETE_NAME,
    UNPACK_SEQUENCE,
    FOR_ITER,
    UNPACK_EX,
    STORE_ATTR,
    DELETE_ATTR,
    STORE_GLOBAL,
    DELETE_GLOBAL,
    SWAP,
    LOAD_CONST,
    LOAD_NAME,
    BUILD_TUPLE,
    BUILD_LIST,
    BUILD_SET,
    BUILD_MAP,
    LOAD_ATTR,
    COMPARE_OP,
    IMPORT_NAME,
    IMPORT_FROM,
    JUMP_FORWARD,
    POP_JUMP_IF_FALSE,
    POP_JUMP_IF_TRUE,
    LOAD_GLOBAL,
    IS_OP,
    CONTAINS_OP,
    RERAISE,
    COPY,
    RETURN_CONST,
    BINARY_OP,
    SEND,
    LOAD_FAST,
    STORE_FAST,
    DELETE_FAST,
    LOAD_FAST_CHECK,
    POP_JUMP_IF_NOT_NONE,
    POP_JUMP_IF_NONE,
    RAISE_VARARGS,
    GET_AWAITABLE,
    MAKE_FUNCTION,
    BUILD_SLICE,
    JUMP_BACKWARD_NO_INTERRUPT,
    MAKE_CELL,
    LOAD_CLOSURE,
    LOAD_DEREF,
    STORE_DEREF,
    DELETE_DEREF,
    JUMP_BACKWARD,
    LOAD_SUPER_ATTR,
    CALL_FUNCTION_EX,
    LOAD_FAST_AND_CLEAR,
    LIST_APPEND,
    SET_ADD,
    MAP_ADD,
    COPY_FREE_VARS,
    YIELD_VALUE,
    RESUME,
    MATCH_CLASS,
    FORMAT_VALUE,
    BUILD_CONST_KEY_MAP,
    BUILD_STRING,
    LIST_EXTEND,
    SET_UPDATE,
    DICT_MERGE,
    DICT_UPDATE,
    CALL,
    KW_NAMES,
    CALL_INTRINSIC_1,
    CALL_INTRINSIC_2,
    LOAD_FROM_DICT_OR_GLOBALS,
    LOAD_FROM_DICT_OR_DEREF,
}

/// <summary>What an instruction's argument means (for the disassembler and tools).</summary>
public enum OperandKind : byte
{
    None,
    /// <summary>Index into co_consts.</summary>
    Const,
    /// <summary>Index into co_names.</summary>
    Name,
    /// <summary>Index into co_names shifted left by one; low bit is a flag (LOAD_GLOBAL, LOAD_ATTR).</summary>
    NameShifted1,
    /// <summary>Index into co_names shifted left by two; low bits are flags (LOAD_SUPER_ATTR).</summary>
    NameShifted2,
    /// <summary>Index into localsplus (a local variable).</summary>
    Local,
    /// <summary>Index into localsplus (a cell or free variable).</summary>
    Free,
    /// <summary>Absolute instruction index.</summary>
    Jump,
    /// <summary>A count or depth (number of items, stack position).</summary>
    Count,
    CompareOp,
    BinaryOp,
    Intrinsic1,
    Intrinsic2,
    /// <summary>Bit flags whose meaning is instruction specific.</summary>
    Flags,
}

/// <summary>Metadata of one opcode.</summary>
public sealed class OpInfo
{
    public readonly OpCode Code;
    public readonly string Name;
    public readonly OperandKind Operand;
    /// <summary>Number of inline-cache slots the instruction owns in the side cache array.</summary>
    public readonly int CacheEntries;
    /// <summary>True for instructions that may transfer control to their argument.</summary>
    public bool IsJump => Operand == OperandKind.Jump;
    public bool HasArg => Operand != OperandKind.None;

    public OpInfo(OpCode code, OperandKind operand, int cacheEntries)
    {
        Code = code; Name = code.ToString(); Operand = operand; CacheEntries = cacheEntries;
    }
}

/// <summary>CPython's comparison numbering (Py_LT ...), the argument of COMPARE_OP.</summary>
public enum ComparisonOp { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 }

/// <summary>BINARY_OP's argument (CPython's NB_* numbering; the in-place form of x is x + 13).</summary>
public enum BinaryOp
{
    Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatrixMultiply = 4, Multiply = 5, Remainder = 6,
    Or = 7, Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12,
    InPlaceAdd = 13, InPlaceAnd = 14, InPlaceFloorDivide = 15, InPlaceLShift = 16,
    InPlaceMatrixMultiply = 17, InPlaceMultiply = 18, InPlaceRemainder = 19, InPlaceOr = 20,
    InPlacePower = 21, InPlaceRShift = 22, InPlaceSubtract = 23, InPlaceTrueDivide = 24, InPlaceXor = 25,
}

/// <summary>CALL_INTRINSIC_1's argument (CPython 3.12 numbering).</summary>
public enum Intrinsic1
{
    Invalid = 0,
    /// <summary>REPL: print repr of a non-None value via sys.displayhook; result None.</summary>
    Print = 1,
    /// <summary>from m import *: the module is on the stack; names go into the frame's locals.</summary>
    ImportStar = 2,
    /// <summary>Converts a StopIteration escaping a generator into RuntimeError (PEP 479).</summary>
    StopIterationError = 3,
    /// <summary>Wraps a value yielded by an async generator.</summary>
    AsyncGenWrap = 4,
    UnaryPositive = 5,
    ListToTuple = 6,
    TypeVar = 7,
    ParamSpec = 8,
    TypeVarTuple = 9,
    SubscriptGeneric = 10,
    TypeAlias = 11,
}

/// <summary>CALL_INTRINSIC_2's argument (CPython 3.12 numbering).</summary>
public enum Intrinsic2
{
    Invalid = 0,
    /// <summary>(orig exception, list of raised/reraised) -> exception to raise or None (except*).</summary>
    PrepReraiseStar = 1,
    TypeVarWithBound = 2,
    TypeVarWithConstraints = 3,
    /// <summary>(type params tuple, function) -> function with __type_params__ set.</summary>
    SetFunctionTypeParams = 4,
}

/// <summary>Flags of MAKE_FUNCTION.</summary>
[Flags]
public enum MakeFunctionFlags { None = 0, Defaults = 1, KwDefaults = 2, Annotations = 4, Closure = 8 }

/// <summary>Encoding helpers and the instruction table.</summary>
public static class Instr
{
    public const int MaxArg = (1 << 24) - 1;

    public static int Make(OpCode op, int arg = 0) => (byte)op | (arg << 8);
    public static OpCode Op(int word) => (OpCode)(word & 0xFF);
    public static int Arg(int word) => (int)((uint)word >> 8);

    static readonly OpInfo[] s_table = BuildTable();

    public static OpInfo Info(OpCode op) => s_table[(int)op];
    public static int Count => s_table.Length;

    static OpInfo[] BuildTable()
    {
        var values = Enum.GetValues<OpCode>();
        var table = new OpInfo[values.Length];
        foreach (var op in values) table[(int)op] = new OpInfo(op, OperandOf(op), CachesOf(op));
        return table;
    }

    static OperandKind OperandOf(OpCode op) => op switch
    {
        OpCode.LOAD_CONST or OpCode.RETURN_CONST or OpCode.KW_NAMES => OperandKind.Const,
        OpCode.STORE_NAME or OpCode.DELETE_NAME or OpCode.LOAD_NAME or OpCode.STORE_ATTR or OpCode.DELETE_ATTR
            or OpCode.STORE_GLOBAL or OpCode.DELETE_GLOBAL or OpCode.IMPORT_NAME or OpCode.IMPORT_FROM
            or OpCode.LOAD_FROM_DICT_OR_GLOBALS => OperandKind.Name,
        OpCode.LOAD_GLOBAL or OpCode.LOAD_ATTR => OperandKind.NameShifted1,
        OpCode.LOAD_SUPER_ATTR => OperandKind.NameShifted2,
        OpCode.LOAD_FAST or OpCode.STORE_FAST or OpCode.DELETE_FAST or OpCode.LOAD_FAST_CHECK
            or OpCode.LOAD_FAST_AND_CLEAR => OperandKind.Local,
        OpCode.MAKE_CELL or OpCode.LOAD_CLOSURE or OpCode.LOAD_DEREF or OpCode.STORE_DEREF or OpCode.DELETE_DEREF
            or OpCode.LOAD_FROM_DICT_OR_DEREF => OperandKind.Free,
        OpCode.FOR_ITER or OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD or OpCode.JUMP_BACKWARD_NO_INTERRUPT
            or OpCode.POP_JUMP_IF_FALSE or OpCode.POP_JUMP_IF_TRUE or OpCode.POP_JUMP_IF_NONE
            or OpCode.POP_JUMP_IF_NOT_NONE or OpCode.SEND => OperandKind.Jump,
        OpCode.UNPACK_SEQUENCE or OpCode.UNPACK_EX or OpCode.SWAP or OpCode.BUILD_TUPLE or OpCode.BUILD_LIST
            or OpCode.BUILD_SET or OpCode.BUILD_MAP or OpCode.COPY or OpCode.RAISE_VARARGS or OpCode.BUILD_SLICE
            or OpCode.LIST_APPEND or OpCode.SET_ADD or OpCode.MAP_ADD or OpCode.COPY_FREE_VARS or OpCode.YIELD_VALUE
            or OpCode.RESUME or OpCode.MATCH_CLASS or OpCode.BUILD_CONST_KEY_MAP or OpCode.BUILD_STRING
            or OpCode.LIST_EXTEND or OpCode.SET_UPDATE or OpCode.DICT_MERGE or OpCode.DICT_UPDATE or OpCode.CALL
            or OpCode.RERAISE or OpCode.GET_AWAITABLE => OperandKind.Count,
        OpCode.COMPARE_OP => OperandKind.CompareOp,
        OpCode.BINARY_OP => OperandKind.BinaryOp,
        OpCode.CALL_INTRINSIC_1 => OperandKind.Intrinsic1,
        OpCode.CALL_INTRINSIC_2 => OperandKind.Intrinsic2,
        OpCode.IS_OP or OpCode.CONTAINS_OP or OpCode.MAKE_FUNCTION or OpCode.FORMAT_VALUE
            or OpCode.CALL_FUNCTION_EX => OperandKind.Flags,
        _ => OperandKind.None,
    };

    /// <summary>Inline-cache slots per instruction (side array), for the specialising interpreter.</summary>
    static int CachesOf(OpCode op) => op switch
    {
        OpCode.LOAD_GLOBAL or OpCode.LOAD_ATTR or OpCode.STORE_ATTR or OpCode.LOAD_SUPER_ATTR or OpCode.CALL
            or OpCode.BINARY_OP or OpCode.COMPARE_OP or OpCode.BINARY_SUBSCR or OpCode.STORE_SUBSCR
            or OpCode.FOR_ITER or OpCode.UNPACK_SEQUENCE or OpCode.LOAD_NAME => 1,
        _ => 0,
    };

    /// <summary>
    /// Net change of the stack depth when the instruction runs; <paramref name="jump"/> selects the
    /// effect along the branch to the argument (true) or falling through (false).
    /// </summary>
    public static int StackEffect(OpCode op, int arg, bool jump)
    {
        switch (op)
        {
            case OpCode.NOP: case OpCode.RESUME: case OpCode.CACHE: return 0;
            case OpCode.POP_TOP: return -1;
            case OpCode.PUSH_NULL: return 1;
            case OpCode.END_FOR: return -2;
            case OpCode.END_SEND: return -1;
            case OpCode.UNARY_NEGATIVE: case OpCode.UNARY_NOT: case OpCode.UNARY_INVERT: return 0;
            case OpCode.BINARY_SUBSCR: return -1;
            case OpCode.BINARY_SLICE: return -2;
            case OpCode.STORE_SLICE: return -4;
            case OpCode.GET_LEN: return 1;
            case OpCode.MATCH_MAPPING: case OpCode.MATCH_SEQUENCE: case OpCode.MATCH_KEYS: return 1;
            case OpCode.PUSH_EXC_INFO: return 1;
            case OpCode.CHECK_EXC_MATCH: case OpCode.CHECK_EG_MATCH: return 0;
            case OpCode.WITH_EXCEPT_START: return 1;
            case OpCode.GET_AITER: return 0;
            case OpCode.GET_ANEXT: return 1;
            case OpCode.BEFORE_ASYNC_WITH: case OpCode.BEFORE_WITH: return 1;
            case OpCode.END_ASYNC_FOR: return -2;
            case OpCode.CLEANUP_THROW: return -1;
            case OpCode.STORE_SUBSCR: return -3;
            case OpCode.DELETE_SUBSCR: return -2;
            case OpCode.GET_ITER: case OpCode.GET_YIELD_FROM_ITER: return 0;
            case OpCode.LOAD_BUILD_CLASS: case OpCode.LOAD_ASSERTION_ERROR: return 1;
            case OpCode.RETURN_GENERATOR: return 1;
            case OpCode.RETURN_VALUE: return -1;
            case OpCode.SETUP_ANNOTATIONS: return 0;
            case OpCode.LOAD_LOCALS: return 1;
            case OpCode.POP_EXCEPT: return -1;
            case OpCode.STORE_NAME: return -1;
            case OpCode.DELETE_NAME: return 0;
            case OpCode.UNPACK_SEQUENCE: return arg - 1;
            case OpCode.FOR_ITER: return jump ? -1 : 1;
            case OpCode.UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
            case OpCode.STORE_ATTR: return -2;
            case OpCode.DELETE_ATTR: return -1;
            case OpCode.STORE_GLOBAL: return -1;
            case OpCode.DELETE_GLOBAL: return 0;
            case OpCode.SWAP: return 0;
            case OpCode.LOAD_CONST: case OpCode.LOAD_NAME: return 1;
            case OpCode.BUILD_TUPLE: case OpCode.BUILD_LIST: case OpCode.BUILD_SET: case OpCode.BUILD_STRING:
            case OpCode.BUILD_SLICE: return 1 - arg;
            case OpCode.BUILD_MAP: return 1 - 2 * arg;
            case OpCode.BUILD_CONST_KEY_MAP: return -arg;
            case OpCode.LOAD_ATTR: return arg & 1;
            case OpCode.COMPARE_OP: case OpCode.IS_OP: case OpCode.CONTAINS_OP: return -1;
            case OpCode.IMPORT_NAME: return -1;
            case OpCode.IMPORT_FROM: return 1;
            case OpCode.JUMP_FORWARD: case OpCode.JUMP_BACKWARD: case OpCode.JUMP_BACKWARD_NO_INTERRUPT: return 0;
            case OpCode.POP_JUMP_IF_FALSE: case OpCode.POP_JUMP_IF_TRUE: case OpCode.POP_JUMP_IF_NONE:
            case OpCode.POP_JUMP_IF_NOT_NONE: return -1;
            case OpCode.LOAD_GLOBAL: return 1 + (arg & 1);
            case OpCode.RERAISE: return -1;
            case OpCode.COPY: return 1;
            case OpCode.RETURN_CONST: return 0;
            case OpCode.BINARY_OP: return -1;
            case OpCode.SEND: return 0;
            case OpCode.LOAD_FAST: case OpCode.LOAD_FAST_CHECK: case OpCode.LOAD_FAST_AND_CLEAR: return 1;
            case OpCode.STORE_FAST: return -1;
            case OpCode.DELETE_FAST: return 0;
            case OpCode.RAISE_VARARGS: return -arg;
            case OpCode.GET_AWAITABLE: return 0;
            case OpCode.MAKE_FUNCTION: return -System.Numerics.BitOperations.PopCount((uint)arg & 0xF);
            case OpCode.MAKE_CELL: return 0;
            case OpCode.LOAD_CLOSURE: case OpCode.LOAD_DEREF: return 1;
            case OpCode.STORE_DEREF: return -1;
            case OpCode.DELETE_DEREF: return 0;
            case OpCode.LOAD_SUPER_ATTR: return (arg & 1) != 0 ? -1 : -2;
            case OpCode.CALL_FUNCTION_EX: return -2 - (arg & 1);
            case OpCode.LIST_APPEND: case OpCode.SET_ADD: return -1;
            case OpCode.MAP_ADD: return -2;
            case OpCode.COPY_FREE_VARS: return 0;
            case OpCode.YIELD_VALUE: return 0;
            case OpCode.MATCH_CLASS: return -2;
            case OpCode.FORMAT_VALUE: return (arg & 4) != 0 ? -1 : 0;
            case OpCode.LIST_EXTEND: case OpCode.SET_UPDATE: case OpCode.DICT_MERGE: case OpCode.DICT_UPDATE: return -1;
            case OpCode.CALL: return -arg - 1;
            case OpCode.KW_NAMES: return 0;
            case OpCode.CALL_INTRINSIC_1: return 0;
            case OpCode.CALL_INTRINSIC_2: return -1;
            case OpCode.LOAD_FROM_DICT_OR_GLOBALS: case OpCode.LOAD_FROM_DICT_OR_DEREF: return 0;
        }
        throw new InvalidOperationException("unknown opcode " + op);
    }

    /// <summary>True when control never falls through to the next instruction.</summary>
    public static bool IsTerminator(OpCode op) => op is OpCode.RETURN_VALUE or OpCode.RETURN_CONST
        or OpCode.RAISE_VARARGS or OpCode.RERAISE or OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD
        or OpCode.JUMP_BACKWARD_NO_INTERRUPT;

    /// <summary>"LOAD_FAST 3" style text of one instruction (for debugging and tests).</summary>
    public static string ToText(int word)
    {
        var info = Info(Op(word));
        return info.HasArg ? info.Name + " " + Arg(word) : info.Name;
    }
}
