using System.Numerics;
using Taipan.Runtime;

namespace Taipan.Modules;

/// <summary>_random: the Mersenne Twister core of random.py, bit-exact with CPython for the same seed.</summary>
[PyModule("_random")]
public static partial class RandomModule
{
    static RandomModule() => BuiltinTypes.Register(PyRandom.TypeObject);

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("_random", "Module implements the Mersenne Twister random number generator.");
        RegisterFunctions(m.Dict, m);
        m.Set("Random", PyRandom.TypeObject);
        return m;
    }
}

/// <summary>_random.Random: MT19937 state (624 words and an index).</summary>
public sealed partial class PyRandom : PyObject
{
    public static readonly PyType TypeObject = ModuleHelpers.Type("Random", "_random", typeof(PyRandom), SetupType);

    const int N = 624, M = 397;
    readonly uint[] _mt = new uint[N];
    int _index = N + 1;

    PyRandom(PyType type) : base(type) { }

    static void SetupType(PyType t)
    {
        t.New = static (type, args, kw) =>
        {
            if (type == TypeObject) ModuleHelpers.NoKeywords("Random", kw);
            var r = new PyRandom(type);
            r.SeedFromEntropy();
            return r;
        };
        t.Init = static (self, args, kw) =>
        {
            var r = (PyRandom)self;
            if (r.Type == TypeObject) ModuleHelpers.NoKeywords("Random", kw);
            int npos = ModuleHelpers.PositionalCount(args, kw);
            if (npos > 1) throw PyException.TypeError("Random() requires 0 or 1 argument");
            r.Seed(npos == 1 ? args[0] : null);
        };
        SetupMembers(t);
    }

    void InitGenrand(uint s)
    {
        _mt[0] = s;
        for (int i = 1; i < N; i++)
            _mt[i] = 1812433253u * (_mt[i - 1] ^ (_mt[i - 1] >> 30)) + (uint)i;
        _index = N;
    }

    void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        int k = N > key.Length ? N : key.Length;
        for (; k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N) { _mt[0] = _mt[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (k = N - 1; k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N) { _mt[0] = _mt[N - 1]; i = 1; }
        }
        _mt[0] = 0x80000000u;
    }

    uint GenRand()
    {
        if (_index >= N)
        {
            int kk;
            uint y;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (_mt[kk] & 0x80000000u) | (_mt[kk + 1] & 0x7fffffffu);
                _mt[kk] = _mt[kk + M] ^ (y >> 1) ^ ((y & 1u) != 0 ? 0x9908b0dfu : 0u);
            }
            for (; kk < N - 1; kk++)
            {
                y = (_mt[kk] & 0x80000000u) | (_mt[kk + 1] & 0x7fffffffu);
                _mt[kk] = _mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1u) != 0 ? 0x9908b0dfu : 0u);
            }
            y = (_mt[N - 1] & 0x80000000u) | (_mt[0] & 0x7fffffffu);
            _mt[N - 1] = _mt[M - 1] ^ (y >> 1) ^ ((y & 1u) != 0 ? 0x9908b0dfu : 0u);
            _index = 0;
        }
        uint r = _mt[_index++];
        r ^= r >> 11;
        r ^= (r << 7) & 0x9d2c5680u;
        r ^= (r << 15) & 0xefc60000u;
        r ^= r >> 18;
        return r;
    }

    void SeedFromEntropy()
    {
        var bytes = new byte[N * 4];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        var key = new uint[N];
        for (int i = 0; i < N; i++) key[i] = BitConverter.ToUInt32(bytes, i * 4);
        InitByArray(key);
    }

    [PyMethod("seed($self, n=None, /)", Doc = "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.")]
    void Seed(PyObject? n)
    {
        if (n == null || n is PyNone) { SeedFromEntropy(); return; }
        BigInteger v;
        if (n is PyInt i) v = BigInteger.Abs(i.Big);
        else
        {
            long h = Ops.Hash(n);
            v = (BigInteger)(ulong)h;
        }
        // The absolute value as little-endian 32-bit words (at least one).
        var words = new List<uint>();
        if (v.IsZero) words.Add(0);
        while (!v.IsZero)
        {
            words.Add((uint)(v & uint.MaxValue));
            v >>= 32;
        }
        InitByArray(words.ToArray());
    }

    [PyMethod("random($self, /)", Doc = "random() -> x in the interval [0, 1).")]
    double Random()
    {
        uint a = GenRand() >> 5, b = GenRand() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    [PyMethod("getrandbits($self, k, /)", Doc = "getrandbits(k) -> x.  Generates an int with k random bits.")]
    PyObject GetRandBits(int k)
    {
        if (k < 0) throw PyException.ValueError("number of bits must be non-negative");
        if (k == 0) return PyInt.Zero;
        if (k <= 32) return PyInt.Get((long)(GenRand() >> (32 - k)));
        int words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4 + 1];
        for (int i = 0; i < words; i++, k -= 32)
        {
            uint r = GenRand();
            if (k < 32) r >>= 32 - k;
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 4, 4), r);
        }
        return PyInt.Get(new BigInteger(bytes));
    }

    [PyMethod("getstate($self, /)", Doc = "getstate() -> tuple containing the current state.")]
    PyObject GetState()
    {
        var items = new PyObject[N + 1];
        for (int i = 0; i < N; i++) items[i] = PyInt.Get((long)_mt[i]);
        items[N] = PyInt.Get(_index);
        return new PyTuple(items);
    }

    [PyMethod("setstate($self, state, /)", Doc = "setstate(state) -> None.  Restores generator state.")]
    void SetState(PyObject state)
    {
        if (state is not PyTuple t) throw PyException.TypeError("state vector must be a tuple");
        if (t.Count != N + 1) throw PyException.ValueError("state vector is the wrong size");
        var mt = new uint[N];
        for (int i = 0; i < N; i++)
        {
            if (t.Items[i] is not PyInt w) throw PyException.TypeError($"'{t.Items[i].Type.Name}' object cannot be interpreted as an integer");
            var b = w.Big;
            if (b.Sign < 0 || b > uint.MaxValue) throw PyException.OverflowError("Python int too large to convert to C unsigned long");
            mt[i] = (uint)b;
        }
        long index = Ops.AsIndexClamped(t.Items[N]);
        if (index < 0 || index > N) throw PyException.ValueError("invalid state");
        Array.Copy(mt, _mt, N);
        _index = (int)index;
    }

    [PyMethod("__reduce__($self, /)")]
    PyObject Reduce() => throw PyException.TypeError($"cannot pickle '{Type.Name}' object");
}
