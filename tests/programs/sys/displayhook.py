# sys.displayhook: used for expression statements compiled in 'single' mode; sets builtins._ .
import sys, builtins
code = compile("40 + 2", "<single>", "single")
exec(code)
print("underscore is", builtins._)
exec(compile("None", "<single>", "single"))
print("None does not change _:", builtins._)
shown = []
def hook(value):
    shown.append(value)
old = sys.displayhook
sys.displayhook = hook
exec(compile("'custom'", "<single>", "single"))
exec(compile("[1, 2]", "<single>", "single"))
sys.displayhook = old
print(shown)
exec(compile("x = 5", "<single>", "single"))
exec(compile("x * 2", "<single>", "single"))
exec(compile("for i in range(2): i\n", "<single>", "single"))
print(sys.__displayhook__ is old, sys.displayhook.__name__)
sys.displayhook("direct call")
print("_ is now", repr(builtins._))
del builtins._
try:
    del sys.displayhook
    exec(compile("1", "<single>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
finally:
    sys.displayhook = sys.__displayhook__
