# Generator expressions: scoping, laziness, single-use, as call arguments, and nested generators.
gen = (x * x for x in range(4))
print(type(gen).__name__, list(gen), list(gen))
print(sum(x for x in range(5)), max(x % 4 for x in range(10)), sorted(c for c in "bca"), "".join(c.upper() for c in "ab"))
lazy_calls = []
def trace(x):
    lazy_calls.append(x)
    return x
g = (trace(x) for x in range(3))
print(lazy_calls)
print(next(g), lazy_calls)
ys = [1, 2]
g2 = (x + y for x in range(2) for y in ys)
ys.append(3)
print(list(g2))
xs = [10, 20]
g3 = (x for x in xs)
xs = [99]
print(list(g3))
print(list((i, j) for i in range(3) if i for j in range(i)))
nested = ((x for x in range(n)) for n in range(3))
print([list(inner) for inner in nested])
print(any(x > 2 for x in [1, 5]), all(x for x in []), dict((k, len(k)) for k in ["a", "bb"]), set(x % 2 for x in range(5)))
print(tuple(x for x in "ab"), list(enumerate(x * 2 for x in "ab")), min((x for x in [3, 1, 2]), default=None))
def consume(it):
    return [v for v in it]
print(consume(x ** 2 for x in range(4)), list(zip((x for x in "ab"), (y for y in "cd"))))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
g4 = (1 / x for x in [1, 0])
print(next(g4))
try:
    next(g4)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g4, "exhausted after error"))
