# Closures: cells shared between functions, late binding, nonlocal counters, cell contents.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__code__.co_freevars, counter.__code__.co_cellvars, inc.__closure__[0].cell_contents)
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])
fns = [lambda i=i: i for i in range(3)]
print([fn() for fn in fns])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
def make_adders():
    return [(lambda k: (lambda v: v + k))(k) for k in range(3)]
print([a(10) for a in make_adders()])
def unbound():
    def read():
        return y
    try:
        read()
    except NameError as e:
        print("NameError:", e)
    y = 1
    return read()
print(unbound())
import types
c = types.CellType(5)
print(c.cell_contents)
c.cell_contents = 6
print(c.cell_contents)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print("ValueError:", e)
def deleted():
    v = 1
    def show():
        return v
    del v
    try:
        show()
    except NameError as e:
        print("NameError:", e)
deleted()
