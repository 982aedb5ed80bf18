# type, isinstance, issubclass, callable, hasattr/getattr/setattr/delattr, vars, dir, id-free checks.
class A:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
class B(A):
    pass
b = B()
print(type(b).__name__, type(b) is B, isinstance(b, A), isinstance(b, (int, A)), issubclass(B, A), issubclass(B, (B,)))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), issubclass(bool, (str, int)))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, int | str), isinstance("s", int | None), issubclass(bool, int | float))
print(hasattr(b, "inst"), hasattr(b, "cls_attr"), hasattr(b, "nope"), getattr(b, "inst"), getattr(b, "nope", 0))
setattr(b, "new", 3); delattr(b, "inst")
print(vars(b), sorted(vars(B).keys() - {"__doc__"}), "cls_attr" in dir(b), "new" in dir(b))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(A) if not n.startswith("_")), dir()[:3] == sorted(dir())[:3])
print(callable(A), callable(b), callable(A.__init__), callable(None))
print(type(1), type("s"), type([]), type(type), type(None), type(NotImplemented), type(...))
print(type("X", (), {})().__class__.__name__, type.__name__, type(len).__name__, type([].append).__name__)
print(id(b) == id(b), id(1) != id("1"), hash("abc") == hash("abc"), hash(1) == hash(1.0))
print(isinstance(int, type), isinstance(type, type), issubclass(type, object), isinstance(object, object))
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(type(WithMeta).__name__, isinstance(WithMeta, Meta), isinstance(WithMeta, type))
print(getattr(getattr(b, "__class__"), "__name__"), b.__class__.__base__.__name__, A.__subclasses__())
def f():
    local_var = 1
    return sorted(locals()), "f" in globals()
print(f(), __name__, __doc__, __spec__ is None or True)
