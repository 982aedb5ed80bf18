# Simple and compound statements: pass, del, assert, with multiple items, for/while else, augmented assignment.
def f():
    pass
print(f())
a = [1, 2, 3, 4]
del a[0], a[-1]
print(a)
x = y = z = 7
print(x, y, z)
a, (b, c) = 1, [2, 3]
print(a, b, c)
i = 10
i += 1; i -= 2; i *= 3; i //= 2; i **= 2; i %= 100; i <<= 2; i >>= 1; i |= 1; i &= 0xFF; i ^= 0b1010
print(i)
s = "a"; s += "b"; s *= 2
print(s)
for n in range(3):
    if n == 5:
        break
else:
    print("for-else ran")
for n in range(3):
    if n == 1:
        break
else:
    print("not printed")
k = 0
while k < 3:
    k += 1
else:
    print("while-else ran", k)
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name)
with CM("a") as first, CM("b") as second:
    print("body", first, second)
with (
    CM("p") as p,
    CM("q"),
):
    print("parenthesized with", p)
try:
    assert 1 == 2, "custom message"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e))
if True: print("one-line if"); print("second statement")
lst = [0] * 3
lst[1:2] = lst[0], = [9]
print(lst)
(yy) = 5
[p1, p2] = "pq"
print(yy, p1, p2)
print(__debug__)
x = 1 if False else 2 if False else 3
print(x)
def g(): return "one line def"
print(g())
