# Single and multiple inheritance, C3 MRO, super() chains and MRO errors.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(issubclass(D, A), issubclass(D, (int, C)), issubclass(A, D), isinstance(D(), B))
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class K1(F, E): pass
class K2(Dd, F): pass
class K3(Dd, E): pass
class Zz(K1, K2, K3): pass
print([k.__name__ for k in Zz.__mro__])
class Base:
    def __init__(self, x):
        self.x = x
        print("Base init", x)
class Mid(Base):
    def __init__(self, x):
        print("Mid init")
        super().__init__(x * 2)
class Leaf(Mid):
    pass
print(Leaf(5).x, Leaf.__base__.__name__, Leaf.__bases__, Mid.__subclasses__())
try:
    class Bad2(1):
        pass
except TypeError as e:
    print("TypeError:", e)
class IntChild(int):
    pass
print(IntChild(5) + 1, type(IntChild(5) + 1).__name__, IntChild.__mro__)
try:
    class Both(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
print(object.__subclasses__ is not None, type.__mro__, bool.__base__)
