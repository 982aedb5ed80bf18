# Instance __dict__: direct manipulation, vars(), __class__ assignment, attribute order.
class P:
    def __init__(self):
        self.b = 2
        self.a = 1
p = P()
print(p.__dict__, vars(p) is p.__dict__, list(vars(p)))
p.__dict__["c"] = 3
print(p.c, sorted(p.__dict__))
p.__dict__ = {"z": 26}
print(p.z, hasattr(p, "a"))
try:
    p.__dict__ = []
except TypeError as e:
    print("TypeError:", e)
class Q:
    def hello(self):
        return "Q hello"
class R:
    def hello(self):
        return "R hello"
q = Q()
q.__class__ = R
print(q.hello(), type(q).__name__, isinstance(q, R))
try:
    q.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.instances, "instances" in vars(Counter), "instances" in vars(cs[0]))
cs[0].instances = 100
print(Counter.instances, cs[0].instances, cs[1].instances)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)
o = type("Dyn", (), {"__init__": lambda self, **kw: self.__dict__.update(kw)})(x=1, y=2)
print(vars(o), o.x + o.y)
print(sorted(vars(P).keys() - {"__dict__", "__weakref__", "__doc__", "__module__"}))
class Slots:
    __slots__ = ("v",)
try:
    vars(Slots())
except TypeError as e:
    print("TypeError:", e)
