# Semantics shared by all comprehension kinds: key evaluation order in dict comps, duplicate keys, generator laziness.
order = []
def k(x):
    order.append(f"k{x}")
    return x
def v(x):
    order.append(f"v{x}")
    return x * 10
d = {k(i): v(i) for i in range(2)}
print(d, order)
print({i % 2: i for i in range(5)}, {c: i for i, c in enumerate("abca")})
gen = (x for x in range(3))
print(next(gen), sum(gen), next(gen, "exhausted"))
s = {x // 2 for x in range(6)}
print(s, len(s))
print([x for x in range(3) for _ in range(2)], [(x, y) for x in "ab" for y in range(x == "a", 2)])
data = [("a", 1), ("b", 2), ("a", 3)]
print({key: [v for k2, v in data if k2 == key] for key, _ in data})
x = 10
print([x for x in range(3)], x, {x: x for x in "q"}, x)
print(list(zip(*((i, i * i) for i in range(3)))), dict((str(i), i) for i in range(3)))
nested = [[row * 3 + col for col in range(3)] for row in range(3)]
print(nested, [v for row in nested for v in row if v % 4 == 0])
