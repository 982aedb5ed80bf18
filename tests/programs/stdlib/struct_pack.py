# struct: formats, byte orders, alignment, sizes and errors; bytes equal CPython's.
import struct
print(struct.pack("<i", 1), struct.pack(">i", 1), struct.pack("=h", -2), struct.pack("!Q", 2 ** 64 - 1))
print(struct.pack("<bBhHiIqQ", -1, 255, -300, 65000, -70000, 4000000000, -2 ** 63, 2 ** 64 - 1))
print(struct.pack("<fd", 1.5, -0.1), struct.pack("<e", 0.5), struct.pack(">?", True), struct.pack("3s", b"abcdef"))
print(struct.pack("<5p", b"ab"), struct.pack("c", b"x"), struct.pack("<2i", 1, 2), struct.pack("<xhx", 7))
print(struct.unpack("<hI", b"\xff\xff\x01\x00\x00\x00"), struct.unpack(">d", b"\x3f\xf0" + b"\x00" * 6))
print(struct.calcsize("<bi"), struct.calcsize("bi"), struct.calcsize("@bq"), struct.calcsize("<10s"), struct.calcsize("P"))
print(struct.unpack_from("<H", b"\x00\x01\x02", 1), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
buf = bytearray(8)
struct.pack_into("<I", buf, 2, 0xDEADBEEF)
print(buf)
s = struct.Struct(">HH")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x00\x03\x00\x04"))
for fmt, args in [("<b", (128,)), ("<B", (-1,)), ("<h", (2 ** 15,)), ("<i", ("x",)), ("<2i", (1,)), ("z", (1,)), ("<c", (b"ab",))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(fmt, "struct.error:", e)
try:
    struct.unpack("<i", b"\x00")
except struct.error as e:
    print("struct.error:", e)
print(struct.pack("<f", 3.141592653589793), struct.unpack("<f", struct.pack("<f", 0.1))[0])
print(struct.pack("<q", -1).hex(), struct.pack(">e", 65504.0).hex(), struct.unpack("<e", b"\x00\x7c")[0])
