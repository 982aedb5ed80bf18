namespace Taipan.Runtime;

/// <summary>bytes as an element kind of the shared text algorithms: ASCII whitespace, \n and \r line breaks.</summary>
internal struct BytesKind : ITextKind<byte>
{
    public static PyObject Make(ReadOnlySpan<byte> s) => s.Length == 0 ? PyBytes.Empty : new PyBytes(s.ToArray());
    public static bool IsSpace(byte c) => c == ' ' || (c >= 9 && c <= 13);
    public static bool IsLineBreak(byte c) => c == '\n' || c == '\r';
    public static int ToInt(byte c) => c;
    /// <summary>bytes.fromhex skips ASCII whitespace between digit pairs.</summary>
    public static bool IsSpaceCp(int c) => c == ' ' || (c >= 9 && c <= 13);
}

internal struct ByteArrayKind : ITextKind<byte>
{
    public static PyObject Make(ReadOnlySpan<byte> s) => new PyByteArray(s.ToArray());
    public static bool IsSpace(byte c) => BytesKind.IsSpace(c);
    public static bool IsLineBreak(byte c) => BytesKind.IsLineBreak(c);
    public static int ToInt(byte c) => c;
}
