namespace Taipan.Modules.Sre;

/// <summary>A subject string seen as code units by position; the matcher is generic over it so each form gets its own compiled loop.</summary>
interface ISreText
{
    int this[int i] { get; }
    /// <summary>The first position in [from, to) holding <paramref name="c"/>, or -1.</summary>
    int IndexOf(int c, int from, int to);
}

/// <summary>A str held as a .NET string of BMP non-surrogates.</summary>
readonly struct BmpText(string s) : ISreText
{
    readonly string _s = s;
    public int this[int i] => _s[i];
    public int IndexOf(int c, int from, int to) => c > 0xFFFF ? -1 : _s.IndexOf((char)c, from, to - from);
}

/// <summary>A str held as code points.</summary>
readonly struct CodePointText(int[] a) : ISreText
{
    readonly int[] _a = a;
    public int this[int i] => _a[i];
    public int IndexOf(int c, int from, int to) => Array.IndexOf(_a, c, from, to - from);
}

/// <summary>A bytes-like subject.</summary>
readonly struct ByteText(byte[] a) : ISreText
{
    readonly byte[] _a = a;
    public int this[int i] => _a[i];
    public int IndexOf(int c, int from, int to)
    {
        if ((uint)c > 255) return -1;
        int r = _a.AsSpan(from, to - from).IndexOf((byte)c);
        return r < 0 ? -1 : r + from;
    }
}
