# Parameter kinds: defaults, *args, **kwargs, keyword-only, positional-only, and binding errors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 3, "z": 0}))
def g(x, y, /, z, *, w):
    return x, y, z, w
print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))
calls = ["f()", "f(1)", "f(1, c=1, a=2)", "f(1, c=1, **{'c': 2})", "g(1, 2, 3, 4)", "g(x=1, y=2, z=3, w=4)",
         "g(1, 2, 3)", "g(1, 2, w=3)", "(lambda: 0)(1)", "(lambda a: 0)()", "(lambda a, b: 0)(1, 2, 3)",
         "(lambda *, k: 0)(1)", "f(1, c=1, d=2, d=3)" if False else "f(1, **{'c': 1}, **{'c': 2})",
         "f(1, **{1: 2}, c=3)", "f(1, *5, c=1)", "f(1, c=2, **[1])", "print(sep='', **{'sep': ''})",
         "len()", "len([], [])", "dict.get()", "int(x=5)", "sorted([], reverse=True, foo=1)"]
for call in calls:
    try:
        eval(call)
        print(call, "ok")
    except TypeError as e:
        print(call, "TypeError:", e)
def defaults(a, lst=[]):
    lst.append(a)
    return lst
print(defaults(1), defaults(2), defaults(3, []))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, g.__code__.co_posonlyargcount)
print(f.__code__.co_varnames, f.__name__, f.__qualname__, f.__module__)
def h(*, a=1, b):
    return a, b
print(h(b=2), h.__kwdefaults__)
def star(*args, **kwargs):
    return args, kwargs
print(star(), star(1, *(2, 3), *[4], k=1, **{"m": 2}, **{"n": 3}))
