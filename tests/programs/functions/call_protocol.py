# __call__, bound methods, functools.partial, method objects and their attributes.
import functools
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
    def method(self, y):
        return self.n * y
a = Adder(3)
print(a(4), callable(a), a.method(2), Adder.method(a, 5))
m = a.method
print(m.__self__ is a, m.__func__ is Adder.method, m.__name__, m.__qualname__, m(10))
print(m == a.method, type(m).__name__)
p = functools.partial(pow, 2)
print(p(10), p.func is pow, p.args, p.keywords, repr(functools.partial(int, base=2))[:24])
p2 = functools.partial(p, 5)
print(p2(), p2.func is pow, p2.args)
def kw(a, b=0, *, c=0):
    return a, b, c
print(functools.partial(kw, c=9)(1), functools.partial(kw, 1, c=2)(b=3))
class Meta:
    def __call__(self):
        return "instance call"
print(Meta()(), type(Meta).__call__(Meta).__class__.__name__)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
try:
    5()
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"()
except TypeError as e:
    print("TypeError:", e)
try:
    None()
except TypeError as e:
    print("TypeError:", e)
bm = [1, 2].append
print(bm.__name__, bm.__self__, type(bm).__name__, bm.__qualname__)
print(str.upper("x"), "x".upper(), getattr("x", "upper")(), list(map(str.upper, ["a"])))
print(functools.reduce(lambda x, y: x * y, range(1, 6)), functools.reduce(max, [3, 9, 2], 0))
try:
    functools.reduce(max, [])
except TypeError as e:
    print("TypeError:", e)
