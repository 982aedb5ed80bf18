namespace Taipan.Runtime;

/// <summary>
/// The buffer protocol, reduced to what Taipan's modules need (struct, io, hashlib, memoryview): a contiguous
/// run of bytes and whether it may be written. Implemented by bytes, bytearray and memoryview.
/// </summary>
public interface IPyBuffer
{
    /// <summary>The bytes, valid until the exporter is next resized.</summary>
    ReadOnlySpan<byte> ReadOnlyBytes { get; }
    /// <summary>The bytes for writing; raises TypeError when <see cref="IsReadOnly"/>.</summary>
    Span<byte> WritableBytes { get; }
    /// <summary>The bytes as Memory (for async I/O); same validity rule as <see cref="ReadOnlyBytes"/>.</summary>
    Memory<byte> Memory { get; }
    bool IsReadOnly { get; }
    /// <summary>Called while a view (memoryview) holds the memory: a bytearray then refuses to resize.</summary>
    void AddExport();
    void ReleaseExport();
}

/// <summary>Helpers to accept "bytes-like objects" as CPython does.</summary>
public static class BytesLike
{
    public static bool TryGet(PyObject o, out ReadOnlySpan<byte> bytes)
    {
        if (o is IPyBuffer b) { bytes = b.ReadOnlyBytes; return true; }
        bytes = default;
        return false;
    }

    /// <summary>The bytes of a bytes-like argument, or TypeError "a bytes-like object is required, not 'str'".</summary>
    public static ReadOnlySpan<byte> Require(PyObject o)
    {
        if (o is IPyBuffer b) return b.ReadOnlyBytes;
        throw PyException.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
    }

    /// <summary>A byte value 0..255 from an int-like argument.</summary>
    public static byte ByteValue(PyObject o)
    {
        var i = Ops.Index(o);
        if (!i.IsSmall || i.Small < 0 || i.Small > 255) throw PyException.ValueError("byte must be in range(0, 256)");
        return (byte)i.Small;
    }
}
