# Lambdas, function attributes, __dict__, annotations, defaults introspection.
sq = lambda x: x * x
print(sq(5), sq.__name__, sq.__qualname__, (lambda: None)(), (lambda *a, **k: (a, k))(1, z=2))
def annotated(a: int, b: "str" = "x", *args: float, c: list[int] = None, **kw: dict) -> bool:
    return True
print(annotated.__annotations__)
def fn():
    "doc string"
fn.custom = 42
print(fn.custom, fn.__dict__, fn.__doc__, fn.__defaults__, fn.__kwdefaults__, fn.__closure__)
print(callable(fn), callable(sq), callable(1), callable(type), callable(print))
try:
    fn.__code__ = 5
except TypeError as e:
    print("TypeError:", e)
fn.__name__ = "renamed"
print(fn.__name__, fn.__qualname__)
try:
    fn.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__code__.co_name, outer().__code__.co_qualname)
print(type(fn).__name__, type(fn.__code__).__name__, type(sq).__name__)
def gen_fn():
    yield 1
print(gen_fn.__code__.co_flags & 0x20 != 0, fn.__code__.co_flags & 0x20 != 0)
def kw(a, *, b=2):
    return a + b
kw.__kwdefaults__ = {"b": 10}
print(kw(1))
kw.__defaults__ = (100,)
print(kw())
print(sorted(k for k in dir(fn) if not k.startswith("__"))[:5])
print(fn.__globals__ is globals(), fn.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
import inspect
print(inspect.signature(annotated))
print(inspect.signature(lambda a, /, b, *, c=1: 0))
