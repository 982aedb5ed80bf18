# bytearray is mutable: item and slice assignment, methods that mutate, and their errors.
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EY"
print(ba, len(ba), repr(ba))
ba.append(33); ba.extend(b"??"); ba.insert(0, 62)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("E")); print(ba)
del ba[0]; print(ba)
del ba[::2]; print(ba)
ba.reverse(); print(ba)
ba[:] = b"abcdef"; ba[1:5:2] = b"XY"; print(ba)
ba += b"gh"; print(ba); ba *= 2; print(ba)
ba.clear(); print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
for op in ["ba.append(256)", "ba.append('a')", "ba.pop()", "ba.remove(1)", "b2[0:2:1] = 5", "b2[::2] = b'abcdefg'"]:
    b2 = bytearray(b"abcd")
    try:
        exec(op)
    except (ValueError, TypeError, IndexError) as e:
        print(op, type(e).__name__ + ":", e)
c = bytearray(b"xyz")
print(c.upper(), type(c.upper()).__name__, c.copy(), c.copy() is c, c == b"xyz", c + b"1", b"1" + c)
print(bytearray.fromhex("ff 00"), c.hex(), c.find(b"y"), c.decode(), c.split(b"y"))
try:
    hash(c)
except TypeError as e:
    print("TypeError:", e)
d = bytearray(b"0123456789")
d[2:8] = b""
print(d)
d[1:1] = b"ab"
print(d, d.isdigit(), d.zfill(10))
