# breakpoint() calls sys.breakpointhook; replacing the hook makes it observable without a debugger.
import sys
calls = []
def hook(*args, **kwargs):
    calls.append((args, kwargs))
    return "hook result"
sys.breakpointhook = hook
print(breakpoint(), breakpoint(1, key="v"), calls)
sys.breakpointhook = sys.__breakpointhook__
print(sys.breakpointhook is sys.__breakpointhook__, callable(sys.__breakpointhook__))
def not_callable_hook():
    sys.breakpointhook = 5
    try:
        breakpoint()
    except TypeError as e:
        print("TypeError:", e)
    finally:
        sys.breakpointhook = sys.__breakpointhook__
not_callable_hook()
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.breakpointhook = sys.__breakpointhook__
print("restored")
