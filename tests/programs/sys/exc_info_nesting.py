# sys.exc_info and sys.exception in nested handlers, after handlers, in finally, and in generators.
import sys
def show(tag):
    e = sys.exception()
    print(tag, repr(e), sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
show("start")
try:
    raise ValueError("outer")
except ValueError:
    show("in outer handler")
    try:
        raise KeyError("inner")
    except KeyError:
        show("in inner handler")
    show("back in outer handler")
show("after all handlers")
try:
    try:
        raise TypeError("in try")
    finally:
        show("in finally while propagating")
except TypeError:
    pass
def func():
    show("inside function called from handler")
try:
    raise OSError("caller")
except OSError:
    func()
def gen():
    show("generator first run")
    yield
    show("generator resumed")
g = gen()
try:
    raise IndexError("while starting generator")
except IndexError:
    next(g)
next(g, None)
try:
    raise RuntimeError("x")
except RuntimeError as err:
    t, v, tb = sys.exc_info()
    print(t is type(err), v is err, tb is err.__traceback__, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno > 0)
show("end")
