# LEGB resolution: locals, enclosing, globals, builtins, with shadowing, deletion and class scopes in between.
len = "global len"
def uses_len():
    return len
def local_len():
    len = "local len"
    return len
def enclosing_len():
    len = "enclosing len"
    def inner():
        return len
    return inner()
print(uses_len(), local_len(), enclosing_len())
del len
print(uses_len.__globals__.get("len", "no global len"), uses_len() if False else len("abc"))
def skip_class_scope():
    value = "function"
    class K:
        value = "class"
        def method(self):
            return value
        lam = lambda self: value
    return K().method(), K().lam(), K.value
print(skip_class_scope())
import builtins
def builtins_fallback():
    return min([3, 1, 2]), builtins.min is min
print(builtins_fallback())
def global_shadowing_builtin():
    global max
    max = lambda *a: "shadowed max"
    return max(1, 2)
print(global_shadowing_builtin(), max(1, 2))
del max
print(max(1, 2))
def comprehension_scope():
    y = "enclosing"
    return [y for _ in range(1)], [(lambda: y)() for _ in range(1)]
print(comprehension_scope())
