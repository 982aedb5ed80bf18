# Generator pipelines: lazy stages, early termination, infinite sources, cleanup order.
def source(n):
    try:
        for i in range(n):
            print("  produce", i)
            yield i
    finally:
        print("  source closed")
def square(xs):
    for x in xs:
        yield x * x
def take(n, xs):
    for i, x in enumerate(xs):
        if i >= n:
            return
        yield x
pipeline = take(2, square(source(10)))
print(list(pipeline))
print("after pipeline")
def naturals():
    n = 0
    while True:
        yield n
        n += 1
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
def chunked(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunked(range(7), 3)), list(chunked([], 2)))
def running_mean():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
rm = running_mean()
next(rm)
print([rm.send(v) for v in [10, 20, 30, 40]])
g = source(3)
print(next(g))
g.close()
print("closed explicitly")
def gen_with_return():
    yield 1
    return "value"
results = []
def collect():
    r = yield from gen_with_return()
    results.append(r)
list(collect())
print(results)
print(sum(x for x in range(10) if x % 3), max((len(w), w) for w in "a bb ccc".split()))
