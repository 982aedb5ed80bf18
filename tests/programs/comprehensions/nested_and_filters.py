# Nested comprehensions with several for and if clauses, dependent iteration, and flattening.
print([(i, j) for i in range(4) if i % 2 == 0 for j in range(i) if j != 1])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([x for row in [[1, 2], [], [3]] for x in row], [c for w in ["ab", "cd"] for c in w if c != "c"])
print({(a, b) for a in range(3) for b in range(3) if a < b} == {(0, 1), (0, 2), (1, 2)})
print({k: [v for v in range(k)] for k in range(4)}, {i: {j: i * j for j in range(2)} for i in range(2)})
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print([y for x in range(5) if (y := x * x) % 2], [n for n in range(2, 30) if all(n % d for d in range(2, n))])
words = ["alpha", "beta", "gamma", "delta"]
print({w[0]: [x for x in words if x[0] == w[0]] for w in words}, [len(w) for w in words if "a" in w[1:]])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([matrix[i][i] for i in range(3)], [row[::-1] for row in matrix[::-1]], [[r[c] for r in matrix] for c in range(3)])
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])), [(k, v) for k, v in sorted({"b": 1, "a": 2}.items())])
print(list(zip(*[[1, 2], [3, 4], [5, 6]])), [a + b for a, b in zip("abc", "xyz")])
print([[ch for ch in word] for word in "hi yo".split()], [str(n) * n for n in range(4)])
