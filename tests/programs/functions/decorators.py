# Decorators: stacking order, with arguments, functools.wraps, class decorators, any expression.
import functools
def trace(tag):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            print(f"[{tag}] call {fn.__name__}{a}")
            return fn(*a, **k)
        return wrapper
    return deco
def twice(fn):
    print("decorating", fn.__name__)
    return lambda *a: fn(*fn(*a))
@trace("outer")
@trace("inner")
def add(x, y):
    "Add two numbers."
    return x + y
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
@twice
def swap(a, b):
    return b, a
print(swap(1, 2))
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Thing:
    pass
print(registry)
decorators = [lambda f: f, lambda f: (lambda: f() * 2)]
@decorators[1]
def seven():
    return 7
print(seven())
@(lambda f: f.__name__.upper())
def shout():
    pass
print(shout)
def order(name):
    print("evaluate", name)
    def d(f):
        print("apply", name)
        return f
    return d
@order("first")
@order("second")
def target():
    pass
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.cache
def sq(n):
    return n * n
print(sq(4), sq(4), sq.cache_info().hits)
