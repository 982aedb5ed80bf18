# memoryview formats and shapes: casting between byte and multi-byte formats, 2-D shapes, comparisons.
import struct
buf = bytearray(struct.pack("<4h", 1, -2, 300, -32768))
mv = memoryview(buf).cast("h")
print(mv.tolist(), mv.format, mv.itemsize, mv.nbytes, mv.shape, mv[2], mv[-1])
mv[0] = 7
print(buf[:2], mv.tolist())
m2 = memoryview(bytearray(range(6))).cast("B", shape=[2, 3])
print(m2.shape, m2.ndim, m2.tolist(), m2.strides, m2[1, 2])
print(memoryview(b"abcd").cast("I").tolist() == list(struct.unpack("<I", b"abcd")), memoryview(struct.pack("<d", 2.5)).cast("d")[0])
q = memoryview(struct.pack("<2q", -1, 2 ** 40)).cast("q")
print(q.tolist(), memoryview(struct.pack("<?x", True)).cast("?")[0] if False else "bool cast skipped")
for bad in [("x",), ("B", [5]), ("i", [3])]:
    try:
        memoryview(bytearray(8)).cast(*bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__ + ":", e)
try:
    mv[0] = 40000
except (ValueError, TypeError) as e:
    print(type(e).__name__ + ":", e)
try:
    mv[0] = 1.5
except TypeError as e:
    print("TypeError:", e)
print(memoryview(b"ab") == b"ab", memoryview(b"ab").cast("c").tolist(), memoryview(b"\x01\x02").cast("b").tolist())
sub = memoryview(bytearray(b"0123456789"))[2:8:2]
print(sub.tobytes(), sub.contiguous, sub.c_contiguous, len(sub), sub.strides, bytes(sub))
print(memoryview(b"xyz").hex(), memoryview(b"xyz").hex(":"), memoryview(b"").tolist(), hash(memoryview(b"ab")) == hash(b"ab"))
try:
    hash(memoryview(bytearray(b"ab")))
except ValueError as e:
    print("ValueError:", e)
