# queue.Queue producer/consumer and concurrent.futures with ordered results and exceptions.
import queue, threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
consumed = []
def consumer():
    while (item := q.get()) is not None:
        consumed.append(item * 10)
        q.task_done()
    q.task_done()
tp, tc = threading.Thread(target=producer), threading.Thread(target=consumer)
tp.start(); tc.start(); tp.join(); tc.join()
print(consumed, q.empty(), q.qsize())
lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("queue.Empty raised")
bounded = queue.Queue(maxsize=1)
bounded.put(1)
try:
    bounded.put_nowait(2)
except queue.Full:
    print("queue.Full raised")
def square(n):
    if n == 3:
        raise ValueError("three is unlucky")
    return n * n
with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(square, [0, 1, 2, 4])))
    futures = {ex.submit(square, n): n for n in range(5)}
    results = {}
    for f in as_completed(futures):
        n = futures[f]
        try:
            results[n] = f.result()
        except ValueError as e:
            results[n] = f"error: {e}"
    print(sorted(results.items()))
    f = ex.submit(square, 3)
    done, not_done = wait([f])
    print(len(done), len(not_done), type(f.exception()).__name__, f.done())
try:
    with ThreadPoolExecutor() as ex:
        list(ex.map(square, [3]))
except ValueError as e:
    print("map re-raises:", e)
