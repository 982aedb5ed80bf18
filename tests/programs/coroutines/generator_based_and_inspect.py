# Coroutine introspection: cr_frame, cr_running, cr_await, cr_code, inspect.getcoroutinestate across a suspension.
import inspect, types
class Suspend:
    def __await__(self):
        yield "suspended"
        return "resumed value"
async def inner():
    return await Suspend()
async def outer():
    value = await inner()
    return value.upper()
c = outer()
print(inspect.getcoroutinestate(c), c.cr_running, c.cr_frame is not None, c.cr_await, c.cr_code.co_name)
print(c.send(None), inspect.getcoroutinestate(c), type(c.cr_await).__name__, c.cr_await.cr_code.co_name)
try:
    c.send("ignored")
except StopIteration as e:
    print("result", e.value)
print(inspect.getcoroutinestate(c), c.cr_frame, c.cr_await)
c2 = outer()
c2.close()
print(inspect.getcoroutinestate(c2))
c3 = outer()
c3.send(None)
try:
    c3.throw(ValueError("into coroutine"))
except ValueError as e:
    print("propagated", e, inspect.getcoroutinestate(c3))
print(inspect.isawaitable(outer.__call__) if False else inspect.isawaitable(Suspend()), inspect.isawaitable(5))
w = outer().__await__()
print(type(w).__name__, next(w))
w.close()
async def nested_await():
    return [await inner() for _ in range(2)]
n = nested_await()
steps = []
value = None
try:
    while True:
        steps.append(n.send(value))
except StopIteration as e:
    print(steps, e.value)
