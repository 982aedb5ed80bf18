# __build_class__: how class statements are executed, and calling it directly.
import builtins
calls = []
original = builtins.__build_class__
def tracing_build_class(func, name, *bases, **kw):
    calls.append((name, [b.__name__ for b in bases], sorted(kw)))
    return original(func, name, *bases, **kw)
builtins.__build_class__ = tracing_build_class
class A:
    pass
class B(A, metaclass=type):
    x = 1
builtins.__build_class__ = original
print(calls)
def body():
    value = 42
    def method(self):
        return self.value
# A plain function's locals are fast locals, not the class namespace, so the class stays empty.
Made = original(body, "Made")
print(Made.__name__, hasattr(Made, "value"), hasattr(Made, "method"), Made.__qualname__)
try:
    original(5, "X")
except TypeError as e:
    print("TypeError:", e)
try:
    original(body)
except TypeError as e:
    print("TypeError:", e)
try:
    original(body, 5)
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(mcls, name, bases, ns)
def body2():
    pass
Tagged = original(body2, "Tagged", metaclass=Meta, tag="hello")
print(Tagged.tag, type(Tagged).__name__)
print(type(original).__name__, original.__name__)
ns_seen = {}
class Spy(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        d = {}
        ns_seen[name] = d
        return d
class Watched(metaclass=Spy):
    a = 1
    def f(self): pass
print(sorted(ns_seen["Watched"]))
