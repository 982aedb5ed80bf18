# asyncio Lock, Semaphore, Event, Condition and TaskGroup, with deterministic interleaving.
import asyncio
async def main():
    log = []
    lock = asyncio.Lock()
    async def critical(name):
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(0)
            log.append(f"{name} out")
    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print(log)
    sem = asyncio.Semaphore(2)
    active, peak = 0, 0
    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0)
            active -= 1
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", peak)
    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        return n * 10
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("set?", ev.is_set())
    ev.set()
    print(await asyncio.gather(*tasks))
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(asyncio.sleep(0, result="one"))
        t2 = tg.create_task(asyncio.sleep(0, result="two"))
    print(t1.result(), t2.result())
    async def boom():
        raise KeyError("in group")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            tg.create_task(asyncio.sleep(0))
    except* KeyError as eg:
        print("TaskGroup raised", repr(eg.exceptions[0]))
    cond = asyncio.Condition()
    items = []
    async def consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()
    async def producer():
        await asyncio.sleep(0)
        async with cond:
            items.append("item")
            cond.notify()
    print(await asyncio.gather(consumer(), producer()))
asyncio.run(main())
