# Augmented assignment: in-place methods, fallback to binary ops, targets evaluated once, immutables rebinding.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
b = a
a += 5
print(a, b, a is b)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
c = OnlyAdd(1)
d = c
c += 1
print(c.v, d.v, c is d)
class NotImpl:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
n = NotImpl()
n += 1
print(n)
calls = []
def key():
    calls.append("key evaluated")
    return "k"
dct = {"k": 1}
dct[key()] += 10
print(dct, calls)
class Obj:
    pass
o = Obj()
o.x = 1
o.x *= 7
print(o.x)
lst = [[1], [2]]
lst[0] += [3]
print(lst)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
s = "ab"
s2 = s
s += "c"
print(s, s2)
fs = frozenset({1})
fs2 = fs
fs |= {2}
print(sorted(fs), sorted(fs2), fs is fs2)
x = 10
x //= 3; x **= 3; x %= 7; x <<= 3; x >>= 1; x &= 0b1110; x |= 1; x ^= 0xff; x -= 1000
print(x)
f = 1.5
f /= 0.5; f **= 2
print(f)
m = [1, 2]
m *= 0
print(m)
try:
    undefined_var += 1
except NameError as e:
    print("NameError:", e)
def local_aug():
    try:
        count += 1
    except UnboundLocalError as e:
        return str(e)
print(local_aug())
