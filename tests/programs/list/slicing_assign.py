# Slice reads, slice assignment (extended and plain), deletion.
a = list(range(10))
print(a[2:5], a[::-1], a[1::2], a[-3:], a[:100], a[100:])
a[2:5] = ["a", "b"]; print(a)
a[1:1] = [99, 98]; print(a)
a[:] = a[::-1]; print(a)
a[::2] = "ABCDEF"; print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
del a[::3]; print(a)
del a[1:3]; print(a)
del a[-1]; print(a)
try:
    del a[100]
except IndexError as e:
    print("IndexError:", e)
try:
    a[100] = 1
except IndexError as e:
    print("IndexError:", e)
b = [1, 2, 3]
b[5:] = [7]; print(b)
b[-10:1] = [0]; print(b)
b[::-1] = [9, 8, 7, 6]; print(b)
c = [1, 2, 3]
c[1:2] = c; print(c)
d = list(range(8)); del d[::-2]; print(d)
e = [0, 1, 2]; e[3:] = iter([3, 4]); print(e)
try:
    [1, 2]["x"]
except TypeError as e:
    print("TypeError:", e)
print([1, 2, 3][True], [1, 2, 3][-True])
