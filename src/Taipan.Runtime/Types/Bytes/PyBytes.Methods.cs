namespace Taipan.Runtime;

/// <summary>The methods of bytes, in the order of the Python docs (shared bodies in <see cref="BytesMethods"/>).</summary>
public partial class PyBytes
{
    ReadOnlySpan<byte> D => ReadOnlyBytes;

    [PyMethod("count($self, sub, start=None, end=None, /)")]
    public long Count(PyObject sub, PyObject? start = null, PyObject? end = null) => BytesMethods.Count(D, sub, start, end);

    [PyMethod("removeprefix($self, prefix, /)")]
    public PyObject RemovePrefix(PyObject prefix) => BytesMethods.RemovePrefix<BytesKind>(this, D, prefix);

    [PyMethod("removesuffix($self, suffix, /)")]
    public PyObject RemoveSuffix(PyObject suffix) => BytesMethods.RemoveSuffix<BytesKind>(this, D, suffix);

    [PyMethod("decode($self, /, encoding='utf-8', errors='strict')")]
    public PyStr Decode(PyObject? encoding = null, PyObject? errors = null) => BytesMethods.Decode(this, D, encoding, errors);

    [PyMethod("endswith($self, suffix, start=None, end=None, /)")]
    public bool EndsWith(PyObject suffix, PyObject? start = null, PyObject? end = null) =>
        BytesMethods.StartsOrEndsWith(D, suffix, start, end, true, "endswith");

    [PyMethod("find($self, sub, start=None, end=None, /)")]
    public long Find(PyObject sub, PyObject? start = null, PyObject? end = null) => BytesMethods.Find(D, sub, start, end, false);

    [PyMethod("fromhex($type, string, /)", Kind = PyMethodKind.Class)]
    public static PyObject FromHex(PyType type, PyObject @string)
    {
        var data = BytesMethods.FromHex(@string);
        if (type == TypeObject) return new PyBytes(data);
        return Ops.Call(type, new PyBytes(data));
    }

    [PyMethod("hex($self, /, sep=None, bytes_per_sep=1)")]
    public PyStr Hex(PyObject? sep = null, long bytes_per_sep = 1) => BytesMethods.Hex(D, sep, bytes_per_sep);

    [PyMethod("index($self, sub, start=None, end=None, /)")]
    public long Index(PyObject sub, PyObject? start = null, PyObject? end = null) => BytesMethods.Index(D, sub, start, end, false);

    [PyMethod("join($self, iterable_of_bytes, /)")]
    public PyObject Join(PyObject iterable_of_bytes) => BytesMethods.Join<BytesKind>(D, iterable_of_bytes);

    [PyMethod("maketrans(frm, to, /)", Kind = PyMethodKind.Static)]
    public static PyBytes MakeTrans(PyObject frm, PyObject to) => BytesMethods.MakeTrans(frm, to);

    [PyMethod("partition($self, sep, /)")]
    public PyTuple Partition(PyObject sep) => BytesMethods.Partition<BytesKind>(this, D, sep, false);

    [PyMethod("replace($self, old, new, count=-1, /)")]
    public PyObject Replace(PyObject old, PyObject @new, long count = -1) => BytesMethods.Replace<BytesKind>(this, D, old, @new, count);

    [PyMethod("rfind($self, sub, start=None, end=None, /)")]
    public long RFind(PyObject sub, PyObject? start = null, PyObject? end = null) => BytesMethods.Find(D, sub, start, end, true);

    [PyMethod("rindex($self, sub, start=None, end=None, /)")]
    public long RIndex(PyObject sub, PyObject? start = null, PyObject? end = null) => BytesMethods.Index(D, sub, start, end, true);

    [PyMethod("rpartition($self, sep, /)")]
    public PyTuple RPartition(PyObject sep) => BytesMethods.Partition<BytesKind>(this, D, sep, true);

    [PyMethod("startswith($self, prefix, start=None, end=None, /)")]
    public bool StartsWith(PyObject prefix, PyObject? start = null, PyObject? end = null) =>
        BytesMethods.StartsOrEndsWith(D, prefix, start, end, false, "startswith");

    [PyMethod("translate($self, table, /, delete=b'')")]
    public PyObject Translate(PyObject table, PyObject? delete = null) => BytesMethods.Translate<BytesKind>(this, D, table, delete);

    [PyMethod("center($self, width, fillchar=b' ', /)")]
    public PyObject Center(long width, PyObject? fillchar = null) => BytesMethods.Pad<BytesKind>(this, D, width, fillchar, '^', "center");

    [PyMethod("ljust($self, width, fillchar=b' ', /)")]
    public PyObject LJust(long width, PyObject? fillchar = null) => BytesMethods.Pad<BytesKind>(this, D, width, fillchar, '<', "ljust");

    [PyMethod("lstrip($self, bytes=None, /)")]
    public PyObject LStrip(PyObject? bytes = null) => BytesMethods.Strip<BytesKind>(this, D, bytes, true, false);

    [PyMethod("rjust($self, width, fillchar=b' ', /)")]
    public PyObject RJust(long width, PyObject? fillchar = null) => BytesMethods.Pad<BytesKind>(this, D, width, fillchar, '>', "rjust");

    [PyMethod("rsplit($self, /, sep=None, maxsplit=-1)")]
    public PyObject RSplit(PyObject? sep = null, long maxsplit = -1) => BytesMethods.Split<BytesKind>(D, sep, maxsplit, true);

    [PyMethod("rstrip($self, bytes=None, /)")]
    public PyObject RStrip(PyObject? bytes = null) => BytesMethods.Strip<BytesKind>(this, D, bytes, false, true);

    [PyMethod("split($self, /, sep=None, maxsplit=-1)")]
    public PyObject Split(PyObject? sep = null, long maxsplit = -1) => BytesMethods.Split<BytesKind>(D, sep, maxsplit, false);

    [PyMethod("strip($self, bytes=None, /)")]
    public PyObject Strip(PyObject? bytes = null) => BytesMethods.Strip<BytesKind>(this, D, bytes, true, true);

    [PyMethod("capitalize($self, /)")]
    public PyObject Capitalize() => BytesMethods.Capitalize<BytesKind>(D);

    [PyMethod("expandtabs($self, /, tabsize=8)")]
    public PyObject ExpandTabs(long tabsize = 8) => BytesMethods.ExpandTabs<BytesKind>(D, tabsize);

    [PyMethod("isalnum($self, /)")] public bool IsAlnum() => BytesMethods.IsAlnum(D);
    [PyMethod("isalpha($self, /)")] public bool IsAlpha() => BytesMethods.IsAlpha(D);
    [PyMethod("isascii($self, /)")] public bool IsAscii() => BytesMethods.IsAscii(D);
    [PyMethod("isdigit($self, /)")] public bool IsDigit() => BytesMethods.IsDigit(D);
    [PyMethod("islower($self, /)")] public bool IsLower() => BytesMethods.IsLower(D);
    [PyMethod("isspace($self, /)")] public bool IsSpace() => BytesMethods.IsSpace(D);
    [PyMethod("istitle($self, /)")] public bool IsTitle() => BytesMethods.IsTitle(D);
    [PyMethod("isupper($self, /)")] public bool IsUpper() => BytesMethods.IsUpper(D);

    [PyMethod("lower($self, /)")]
    public PyObject Lower() => BytesMethods.Lower<BytesKind>(D);

    [PyMethod("splitlines($self, /, keepends=False)")]
    public PyObject SplitLines(bool keepends = false) => TextAlgorithms.SplitLines<byte, BytesKind>(D, keepends);

    [PyMethod("swapcase($self, /)")]
    public PyObject SwapCase() => BytesMethods.SwapCase<BytesKind>(D);

    [PyMethod("title($self, /)")]
    public PyObject Title() => BytesMethods.Title<BytesKind>(D);

    [PyMethod("upper($self, /)")]
    public PyObject Upper() => BytesMethods.Upper<BytesKind>(D);

    [PyMethod("zfill($self, width, /)")]
    public PyObject ZFill(long width) => BytesMethods.ZFill<BytesKind>(this, D, width);
}

public partial class PyBytes
{
    [PyMethod("__bytes__($self, /)")]
    public PyBytes BytesDunder() => Exact();

    [PyMethod("__getnewargs__($self, /)")]
    public PyTuple GetNewArgs() => new([new PyBytes(_data)]);
}
