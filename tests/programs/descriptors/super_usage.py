# super(): zero-argument form, two-argument form, in classmethods, and its errors.
class A:
    def hello(self):
        return "A.hello"
    @classmethod
    def make(cls):
        return "A.make:" + cls.__name__
    @property
    def prop(self):
        return "A.prop"
class B(A):
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def make(cls):
        return "B>" + super().make()
    @property
    def prop(self):
        return "B>" + super().prop
class C(B):
    def hello(self):
        return "C>" + super(B, self).hello()
print(B().hello(), C().hello(), B.make(), C.make(), C().prop)
s = super(B, B())
print(type(s).__name__, s.hello(), super(C, C).make())
print(repr(super(B, B()))[:30].startswith("<super: <class 'B'>"))
def outside():
    try:
        super().hello()
    except RuntimeError as e:
        print("RuntimeError:", e)
outside()
try:
    super(B, 1)
except TypeError as e:
    print("TypeError:", e)
class D(A):
    def method(self):
        return [super().hello, __class__.__name__]
m = D().method()
print(m[0](), m[1])
class E(A):
    def hello(self):
        def inner():
            return super(E, self).hello()
        return "E>" + inner()
print(E().hello())
class Init:
    def __init__(self):
        self.parts = ["Init"]
class Mixin:
    def __init__(self):
        super().__init__()
        self.parts.append("Mixin")
class Final(Mixin, Init):
    def __init__(self):
        super().__init__()
        self.parts.append("Final")
print(Final().parts)
try:
    super(A, A()).hello()
except AttributeError as e:
    print("AttributeError:", e)
