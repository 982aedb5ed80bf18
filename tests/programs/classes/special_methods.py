# Container and conversion special methods: len, getitem, contains, iter, bool, int, index, hash, format.
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return iter(["rev"])
b = Bag("abc")
print(len(b), b[0], b[-1], b[0:2], 3 in b, "a" in b, list(b), list(reversed(b)))
b[0] = "z"; del b[1]; print(b.items)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError(i)
print(list(Seq()), 2 in Seq(), 5 in Seq(), [x for x in Seq()])
class Conv:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
    def __index__(self):
        return 3
    def __bool__(self):
        return False
    def __round__(self, n=None):
        return ("round", n)
    def __format__(self, spec):
        return "fmt:" + spec
    def __bytes__(self):
        return b"by"
c = Conv()
print(int(c), float(c), complex(c), [10, 20, 30, 40][c], bool(c), round(c), round(c, 2), format(c, "x"), bytes(c))
print(hex(c), bin(c), oct(c), "ab"[c - 2] if False else "skip", range(c), not c)
class Ctx:
    def __enter__(self):
        print("enter")
        return "resource"
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with Ctx() as r:
    print("using", r)
    raise ValueError("swallowed")
print("after with")
class M:
    def __missing__(self, k):
        return k
class D(dict):
    def __missing__(self, k):
        return f"<{k}>"
print(D(a=1)["a"], D()["q"], D().get("q"))
class L:
    def __len__(self):
        return 2 ** 70
try:
    len(L())
except OverflowError as e:
    print("OverflowError:", e)
class LenStr:
    def __len__(self):
        return "3"
try:
    len(LenStr())
except TypeError as e:
    print("TypeError:", e)
