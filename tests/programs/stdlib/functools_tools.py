# functools: partial, reduce, wraps, total_ordering, singledispatch, cmp_to_key, lru_cache stats.
import functools
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(2), Version(1, 2)]
print(sorted(vs), Version(1) <= Version(1), Version(2) > Version(1, 9), Version(1) >= Version(2), max(vs))
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register
def _(x: str | bytes):
    return f"text {x!r}"
print(describe(1), describe(True), describe([1, 2]), describe("s"), describe(b"b"), describe(1.5))
print(sorted(describe.registry.keys(), key=lambda t: t.__name__))
def cmp(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=functools.cmp_to_key(cmp)))
@functools.lru_cache(maxsize=2)
def sq(n):
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    sq(n)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(5))
class Cls:
    @functools.cached_property
    def heavy(self):
        print("computing")
        return 7
    @functools.partialmethod
    def _unused(self):
        pass
c = Cls()
print(c.heavy, c.heavy)
p = functools.partial(int, base=16)
print(p("ff"), p.keywords, functools.reduce(lambda a, b: a + b, "abc", ">"), functools.reduce(max, [1], 0))
print(functools.update_wrapper(lambda: 0, sq).__name__, functools.WRAPPER_ASSIGNMENTS)
