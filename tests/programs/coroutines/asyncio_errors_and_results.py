# asyncio: exceptions from tasks, gather cancellation rules, shield, timeouts, task names, run_until_complete.
import asyncio
async def fail(msg):
    await asyncio.sleep(0)
    raise RuntimeError(msg)
async def ok(v):
    await asyncio.sleep(0)
    return v
async def main():
    try:
        await asyncio.gather(ok(1), fail("first failure"), ok(3))
    except RuntimeError as e:
        print("gather raised:", e)
    t = asyncio.create_task(fail("task failure"), name="failing-task")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t.get_name(), t.done(), type(t.exception()).__name__, str(t.exception()))
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired")
    res = await asyncio.wait_for(ok("fast"), timeout=5)
    print("wait_for:", res)
    shielded = asyncio.shield(ok("shielded value"))
    print(await shielded)
    done, pending = await asyncio.wait([asyncio.create_task(ok(i)) for i in range(3)])
    print(sorted(t.result() for t in done), len(pending))
    results = []
    for coro in asyncio.as_completed([ok("a"), ok("b")]):
        results.append(await coro)
    print(sorted(results))
    t2 = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    print(t2.cancel(), t2.cancelling() if hasattr(t2, "cancelling") else 1)
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled:", t2.cancelled())
    return "main result"
print(asyncio.run(main()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(ok("via loop")), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    asyncio.run(ok(1), debug=False) and asyncio.run("not a coroutine")
except ValueError as e:
    print("ValueError:", e)
