"""Task scheduler in the style of richards: classes, attribute access, method dispatch, queues."""
# QUICK_SIZE: 300
import sys
from collections import deque

WORK, DEVICE = 0, 1


class Packet:
    def __init__(self, owner, kind):
        self.owner = owner
        self.kind = kind
        self.index = 0
        self.data = [0, 0, 0, 0]


class Task:
    def __init__(self, sched, ident, priority):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.inbox = deque()
        self.waiting = True
        self.held = False
        sched.add(self)

    def ready(self):
        if self.held:
            return False
        return bool(self.inbox) or not self.waiting

    def step(self):
        if self.waiting:
            self.run(self.inbox.popleft())
        else:
            self.run(None)

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, count, devices):
        super().__init__(sched, ident, 0)
        self.waiting = False
        self.count = count
        self.devices = devices
        self.seed = 1

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            self.sched.stopped = True
            return
        self.seed = (self.seed * 75 + 74) % 65537
        device = self.devices[self.seed & 1]
        self.sched.release(device)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, handlers):
        super().__init__(sched, ident, priority)
        self.handlers = handlers
        self.turn = 0
        self.letter = 0

    def run(self, packet):
        self.turn ^= 1
        packet.index = 0
        for i in range(4):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        self.sched.send(packet, self.handlers[self.turn])


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, device):
        super().__init__(sched, ident, priority)
        self.device = device
        self.work = deque()
        self.free = deque()

    def run(self, packet):
        if packet.kind == WORK:
            self.work.append(packet)
        else:
            self.free.append(packet)
        while self.work and self.free:
            job = self.work[0]
            if job.index < 4:
                dev = self.free.popleft()
                dev.data[0] = job.data[job.index]
                job.index += 1
                self.sched.send(dev, self.device)
            else:
                self.sched.send(self.work.popleft(), job.owner)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority)
        self.pending = None
        self.total = 0

    def run(self, packet):
        if packet is not None:
            self.pending = packet
            self.total += packet.data[0]
            self.waiting = False
            self.sched.hold(self)
        else:
            done, self.pending = self.pending, None
            self.waiting = True
            self.sched.send(done, done.owner)


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.stopped = False
        self.sends = 0
        self.holds = 0
        self.steps = 0

    def add(self, task):
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: -t.priority)

    def send(self, packet, task):
        self.sends += 1
        task.inbox.append(packet)

    def hold(self, task):
        self.holds += 1
        task.held = True

    def release(self, task):
        task.held = False

    def run(self):
        while not self.stopped:
            for task in self.tasks:
                if task.ready():
                    break
            else:
                raise RuntimeError("deadlock")
            self.steps += 1
            task.step()


def build_and_run(count):
    sched = Scheduler()
    dev_a = DeviceTask(sched, "devA", 5000)
    dev_b = DeviceTask(sched, "devB", 4000)
    hand_a = HandlerTask(sched, "handA", 3000, dev_a)
    hand_b = HandlerTask(sched, "handB", 2000, dev_b)
    worker = WorkerTask(sched, "work", 1000, (hand_a, hand_b))
    IdleTask(sched, "idle", count, (dev_a, dev_b))
    for hand in (hand_a, hand_b):
        for _ in range(3):
            hand.inbox.append(Packet(hand, DEVICE))
    for _ in range(2):
        worker.inbox.append(Packet(worker, WORK))
    sched.run()
    return sched, dev_a.total + dev_b.total


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 70000
    for rep in range(3):
        sched, total = build_and_run(count + rep)
        print(f"run {rep}: steps {sched.steps} sends {sched.sends} holds {sched.holds} devsum {total}")


main()
