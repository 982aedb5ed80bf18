# What can be awaited: coroutines, objects with __await__ returning iterators, futures, generator-based coroutines.
import asyncio, types
class Delayed:
    def __init__(self, value, steps):
        self.value, self.steps = value, steps
    def __await__(self):
        for _ in range(self.steps):
            yield None
        return self.value
class AwaitReturnsGenerator:
    def __await__(self):
        return (x for x in [None])
@types.coroutine
def legacy(v):
    yield
    return v * 2
async def main():
    print(await Delayed("delayed", 3))
    print(await AwaitReturnsGenerator())
    print(await legacy(21))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future")
    print(await fut)
    t = asyncio.ensure_future(Delayed("task from awaitable", 1))
    print(type(t).__name__, await t)
    async def inner():
        return "inner coroutine"
    print(await inner(), await asyncio.ensure_future(inner()))
    class BadAwait:
        def __await__(self):
            return [1, 2]
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    f2 = loop.create_future()
    f2.set_exception(KeyError("in future"))
    try:
        await f2
    except KeyError as e:
        print("KeyError:", e)
    f3 = loop.create_future()
    print(f3.done(), f3.cancel(), f3.cancelled())
    try:
        f3.result()
    except asyncio.CancelledError:
        print("CancelledError from result()")
asyncio.run(main())
print(asyncio.iscoroutinefunction(legacy), asyncio.iscoroutine(legacy(1)), isinstance(Delayed(1, 1), __import__("collections.abc").abc.Awaitable))
