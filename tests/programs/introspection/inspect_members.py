# inspect: signatures of user functions and classes, getmembers on a class, isabstract, unwrap.
import inspect, functools
class Base:
    "Base doc."
    x = 1
    def method(self, a, *, b=2):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm(q, /, r):
        pass
    @property
    def prop(self):
        return 1
print([n for n, _ in inspect.getmembers(Base) if not n.startswith("__")])
print([n for n, _ in inspect.getmembers(Base, inspect.isfunction)])
print(inspect.signature(Base.method), inspect.signature(Base().method), inspect.signature(Base.cm), inspect.signature(Base.sm))
print(inspect.signature(Base), inspect.getdoc(Base), inspect.isclass(Base), inspect.isabstract(Base))
sig = inspect.signature(Base.method)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is inspect.Parameter.empty, p.annotation is inspect.Parameter.empty)
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w
@deco
def wrapped(p: int, q: str = "d") -> list:
    pass
print(inspect.signature(wrapped), inspect.unwrap(wrapped).__name__, wrapped.__wrapped__ is inspect.unwrap(wrapped))
bound = inspect.signature(wrapped).bind(1, q="z")
print(bound.arguments, bound.args, bound.kwargs)
try:
    inspect.signature(wrapped).bind()
except TypeError as e:
    print("TypeError:", e)
print(inspect.getmro(bool), inspect.isgeneratorfunction(lambda: (yield)), inspect.isroutine(len))
print(inspect.getattr_static(Base, "prop").__class__.__name__, inspect.getattr_static(Base, "cm").__class__.__name__)
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3), inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)]))
print(str(inspect.signature(lambda a, b=[1], *c, d, **e: 0)))
