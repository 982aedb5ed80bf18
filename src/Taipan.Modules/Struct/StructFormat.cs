using System.Buffers.Binary;
using System.Numerics;
using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>A compiled struct format: byte order, alignment and one entry per code (s and p are one entry each).
/// Native mode ('@') uses the sizes and alignment of x86-64 Linux, as CPython there.</summary>
internal sealed class StructFormat
{
    internal readonly struct Item
    {
        public readonly char Code;
        public readonly int Offset, Size;
        public Item(char code, int offset, int size) { Code = code; Offset = offset; Size = size; }
    }

    public readonly Item[] Items;
    public readonly int Size;
    public readonly bool LittleEndian, Native;

    StructFormat(Item[] items, int size, bool little, bool native)
    {
        Items = items;
        Size = size;
        LittleEndian = little;
        Native = native;
    }

    static int NativeSize(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'd' or 'P' => 8,
        _ => -1,
    };

    static int StandardSize(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'l' or 'L' or 'f' => 4,
        'q' or 'Q' or 'd' => 8,
        _ => -1,
    };

    public static StructFormat Compile(string fmt)
    {
        int pos = 0;
        bool little = BitConverter.IsLittleEndian, native = true;
        if (fmt.Length > 0)
        {
            switch (fmt[0])
            {
                case '@': pos = 1; break;
                case '=': pos = 1; native = false; break;
                case '<': pos = 1; native = false; little = true; break;
                case '>': case '!': pos = 1; native = false; little = false; break;
            }
        }
        var items = new List<Item>();
        long size = 0;
        while (pos < fmt.Length)
        {
            char c = fmt[pos];
            if (char.IsWhiteSpace(c)) { pos++; continue; }
            long count = 1;
            if (c >= '0' && c <= '9')
            {
                count = 0;
                while (pos < fmt.Length && fmt[pos] >= '0' && fmt[pos] <= '9')
                {
                    count = count * 10 + (fmt[pos] - '0');
                    if (count > int.MaxValue) throw StructModule.Error("total struct size too long");
                    pos++;
                }
                if (pos >= fmt.Length) throw StructModule.Error("repeat count given without format specifier");
                c = fmt[pos];
            }
            pos++;
            int sz = native ? NativeSize(c) : StandardSize(c);
            if (sz < 0) throw StructModule.Error("bad char in struct format");
            if (native && c != 's' && c != 'p' && c != 'x') size = (size + sz - 1) / sz * sz;
            if (c == 's' || c == 'p')
            {
                items.Add(new Item(c, (int)size, (int)count));
                size += count;
            }
            else if (c == 'x') size += count;
            else
                for (long i = 0; i < count; i++)
                {
                    items.Add(new Item(c, (int)size, sz));
                    size += sz;
                }
            if (size > int.MaxValue) throw StructModule.Error("total struct size too long");
        }
        return new StructFormat(items.ToArray(), (int)size, little, native);
    }

    // ---------------- packing ----------------

    public void Pack(Span<byte> buf, ReadOnlySpan<PyObject> args)
    {
        for (int i = 0; i < Items.Length; i++)
        {
            var it = Items[i];
            PackItem(buf.Slice(it.Offset, it.Size), it.Code, args[i]);
        }
    }

    static BigInteger GetInteger(PyObject v)
    {
        if (v is PyInt i) return i.Big;
        if (v.Type.Index != null) return Ops.Index(v).Big;
        throw StructModule.Error("required argument is not an integer");
    }

    void PackItem(Span<byte> dst, char code, PyObject v)
    {
        switch (code)
        {
            case 'c':
                if (v is IPyBuffer && (v is PyBytes || v is PyByteArray) && ((IPyBuffer)v).ReadOnlyBytes.Length == 1)
                {
                    dst[0] = ((IPyBuffer)v).ReadOnlyBytes[0];
                    return;
                }
                throw StructModule.Error("char format requires a bytes object of length 1");
            case 's':
            case 'p':
                {
                    if (v is not PyBytes && v is not PyByteArray) throw StructModule.Error($"argument for '{code}' must be a bytes object");
                    var src = ((IPyBuffer)v).ReadOnlyBytes;
                    dst.Clear();
                    if (code == 's')
                    {
                        src[..Math.Min(src.Length, dst.Length)].CopyTo(dst);
                        return;
                    }
                    if (dst.Length == 0) return;
                    int n = Math.Min(src.Length, dst.Length - 1);
                    src[..n].CopyTo(dst[1..]);
                    dst[0] = (byte)Math.Min(n, 255);
                    return;
                }
            case '?':
                dst[0] = Ops.IsTrue(v) ? (byte)1 : (byte)0;
                return;
            case 'e':
            case 'f':
            case 'd':
                {
                    double d = v is PyFloat f ? f.Value : ToFloat(v);
                    if (code == 'd')
                    {
                        long bits = BitConverter.DoubleToInt64Bits(d);
                        if (LittleEndian) BinaryPrimitives.WriteInt64LittleEndian(dst, bits); else BinaryPrimitives.WriteInt64BigEndian(dst, bits);
                    }
                    else if (code == 'f')
                    {
                        float x = (float)d;
                        if (float.IsInfinity(x) && double.IsFinite(d)) throw PyException.OverflowError("float too large to pack with f format");
                        int bits = BitConverter.SingleToInt32Bits(x);
                        if (LittleEndian) BinaryPrimitives.WriteInt32LittleEndian(dst, bits); else BinaryPrimitives.WriteInt32BigEndian(dst, bits);
                    }
                    else
                    {
                        var h = (Half)d;
                        if (Half.IsInfinity(h) && double.IsFinite(d)) throw PyException.OverflowError("float too large to pack with e format");
                        short bits = BitConverter.HalfToInt16Bits(h);
                        if (LittleEndian) BinaryPrimitives.WriteInt16LittleEndian(dst, bits); else BinaryPrimitives.WriteInt16BigEndian(dst, bits);
                    }
                    return;
                }
        }
        // Integers.
        var value = GetInteger(v);
        bool unsigned = code is 'B' or 'H' or 'I' or 'L' or 'Q' or 'N' or 'P';
        int size = dst.Length;
        BigInteger lo, hi;
        if (unsigned)
        {
            lo = 0;
            hi = (BigInteger.One << (8 * size)) - 1;
        }
        else
        {
            lo = -(BigInteger.One << (8 * size - 1));
            hi = (BigInteger.One << (8 * size - 1)) - 1;
        }
        if (code == 'P' && value.Sign < 0 && value >= -(BigInteger.One << 63)) value += BigInteger.One << 64;
        if (value < lo || value > hi)
        {
            if (!Native || code is 'b' or 'B' or 'h' or 'H' or 'i' or 'I' or 'q' or 'Q' or 'l' or 'L' or 'n' or 'N')
                throw StructModule.Error(unsigned
                    ? $"'{code}' format requires 0 <= number <= {hi}"
                    : $"'{code}' format requires {lo} <= number <= {hi}");
            throw StructModule.Error("argument out of range");
        }
        ulong bitsU = (ulong)(value.Sign < 0 ? value + (BigInteger.One << 64) : value);
        for (int i = 0; i < size; i++)
        {
            byte b = (byte)(bitsU >> (8 * i));
            if (LittleEndian) dst[i] = b; else dst[size - 1 - i] = b;
        }
    }

    static double ToFloat(PyObject v)
    {
        if (v is PyInt || v.Type.Float != null || v.Type.Index != null) return ArgConv.ToDouble(v);
        throw StructModule.Error("required argument is not a float");
    }

    // ---------------- unpacking ----------------

    public PyTuple Unpack(ReadOnlySpan<byte> buf)
    {
        var r = new PyObject[Items.Length];
        for (int i = 0; i < Items.Length; i++)
        {
            var it = Items[i];
            r[i] = UnpackItem(buf.Slice(it.Offset, it.Size), it.Code);
        }
        return new PyTuple(r);
    }

    PyObject UnpackItem(ReadOnlySpan<byte> src, char code)
    {
        switch (code)
        {
            case 'c': return new PyBytes([src[0]]);
            case 's': return new PyBytes(src.ToArray());
            case 'p':
                {
                    if (src.Length == 0) return new PyBytes([]);
                    int n = Math.Min(src[0], src.Length - 1);
                    return new PyBytes(src.Slice(1, n).ToArray());
                }
            case '?': return PyBool.Get(src[0] != 0);
            case 'd':
                return new PyFloat(BitConverter.Int64BitsToDouble(LittleEndian ? BinaryPrimitives.ReadInt64LittleEndian(src) : BinaryPrimitives.ReadInt64BigEndian(src)));
            case 'f':
                return new PyFloat(BitConverter.Int32BitsToSingle(LittleEndian ? BinaryPrimitives.ReadInt32LittleEndian(src) : BinaryPrimitives.ReadInt32BigEndian(src)));
            case 'e':
                return new PyFloat((double)BitConverter.Int16BitsToHalf(LittleEndian ? BinaryPrimitives.ReadInt16LittleEndian(src) : BinaryPrimitives.ReadInt16BigEndian(src)));
        }
        bool unsigned = code is 'B' or 'H' or 'I' or 'L' or 'Q' or 'N' or 'P';
        int size = src.Length;
        ulong v = 0;
        for (int i = 0; i < size; i++)
        {
            byte b = LittleEndian ? src[size - 1 - i] : src[i];
            v = (v << 8) | b;
        }
        if (unsigned)
            return v <= long.MaxValue ? PyInt.Get((long)v) : PyInt.Get((BigInteger)v);
        if (size < 8)
        {
            long sign = 1L << (8 * size - 1);
            long sv = (long)v;
            if ((sv & sign) != 0) sv -= sign << 1;
            return PyInt.Get(sv);
        }
        return PyInt.Get((long)v);
    }
}
