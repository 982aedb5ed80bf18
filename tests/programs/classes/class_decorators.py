# Class decorators: registration, adding methods, wrapping __init__, returning a different object, total_ordering.
import functools
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def count_instances(cls):
    original_init = cls.__init__
    cls.count = 0
    @functools.wraps(original_init)
    def __init__(self, *a, **k):
        cls.count += 1
        original_init(self, *a, **k)
    cls.__init__ = __init__
    return cls
@register
@add_repr
@count_instances
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p, q = Point(1, 2), Point(3, 4)
print(p, q, Point.count, registry, Point.__init__.__name__, Point.__init__.__wrapped__.__qualname__)
def singleton(cls):
    instance = cls()
    return lambda: instance
@singleton
class Config:
    def __init__(self):
        self.loaded = True
print(Config() is Config(), Config().loaded, type(Config).__name__)
def with_slots(*names):
    def deco(cls):
        return type(cls.__name__, cls.__bases__, {**{k: v for k, v in vars(cls).items() if k not in ("__dict__", "__weakref__")}, "__slots__": names})
    return deco
@with_slots("a", "b")
class Slim:
    def total(self):
        return self.a + self.b
s = Slim()
s.a, s.b = 2, 3
print(s.total(), hasattr(s, "__dict__"), Slim.__slots__)
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
print(Version("1.10") > Version("1.9"), Version("2.0") <= Version("2.0"), sorted(["1.2", "1.10", "1.9"], key=Version))
def frozen(cls):
    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen")
        object.__setattr__(self, name, value)
    cls.__setattr__ = __setattr__
    orig = cls.__init__
    def __init__(self, *a):
        orig(self, *a)
        object.__setattr__(self, "_frozen", True)
    cls.__init__ = __init__
    return cls
@frozen
class Const:
    def __init__(self, v):
        self.v = v
c = Const(5)
try:
    c.v = 6
except AttributeError as e:
    print("AttributeError:", e, c.v)
