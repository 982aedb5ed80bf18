# A traceback through a decorator's wrapper function shows the wrapper frame between caller and callee.
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print("calling", fn.__name__, args)
        return fn(*args)
    return wrapper
@logged
def invert(x):
    return 1 / x
print(invert(4))
invert(0)
