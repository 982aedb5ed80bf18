# Python subclasses of the io classes: a RawIOBase with readinto under BufferedReader and TextIOWrapper, StringIO.write overridden.
import io
print(io.IOBase, io.RawIOBase.__mro__, io.open, io.SEEK_END)
print(io.TextIOWrapper, io.StringIO("abc").read())
class MyRaw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
r = MyRaw(b"hello\nworld\n")
print(r.read(2), r.readline(), r.readall())
br = io.BufferedReader(MyRaw(b"abc\ndef\nghi"))
print(br.read(5), br.readline(), list(br))
t = io.TextIOWrapper(io.BufferedReader(MyRaw("héllo\nwörld".encode())), encoding="utf-8")
print(t.readlines())
class W(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
w = W()
print("hi", file=w)
print(repr(w.getvalue()))
