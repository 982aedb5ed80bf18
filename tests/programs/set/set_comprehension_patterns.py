# Set comprehensions and set-based algorithms with deterministic (sorted or int-only) output.
words = "the cat and the hat and the bat".split()
print(sorted({w for w in words}), sorted({len(w) for w in words}), {len(w) for w in words})
vowels = set("aeiou")
print(sorted({c for w in words for c in w if c in vowels}), sorted(set("".join(words)) - vowels))
pairs = {(a, b) for a in range(4) for b in range(4) if a < b and (a + b) % 2}
print(sorted(pairs))
def connected_components(edges):
    parent = {}
    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in edges:
        parent[find(a)] = find(b)
    groups = {}
    for node in parent:
        groups.setdefault(find(node), set()).add(node)
    return sorted(sorted(g) for g in groups.values())
print(connected_components([(1, 2), (2, 3), (4, 5), (6, 6), (7, 5)]))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a - b, b - a, (a | b) - (a & b) == a ^ b, a & b <= a, {x * x for x in a if x % 2})
print({i % 3 for i in range(10)}, {i for i in range(10) if i in {2, 3, 5, 7}}, set(map(abs, [-1, 1, -2])))
sentence = "how vexingly quick daft zebras jump"
print(len(set(sentence.replace(" ", ""))) == 26, sorted(set("abcdefghijklmnopqrstuvwxyz") - set(sentence)))
print({frozenset({1, 2}), frozenset({2, 1})} == {frozenset({1, 2})}, {(1, 2)} == {(1, 2)}, set() is not set())
