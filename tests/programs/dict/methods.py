# Every dict method and the errors they raise.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("d"), d.pop("z", "default"), d)
try:
    d.pop("z")
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
print(d.popitem(), d)
d.update({"x": 9}, y=10); d.update([("z", 11)]); print(d)
try:
    d.update([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
e = d.copy(); e.clear(); print(d, e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([("k", "v")]), dict({1: 2}, x=3))
print({1: "a"} | {2: "b"}, {1: "a", 2: "b"} | {1: "z"})
f = {1: 1}; f |= {2: 2}; f |= [(3, 3)]; print(f)
try:
    {} | []
except TypeError as e:
    print("TypeError:", e)
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3})
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
del d["a"]; print(d)
try:
    del d["a"]
except KeyError as e:
    print("KeyError:", e)
print(list(reversed({"p": 1, "q": 2})), {1: 2}.__len__(), dict.__name__)
