# Async generators: athrow, aclose, asend values, finalisation when exhausted, and errors re-entering.
import asyncio
async def ticker(n):
    try:
        for i in range(n):
            received = yield i
            if received:
                print("ticker received", received)
    except GeneratorExit:
        print("ticker closing")
        raise
    finally:
        print("ticker finally")
async def main():
    t = ticker(5)
    print(await t.__anext__(), await t.asend("hello"), await t.asend(None))
    try:
        await t.athrow(ValueError("thrown"))
    except ValueError as e:
        print("athrow propagated:", e)
    try:
        await t.__anext__()
    except StopAsyncIteration:
        print("exhausted after error")
    t2 = ticker(5)
    await t2.__anext__()
    await t2.aclose()
    await t2.aclose()
    print(t2.ag_running, t2.ag_frame, t2.__name__, t2.ag_code.co_name)
    async def catches():
        try:
            yield 1
        except KeyError:
            yield "recovered"
    c = catches()
    await c.__anext__()
    print(await c.athrow(KeyError("k")))
    async def ignores_exit():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    ie = ignores_exit()
    await ie.__anext__()
    try:
        await ie.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print([x async for x in ticker(2)])
asyncio.run(main())
