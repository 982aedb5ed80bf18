# List, set, dict comprehensions and generator expressions, with nested loops and conditions.
print([x * x for x in range(6)], [x for x in range(10) if x % 3 == 0 if x])
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
print(sorted({c.lower() for c in "HeLLo"}), {k: len(k) for k in ["a", "bb", "ccc"]})
print({x: y for x, y in zip("abc", range(3)) if y}, sum(x for x in range(5)), max(len(w) for w in ["ab", "abc"]))
print([x if x % 2 else -x for x in range(5)], [y for x in [[1, 2], [3]] for y in x])
print(list((x, y) for x in "ab" for y in "12"), dict((i, i * i) for i in range(3)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row if v % 2])
x = "outer"
print([x for x in "abc"], x)
g = (i * 2 for i in range(3))
print(next(g), list(g), list(g))
print([i for i in range(3) for i in range(i)], {i % 2: i for i in range(5)})
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print("NameError:", e)
print([*[1, 2], *(x for x in [3])], [(lambda: i)() for i in range(3)])
print([f() for f in [lambda i=i: i * 10 for i in range(3)]])
words = ["apple", "bob", "kayak", "level", "xyz"]
print([w for w in words if w == w[::-1]], {w[0]: w for w in words})
print(sum(1 for _ in range(100) if _ % 7 == 0), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
gen = (x for x in [1, 2])
print(gen.gi_frame is not None, list(gen), gen.gi_frame)
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])), [str(n).zfill(2) for n in range(3)])
