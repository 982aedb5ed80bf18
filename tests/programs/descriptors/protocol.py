# The descriptor protocol: data vs non-data precedence, __set_name__, __get__ with None instance.
class Data:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, C.d.__class__.__name__)
c.d = 5
print(c.d, c.__dict__)
c.__dict__["d"] = "instance"
print(c.d)
print(c.n)
c.__dict__["n"] = "instance wins"
print(c.n)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, cls):
        return self if obj is None else obj.__dict__[self.name]
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(v).__name__}")
        obj.__dict__[self.name] = v
    def __delete__(self, obj):
        print("delete", self.name)
        del obj.__dict__[self.name]
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person("Ann", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
try:
    p.age
except KeyError as e:
    print("KeyError:", e)
class Late:
    pass
Late.attr = NonData()
print(Late().attr)
print(type(C.__dict__["d"]).__name__, C.__dict__["n"].__get__(None, C))
