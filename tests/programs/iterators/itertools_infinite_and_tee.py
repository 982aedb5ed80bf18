# itertools infinite iterators with islice, tee independence, and chain/zip_longest on iterators of different lengths.
import itertools as it
c = it.count(start=1.5, step=0.5)
print([next(c) for _ in range(4)], list(it.islice(it.count(10, -3), 4)), list(it.islice(it.cycle([1, 2]), 5)))
r = it.repeat("x")
print([next(r) for _ in range(3)], list(it.repeat(None, 0)), list(it.islice(it.repeat(7), 2)))
a, b, c2 = it.tee(iter(range(5)), 3)
print(next(a), next(a), list(b), list(a), list(c2)[::2])
source = iter([1, 2, 3, 4])
t1, t2 = it.tee(source)
next(t1)
print(list(t1), list(t2), list(source))
print(list(it.zip_longest([1, 2], "abc", [True])), list(it.chain(it.islice(it.count(), 2), "xy")))
print(list(it.takewhile(lambda v: v < 10, it.count(1, 3))), list(it.dropwhile(lambda v: v < 3, range(6))))
print(list(it.accumulate(it.repeat(2, 5), lambda x, y: x * y)), list(it.starmap(divmod, [(7, 2), (9, 4)])))
print(list(it.islice(it.product(it.count(), "ab") if False else it.product(range(2), "ab"), 3)), list(it.compress(it.count(), [0, 1, 1, 0, 1])))
try:
    it.islice(it.count(), -1)
except ValueError as e:
    print("ValueError:", e)
print(list(it.groupby([1, 1, 2, 3, 3, 3]))[1][0], [(k, len(list(g))) for k, g in it.groupby("aabccc")])
