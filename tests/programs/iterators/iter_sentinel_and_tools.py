# iter(callable, sentinel), iterator-consuming builtins, and sharing one iterator between consumers.
import io
lines = io.StringIO("a\nb\n\nc\n")
print(list(iter(lines.readline, "\n")))
vals = [3, 2, 1, 0, 5]
pos = 0
def nxt():
    global pos
    pos += 1
    return vals[pos - 1]
print(list(iter(nxt, 0)), pos)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
it = iter(range(10))
print(list(zip(it, it)))
it2 = iter("abcdef")
print(next(it2), "".join(it2))
def gen():
    yield from range(3)
g = gen()
print(sum(g), sum(g))
it3 = iter([1, 2, 3, 4])
print(any(x > 1 for x in it3), list(it3))
it4 = iter([0, 0, 1, 2])
print(all(x == 0 for x in it4), list(it4))
print(max(iter([3, 9, 2])), min(iter("zay")), sorted(iter({3, 1, 2})), dict(iter([("k", "v")])), set(iter("aab")) == {"a", "b"})
m = map(str.upper, "ab")
print(next(m), list(m), list(m))
f = filter(str.isdigit, "a1b2")
print(list(f), list(f))
e = enumerate(iter("xy"))
print(list(e), list(e))
print(list(reversed(range(5)))[:2], list(iter(range(3))), [*iter("hi")])
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
sq = iter(Squares())
print(type(sq).__name__, next(sq), list(sq))
import itertools
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(itertools.chain(iter([1]), iter([2]))), list(itertools.islice(iter(range(100)), 3, 6)))
