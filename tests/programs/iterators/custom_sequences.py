# Old-style sequence protocol (__getitem__ + IndexError), reversed via __len__/__getitem__, slicing support.
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i
s = Squares(6)
print(list(s), s[2], s[-1], s[1:4], s[::-2], list(reversed(s)), 16 in s, 17 in s, len(s), sorted(s, reverse=True))
print(sum(s), max(s), list(enumerate(s))[:2], list(zip(s, "abc")), list(map(str, s)))
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
it = iter(s)
print(type(it).__name__, next(it), next(it), list(it))
class KeyErrorStops:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorStops())
except KeyError as e:
    print("KeyError is not a stop signal:", e)
class StopIterStops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopIterStops()))
class Infinite:
    def __getitem__(self, i):
        return i
import itertools
print(list(itertools.islice(Infinite(), 5)), 3 in Infinite())
class NoLen:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
