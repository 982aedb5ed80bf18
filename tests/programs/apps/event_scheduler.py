# A priority-queue simulation: heapq with tie-breaking counters and dataclass ordering.
import heapq, itertools
from dataclasses import dataclass, field
@dataclass(order=True)
class Event:
    time: int
    seq: int
    name: str = field(compare=False)
    action: object = field(compare=False, repr=False)
class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
        self.now = 0
        self.log = []
    def at(self, time, name, action=None):
        heapq.heappush(self.queue, Event(time, next(self.counter), name, action))
    def run(self, until):
        while self.queue and self.queue[0].time <= until:
            ev = heapq.heappop(self.queue)
            self.now = ev.time
            self.log.append(f"t={ev.time:>3} {ev.name}")
            if ev.action:
                ev.action(self)
s = Scheduler()
def tick(sched):
    if sched.now < 50:
        sched.at(sched.now + 15, "tick", tick)
s.at(0, "start")
s.at(5, "tick", tick)
s.at(5, "same time, later seq")
s.at(30, "midpoint")
s.at(100, "never reached")
s.run(until=60)
print("\n".join(s.log))
print(len(s.queue), s.queue[0].name, s.now)
print(sorted([Event(2, 1, "b", None), Event(1, 5, "a", None), Event(2, 0, "c", None)]))
