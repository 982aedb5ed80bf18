import _struct as st

print(st.calcsize("@bhi"), st.calcsize("bhiq"), st.calcsize("<bhiq"), st.calcsize("P"), st.calcsize("0i"), st.calcsize("ci"),
      st.calcsize("3s"), st.calcsize("5p"), st.calcsize("x3xh"), st.calcsize("!d"), st.calcsize("=l"), st.calcsize("lL"), st.calcsize("? e"))
print(st.pack("@bhi", 1, 2, 3), st.pack("<bhi", 1, 2, 3), st.pack(">bhi", 1, 2, 3), st.pack("!H", 258))
print(st.pack("<e", 1.5), st.pack(">d", 1.5), st.pack("<f", 0.1), st.pack("?", 2), st.pack("?", []), st.pack("5p", b"ab"), st.pack("3s", b"abcdef"))
print(st.pack("c", b"x"), st.pack("2c", b"a", b"b"), st.pack("<q", -1), st.pack("<Q", 2 ** 64 - 1), st.pack("P", -1), st.pack("<i", True))
print(st.unpack("<bhi", b"\x01\x02\x00\x03\x00\x00\x00"), st.unpack(">h", b"\xff\xfe"), st.unpack("<H", b"\xff\xfe"))
print(st.unpack("<d", st.pack("<d", 3.14)), st.unpack("<f", st.pack("<f", 0.1)), st.unpack("<e", b"\x00>"), st.unpack("?c", b"\x05z"))
print(st.unpack("5p", b"\x02abcd"), st.unpack("3s", b"xyz"), st.unpack("<Q", b"\xff" * 8), st.unpack("<q", b"\xff" * 8), st.unpack("@P", b"\x01" * 8))
print(list(st.iter_unpack("<h", b"\x01\x00\x02\x00")), st.unpack_from("<h", b"xx\x05\x00", 2), st.unpack_from("<h", b"xx\x05\x00", offset=-2))
b = bytearray(8)
st.pack_into("<i", b, 0, 7); st.pack_into(">h", b, 4, 1); st.pack_into("b", b, -1, -1); print(b)
s = st.Struct("<ih")
print(type(s).__name__, type(s).__module__, s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00"), s.unpack_from(b"\x00" * 7, 1))
print(list(s.iter_unpack(b"\x01\x00\x00\x00\x02\x00" * 2)), st.Struct(b">i").format)
print(st.pack("<e", 65504.0), st.unpack("<e", b"\x01\x00"), st.pack("<e", 1e-8), st.pack(">e", -0.0), st.pack("<d", float("inf")))
print(st.error.__module__, st.error.__name__, issubclass(st.error, Exception))
for expr in ["st.pack('<b', 200)", "st.pack('<B', -1)", "st.pack('<i', 'a')", "st.pack('<i')", "st.pack('<i', 1, 2)",
             "st.unpack('<i', b'ab')", "st.calcsize('z')", "st.pack('<h', 2**15)", "st.pack('<Q', -1)", "st.pack('c', b'ab')",
             "st.pack('s', 1)", "st.pack('<f', 1e300)", "st.pack('<e', 1e10)", "st.pack('i', 1.0)", "st.iter_unpack('<i', b'abc')",
             "st.pack('<q', 2**63)", "st.unpack_from('<i', b'ab', 1)", "st.Struct(1)", "st.pack('<P', 1)", "st.calcsize('3')",
             "st.pack('<d', 'x')", "st.unpack('<i', 'abcd')", "st.iter_unpack('', b'')", "st.pack_into('<i', bytes(4), 0, 1)",
             "st.pack_into('<i', bytearray(4), 2, 1)", "st.unpack_from('<i', b'abcd', 9)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
