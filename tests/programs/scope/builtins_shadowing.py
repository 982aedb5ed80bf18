# Shadowing builtins locally and globally, and restoring them; the builtins module.
import builtins
print(len("abc"))
def local_shadow():
    len = lambda x: 42
    return len("abc")
print(local_shadow(), len("abc"))
len = lambda x: -1
print(len("abc"))
del len
print(len("abc"))
builtins.custom_builtin = "visible everywhere"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print("NameError:", e)
print(type(__builtins__).__name__ in ("module", "dict"), builtins.__name__)
original_print = builtins.print
calls = []
def fake_print(*a, **k):
    calls.append(a)
builtins.print = fake_print
print("captured")
builtins.print = original_print
print(calls)
def uses_max():
    return max([1, 5, 3])
max = min
print(uses_max())
del max
print(uses_max())
g = {"__builtins__": {"len": lambda s: "sandboxed"}}
exec("r = len('x')", g)
print(g["r"])
try:
    exec("print('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
print(eval("abs(-3)", {}), eval("x + 1", {"x": 1}), eval("y", {}, {"y": "from locals"}))
