# Positional-only and keyword-only parameters in depth, including **kwargs collecting positional-only names.
def f(a, b, /, c, *, d, **kwargs):
    return a, b, c, d, kwargs
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, a="kw a", b="kw b"))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(*, only_kw=None):
    return only_kw
print(h(), h(only_kw=5))
try:
    h(5)
except TypeError as e:
    print("TypeError:", e)
def defaults(a, b=2, /, c=3, *, d=4):
    return a, b, c, d
print(defaults(1), defaults(1, 20), defaults(1, 20, 30), defaults(1, c=30, d=40))
try:
    defaults(1, b=5)
except TypeError as e:
    print("TypeError:", e)
print(defaults.__code__.co_posonlyargcount, defaults.__code__.co_argcount, defaults.__code__.co_kwonlyargcount, defaults.__defaults__, defaults.__kwdefaults__)
import inspect
for name, p in inspect.signature(f).parameters.items():
    print(name, p.kind.name)
print(divmod.__text_signature__, len.__text_signature__, inspect.signature(divmod))
try:
    divmod(x=1, y=2)
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1], reverse=True), int("10", base=2), "a,b".split(sep=","))
try:
    sorted([1], None)
except TypeError as e:
    print("TypeError:", e)
def many(a, b, c, d, e, f, g):
    return a + b + c + d + e + f + g
print(many(*range(3), *range(2), **{"f": 10, "g": 20}))
try:
    many(*range(8))
except TypeError as e:
    print("TypeError:", e)
try:
    many(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    many(1, 2, 3, 4, 5, 6, 7, h=8)
except TypeError as e:
    print("TypeError:", e)
