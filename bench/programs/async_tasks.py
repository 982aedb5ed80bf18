"""asyncio: many tasks, producer/consumer queues, gather, events, locks and cooperative sleeps."""
# QUICK_SIZE: 100
import asyncio
import sys


async def producer(queue, ident, count):
    seed = ident + 1
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        await queue.put((ident, seed % 1000))
        if seed % 4 == 0:
            await asyncio.sleep(0)


async def consumer(queue, results, lock):
    total = 0
    handled = 0
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        ident, value = item
        total += value * (ident + 1)
        handled += 1
        if value % 50 == 0:
            async with lock:
                results["shared"] = results.get("shared", 0) + value
        queue.task_done()
    return handled, total


async def pipeline(n_producers, n_consumers, per_producer):
    queue = asyncio.Queue(maxsize=64)
    lock = asyncio.Lock()
    results = {}
    consumers = [asyncio.create_task(consumer(queue, results, lock)) for _ in range(n_consumers)]
    await asyncio.gather(*(producer(queue, i, per_producer) for i in range(n_producers)))
    for _ in consumers:
        await queue.put(None)
    done = await asyncio.gather(*consumers)
    return sum(h for h, _ in done), sum(t for _, t in done), results.get("shared", 0)


async def fan_out(depth, width):
    if depth == 0:
        await asyncio.sleep(0)
        return 1
    parts = await asyncio.gather(*(fan_out(depth - 1, width) for _ in range(width)))
    return sum(parts) + 1


async def relay(n):
    # a chain of tasks passing a token via events
    events = [asyncio.Event() for _ in range(n + 1)]
    box = [0]

    async def hop(i):
        await events[i].wait()
        box[0] += i
        events[i + 1].set()

    tasks = [asyncio.create_task(hop(i)) for i in range(n)]
    events[0].set()
    await events[n].wait()
    await asyncio.gather(*tasks)
    return box[0]


async def main_async(n):
    handled, total, shared = await pipeline(8, 4, n)
    nodes = await fan_out(5, 5)
    token = await relay(n)
    return handled, total, shared, nodes, token


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 28000
    handled, total, shared, nodes, token = asyncio.run(main_async(n))
    print(f"handled {handled} total {total} shared {shared}")
    print(f"fan-out nodes {nodes} relay {token}")


main()
