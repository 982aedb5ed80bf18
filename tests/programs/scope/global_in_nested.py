# global statements inside nested functions and classes, and module attributes via globals().
counter = 0
def outer():
    def inner():
        global counter
        counter += 1
    inner(); inner()
outer()
print(counter)
class C:
    global made_in_class
    made_in_class = "from class body"
    attr = "class attr"
print(made_in_class, C.attr, "attr" in globals())
def make_global_function():
    global dynamic_fn
    def dynamic_fn():
        return "defined via global"
make_global_function()
print(dynamic_fn())
def shadow_then_global():
    value = "local"
    def g():
        global value
        value = "module level"
    g()
    return value
print(shadow_then_global(), value)
def mix():
    global counter
    counter = 100
    def reader():
        return counter
    return reader()
print(mix(), counter)
import sys
this = sys.modules[__name__]
this.via_module = "set through module object"
print(via_module, globals()["via_module"] is this.via_module)
def globals_in_comprehension():
    global total
    total = sum(v for v in range(5))
    return [counter for _ in range(2)]
print(globals_in_comprehension(), total)
src = "global y\ny = 'from exec'"
exec(src)
print(y)
def exec_with_global():
    exec("global z\nz = 'exec global in function'")
exec_with_global()
print(z)
