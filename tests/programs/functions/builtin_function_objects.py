# Built-in functions and methods as objects: names, qualnames, self, text signatures, binding via descriptors.
import math
print(len.__name__, len.__qualname__, len.__module__, type(len).__name__, len.__self__.__name__)
print(math.sqrt.__name__, math.sqrt.__module__, math.sqrt.__self__.__name__, type(math.sqrt).__name__)
print([].append.__name__, [].append.__qualname__, type([].append.__self__).__name__, "".join.__self__ == "")
print(str.upper.__name__, str.upper.__qualname__, str.upper.__objclass__.__name__, str.upper("x"))
bound = "abc".upper
print(bound(), bound.__self__, callable(bound), bound == "abc".upper, bound != "xyz".upper)
unbound = str.__dict__["upper"]
print(unbound.__get__("q")(), unbound.__get__("q", str)(), type(unbound).__name__)
print(int.from_bytes.__self__ is int, dict.fromkeys.__self__ is dict, type(dict.fromkeys).__name__)
print(sorted.__text_signature__, abs.__text_signature__, isinstance.__text_signature__, str.split.__text_signature__)
print(int.__add__(2, 3), int.__dict__["__add__"].__get__(2)(3), (2).__add__.__self__, (2).__add__.__name__)
print(object.__init__.__name__, type(object.__init__).__name__, type(object().__init__).__name__)
m = map
print(map.__name__, type(map).__name__, map.__module__, isinstance(map(abs, []), map))
try:
    len.__name__ = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    len.custom = 1
except AttributeError as e:
    print("AttributeError:", e)
print(print.__doc__.splitlines()[0] if print.__doc__ else None)
