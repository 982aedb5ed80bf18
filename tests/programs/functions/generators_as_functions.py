# Functions returning closures, generators and lambdas; functions as first-class values in containers.
import operator
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "**": pow}
print({k: f(6, 3) for k, f in ops.items()})
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f, n):
    def step(args):
        if len(args) == n:
            return f(*args)
        return lambda x: step(args + [x])
    return step([])
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3))
def memoize(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(60), len(slow_fib.cache))
handlers = []
for name in ["a", "b"]:
    def handler(n=name):
        return f"handler {n}"
    handlers.append(handler)
print([h() for h in handlers])
def apply_all(fns, value):
    return [f(value) for f in fns]
print(apply_all([str, repr, len, list, sorted, reversed.__name__.upper], "cab") if False else apply_all([str.upper, len, sorted], "cab"))
print(sorted(["b10", "a2", "a10"], key=lambda s: (s[0], int(s[1:]))), list(map(operator.methodcaller("upper"), ["x"])))
print(max(["aa", "b", "ccc"], key=len), min([(1, "z"), (0, "y")], key=operator.itemgetter(1)))
def counter():
    count = 0
    def call():
        nonlocal count
        count += 1
        return count
    call.reset = lambda: None
    return call
c = counter()
print(c(), c(), c(), hasattr(c, "reset"))
