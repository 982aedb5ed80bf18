# Coroutines driven by hand with send(): await chains, awaitables, and coroutine states.
import inspect
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield ("suspend", self.value)
        return got
async def add(a, b):
    x = await Ready(a)
    y = await Ready(b)
    return x + y
async def main():
    r1 = await add(1, 2)
    r2 = await add(10, 20)
    return [r1, r2]
coro = main()
print(type(coro).__name__, inspect.getcoroutinestate(coro), coro.__name__, coro.__qualname__)
step = coro.send(None)
results = []
try:
    while True:
        print("yielded", step)
        step = coro.send(step[1] * 100)
except StopIteration as e:
    print("result", e.value)
print(inspect.getcoroutinestate(coro), inspect.iscoroutine(coro), inspect.iscoroutinefunction(main))
async def simple():
    return 5
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("simple ->", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
class NotAwaitable:
    pass
async def bad():
    await NotAwaitable()
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)
c3 = simple()
c3.close()
print(inspect.getcoroutinestate(c3))
async def thrower():
    try:
        await Ready(1)
    except KeyError as e:
        return f"handled {e!r}"
t = thrower()
t.send(None)
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
print(simple.__code__.co_flags & 0x80 != 0, type(simple).__name__)
