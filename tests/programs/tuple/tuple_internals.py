# Tuple behaviour details: constant folding of repeated literals, tuple() of tuples, hashing of nested, sizes.
t = (1, 2, 3)
print(tuple(t) == t, t[:] == t, t[0:3], t + (), t * 1)
print(tuple([]) == (), () * 10, (1,) * 0, ((),) * 2, len(((1, 2), (3,))))
a = (1, [2, 3])
a[1].append(4)
print(a, a.count([2, 3, 4]), a.index([2, 3, 4]))
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print(hash(((1, 2), (3, (4,)))) == hash(((1, 2), (3, (4,)))), {(1, (2,)): "nested key"}[(1, (2,))])
def f(*args):
    return args
print(type(f()).__name__, f(1, 2), f(*"ab"), f(*[]), f(*(1,), *(2, 3)))
print(tuple(range(5))[::-2], tuple(x for x in "abc" if x != "b"), tuple({3: 0, 1: 0}), tuple(iter([1])))
print(max((1, 5), (1, 3)), min((2,), (1, 9)), sorted([(2, "a"), (1, "b"), (2, "")]), (1, 2) > (1,))
print(tuple.__len__((1, 2)), tuple.__getitem__((1, 2), -1), tuple.__contains__((1, 2), 2), tuple.__add__((1,), (2,)))
print(isinstance((), tuple), issubclass(tuple, object), tuple.__mro__, type(()).__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.swap(), type(p.swap()).__name__, type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)))
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    t[0] += 1
except TypeError as e:
    print("TypeError:", e)
x, = (42,)
(y,) = [43]
[z] = (44,)
print(x, y, z)
