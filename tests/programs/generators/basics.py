# Generator functions: laziness, send, throw, close, return values, states.
import inspect
def gen():
    print("start")
    x = yield 1
    print("got", x)
    y = yield x * 2
    print("got", y)
    return "done"
g = gen()
print(inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(g.send(10))
try:
    g.send(20)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(inspect.getgeneratorstate(g))
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e))
g2 = gen()
try:
    g2.send(5)
except TypeError as e:
    print("TypeError:", e)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
c = catcher()
next(c)
print(c.throw(ValueError("boom")))
print(c.throw(ValueError, ValueError("boom2")) if False else c.throw(ValueError("boom2")))
c.close()
print(inspect.getgeneratorstate(c))
def closer():
    try:
        yield 1
    finally:
        print("cleanup")
cl = closer()
next(cl)
cl.close()
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(x * x for x in range(5)), sum(x for x in range(101)))
ge = (i for i in range(3))
print(type(ge).__name__, ge.__name__, ge.__qualname__, iter(ge) is ge, list(ge), list(ge))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))
