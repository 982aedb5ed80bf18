import _heapq as hq
import _bisect as bs

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    hq.heappush(h, x)
print(h, hq.heappop(h), h)
print(hq.heapreplace(h, 6), h, hq.heappushpop(h, 0), hq.heappushpop(h, 10), h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
hq.heapify(data); print(data)
print(list(map(lambda _: hq.heappop(data), data[:])))
m = [3, 1, 4, 1, 5, 9, 2, 6]
hq._heapify_max(m); print(m, hq._heappop_max(m), m, hq._heapreplace_max(m, 0), m)
t = []
for p in [(2, "b"), (1, "a"), (3, "c"), (1, "z")]:
    hq.heappush(t, p)
print(t, hq.heappop(t))
for expr in ["hq.heappop([])", "hq.heapreplace([], 1)", "hq.heappush((), 1)", "hq.heapify(1)", "hq.heappushpop([], 5)",
             "hq.heappush([1], 'a')"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 2, 2, 3, 5, 8]
print(bs.bisect_left(a, 2), bs.bisect_right(a, 2), bs.bisect_left(a, 0), bs.bisect_right(a, 9), bs.bisect_left(a, 4))
print(bs.bisect_left(a, 2, 2), bs.bisect_right(a, 2, 0, 3), bs.bisect_left(a, 2, hi=1), bs.bisect_right(x=5, a=a))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bs.bisect_left(recs, 3, key=lambda r: r[1]), bs.bisect_right(recs, 3, key=lambda r: r[1]))
bs.insort_left(recs, ("x", 3), key=lambda r: r[1]); print(recs)
bs.insort_right(recs, ("y", 3), key=lambda r: r[1]); print(recs)
b = []
for x in [5, 1, 4, 1, 3]:
    bs.insort_right(b, x)
print(b)
bs.insort_left(b, 2, 0, 2); print(b)
print(bs.bisect_right("abcde", "c"), bs.bisect_left((1, 3, 5), 4))
for expr in ["bs.bisect_left(a, 1, -1)", "bs.bisect_right(1, 2)", "bs.insort_right((1, 2), 3)", "bs.bisect_left()",
             "bs.bisect_left([1, 'a'], 0.5)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
