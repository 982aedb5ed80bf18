# Polymorphism with abstract base classes, super(), class methods as alternative constructors, sorting by area.
import math
from abc import ABC, abstractmethod
class Shape(ABC):
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    @abstractmethod
    def area(self): ...
    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__} has no perimeter")
    def describe(self):
        return f"{type(self).__name__}(area={self.area():.2f})"
    @classmethod
    def create(cls, kind, *args):
        return cls.registry[kind](*args)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Blob(Shape):
    def area(self):
        return 1.0
shapes = [Shape.create("circle", 1), Shape.create("rect", 2, 3), Shape.create("square", 2), Blob()]
for s in sorted(shapes, key=lambda s: s.area()):
    try:
        print(s.describe(), round(s.perimeter(), 3))
    except NotImplementedError as e:
        print(s.describe(), "NotImplementedError:", e)
print(sorted(Shape.registry), isinstance(shapes[2], Rect), type(shapes[2]).__mro__[1].__name__)
try:
    Shape.create("triangle", 1)
except KeyError as e:
    print("KeyError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(sum(s.area() for s in shapes) > 0, max(shapes, key=lambda s: s.area()).describe())
