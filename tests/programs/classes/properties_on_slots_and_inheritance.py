# Overriding attributes across a hierarchy: class attribute vs property vs slot vs instance dict.
class A:
    kind = "A.kind"
    __slots__ = ("slot",)
    def __init__(self):
        self.slot = "A slot"
class B(A):
    @property
    def kind(self):
        return "B.kind property"
    __slots__ = ()
class C(B):
    kind = "C.kind attribute"
    __slots__ = ("__dict__",)
a, b, c = A(), B(), C()
print(a.kind, b.kind, c.kind, a.slot, b.slot, c.slot)
c.kind = "instance"
print(c.kind, C.kind, vars(c))
try:
    b.kind = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.kind = "x"
except AttributeError as e:
    print("AttributeError:", e)
print([k for k in ("slot", "kind", "__dict__") if k in C.__dict__], type(A.__dict__["slot"]).__name__, A.slot.__get__(c))
del c.slot
try:
    c.slot
except AttributeError as e:
    print("AttributeError:", e)
class D:
    x = 1
d = D()
d.x += 1
print(d.x, D.x, vars(d))
class E:
    items = []
    def add(self, v):
        self.items = self.items + [v]
e1, e2 = E(), E()
e1.add(1)
print(e1.items, e2.items, E.items)
