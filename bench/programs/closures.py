"""Closures and decorators: nonlocal counters, function factories, wrapping decorators, memoization."""
# QUICK_SIZE: 500
import functools
import sys


def counter(start):
    count = start

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


def traced(log):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            log[func.__name__] = log.get(func.__name__, 0) + 1
            return func(*args, **kwargs)
        return wrapper
    return decorator


def memo(func):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        result = cache[n] = func(n)
        return result
    wrapper.cache = cache
    return wrapper


CALLS = {}


@traced(CALLS)
def scale(x, factor=3):
    return x * factor


@traced(CALLS)
def offset(x, by=1):
    return x + by


def make_adders(k):
    return [lambda x, i=i: x + i for i in range(k)]


def run(n):
    total = 0
    bumpers = [counter(i) for i in range(10)]
    pipeline = compose(lambda x: x % 1000003, scale, offset, abs)
    adders = make_adders(8)
    for i in range(n):
        b = bumpers[i % 10]
        total += b(i % 3)
        total += pipeline(i - n // 2)
        total += adders[i % 8](i)
        total = scale(total % 100000, factor=2)

    @memo
    def partitions(m):
        # number of partitions of m into parts of at most 6 pieces, via closure recursion
        return sum(ways(m, k) for k in range(1, 7))

    @memo
    def collatz(m):
        if m == 1:
            return 0
        return 1 + collatz(m // 2 if m % 2 == 0 else 3 * m + 1)

    ways_cache = {}

    def ways(m, k):
        key = (m, k)
        if key in ways_cache:
            return ways_cache[key]
        if m == 0:
            r = 1
        elif k == 0 or m < 0:
            r = 0
        else:
            r = ways(m - k, k) + ways(m, k - 1)
        ways_cache[key] = r
        return r

    longest = max(range(1, n // 4 + 2), key=collatz)
    return total, partitions(60), longest, len(collatz.cache)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 320000
    sys.setrecursionlimit(10000)
    total, parts, longest, cached = run(n)
    print(f"calls {sorted(CALLS.items())} wrapped name {scale.__name__}")
    print(f"partitions {parts} longest collatz start {longest} cached {cached}")
    print(f"checksum {total}")


main()
