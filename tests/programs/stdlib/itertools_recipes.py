# Classic itertools recipes written out and checked: grouper, roundrobin, unique_everseen, sliding windows, powerset.
from itertools import islice, chain, cycle, zip_longest, combinations, groupby, count, tee, starmap, repeat
from collections import deque
import operator
def take(n, it):
    return list(islice(it, n))
def grouper(it, n, fill=None):
    return zip_longest(*[iter(it)] * n, fillvalue=fill)
def roundrobin(*its):
    nexts = cycle(iter(i).__next__ for i in its)
    pending = len(its)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))
def unique_everseen(it, key=None):
    seen = set()
    for x in it:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x
def sliding(it, n):
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)
def powerset(it):
    s = list(it)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def partition(pred, it):
    a, b = tee(it)
    return [x for x in a if not pred(x)], [x for x in b if pred(x)]
def nth(it, n, default=None):
    return next(islice(it, n, None), default)
def all_equal(it):
    g = groupby(it)
    return next(g, True) and not next(g, False)
def dotproduct(a, b):
    return sum(starmap(operator.mul, zip(a, b)))
print(take(4, count(10, 5)), list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", key=str.lower)))
print(list(sliding(iter(range(6)), 3)), list(powerset([1, 2, 3])))
print(partition(lambda x: x % 2, range(10)), nth(iter("abcde"), 2), nth(iter("ab"), 5, "dflt"))
print(all_equal("aaaa"), all_equal("aab"), all_equal(""), dotproduct([1, 2, 3], [4, 5, 6]), list(repeat("z", 3)))
print(sum(1 for _ in powerset(range(10))), take(3, (x * x for x in count())), list(chain.from_iterable(repeat([1, 2], 2))))
