# keys/values/items views: live updates, set operations, reversed, mapping attribute.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(len(k), list(v), list(i)[-1])
print(k & {"a", "z"} == {"a"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(i & {("a", 1)} == {("a", 1)}, ("a", 1) in i, ("a", 2) in i, "a" in k, 1 in v)
print(k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}), list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k.mapping, type(k).__name__, type(v).__name__, type(i).__name__)
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in d:
        del d["a"]
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter(d.items())
print(next(it), len(list(it)))
print(v == v, d.values() == d.values())
e = {}
print(list(e.keys()), list(e.items()), repr(e.values()))
print(sorted(d.items(), key=lambda kv: -kv[1])[:2])
print(dict(zip("xyz", range(3))), {v: k for k, v in {"a": 1, "b": 2}.items()})
