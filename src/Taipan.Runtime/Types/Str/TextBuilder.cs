using System.Text;

namespace Taipan.Runtime;

/// <summary>
/// Builds a str code point by code point: a StringBuilder while everything is a BMP non-surrogate (the
/// common case, no conversion at the end), switching to a code-point list the first time it is not.
/// </summary>
internal sealed class TextBuilder(int capacity = 16)
{
    readonly StringBuilder _sb = new(capacity);
    List<int>? _cps;

    public int Count => _cps?.Count ?? _sb.Length;

    public void Add(int c)
    {
        if (_cps != null) { _cps.Add(c); return; }
        if (c < 0xD800 || (c > 0xDFFF && c < 0x10000)) { _sb.Append((char)c); return; }
        _cps = new List<int>(_sb.Length + 16);
        for (int i = 0; i < _sb.Length; i++) _cps.Add(_sb[i]);
        _cps.Add(c);
    }

    public void Add(PyStr s)
    {
        if (_cps == null && s.IsBmp) { _sb.Append(s.BmpValue); return; }
        for (int i = 0; i < s.Length; i++) Add(s.CodePointAt(i));
    }

    public void Add(string ascii) => _sb.Append(ascii);

    /// <summary>Code point at <paramref name="i"/> (used by the bytes formatter, whose output is all below 256).</summary>
    public int this[int i] => _cps != null ? _cps[i] : _sb[i];

    public PyStr ToPyStr() =>
        _cps != null ? new PyStr(_cps.ToArray()) : _sb.Length == 0 ? PyStr.Empty : PyStr.FromBmpTrusted(_sb.ToString());
}
