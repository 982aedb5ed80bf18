# yield from: delegation, return values, send/throw passthrough, StopIteration inside generators.
def inner():
    received = yield "i1"
    print("inner received", received)
    yield "i2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield "o1"
g = outer()
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def thrower():
    try:
        yield 1
    except KeyError as e:
        yield f"inner handled {e!r}"
def delegate():
    yield from thrower()
d = delegate()
next(d)
print(d.throw(KeyError("k")))
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def tree(n):
    if n:
        yield n
        yield from tree(n - 1)
        yield from tree(n - 1)
print(list(tree(3)))
def gen_return():
    return (yield)
gr = gen_return()
next(gr)
try:
    gr.send(42)
except StopIteration as e:
    print("returned", e.value)
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def wrapper():
    final = yield from accumulate()
    yield ("final", final)
w = wrapper()
next(w)
for v in [1, 2, 3]:
    print(w.send(v))
print(w.send(None))
print(list(yield_expr for yield_expr in [1]))
def running():
    yield running_gen.gi_running
running_gen = running()
print(next(running_gen), running_gen.gi_running)
def reenter():
    yield next(re_gen)
re_gen = reenter()
try:
    next(re_gen)
except ValueError as e:
    print("ValueError:", e)
