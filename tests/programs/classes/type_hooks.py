# __init_subclass__, __set_name__, __class_getitem__, __prepare__ ordering, and __qualname__/__module__.
order = []
class Field:
    def __init__(self):
        order.append("Field.__init__")
    def __set_name__(self, owner, name):
        order.append(f"__set_name__ {owner.__name__}.{name}")
        self.name = name
class Base:
    def __init_subclass__(cls, /, prefix="", **kwargs):
        order.append(f"__init_subclass__ {cls.__name__} prefix={prefix!r}")
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
class Model(Base, prefix="m_"):
    a = Field()
    b = Field()
print(order)
print(Model.prefix, Model.a.name, Model.b.name, Base.__dict__.get("prefix"))
class Generic:
    def __class_getitem__(cls, params):
        return (cls.__name__, params)
print(Generic[int], Generic[int, str], Generic["x"])
class Outer:
    class Inner:
        def method(self):
            pass
    def make(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().make().__qualname__, Outer.__module__)
class Documented:
    """Class docstring."""
    def m(self):
        """Method docstring."""
print(Documented.__doc__, Documented.m.__doc__, Documented().__doc__, type("T", (), {}).__doc__)
print("__dict__" in Documented.__dict__, "__weakref__" in Documented.__dict__, type(Documented.__dict__["__dict__"]).__name__)
class Renamed:
    pass
Renamed.__name__ = "NewName"
Renamed.__qualname__ = "Some.NewName"
print(Renamed.__name__, Renamed.__qualname__, repr(Renamed))
try:
    Renamed.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    int.__name__ = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    int.new_attr = 1
except TypeError as e:
    print("TypeError:", e)
Renamed.__module__ = "elsewhere"
print(repr(Renamed), Renamed.__module__)
class WithBases(Base, prefix="z"):
    pass
print(WithBases.__bases__, WithBases.__base__, WithBases.__mro__[-1], Base.__subclasses__())
class A: pass
class B: pass
class C(A): pass
C.__bases__ = (B,)
print(C.__mro__, issubclass(C, A), issubclass(C, B))
