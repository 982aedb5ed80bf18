# Unpacking everywhere the grammar allows it: calls, literals, assignment targets, for loops, returns.
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
print([*range(3), *"xy"], (*[1], *[2]), {*[1, 2], *[2, 3]}, {**{"a": 1}, **{"a": 2, "b": 3}})
a, *b = [1, 2, 3]
*c, d = (1, 2, 3)
e, *f_, g = "hello"
print(a, b, c, d, e, f_, g)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
[h, [i, *j]] = [1, [2, 3, 4]]
print(h, i, j)
def ret():
    rest = [2, 3]
    return 1, *rest
print(ret())
t = *range(2), 5
print(t)
print(*[], sep="|")
x = [10, 20]
first, second = x
first, second = second, first
print(first, second)
m = {"a": 1}
print({**m, "b": 2}, dict(**m, c=3))
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = 1
except TypeError as e:
    print("TypeError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
for bad in ["*a = [1]", "a, *b, *c = [1, 2, 3]", "print(**x, *y)", "*a"]:
    try:
        compile(bad, "<u>", "exec")
        print(bad, "compiled")
    except SyntaxError as e:
        print(repr(bad), "SyntaxError:", e.msg)
def gen():
    yield 1
    yield 2
p, q = gen()
print(p, q)
obj = type("O", (), {})()
obj.a, obj.b = "ab"
print(obj.a, obj.b)
d = {}
d["x"], d["y"] = 1, 2
print(d)
lst = [0, 0, 0]
lst[0], lst[2] = 5, 6
print(lst)
i = 0
i, lst[i] = 1, 99
print(i, lst)
