# Annotations: evaluation time, __annotations__ on modules, classes and functions, string annotations, locals.
import sys
order = []
def ann(tag):
    order.append(tag)
    return tag
def f(a: ann("a"), b: ann("b") = ann("b default")) -> ann("return"):
    pass
print(order, f.__annotations__)
x: int = 5
y: ann("module y")
print(__annotations__ if "__annotations__" in globals() else None, "y" in globals())
class C:
    attr: ann("class attr") = 1
    other: "forward ref"
    def method(self, v: "C") -> "C":
        return self
print(C.__annotations__, C.method.__annotations__, "other" in C.__dict__)
def local_annotations():
    z: ann("local, not evaluated") = 1
    w: int
    return z, "w" in locals()
print(local_annotations(), order[-1])
def no_annotations(a, b):
    pass
print(no_annotations.__annotations__, type(no_annotations.__annotations__).__name__)
no_annotations.__annotations__ = {"a": int}
print(no_annotations.__annotations__)
lam = lambda q: q
print(lam.__annotations__)
obj = type("T", (), {})()
obj.attr: int = 3
print(obj.attr)
d = {}
d["key"]: str = "value"
print(d)
import typing
print(typing.get_type_hints(f, localns={"a": 1}) if False else sorted(f.__annotations__))
