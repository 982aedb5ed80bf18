# property: getter, setter, deleter, docs, read-only errors, inheritance of properties.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
class P:
    x = property(lambda self: 42, doc="the answer")
print(P().x, P.x.__doc__, P.x.fget(None), P.x.fset, P.x.fdel)
class Child(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "child:" + str(self._c)
c = Child()
c.celsius = 5
print(c.celsius)
class Lazy:
    @property
    def broken(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return f"fallback for {name}"
print(Lazy().broken)
from functools import cached_property
class Expensive:
    calls = 0
    @cached_property
    def value(self):
        Expensive.calls += 1
        return 99
e = Expensive()
print(e.value, e.value, Expensive.calls, "value" in e.__dict__)
class NoSetter:
    @property
    def v(self):
        return 1
try:
    NoSetter().v = 2
except AttributeError as e:
    print("AttributeError:", e)
