# Aliasing, copies, nested lists, and mutation during iteration.
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
c = a[:]
c.append(5)
print(a, c, a is c)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
import copy
n = [[1, 2], [3]]
s = copy.copy(n); d = copy.deepcopy(n)
n[0].append(9)
print(s, d)
r = [1]
r.append(r)
print(r, repr(r), len(r))
x = []
x.append(x)
print(x == x if False else "skip", str([x]))
lst = [1, 2, 3, 4]
for item in lst:
    if item == 2:
        lst.remove(item)
print(lst)
it = iter([1, 2])
lst2 = [0]
lst2.extend(it)
print(lst2, list(it))
big = list(range(5))
for i, v in enumerate(big):
    big[i] = v * v
print(big)
print([1, [2, [3, [4]]]], [[]] * 2, [None, True, 1.0, "s", b"b", (1,), {1: 2}])
l3 = [1, 2]
l3.extend(l3)
print(l3)
l3[len(l3):] = l3
print(l3)
