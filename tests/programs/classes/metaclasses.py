# Metaclasses: __new__/__init__/__call__, __prepare__, keyword arguments, conflicts.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print("call", cls.__name__, a)
        return super().__call__(*a)
class Base(metaclass=Meta, flavor="x"):
    def method(self):
        return 1
obj = Base()
print(type(Base).__name__, Base.injected, Base.kw, type(obj).__name__)
class Child(Base):
    pass
print(type(Child).__name__, Child.kw)
class OrderedMeta(type):
    def __new__(mcls, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)
class Rec(metaclass=OrderedMeta):
    z = 1
    a = 2
    def m(self): pass
print(Rec.fields)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class AB(A, B): pass
except TypeError as e:
    print("TypeError:", e)
Dyn = type("Dyn", (object,), {"x": 5, "hello": lambda self: "hi"})
print(Dyn.x, Dyn().hello(), Dyn.__name__, type(Dyn).__name__, Dyn.__module__)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), [])
except TypeError as e:
    print("TypeError:", e)
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes.append(name)
class Plugin(metaclass=Registry): pass
class P1(Plugin): pass
class P2(Plugin): pass
print(Registry.classes)
class WithClassGetitem:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(WithClassGetitem[int], WithClassGetitem["x"])
print(list[int], dict[str, list[int]], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
class Abstract(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        return sub is bool
class Intish(metaclass=Abstract): pass
print(isinstance(5, Intish), isinstance("5", Intish), issubclass(bool, Intish), issubclass(int, Intish))
