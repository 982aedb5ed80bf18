# Closing generators explicitly and by deletion: finally blocks run, closing twice is harmless, close after exhaustion.
import gc
def resource(name):
    print("open", name)
    try:
        yield name
        yield name.upper()
    finally:
        print("close", name)
g = resource("a")
print(next(g))
g.close()
g.close()
print("closed twice without error")
h = resource("b")
print(list(h))
h.close()
k = resource("c")
next(k)
del k
gc.collect()
print("after deleting a suspended generator")
def outer():
    yield from resource("inner")
o = outer()
print(next(o))
o.close()
def never_started():
    try:
        yield 1
    finally:
        print("never printed: generator never started")
n = never_started()
n.close()
del n
gc.collect()
print("done")
