# all, any, sorted, reversed, len, iter/next, aiter absent paths, enumerate, sum on iterators.
print(all([]), any([]), all([1, "a"]), any([0, ""]), all(x > 0 for x in [1, 2]), any(iter([0, 1])))
def noisy(seq):
    for x in seq:
        print("yield", x)
        yield x
print(any(noisy([0, 1, 2])), all(noisy([1, 0, 2])))
print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted({"b": 1, "a": 2}), sorted([1, -2, 3], key=abs))
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print(len([1, 2]), len("abc"), len({1: 2}), len(range(0, 10, 3)), len(b"ab"), len(()), len(set()))
for bad in [5, None, iter([])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)), tuple(Countdown(2)))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    def __iter__(self):
        return self
try:
    iter(NoNext())
except TypeError as e:
    print("TypeError:", e)
print(list(zip(*[iter(range(6))] * 2)), dict(zip("ab", [1, 2])))
print(list(enumerate(Countdown(2))), [i for i, _ in enumerate("abc", 1)])
