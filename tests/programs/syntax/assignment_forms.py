# Assignment forms: chained, augmented on subscripts and attributes, annotated, swap, and evaluation order of targets.
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
d = {}
d["a"] = d["b"] = len(d)
print(d)
class O:
    pass
o = O()
o.a = o.b = "shared"
o.c: str = "annotated"
print(vars(o))
n: int
try:
    n
except NameError as e:
    print("NameError:", e)
m: list[int] = [1]
m += [2]
print(m, __annotations__)
(p), [q] = 1, [2]
print(p, q)
s = t = "text"
s += "!"
print(s, t)
first, second, *_ = "abcdef"
print(first, second, _)
values = [3, 1, 2]
values[:] = sorted(values)
values[len(values):] = [4]
print(values)
nested = [[0] * 2] * 2
nested[0][0] = 5
print(nested)
k = [0, 1, 2]
k[k[0]], k[k[1]] = k[k[1]], k[k[0]]
print(k)
