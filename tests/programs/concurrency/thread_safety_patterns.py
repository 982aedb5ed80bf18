# Thread coordination with Barrier, Condition and Semaphore; results are collected and printed after joining.
import threading
n = 4
barrier = threading.Barrier(n)
phases = []
lock = threading.Lock()
def phase_worker(i):
    with lock:
        phases.append(("before", i))
    barrier.wait()
    with lock:
        phases.append(("after", i))
threads = [threading.Thread(target=phase_worker, args=(i,)) for i in range(n)]
for t in threads: t.start()
for t in threads: t.join()
befores = [p for p in phases if p[0] == "before"]
print(len(phases), phases.index(("after", min(i for _, i in phases if _ == "after"))) >= n, sorted(i for _, i in befores))
cond = threading.Condition()
items = []
def consumer(out):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        out.append(list(items))
got = []
c = threading.Thread(target=consumer, args=(got,))
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print(got)
sem = threading.BoundedSemaphore(2)
active = 0
peak = 0
guard = threading.Lock()
def limited():
    global active, peak
    with sem:
        with guard:
            active += 1
            peak = max(peak, active)
        threading.Event().wait(0.01)
        with guard:
            active -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak <= 2:", peak <= 2, "final active:", active)
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
timer_hits = []
t = threading.Timer(0.01, timer_hits.append, args=("fired",))
t.start()
t.join()
print(timer_hits)
