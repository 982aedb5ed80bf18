using System.Numerics;
using System.Runtime.CompilerServices;

namespace Taipan.Runtime;

/// <summary>
/// Python int: arbitrary precision with a <c>long</c> fast path (DESIGN principle 5). A value that fits
/// in a long is always stored in <see cref="_small"/> with <see cref="_big"/> null, so two ints are
/// equal iff their representations are equal. Small values (-5..256, as CPython) are cached.
/// </summary>
public partial class PyInt : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("int", null, typeof(PyInt), SetupType,
        TypeFlags.BaseType | TypeFlags.IntSubclass);

    readonly long _small;
    /// <summary>Boxed BigInteger for values outside the long range; null otherwise.</summary>
    readonly object? _big;

    const int CacheMin = -5, CacheMax = 256;
    static readonly PyInt[] s_cache = BuildCache();

    static PyInt[] BuildCache()
    {
        var a = new PyInt[CacheMax - CacheMin + 1];
        for (int i = 0; i < a.Length; i++) a[i] = new PyInt(TypeObject, (long)(i + CacheMin));
        return a;
    }

    public static readonly PyInt Zero = s_cache[-CacheMin];
    public static readonly PyInt One = s_cache[1 - CacheMin];
    public static readonly PyInt MinusOne = s_cache[-1 - CacheMin];

    protected PyInt(PyType type, long value) : base(type) { _small = value; }

    protected PyInt(PyType type, BigInteger value) : base(type)
    {
        if (value >= long.MinValue && value <= long.MaxValue) _small = (long)value;
        else _big = value;
    }

    /// <summary>An instance of an int subclass (or bool) holding the value of <paramref name="value"/>.</summary>
    public PyInt(PyType type, PyInt value) : base(type)
    {
        _small = value._small;
        _big = value._big;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt Get(long v)
    {
        if (v >= CacheMin && v <= CacheMax) return s_cache[v - CacheMin];
        return new PyInt(TypeObject, v);
    }

    public static PyInt Get(int v) => Get((long)v);

    public static PyInt Get(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue) return Get((long)v);
        return new PyInt(TypeObject, v);
    }

    /// <summary>True when the value fits in a long (then <see cref="Small"/> is the value).</summary>
    public bool IsSmall => _big == null;
    public long Small => _small;
    public BigInteger Big => _big is BigInteger b ? b : _small;

    public bool TryGetInt64(out long v)
    {
        v = _small;
        return _big == null;
    }

    public bool TryGetInt32(out int v)
    {
        if (_big == null && _small >= int.MinValue && _small <= int.MaxValue) { v = (int)_small; return true; }
        v = 0;
        return false;
    }

    public int Sign => _big is BigInteger b ? b.Sign : Math.Sign(_small);
    public bool IsZero => _big == null && _small == 0;

    /// <summary>hash(int): the value modulo 2**61-1, with -1 mapped to -2 (CPython's rule).</summary>
    public long GetHash()
    {
        const long Modulus = (1L << 61) - 1;
        long h;
        if (_big == null)
        {
            if (_small >= 0) h = _small % Modulus;
            else if (_small == long.MinValue) h = -(long)((BigInteger.Negate(_small)) % Modulus);
            else h = -((-_small) % Modulus);
        }
        else
        {
            var b = (BigInteger)_big;
            var r = BigInteger.Remainder(BigInteger.Abs(b), Modulus);
            h = b.Sign < 0 ? -(long)r : (long)r;
        }
        return h == -1 ? -2 : h;
    }

    public override string ToString() => _big is BigInteger b ? b.ToString() : _small.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>repr(int) / str(int), subject to the integer string conversion length limit.</summary>
    public string ToDecimalString() => NumberFormatting.IntToDecimal(this);

    static partial void SetupMembers(PyType t);

    static void SetupType(PyType t)
    {
        t.Hash = static o => ((PyInt)o).GetHash();
        t.Bool = static o => !((PyInt)o).IsZero;
        t.Index = static o => Exact((PyInt)o);
        t.Repr = static o => new PyStr(((PyInt)o).ToDecimalString());
        t.New = NewSlot;
        SetupArithmetic(t);
        SetupMembers(t);
    }
}
