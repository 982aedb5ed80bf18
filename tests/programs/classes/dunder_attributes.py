# Attribute machinery: __getattr__, __getattribute__, __setattr__, __delattr__, __dir__.
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name not in ("log", "__dict__", "__class__"):
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "missing:" + name
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
o = Logged()
o.x = 1
print(o.x, o.nope)
del o.x
print(o.log)
class Dyn:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Dyn()))
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1), p.__class__.__name__)
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
try:
    Frozen().a = 1
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(1, "real"), getattr([], "nope", None))
try:
    getattr(1, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(1, "real", 5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class A:
    pass
A.cls_attr = 1
print(A().cls_attr, "cls_attr" in A.__dict__, type(A.__dict__).__name__)
try:
    A.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
print(sorted(x for x in dir(A()) if not x.startswith("__")))
