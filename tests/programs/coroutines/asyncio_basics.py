# asyncio: run, gather, tasks, sleep(0) interleaving, timeouts with no real waiting.
import asyncio
order = []
async def worker(name, steps):
    for i in range(steps):
        order.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * steps
async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 1))
    print(results)
    print(order)
    t = asyncio.create_task(worker("t", 2))
    print(await t, t.done(), t.result())
    async def fails():
        raise ValueError("task failed")
    res = await asyncio.gather(fails(), worker("z", 1), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.wait_for(asyncio.Event().wait(), timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", type(e).__name__)
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item)
        return got
    _, got = await asyncio.gather(producer(), consumer())
    print("consumed", got)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "future value")
    print(await fut)
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    return "main done"
print(asyncio.run(main()))
