using System.Numerics;

namespace Taipan.Runtime;

/// <summary>int's methods and attributes, in the order of the Python docs.</summary>
public partial class PyInt
{
    /// <summary>Builds a bytes object from raw bytes; set by the bytes type when it initialises.</summary>
    public static Func<byte[], PyObject>? BytesFactory { get; set; }

    static PyObject MakeBytes(byte[] b) =>
        (BytesFactory ?? throw PyException.SystemError("bytes type is not available"))(b);

    [PyMethod("bit_length($self, /)")]
    public long BitLength()
    {
        if (_big == null)
        {
            ulong u = _small < 0 ? (ulong)(-(_small + 1)) + 1 : (ulong)_small;
            return 64 - BitOperations.LeadingZeroCount(u);
        }
        return (long)BigInteger.Abs((BigInteger)_big).GetBitLength();
    }

    [PyMethod("bit_count($self, /)")]
    public long BitCount()
    {
        if (_big == null)
        {
            ulong u = _small < 0 ? (ulong)(-(_small + 1)) + 1 : (ulong)_small;
            return BitOperations.PopCount(u);
        }
        long n = 0;
        foreach (var b in BigInteger.Abs((BigInteger)_big).ToByteArray(isUnsigned: true)) n += BitOperations.PopCount(b);
        return n;
    }

    [PyMethod("to_bytes($self, /, length=1, byteorder='big', *, signed=False)")]
    public PyObject ToBytes(long length = 1, string byteorder = "big", bool signed = false) =>
        MakeBytes(ToByteArray(length, byteorder, signed));

    /// <summary>The bytes of int.to_bytes, with CPython's checks.</summary>
    public byte[] ToByteArray(long length, string byteorder, bool signed)
    {
        bool little = byteorder switch
        {
            "little" => true,
            "big" => false,
            _ => throw PyException.ValueError("byteorder must be either 'little' or 'big'"),
        };
        if (length < 0) throw PyException.ValueError("length argument must be non-negative");
        var v = Big;
        if (!signed && v.Sign < 0) throw PyException.OverflowError("can't convert negative int to unsigned");
        // Minimal size of the two's complement (signed) or plain (unsigned) representation.
        long needed = signed ? (v.Sign < 0 ? (long)(-(v + 1)).GetBitLength() + 1 : (long)v.GetBitLength() + 1)
                             : (long)v.GetBitLength();
        if ((needed + 7) / 8 > length) throw PyException.OverflowError("int too big to convert");
        var result = new byte[length];
        var raw = v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        byte fill = v.Sign < 0 ? (byte)0xFF : (byte)0;
        for (long i = 0; i < length; i++) result[i] = i < raw.Length ? raw[i] : fill;
        if (!little) Array.Reverse(result);
        return result;
    }

    [PyMethod("from_bytes($type, /, bytes, byteorder='big', *, signed=False)", Kind = PyMethodKind.Class)]
    public static PyObject FromBytes(PyType type, PyObject bytes, string byteorder = "big", bool signed = false)
    {
        bool little = byteorder switch
        {
            "little" => true,
            "big" => false,
            _ => throw PyException.ValueError("byteorder must be either 'little' or 'big'"),
        };
        byte[] data = BytesLikeReader?.Invoke(bytes) ?? BytesFromIterable(bytes);
        var span = (byte[])data.Clone();
        if (!little) Array.Reverse(span);
        var v = new BigInteger(span, isUnsigned: !signed, isBigEndian: false);
        PyObject r = Get(v);
        if (type != TypeObject) r = Ops.Call(type, r);
        return r;
    }

    static byte[] BytesFromIterable(PyObject o)
    {
        if (o is PyStr) throw PyException.TypeError("cannot convert 'str' object to bytes");
        var items = Ops.ToArray(o);
        var r = new byte[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            var it = items[i];
            if (it.Type.Index == null)
                throw PyException.TypeError($"'{it.Type.Name}' object cannot be interpreted as an integer");
            long b = Ops.AsIndexClamped(it);
            if (b < 0 || b > 255) throw PyException.ValueError("bytes must be in range(0, 256)");
            r[i] = (byte)b;
        }
        return r;
    }

    [PyMethod("as_integer_ratio($self, /)")]
    public PyObject AsIntegerRatio() => new PyTuple([Exact(this), One]);

    [PyMethod("is_integer($self, /)")]
    public bool IsInteger() => true;

    [PyMethod("conjugate($self, /)")]
    public PyObject Conjugate() => Exact(this);

    [PyGetter("real")]
    public PyObject Real() => Exact(this);

    [PyGetter("imag")]
    public PyObject Imag() => Zero;

    [PyGetter("numerator")]
    public PyObject Numerator() => Exact(this);

    [PyGetter("denominator")]
    public PyObject Denominator() => One;

    [PyMethod("__trunc__($self, /)")]
    public PyObject Trunc() => Exact(this);

    [PyMethod("__floor__($self, /)")]
    public PyObject Floor() => Exact(this);

    [PyMethod("__ceil__($self, /)")]
    public PyObject Ceil() => Exact(this);

    /// <summary>round(int, ndigits): a negative ndigits rounds to a multiple of 10**-ndigits, half to even.</summary>
    [PyMethod("__round__($self, ndigits=<unrepresentable>, /)")]
    public PyObject Round(PyObject? ndigits = null)
    {
        if (ndigits == null || ndigits is PyNone) return Exact(this);
        var n = Ops.Index(ndigits);
        if (n.Sign >= 0) return Exact(this);
        if (IsZero) return Zero;
        // Past the number of digits of self the result is 0 (and 10**-n would be needlessly huge).
        if (!n.IsSmall || -n.Small > (long)(BitLength() * 0.30103) + 2) return Zero;
        var pow = BigInteger.Pow(10, (int)-n.Small);
        var v = Big;
        var q = BigInteger.DivRem(v, pow, out var r);
        if (r.Sign < 0) { q -= 1; r += pow; }
        int c = (r * 2).CompareTo(pow);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return Get(q * pow);
    }

    [PyMethod("__getnewargs__($self, /)")]
    public PyObject GetNewArgs() => new PyTuple([Exact(this)]);

    [PyMethod("__format__($self, format_spec, /)")]
    public PyObject Format(PyStr formatSpec)
    {
        if (formatSpec.Length == 0) return Ops.Str(this);
        return new PyStr(NumberFormatting.FormatInt(this, formatSpec.Value, Type.Name));
    }

    [PyMethod("__sizeof__($self, /)")]
    public long SizeOf()
    {
        // CPython: a 24-byte header plus 4 bytes per 30-bit digit (at least one).
        long digits = Math.Max(1, (BitLength() + 29) / 30);
        return 24 + 4 * digits;
    }
}
