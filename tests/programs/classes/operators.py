# Operator overloading: binary, reflected, in-place, NotImplemented, subclass priority.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return V(*(a * k for a in self.c)) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __iadd__(self, o):
        print("iadd")
        self.c = (self + o).c
        return self
print(V(1, 2) + V(3, 4), 2 * V(1, 2), V(1, 2) * 3, -V(1, 2), abs(V(3, 4)), V(1, 2) @ V(3, 4))
print(sum([V(1, 1), V(2, 2)]), V(1) == V(1), V(1) != V(2), V(1) == 1)
v = V(1, 1); w = v; v += V(1, 1); print(v, w is v)
for expr in ["V(1) + 1", "1 + V(1)", "V(1) - V(1)", "V(1) < V(2)", "V(1) * 'a'", "~V(1)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "TypeError:", e)
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
print(Base() + Derived(), Derived() + Base(), 1 + Base())
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
print(Num(1) < Num(2), Num(1) > Num(2))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(2) > OnlyLt(1), sorted([OnlyLt(3), OnlyLt(1)], key=lambda x: x)[0].v)
class P:
    def __pow__(self, o, mod=None):
        return ("pow", o, mod)
    def __rpow__(self, o):
        return ("rpow", o)
    def __floordiv__(self, o):
        return "fd"
    def __rtruediv__(self, o):
        return "rtd"
    def __lshift__(self, o):
        return "ls"
    def __and__(self, o):
        return "and"
print(P() ** 2, pow(P(), 2, 5), 2 ** P(), P() // 1, 1 / P(), P() << 1, P() & 1)
