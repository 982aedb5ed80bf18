# __slots__: restricted attributes, no __dict__, inheritance, and slot descriptors.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), type(P.x).__name__, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.__dict__)
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 4
print(r.w, hasattr(r, "__dict__"))
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1; wd.b = 2
print(wd.a, wd.__dict__)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print("ValueError:", e)
class Single:
    __slots__ = "only"
s = Single(); s.only = 1
print(s.only, Single.__slots__)
try:
    class BadInt(int):
        __slots__ = ("x",)
except TypeError as e:
    print("TypeError:", e)
class Weak:
    __slots__ = ("__weakref__",)
import weakref
w = Weak()
print(weakref.ref(w)() is w)
class NoWeak:
    __slots__ = ()
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
print(P.x.__name__, P.x.__objclass__.__name__)
