# contextlib: contextmanager, suppress, redirect_stdout, ExitStack, closing, nullcontext, with semantics.
import contextlib, io
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("a") as t, tag("b"):
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("inside cm")
except ValueError as e:
    print("propagated", e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("continues")
with contextlib.suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden")
print("captured", repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in range(3):
        stack.callback(print, "exit callback", n)
    stack.enter_context(tag("stacked"))
    print("body of ExitStack")
class Resource:
    def close(self):
        print("closed")
with contextlib.closing(Resource()):
    print("using resource")
with contextlib.nullcontext(42) as v:
    print("nullcontext", v)
class Reentrant:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return False
try:
    with Reentrant():
        with Reentrant():
            raise TypeError("nested")
except TypeError:
    print("caught nested")
try:
    with object():
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
