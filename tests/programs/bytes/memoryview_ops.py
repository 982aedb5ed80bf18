# memoryview over bytes and bytearray: slicing, casting, release, tolist.
data = bytearray(b"abcdefgh")
m = memoryview(data)
print(m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, len(m))
print(m[0], m[-1], bytes(m[2:5]), m[::2].tobytes(), m.tolist()[:3], m.hex())
m[0] = ord("A")
m[1:3] = b"BC"
print(data)
ro = memoryview(b"xyz")
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
ints = memoryview(bytearray(8)).cast("i")
ints[0] = 1
ints[1] = -2
print(ints.format, ints.itemsize, ints.tolist(), len(ints), bytes(ints.cast("B"))[:8])
h = memoryview(b"\x01\x00\x02\x00").cast("H")
print(h.tolist(), h[1])
print(m == data, m == b"ABCdefgh", memoryview(b"ab") == memoryview(b"ab"))
try:
    m[0:2] = b"xyz"
except ValueError as e:
    print("ValueError:", e)
with memoryview(b"abc") as mv:
    print(mv.tobytes(), mv.obj)
try:
    mv[0]
except ValueError as e:
    print("ValueError:", e)
try:
    data.append(1)
    print("appended while exported?")
except BufferError as e:
    print("BufferError:", e)
m.release()
data.append(1)
print(data)
print(memoryview(b"abc").toreadonly().readonly, list(memoryview(b"ab")))
