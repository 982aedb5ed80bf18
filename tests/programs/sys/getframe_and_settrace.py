# sys._getframe, frame attributes, and sys.settrace/setprofile events (enough for coverage tools).
import sys
def where():
    f = sys._getframe()
    caller = sys._getframe(1)
    return f.f_code.co_name, caller.f_code.co_name, f.f_lineno, caller.f_lineno, f.f_back is caller
def outer():
    return where()
print(outer())
def local_view():
    a, b = 1, "two"
    return sorted(sys._getframe().f_locals.items())
print(local_view())
print(sys._getframe().f_globals is globals(), sys._getframe().f_code.co_filename.endswith("getframe_and_settrace.py"))
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("traced", "helper"):
        events.append((event, frame.f_code.co_name, frame.f_lineno - traced.__code__.co_firstlineno, arg if event == "return" else None))
    return tracer
def helper(x):
    return x * 2
def traced():
    y = helper(3)
    z = y + 1
    return z
sys.settrace(tracer)
traced()
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())
calls = []
def profiler(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_name in ("traced", "helper"):
        calls.append((event, frame.f_code.co_name))
sys.setprofile(profiler)
traced()
sys.setprofile(None)
print(calls)
def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name
print(list(gen()))
