# An LRU cache built on OrderedDict, with statistics and eviction order checks.
from collections import OrderedDict
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)
    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"
c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
print(c.get("a"), c.get("z"))
c.put("d", "D")
c.put("b", "B2")
c.put("e", "E")
print(c)
print([c.get(k, "-") for k in "abcde"])
def cached(capacity):
    def deco(f):
        cache = LRU(capacity)
        def wrapper(n):
            v = cache.get(n)
            if v is None:
                v = f(n)
                cache.put(n, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco
@cached(2)
def square(n):
    print("computing", n)
    return n * n
print([square(n) for n in [2, 3, 2, 4, 3]], square.cache)
