# Generator object attributes: gi_frame, gi_running, gi_code, gi_yieldfrom, gi_suspended; repr-free checks.
import inspect
def counter(limit):
    n = 0
    while n < limit:
        received = yield n
        n += received or 1
g = counter(5)
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_running, g.gi_frame is not None, g.gi_suspended)
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g), g.gi_suspended)
print(g.gi_frame.f_locals, g.send(2), g.gi_frame.f_lineno - counter.__code__.co_firstlineno)
print(list(g), inspect.getgeneratorstate(g), g.gi_frame)
def outer():
    yield from inner()
def inner():
    yield 1
    yield 2
o = outer()
next(o)
print(o.gi_yieldfrom.__name__, type(o.gi_yieldfrom).__name__)
print(list(o), o.gi_yieldfrom)
def named():
    yield
n = named()
n.__name__ = "renamed"
n.__qualname__ = "Q.renamed"
print(n.__name__, n.__qualname__)
try:
    n.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
def gen_raise():
    yield 1
    raise ValueError("inside")
gr = gen_raise()
next(gr)
try:
    next(gr)
except ValueError as e:
    print("ValueError:", e, inspect.getgeneratorstate(gr))
try:
    next(gr)
except StopIteration:
    print("closed generator raises StopIteration")
def throw_into():
    try:
        yield
    except ZeroDivisionError:
        yield "handled"
t = throw_into()
next(t)
print(t.throw(ZeroDivisionError))
t2 = throw_into()
try:
    t2.throw(KeyError("before start"))
except KeyError as e:
    print("unstarted throw:", repr(e), inspect.getgeneratorstate(t2))
print(iter(g) is g, hasattr(g, "__next__"), type(g).__name__, isinstance(g, __import__("types").GeneratorType))
