# dict views across mutation: lengths, reversed, membership with unhashable values, views of views.
d = dict.fromkeys("abcde", 0)
keys, values, items = d.keys(), d.values(), d.items()
del d["c"]
d["f"] = 1
print(list(keys), list(values), list(items)[-2:], len(keys), list(reversed(items))[:2])
print(("f", 1) in items, ("f", 2) in items, [1] in values, 0 in values)
try:
    (["unhashable"], 1) in items
except TypeError as e:
    print("TypeError:", e)
try:
    {} in keys
except TypeError as e:
    print("TypeError:", e)
print(keys == set("abdef"), keys != {"a"}, keys < set("abcdefg"), keys > {"a"}, items > {("a", 0)})
print(sorted(keys | ["z"]), sorted(keys & "ab"), sorted(keys - "abd"), sorted(keys ^ "az"), sorted(items - {("a", 0)}))
print(repr(keys)[:20], repr(values)[:20], repr(items)[:20], keys.mapping == d)
e = {}
print(list(e.keys()) == [], e.keys() == set(), e.values().__class__.__name__, list(reversed(e.items())))
big = {i: i * i for i in range(10)}
for k in list(big):
    if k % 3:
        del big[k]
print(big, list(big.items())[1], sum(big.values()))
try:
    for k, v in big.items():
        big[k + 100] = v
except RuntimeError as err:
    print("RuntimeError:", err)
it = iter(d.values())
d["g"] = 2
try:
    next(it)
except RuntimeError as err:
    print("RuntimeError:", err)
copy = dict(d)
copy.update(zip("xy", (7, 8)))
print(copy, copy.keys() - d.keys() == {"x", "y"})
