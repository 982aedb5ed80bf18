# async for, async with, async generators and async comprehensions.
import asyncio
class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
class Resource:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return False
async def agen(n):
    for i in range(n):
        yield i * 10
        await asyncio.sleep(0)
async def main():
    async for v in Counter(3):
        print("counter", v)
    async with Resource() as r:
        print("inside", r)
    try:
        async with Resource():
            raise KeyError("x")
    except KeyError as e:
        print("propagated", repr(e))
    print([v async for v in agen(4)], [v async for v in agen(5) if v % 20 == 0])
    print({v: v async for v in Counter(2)})
    g = agen(3)
    print(await g.__anext__(), await anext(g), await anext(g), await anext(g, "default"))
    g2 = agen(10)
    print(await g2.asend(None))
    await g2.aclose()
    print(type(g2).__name__, g2.__name__)
    try:
        await anext(agen(0))
    except StopAsyncIteration:
        print("StopAsyncIteration")
    async def early_exit():
        try:
            yield 1
            yield 2
        finally:
            print("agen cleanup")
    async for x in early_exit():
        print("got", x)
        break
    aiter_obj = aiter(Counter(1))
    print(await anext(aiter_obj))
asyncio.run(main())
