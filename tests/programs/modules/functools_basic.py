from _functools import reduce, cmp_to_key, partial, _lru_cache_wrapper

class CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))
    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)

def lru_cache(maxsize=128, typed=False):
    if callable(maxsize):
        return _lru_cache_wrapper(maxsize, 128, False, CacheInfo)
    def deco(fn):
        w = _lru_cache_wrapper(fn, maxsize, typed, CacheInfo)
        w.__wrapped__ = fn
        w.__name__ = fn.__name__
        return w
    return deco

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7), reduce(max, [3], 0))
for expr in ["reduce(len)", "reduce(lambda a, b: a, [])", "reduce(len, 1)", "cmp_to_key()", "partial()", "partial(1)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)

k = cmp_to_key(lambda a, b: a - b)
print(sorted([3, 1, 2], key=k), k(1) < k(2), k(2) <= k(1), k(3) == k(3), k(5).obj)
print(type(k).__name__, type(k(1)).__name__, type(k).__module__)
try:
    k(1) < 3
except TypeError as e:
    print(e)
try:
    hash(k(1))
except TypeError as e:
    print("unhashable", type(e).__name__)

def f(*a, **kw):
    return a, kw

p = partial(f, 1, a=2)
print(p(3, b=4), p(a=5), p.func is f, p.args, p.keywords)
print(repr(p).split(" at ")[0], repr(p).endswith(">, 1, a=2)"))
q = partial(p, 9, a=7, c=1)
print(q.func is f, q.args, q.keywords, q())
class P(partial):
    pass
r = P(f, 1)
print(repr(r).split(" at ")[0], r(2))
r.attr = 5
print(r.__dict__, partial(r).func is r)
st = p.__reduce__()
print(st[0] is partial, st[1][0] is f, st[2][1:])
p2 = partial(len)
p2.__setstate__((f, (1,), None, None))
print(p2(), p2.keywords)
for bad in [1, (1, 2, 3, 4), (f, [1], None, None), (f, (), 1, None)]:
    try:
        p2.__setstate__(bad)
    except TypeError as e:
        print(e)
class C:
    m = partial(f, 1)
print(C().m(2))

calls = []
def sq(x):
    calls.append(x)
    return x * x
g = lru_cache(maxsize=2)(sq)
print(g(1), g(1), g(2), g(3), g(1), g(3))
print(g.cache_info(), calls)
print(g.__wrapped__ is sq, g.__name__, type(g).__name__)
g.cache_clear()
print(g.cache_info())
u = lru_cache(None)(sq)
print([u(i % 3) for i in range(7)], u.cache_info())
z = lru_cache(maxsize=0)(sq)
print(z(2), z(2), z.cache_info())
t = lru_cache(typed=True)(sq)
print(t(2), t(2.0), t(2), t.cache_info())
kw = lru_cache()(f)
print(kw(1, x=2), kw(1, x=2), kw(1, x=3), kw.cache_info())

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

class M:
    @lru_cache
    def meth(self, x):
        return x + 1
print(M().meth(1), M.meth.cache_info()[1])
for bad in ["_lru_cache_wrapper(1, 5, False, None)", "_lru_cache_wrapper(len, 'x', False, None)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(e)
