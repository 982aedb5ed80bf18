# Subclassing dict: __missing__, overridden __getitem__ ignored by get(), update() bypassing __setitem__.
class Default(dict):
    def __missing__(self, key):
        return f"default-{key}"
d = Default(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d, len(d))
class Loud(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k, v.upper() if isinstance(v, str) else v)
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
l = Loud()
l["x"] = "v"
l.update(y="w")
l.setdefault("z", "q")
print(dict(l), l["x"], l.get("y"), {**l})
print(type(Loud(a=1) | {"b": 2}).__name__, type(Loud(a=1).copy()).__name__, type(dict.fromkeys.__func__(Loud, "ab") if hasattr(dict.fromkeys, "__func__") else Loud.fromkeys("ab")).__name__)
class Attr(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
a = Attr(k=1)
a.m = 2
print(a.k, a.m, a)
try:
    a.missing
except KeyError as e:
    print("KeyError:", e)
class Lower(dict):
    def __init__(self, *args, **kw):
        super().__init__()
        self.update(*args, **kw)
    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k.lower()] = v
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
lw = Lower({"A": 1}, B=2)
lw["C"] = 3
print(lw, sorted(lw))
from collections import UserDict
class UD(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(str(k), v)
u = UD({1: "one"})
u.update({2: "two"})
print(u, u.data, isinstance(u, dict))
