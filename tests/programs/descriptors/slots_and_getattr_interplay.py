# Descriptor lookups through __getattr__, __getattribute__ overrides, class-level vs instance-level access.
class Desc:
    def __get__(self, obj, owner):
        return f"Desc.__get__(obj={type(obj).__name__}, owner={owner.__name__})"
class WithGetattr:
    d = Desc()
    def __getattr__(self, name):
        return f"__getattr__({name})"
w = WithGetattr()
print(w.d)
print(WithGetattr.d)
print(w.missing)
class RaisingDesc:
    def __get__(self, obj, owner):
        raise AttributeError("desc refuses")
class Fallback:
    r = RaisingDesc()
    def __getattr__(self, name):
        return f"fallback for {name}"
print(Fallback().r)
class GetattributeAll:
    x = 1
    def __getattribute__(self, name):
        if name == "x":
            return "intercepted"
        return super().__getattribute__(name)
g = GetattributeAll()
print(g.x, GetattributeAll.x, type(g).__name__)
class MetaDesc(type):
    @property
    def meta_prop(cls):
        return f"meta property of {cls.__name__}"
class UsesMeta(metaclass=MetaDesc):
    pass
print(UsesMeta.meta_prop)
try:
    UsesMeta().meta_prop
except AttributeError as e:
    print("AttributeError:", e)
class DataOnClass:
    @property
    def p(self):
        return "instance property"
DataOnClass.q = property(lambda self: "added later")
print(DataOnClass().p, DataOnClass().q, type(DataOnClass.__dict__["p"]).__name__)
class Counter:
    def __init__(self):
        self.n = 0
    def __get__(self, obj, owner):
        self.n += 1
        return self.n
class UsesCounter:
    c = Counter()
u = UsesCounter()
print(u.c, u.c, UsesCounter.c, UsesCounter.__dict__["c"].n)
print(getattr(u, "c"), hasattr(u, "c"), UsesCounter.__dict__["c"].n)
