# Building dicts: comprehensions, zip, fromkeys, merging with | and **, inverting and grouping.
keys, values = ["a", "b", "c"], [1, 2, 3]
d = dict(zip(keys, values))
print(d, {k: v * 10 for k, v in d.items() if v > 1}, {v: k for k, v in d.items()})
print({**d, "d": 4}, d | {"a": 100}, {"a": 100} | d, dict(d, b=20), dict.fromkeys(keys, []))
shared = dict.fromkeys(keys, [])
shared["a"].append(1)
print(shared)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups, {k: len(v) for k, v in groups.items()})
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested.get("x", {}).get("q", "none"), "y" in nested["x"])
print({(i, j): i * j for i in range(2) for j in range(2)}, dict(enumerate("ab", 1)), dict([("k", 1)] * 2))
try:
    dict([("a", 1), "bc", "d"])
except ValueError as e:
    print("ValueError:", e)
try:
    dict(1)
except TypeError as e:
    print("TypeError:", e)
print(dict(a=1) == {"a": 1}, len({}), bool({}), {1: 2}.items() == {(1, 2)}, list({"x": 1}.values()))
inventory = {"apples": 3, "pears": 0}
inventory.update(pears=5, plums=2)
print(sorted(inventory.items()), sum(inventory.values()), sorted({k for k, v in inventory.items() if v > 2}))
