# Exception context across generator frames: __context__ set when a generator raises while handling.
def gen():
    try:
        yield 1
    except ValueError:
        raise KeyError("from generator handler")
g = gen()
next(g)
try:
    g.throw(ValueError("thrown in"))
except KeyError as e:
    print(repr(e), repr(e.__context__))
def gen2():
    yield 1
    raise RuntimeError("raised after resume")
g2 = gen2()
next(g2)
try:
    try:
        raise TypeError("active in caller")
    except TypeError:
        next(g2)
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
def gen3():
    try:
        yield
    finally:
        print("gen3 finally, exception active:", repr(__import__("sys").exception()))
g3 = gen3()
next(g3)
try:
    raise IndexError("outer")
except IndexError:
    g3.close()
import sys
def gen4():
    print("inside gen4 sees:", repr(sys.exception()))
    yield
try:
    raise OSError("caller's exception")
except OSError:
    list(gen4())
print("after:", sys.exception())
async def coro():
    raise ValueError("from coroutine")
c = coro()
try:
    c.send(None)
except ValueError as e:
    print("coroutine raised", repr(e), e.__traceback__ is not None)
