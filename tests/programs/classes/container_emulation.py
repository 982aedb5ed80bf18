# A full mutable sequence built on collections.abc.MutableSequence, and a mapping with MutableMapping.
from collections.abc import MutableSequence, MutableMapping
class TypedList(MutableSequence):
    def __init__(self, kind, items=()):
        self.kind = kind
        self._data = []
        self.extend(items)
    def _check(self, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(v).__name__}")
        return v
    def __getitem__(self, i):
        return self._data[i]
    def __setitem__(self, i, v):
        self._data[i] = self._check(v)
    def __delitem__(self, i):
        del self._data[i]
    def __len__(self):
        return len(self._data)
    def insert(self, i, v):
        self._data.insert(i, self._check(v))
    def __repr__(self):
        return f"TypedList({self.kind.__name__}, {self._data})"
t = TypedList(int, [3, 1, 2])
t.append(5); t.reverse(); t += [7]
print(t, len(t), t.index(1), t.count(3), 5 in t, list(reversed(t)), t.pop(), t.pop(0), t)
t.remove(1)
print(t, t[0], t[-1], t[1:])
try:
    t.append("x")
except TypeError as e:
    print("TypeError:", e)
class CaseInsensitive(MutableMapping):
    def __init__(self, **kw):
        self._d = {}
        self.update(kw)
    def __getitem__(self, k):
        return self._d[k.lower()][1]
    def __setitem__(self, k, v):
        self._d[k.lower()] = (k, v)
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return (orig for orig, _ in self._d.values())
    def __len__(self):
        return len(self._d)
ci = CaseInsensitive(Content_Type="text")
ci["ACCEPT"] = "*/*"
print(ci["content_type"], ci["accept"], list(ci), dict(ci), len(ci), "Accept" in ci)
print(ci.get("missing", "dflt"), ci.pop("accept"), list(ci.keys()), list(ci.items()), ci.setdefault("x", 1), len(ci))
del ci["X"]
print(dict(ci), ci == {"Content_Type": "text"})
