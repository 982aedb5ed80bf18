# A tiny round-robin scheduler driving coroutines with a custom awaitable; no asyncio.
from collections import deque
class Yield:
    def __await__(self):
        yield "yield"
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield "sleep"
class Loop:
    def __init__(self):
        self.ready = deque()
        self.tick = 0
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready:
            name, coro = self.ready.popleft()
            self.tick += 1
            try:
                signal = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"tick {self.tick}: {name} finished -> {e.value!r}")
                continue
            except Exception as e:
                self.results[name] = e
                print(f"tick {self.tick}: {name} failed -> {e!r}")
                continue
            self.ready.append((name, coro))
async def worker(name, n):
    total = 0
    for i in range(n):
        total += i
        print(f"  {name} step {i}")
        await Yield()
    return total
async def sleeper():
    await Sleep(3)
    return "rested"
async def crasher():
    await Yield()
    raise ValueError("crashed on purpose")
async def nested():
    a = await worker("inner", 2)
    b = await sleeper()
    return (a, b)
loop = Loop()
loop.spawn("w1", worker("w1", 3))
loop.spawn("w2", worker("w2", 2))
loop.spawn("s", sleeper())
loop.spawn("c", crasher())
loop.spawn("n", nested())
loop.run()
print(loop.tick, sorted((k, repr(v)) for k, v in loop.results.items()))
