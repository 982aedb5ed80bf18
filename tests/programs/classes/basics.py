# Class definition, instances, class vs instance attributes, methods and special names.
class Animal:
    "An animal."
    kind = "generic"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
    def __str__(self):
        return self.name
a = Animal("rex")
b = Animal("tom")
print(a, repr(a), str(a), [a, b], a.speak(), Animal.count, a.kind, Animal.kind)
a.kind = "dog"
print(a.kind, b.kind, Animal.kind, a.__dict__, sorted(Animal.__dict__.keys() - {"__dict__", "__weakref__"}))
print(Animal.__name__, Animal.__qualname__, Animal.__module__, Animal.__doc__, Animal.__bases__)
print(type(a) is Animal, isinstance(a, Animal), isinstance(a, object), a.__class__.__name__)
del a.kind
print(a.kind)
try:
    del a.kind
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Animal.missing
except AttributeError as e:
    print("AttributeError:", e)
class Empty:
    pass
e = Empty()
e.x = 1
setattr(e, "y", 2)
print(e.__dict__, getattr(e, "x"), getattr(e, "z", "none"), hasattr(e, "y"), vars(e))
delattr(e, "x")
print(vars(e))
def outside(self):
    return "patched " + self.name
Animal.speak = outside
print(a.speak())
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
print(Point(1, 2) == Point(1, 2), Point() != Point(1), Point.__hash__)
print(object.__repr__(e).startswith("<__main__.Empty object at 0x"))
