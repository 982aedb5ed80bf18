# threading: start/join, results gathered after join, Lock-protected counter, thread names and idents.
import threading
results = {}
def work(n):
    results[n] = sum(range(n * 1000))
threads = [threading.Thread(target=work, args=(i,), name=f"worker-{i}") for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.name for t in threads], [t.is_alive() for t in threads], all(t.ident is not None for t in threads))
counter = 0
lock = threading.Lock()
def increment(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1
ts = [threading.Thread(target=increment, args=(10000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
class Worker(threading.Thread):
    def __init__(self, value):
        super().__init__()
        self.value = value
        self.result = None
    def run(self):
        self.result = self.value ** 2
ws = [Worker(v) for v in range(4)]
for w in ws: w.start()
for w in ws: w.join()
print([w.result for w in ws])
local = threading.local()
local.x = "main"
seen = []
def check_local():
    seen.append(getattr(local, "x", "unset"))
    local.x = "thread"
t = threading.Thread(target=check_local)
t.start(); t.join()
print(seen, local.x)
ev = threading.Event()
out = []
def waiter():
    ev.wait()
    out.append("woke")
t = threading.Thread(target=waiter)
t.start()
ev.set()
t.join()
print(out, ev.is_set())
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
rl = threading.RLock()
with rl:
    with rl:
        print("re-entered RLock")
