using System.Buffers.Binary;
using System.Numerics;
using Taipan.Hosting;

namespace Taipan.Runtime.Bytecode;

/// <summary>
/// The code cache (DESIGN principle 5): compiled modules are stored as a compact binary form of their
/// <see cref="PyCode"/> so a later import skips tokenizing, parsing and code generation. An entry is
/// valid only for the same Taipan build (the assemblies' module version ids), the same source path and
/// the same source bytes (length and a 64-bit hash); anything else, including a truncated or corrupt
/// entry, is a miss. Storage goes through <see cref="ICodeCacheStore"/> (the host's business).
/// </summary>
public static class CodeCache
{
    const uint Magic = 0x43504154; // "TAPC"
    const int FormatVersion = 1;

    static readonly Guid s_buildId = ComputeBuildId();

    static Guid ComputeBuildId()
    {
        // The runtime's and the compiler's assemblies decide the bytecode; Deterministic builds give a new
        // module version id exactly when their content changes. The compiler is reached through the
        // registered hook, so its assembly is mixed in when a code object is stored or loaded.
        return typeof(PyCode).Assembly.ManifestModule.ModuleVersionId;
    }

    static Guid BuildId(Interpreter interp)
    {
        var c = Interpreter.Compiler;
        if (c == null) return s_buildId;
        var other = c.Method.Module.ModuleVersionId.ToByteArray();
        var mine = s_buildId.ToByteArray();
        for (int i = 0; i < 16; i++) mine[i] ^= (byte)(other[i] * 31 + i);
        return new Guid(mine);
    }

    /// <summary>The cached code of <paramref name="path"/> for exactly these source bytes, or null.</summary>
    public static PyCode? TryLoad(Interpreter interp, string path, byte[] source)
    {
        var store = interp.Options.CodeCacheStore;
        if (store == null) return null;
        try
        {
            var data = store.Read(path);
            if (data == null) return null;
            var r = new Reader(data);
            if (r.U32() != Magic || r.Int() != FormatVersion) return null;
            if (r.Guid() != BuildId(interp) || r.Int() != interp.Options.Optimize) return null;
            if (r.Str() != path || r.Long() != source.Length || r.Long() != (long)Hash(source)) return null;
            long payloadHash = r.Long();
            var payload = r.Bytes();
            if (!r.AtEnd || (long)Hash(payload) != payloadHash) return null;
            var body = new Reader(payload.ToArray());
            var code = body.Code();
            return body.AtEnd ? code : null;
        }
        catch (Exception)
        {
            // A corrupt or foreign entry is a miss, never an error.
            return null;
        }
    }

    /// <summary>Stores the compiled code of <paramref name="path"/> (unless -B / PYTHONDONTWRITEBYTECODE).</summary>
    public static void Store(Interpreter interp, string path, byte[] source, PyCode code)
    {
        var store = interp.Options.CodeCacheStore;
        if (store == null || interp.Options.DontWriteBytecode) return;
        try
        {
            var w = new Writer();
            w.U32(Magic); w.Int(FormatVersion);
            w.Guid(BuildId(interp)); w.Int(interp.Options.Optimize);
            w.Str(path); w.Long(source.Length); w.Long((long)Hash(source));
            var body = new Writer();
            body.Code(code);
            var payload = body.ToArray();
            // The payload's own hash: a damaged entry must not load as different, valid-looking code.
            w.Long((long)Hash(payload));
            w.Bytes(payload);
            store.Write(path, w.ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // A cache that cannot be written only costs speed.
        }
    }

    /// <summary>A 64-bit hash of the source bytes (multiply-mix over 8-byte words; not cryptographic).</summary>
    public static ulong Hash(ReadOnlySpan<byte> data)
    {
        ulong h = 0x9E3779B97F4A7C15UL ^ (ulong)data.Length;
        int i = 0;
        for (; i + 8 <= data.Length; i += 8)
        {
            ulong k = BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i));
            k *= 0x87C37B91114253D5UL; k = BitOperations.RotateLeft(k, 31); k *= 0x4CF5AD432745937FUL;
            h ^= k; h = BitOperations.RotateLeft(h, 27) * 5 + 0x52DCE729;
        }
        ulong tail = 0;
        for (int s = 0; i < data.Length; i++, s += 8) tail |= (ulong)data[i] << s;
        h ^= tail * 0x87C37B91114253D5UL;
        h ^= h >> 33; h *= 0xFF51AFD7ED558CCDUL; h ^= h >> 33; h *= 0xC4CEB9FE1A85EC53UL; h ^= h >> 33;
        return h;
    }

    // ---- the format: LEB128 integers, zigzag for signed, tagged constants ----

    enum Tag : byte { None, True, False, SmallInt, BigInt, Float, Complex, Str, InternedStr, CodePointStr, Bytes, Tuple, FrozenSet, Ellipsis, Code }

    static bool IsNameLike(string s)
    {
        foreach (char c in s)
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_')) return false;
        return true;
    }

    sealed class Writer
    {
        byte[] _buf = new byte[4096];
        int _len;

        void Ensure(int n)
        {
            if (_len + n <= _buf.Length) return;
            Array.Resize(ref _buf, Math.Max(_buf.Length * 2, _len + n));
        }

        public byte[] ToArray() => _buf.AsSpan(0, _len).ToArray();
        public void Byte(byte b) { Ensure(1); _buf[_len++] = b; }
        public void U32(uint v) { Ensure(4); BinaryPrimitives.WriteUInt32LittleEndian(_buf.AsSpan(_len), v); _len += 4; }

        public void ULong(ulong v)
        {
            Ensure(10);
            while (v >= 0x80) { _buf[_len++] = (byte)(v | 0x80); v >>= 7; }
            _buf[_len++] = (byte)v;
        }

        public void Long(long v) => ULong((ulong)((v << 1) ^ (v >> 63)));
        public void Int(int v) => Long(v);

        public void Bytes(ReadOnlySpan<byte> b)
        {
            ULong((ulong)b.Length);
            Ensure(b.Length);
            b.CopyTo(_buf.AsSpan(_len));
            _len += b.Length;
        }

        public void Guid(Guid g) { Ensure(16); g.TryWriteBytes(_buf.AsSpan(_len)); _len += 16; }

        public void Str(string s) => Bytes(System.Text.Encoding.UTF8.GetBytes(s));

        public void PyStrValue(PyStr s)
        {
            if (s.BmpValue is { } bmp) { Byte((byte)(IsNameLike(bmp) ? Tag.InternedStr : Tag.Str)); Str(bmp); return; }
            Byte((byte)Tag.CodePointStr);
            var cps = s.CodePointArray!;
            ULong((ulong)cps.Length);
            foreach (var cp in cps) ULong((uint)cp);
        }

        public void Const(PyObject o)
        {
            switch (o)
            {
                case PyNone: Byte((byte)Tag.None); break;
                case PyBool b: Byte((byte)(b == PyBool.True ? Tag.True : Tag.False)); break;
                case PyInt i when i.Type == PyInt.TypeObject:
                    if (i.IsSmall) { Byte((byte)Tag.SmallInt); Long(i.Small); }
                    else { Byte((byte)Tag.BigInt); Bytes(i.Big.ToByteArray()); }
                    break;
                case PyFloat f when f.Type == PyFloat.TypeObject: Byte((byte)Tag.Float); ULong((ulong)BitConverter.DoubleToInt64Bits(f.Value)); break;
                case PyComplex c when c.Type == PyComplex.TypeObject:
                    Byte((byte)Tag.Complex); ULong((ulong)BitConverter.DoubleToInt64Bits(c.Real)); ULong((ulong)BitConverter.DoubleToInt64Bits(c.Imag));
                    break;
                case PyStr s when s.Type == PyStr.TypeObject: PyStrValue(s); break;
                case PyBytes by when by.Type == PyBytes.TypeObject: Byte((byte)Tag.Bytes); Bytes(by.Span); break;
                case PyTuple t when t.Type == PyTuple.TypeObject:
                    Byte((byte)Tag.Tuple);
                    ULong((ulong)t.Count);
                    for (int k = 0; k < t.Count; k++) Const(t[k]);
                    break;
                case PySet fs when fs.Type == PySet.FrozenSetType:
                    {
                        Byte((byte)Tag.FrozenSet);
                        var items = Ops.ToArray(fs);
                        ULong((ulong)items.Length);
                        foreach (var item in items) Const(item);
                        break;
                    }
                case PyEllipsis: Byte((byte)Tag.Ellipsis); break;
                case PyCode code: Byte((byte)Tag.Code); Code(code); break;
                default: throw new NotSupportedException("constant of type " + o.Type.Name);
            }
        }

        void Names(PyStr[] names)
        {
            ULong((ulong)names.Length);
            foreach (var n in names) Str(n.Value);
        }

        public void Code(PyCode c)
        {
            ULong((ulong)c.Instructions.Length);
            foreach (var ins in c.Instructions) ULong((uint)ins);
            ULong((ulong)c.Constants.Length);
            foreach (var k in c.Constants) Const(k);
            Names(c.Names);
            Names(c.LocalsPlusNames);
            ULong((ulong)c.LocalsPlusKinds.Length);
            foreach (var k in c.LocalsPlusKinds) Byte((byte)k);
            Int(c.ArgCount); Int(c.PosOnlyArgCount); Int(c.KwOnlyArgCount); Int((int)c.Flags); Int(c.StackSize);
            Str(c.FileName); Str(c.Name); Str(c.QualName); Int(c.FirstLineNo);
            // Positions as deltas from the previous instruction's: mostly zeros and small numbers.
            ULong((ulong)c.Positions.Length);
            var prev = new SourcePosition(c.FirstLineNo, c.FirstLineNo, 0, 0);
            foreach (var p in c.Positions)
            {
                Int(p.Line - prev.Line); Int(p.EndLine - p.Line); Int(p.Column - prev.Column); Int(p.EndColumn - p.Column);
                prev = p;
            }
            ULong((ulong)c.ExceptionTable.Length);
            foreach (var e in c.ExceptionTable) { Int(e.Start); Int(e.End); Int(e.Target); Int(e.Depth); Byte(e.Lasti ? (byte)1 : (byte)0); }
        }
    }

    sealed class Reader(byte[] data)
    {
        int _pos;
        public bool AtEnd => _pos == data.Length;

        public byte Byte() => data[_pos++];
        public uint U32() { uint v = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(_pos, 4)); _pos += 4; return v; }

        public ulong ULong()
        {
            ulong v = 0;
            for (int shift = 0; ; shift += 7)
            {
                if (shift > 63) throw new InvalidDataException();
                byte b = data[_pos++];
                v |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80) return v;
            }
        }

        public long Long() { ulong u = ULong(); return (long)(u >> 1) ^ -(long)(u & 1); }
        public int Int() => checked((int)Long());

        int Count()
        {
            ulong n = ULong();
            // Every counted item takes at least one byte: a larger count is corruption, not an allocation.
            if (n > (ulong)(data.Length - _pos)) throw new InvalidDataException();
            return (int)n;
        }

        public ReadOnlySpan<byte> Bytes()
        {
            int n = Count();
            var s = data.AsSpan(_pos, n);
            _pos += n;
            return s;
        }

        public Guid Guid() { var g = new Guid(data.AsSpan(_pos, 16)); _pos += 16; return g; }
        public string Str() => System.Text.Encoding.UTF8.GetString(Bytes());

        double Double() => BitConverter.Int64BitsToDouble((long)ULong());

        public PyObject Const()
        {
            switch ((Tag)Byte())
            {
                case Tag.None: return PyNone.Instance;
                case Tag.True: return PyBool.True;
                case Tag.False: return PyBool.False;
                case Tag.SmallInt: return PyInt.Get(Long());
                case Tag.BigInt: return PyInt.Get(new BigInteger(Bytes()));
                case Tag.Float: return new PyFloat(Double());
                case Tag.Complex: { double re = Double(); return new PyComplex(re, Double()); }
                case Tag.Str: return new PyStr(Str());
                case Tag.InternedStr: return PyStr.Intern(Str());
                case Tag.CodePointStr:
                    {
                        var cps = new int[Count()];
                        for (int i = 0; i < cps.Length; i++) cps[i] = checked((int)ULong());
                        return new PyStr(cps);
                    }
                case Tag.Bytes: return new PyBytes(Bytes().ToArray());
                case Tag.Tuple:
                    {
                        var items = new PyObject[Count()];
                        for (int i = 0; i < items.Length; i++) items[i] = Const();
                        return items.Length == 0 ? PyTuple.Empty : new PyTuple(items);
                    }
                case Tag.FrozenSet:
                    {
                        var items = new PyObject[Count()];
                        for (int i = 0; i < items.Length; i++) items[i] = Const();
                        return PySet.FromIterable(new PyTuple(items), PySet.FrozenSetType);
                    }
                case Tag.Ellipsis: return PyEllipsis.Instance;
                case Tag.Code: return Code();
                default: throw new InvalidDataException();
            }
        }

        PyStr[] Names()
        {
            var names = new PyStr[Count()];
            for (int i = 0; i < names.Length; i++) names[i] = PyStr.Intern(Str());
            return names;
        }

        public PyCode Code()
        {
            var instructions = new int[Count()];
            for (int i = 0; i < instructions.Length; i++)
            {
                instructions[i] = (int)checked((uint)ULong());
                // An opcode the instruction table does not know would fail later in the VM: reject it here.
                if ((int)Instr.Op(instructions[i]) >= Instr.Count) throw new InvalidDataException();
            }
            var constants = new PyObject[Count()];
            for (int i = 0; i < constants.Length; i++) constants[i] = Const();
            var names = Names();
            var localsPlusNames = Names();
            var kinds = new LocalKind[Count()];
            if (kinds.Length != localsPlusNames.Length) throw new InvalidDataException();
            for (int i = 0; i < kinds.Length; i++) kinds[i] = (LocalKind)Byte();
            int argCount = Int(), posOnly = Int(), kwOnly = Int();
            var flags = (CodeFlags)Int();
            int stackSize = Int();
            string fileName = Str(), name = Str(), qualName = Str();
            int firstLineNo = Int();
            var positions = new SourcePosition[Count()];
            var prev = new SourcePosition(firstLineNo, firstLineNo, 0, 0);
            for (int i = 0; i < positions.Length; i++)
            {
                int line = prev.Line + Int();
                int endLine = line + Int();
                int col = prev.Column + Int();
                int endCol = col + Int();
                positions[i] = prev = new SourcePosition(line, endLine, col, endCol);
            }
            var table = new ExceptionTableEntry[Count()];
            for (int i = 0; i < table.Length; i++)
            {
                int start = Int(), end = Int(), target = Int(), depth = Int();
                table[i] = new ExceptionTableEntry(start, end, target, depth, Byte() != 0);
            }
            return new PyCode(instructions, constants, names, localsPlusNames, kinds, argCount, posOnly, kwOnly, flags,
                stackSize, fileName, name, qualName, firstLineNo, positions, table);
        }
    }
}
