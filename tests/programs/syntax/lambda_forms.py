# Lambda expressions: parameters of every kind, defaults evaluated once, nested lambdas, in data structures.
simple = lambda: "no args"
one = lambda x: x + 1
defaults = lambda a, b=2, *args, c=3, **kw: (a, b, args, c, kw)
posonly = lambda a, /, b: (a, b)
print(simple(), one(1), defaults(1), defaults(1, 5, 6, c=7, d=8), posonly(1, b=2))
counter = 0
def bump():
    global counter
    counter += 1
    return counter
f = lambda x=bump(): x
print(f(), f(), counter)
adder = lambda n: lambda x: x + n
print(adder(3)(4), (lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
ops = {"sq": lambda v: v * v, "neg": lambda v: -v}
print({k: fn(5) for k, fn in ops.items()}, sorted([3, -1, 2], key=lambda v: (abs(v), v)))
print((lambda x: (lambda y: (lambda z: x + y + z)))(1)(2)(3))
cond = lambda v: "pos" if v > 0 else "zero" if v == 0 else "neg"
print([cond(v) for v in (-1, 0, 1)])
print((lambda: (yield 1))().__class__.__name__, list((lambda: (yield 1))()))
print(simple.__name__, one.__code__.co_argcount, defaults.__defaults__, defaults.__kwdefaults__)
try:
    posonly(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
for bad in ["lambda: return 1", "lambda x: x = 1", "lambda (x): x", "lambda *: 0"]:
    try:
        compile(bad, "<l>", "eval")
    except SyntaxError as e:
        print(repr(bad), "SyntaxError:", e.msg)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), (lambda f, n: f(f, n))(lambda s, k: 1 if k == 0 else k * s(s, k - 1), 5))
