# type(name, bases, dict): creating classes dynamically with methods, properties, metaclass inference, __qualname__.
def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "double": lambda self: self.v * 2, "__repr__": lambda self: f"Point({self.v})",
                           "size": property(lambda self: abs(self.v)), "__slots__": ("v",)})
p = Point(-3)
print(p, p.double(), p.size, Point.__name__, Point.__qualname__, Point.__module__, hasattr(p, "__dict__"))
Sub = type("Sub", (Point,), {"double": lambda self: "overridden"})
print(Sub(2).double(), Sub.__mro__, isinstance(Sub(1), Point))
class Meta(type):
    pass
Base = Meta("Base", (), {})
Derived = type("Derived", (Base,), {})
print(type(Derived).__name__, type(Base).__name__)
Q = type("Q", (), {"__qualname__": "Outer.Q", "__doc__": "doc", "__module__": "somewhere"})
print(Q.__qualname__, Q.__doc__, Q.__module__, repr(Q))
for args in [("X", (), {}, 1), ("X", [], {}), (1, (), {}), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print(type("T", (object,), {}).__bases__, type("T", (int,), {})(5) + 1, type("E", (Exception,), {})("msg").args)
Dyn = type("Dyn", (), {})
Dyn.method = lambda self: "added later"
print(Dyn().method(), sorted(k for k in vars(Dyn) if not k.startswith("__")))
