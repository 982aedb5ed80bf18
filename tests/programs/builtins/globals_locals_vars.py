# globals(), locals(), vars(), dir() inside functions, classes and comprehensions; writes to locals().
g_value = "global"
def func(param):
    local_one = 1
    snapshot = locals()
    print(sorted(snapshot))
    locals()["local_one"] = 100
    print(local_one)
    return "g_value" in globals(), "param" in locals()
print(func("p"))
class K:
    a = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
    b = a + 1
    print(sorted(k for k in vars() if not k.startswith("__")))
def comp_locals():
    x = 1
    return [sorted(locals()) for _ in range(1)][0]
print(comp_locals())
globals()["created_dynamically"] = 42
print(created_dynamically)
def dir_in_function():
    q = 1
    return dir()
print(dir_in_function())
print("g_value" in dir(), "__name__" in globals(), globals() is vars(), type(globals()).__name__)
def nested():
    outer_var = "o"
    def inner():
        return sorted(locals()), outer_var
    return inner()
print(nested())
import builtins
print("len" in dir(builtins), "print" in vars(builtins), len(vars(builtins)) > 100)
exec("exec_var = 5")
print(exec_var)
def exec_in_function():
    exec("hidden = 1")
    try:
        return hidden
    except NameError as e:
        return "NameError: " + str(e)
print(exec_in_function())
