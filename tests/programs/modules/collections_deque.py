from _collections import deque, defaultdict, _tuplegetter, _count_elements

d = deque([1, 2], maxlen=3)
print(d, deque(), deque("ab"), repr(deque(maxlen=0)), d.maxlen, deque().maxlen)
class D(deque):
    pass
print(D([1]), D([1], 2), type(D([1]).copy()).__name__)
d.append(3); d.append(4); print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
d.appendleft(0); print(d)
print(d.pop(), d.popleft(), d)
e = deque([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
e.rotate(3); print(e)
e.rotate(-4); print(e)
e.rotate(23); print(e)
f = deque([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], maxlen=5)
print(f)
f.extendleft([7, 8]); print(f, f.count(7))
f *= 2; print(f)
g = deque([1, 2, 3])
g.insert(10, "z"); g.insert(-10, "a"); g.insert(2, "m"); print(g)
del g[1]; print(g, g[-1])
g[0] = "q"; print(g)
g.reverse(); print(g, g.copy(), g.__copy__() == g, g.index(3), g.index("m", 1, 5))
g.remove("m"); print(g)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]), deque([1]) * 0)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) >= deque([1]), deque([1]) == [1])
h = deque([1, 2, 3]); h += [4, 5]; print(h)
h.extend(h); print(h)
h.clear(); print(h, bool(h))
print(list(reversed(deque([1, 2, 3]))), list(iter(deque("xyz"))))
print(deque([1], maxlen=2).__reduce__()[:3], deque([1]).__reduce__()[:3])
it = iter(deque([1, 2, 3])); next(it); print(it.__length_hint__(), it.__reduce__()[1])
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(deque.__class_getitem__(int))
z = deque([1, 2, 3])
it = iter(z); next(it); z.append(4)
for expr in ["next(it)", "deque(1)", "deque([], -1)", "deque([], 'a')", "deque().pop()", "deque().popleft()",
             "deque([1]).remove(2)", "deque([1]).index(2)", "deque([1])[5]", "deque([1])['a']",
             "deque([1]).rotate('a')", "deque([1], 1).insert(0, 2)", "hash(deque())", "deque([1]) + [2]",
             "deque(x=1)", "deque([3])[-2]", "deque([1, 2, 3]).index(3, 0, 2)"]:
    try:
        print(eval(expr))
    except Exception as ex:
        print(type(ex).__name__, ex)

dd = defaultdict(list)
dd[1].append(2); dd[2]
print(dd, defaultdict(), defaultdict(None, a=1), dd.copy(), dd.__copy__(), dd | {3: 4}, {3: 4} | dd)
print(dd.default_factory, dd.__reduce__()[:4], list(dd.__reduce__()[4]))
class DD(defaultdict):
    pass
print(DD(int), type(DD(int) | {}).__name__, type(DD(int).copy()).__name__, isinstance(dd, dict))
c = defaultdict(int)
for ch in "hello":
    c[ch] += 1
print(sorted(c.items()), c.get("zz"), "zz" in c)
dd.default_factory = None
for expr in ["defaultdict(1)", "defaultdict()[1]", "dd[99]", "defaultdict(int).__missing__(5)"]:
    try:
        print(eval(expr))
    except Exception as ex:
        print(type(ex).__name__, ex)

m = {}
_count_elements(m, "abracadabra"); print(m)
class Cnt(dict):
    pass
m2 = Cnt()
_count_elements(m2, [1, 1, 2]); print(m2)

tg = _tuplegetter(1, "doc")
print(tg, tg.__doc__, tg.__reduce__())
class T(tuple):
    x = _tuplegetter(1, "second")
print(T((1, 2)).x, T.x)
for expr in ["T((1,)).x", "tg.__get__(1, int)", "setattr(T((1, 2)), 'x', 3)", "delattr(T((1, 2)), 'x')"]:
    try:
        print(eval(expr))
    except Exception as ex:
        print(type(ex).__name__, ex)
