# collections mapping types: defaultdict, Counter, OrderedDict, ChainMap.
from collections import defaultdict, Counter, OrderedDict, ChainMap
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["zz"], len(dd), repr(defaultdict(int)))
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError:", e)
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:6], c.total())
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c & c2, c | c2, -Counter(a=-2), +Counter(a=-2, b=3))
c.update("aaz"); c.subtract({"b": 10})
print(sorted(c.items()))
od = OrderedDict.fromkeys("abc")
od.move_to_end("a"); print(list(od))
od.move_to_end("c", last=False); print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps, cm.new_child({"z": 0})["z"])
cm["c"] = 4
print(cm.maps[0], dict(cm) == {"a": 1, "b": 3, "c": 4})
print(repr(Counter()), repr(OrderedDict()), repr(OrderedDict(x=1)), Counter("aab") == Counter("aba"))
