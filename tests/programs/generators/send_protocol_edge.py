# Generator send/throw/close edge cases: sending into a fresh generator, throwing types vs instances, close return values.
def echo():
    received = None
    while True:
        received = yield received
g = echo()
print(g.send(None), g.send(1), g.send("two"), next(g))
def counting():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield f"caught {e!r}"
    return "finished"
c = counting()
print(next(c), c.throw(ValueError))
c2 = counting()
next(c2)
print(c2.throw(ValueError("instance")))
try:
    c2.throw(TypeError, "old-style args")
except TypeError as e:
    print("TypeError propagated:", e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "return value ignored"
r = returns_on_close()
next(r)
print(r.close())
def raises_on_close():
    try:
        yield 1
    finally:
        raise KeyError("raised during close")
rc = raises_on_close()
next(rc)
try:
    rc.close()
except KeyError as e:
    print("KeyError from close:", e)
fresh = counting()
print(fresh.close(), list(fresh))
def yields_in_finally():
    try:
        yield "body"
    finally:
        print("finally runs on exhaustion")
print(list(yields_in_finally()))
def gen_stop():
    yield 1
    return
s = gen_stop()
print(next(s), next(s, "default"), list(s))
def value_tracker():
    total = 0
    while True:
        try:
            v = yield total
        except ZeroDivisionError:
            total = 0
            continue
        total += v
vt = value_tracker()
next(vt)
print(vt.send(5), vt.send(7), vt.throw(ZeroDivisionError), vt.send(3))
