# Common property patterns: validation, computed, cached, read-only views, properties on class hierarchies.
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, v):
        if v <= 0:
            raise ValueError(f"width must be positive, got {v}")
        self._w = v
    @property
    def area(self):
        return self.w * self.h
    @area.setter
    def area(self, value):
        self.h = value / self.w
r = Rect(2, 3)
print(r.w, r.area, vars(r))
r.area = 10
print(r.h)
try:
    Rect(0, 1)
except ValueError as e:
    print("ValueError:", e)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @Rect.w.setter
    def w(self, v):
        Rect.w.fset(self, v)
        self.h = v
sq = Square(3)
sq.w = 5
print(sq.w, sq.h, sq.area, type(Square.w).__name__, Square.w is Rect.w)
class Readonly:
    def __init__(self):
        self._items = [1, 2]
    @property
    def items(self):
        return tuple(self._items)
ro = Readonly()
print(ro.items)
try:
    ro.items = ()
except AttributeError as e:
    print("AttributeError:", e)
p = property()
try:
    class Uses:
        x = p
    Uses().x
except AttributeError as e:
    print("AttributeError:", e)
print(property.__doc__ is not None, property(doc="explicit").__doc__, property(lambda s: 1).__doc__)
def getter(self):
    "getter doc"
    return 1
print(property(getter).__doc__, property(getter, doc="override").__doc__)
prop = property(getter)
prop2 = prop.setter(lambda s, v: None)
print(prop is prop2, prop2.fset is not None, prop.fset)
print(property.__isabstractmethod__.__class__.__name__ if hasattr(property, "__isabstractmethod__") else "n/a")
