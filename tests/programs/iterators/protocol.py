# The iterator protocol: __iter__/__next__, iterables vs iterators, exhaustion, __length_hint__, __reversed__.
import operator
class CountDown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountDownIter(self.start)
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __length_hint__(self):
        return self.start
class CountDownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
cd = CountDown(3)
print(list(cd), list(cd), list(reversed(cd)), operator.length_hint(cd), operator.length_hint(iter([1, 2])))
it = iter(cd)
print(next(it), list(it), list(it), next(it, "done"))
class Broken:
    def __iter__(self):
        return self
try:
    for _ in Broken():
        pass
except TypeError as e:
    print("TypeError:", e)
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print("TypeError:", e)
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib()
print([next(f) for _ in range(10)])
for v in f:
    if v > 100:
        print("first over 100:", v)
        break
print(next(f))
lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.append(4)
print(list(li))
d = {"a": 1}
di = iter(d)
print(next(di), type(di).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
print(type(iter(range(3))).__name__, type(iter(set())).__name__, type(iter(b"")).__name__, type(reversed([])).__name__)
print(hasattr(iter([]), "__length_hint__"), iter([1, 2, 3]).__length_hint__(), reversed([1, 2]).__length_hint__())
