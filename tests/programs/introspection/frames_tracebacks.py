# Frame and traceback objects: tb_frame, tb_lineno, tb_next, f_back, f_locals, traceback module helpers.
import sys, traceback
def level3():
    raise ValueError("deep")
def level2():
    level3()
def level1():
    level2()
try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - level3.__code__.co_firstlineno))
        tb = tb.tb_next
    print(names)
    summary = traceback.extract_tb(e.__traceback__)
    print([(fs.name, fs.line) for fs in summary])
    print(traceback.format_exception_only(e))
    print(type(e.__traceback__).__name__, type(e.__traceback__.tb_frame).__name__)
def show_back():
    f = sys._getframe()
    chain = []
    while f is not None:
        chain.append(f.f_code.co_name)
        f = f.f_back
    return chain
def caller():
    return show_back()
print(caller())
def locals_snapshot(a, b=2):
    c = a + b
    return sys._getframe().f_locals
print(locals_snapshot(1))
stack = traceback.extract_stack()
print(stack[-1].name, stack[-1].lineno > 0, len(stack) >= 1)
def formatted():
    try:
        {}["missing"]
    except KeyError:
        return traceback.format_exc()
print(formatted())
import io
buf = io.StringIO()
try:
    1 / 0
except ZeroDivisionError:
    traceback.print_exc(file=buf)
print(buf.getvalue().splitlines()[-1], buf.getvalue().count("\n"))
te = traceback.TracebackException.from_exception(ValueError("v"))
print(list(te.format_exception_only()), te.exc_type.__name__ if hasattr(te, "exc_type") else "")
def frame_lineno():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno
    return second - first
print(frame_lineno())
