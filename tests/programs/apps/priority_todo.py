# A to-do manager using dataclasses, enums, sorting with multiple keys, filtering and grouping.
import enum
from dataclasses import dataclass, field
from itertools import groupby
class Priority(enum.IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    title: str
    priority: Priority = Priority.MEDIUM
    done: bool = False
    tags: tuple = ()
    def __post_init__(self):
        self.sort_key = (-self.priority, self.title.lower())
tasks = [
    Task("write report", Priority.HIGH, tags=("work",)),
    Task("buy milk", Priority.LOW, tags=("home", "errand")),
    Task("Call mom", Priority.MEDIUM, tags=("home",)),
    Task("fix bug", Priority.HIGH, True, ("work",)),
    Task("book flights", Priority.MEDIUM, tags=("travel", "errand")),
]
for t in sorted(tasks):
    mark = "x" if t.done else " "
    print(f"[{mark}] {t.priority.name:<6} {t.title:<14} {', '.join(t.tags)}")
pending = [t.title for t in sorted(tasks) if not t.done]
print(pending)
by_priority = {p.name: [t.title for t in g] for p, g in groupby(sorted(tasks, key=lambda t: t.priority), key=lambda t: t.priority)}
print(by_priority)
tags = sorted({tag for t in tasks for tag in t.tags})
print({tag: sum(tag in t.tags for t in tasks) for tag in tags})
tasks[1].done = True
print(sum(t.done for t in tasks), f"{sum(t.done for t in tasks) / len(tasks):.0%} complete", max(tasks, key=lambda t: len(t.title)).title)
print(Priority(2), Priority["HIGH"] > Priority.LOW, [p.value for p in Priority], repr(Priority.LOW))
