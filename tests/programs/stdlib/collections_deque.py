# collections.deque: both ends, rotation, maxlen, indexing and errors.
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.index(7), d.count(1), 3 in d, list(reversed(d)), d.copy() == d)
d.remove(7); d.insert(1, "x"); print(d)
d.reverse(); print(d)
d.clear(); print(d, repr(deque()))
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9); print(m)
m.appendleft(-1); print(m)
m.extend("ab"); print(m)
for op in ["deque().pop()", "deque().popleft()", "deque([1]).remove(5)", "deque([1])[5]", "deque([1], maxlen=1).insert(0, 2)"]:
    try:
        eval(op)
    except (IndexError, ValueError) as e:
        print(op, type(e).__name__ + ":", e)
d2 = deque([1, 2, 3])
try:
    for x in d2:
        d2.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(deque("abc") + deque("de"), deque([1]) * 3, deque([1, 2]) < deque([1, 3]), deque() == deque([]))
d3 = deque(range(10))
del d3[2]
d3[0] = "first"
print(d3, d3[5], deque(range(3), 0))
