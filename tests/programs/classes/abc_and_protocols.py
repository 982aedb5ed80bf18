# abc: abstract methods, registration, and collections.abc checks.
from abc import ABC, abstractmethod
import collections.abc as cabc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
try:
    Sq(2)
except TypeError as e:
    print("TypeError:", e)
class Sq2(Sq):
    name = "square"
print(Sq2(3).area(), Sq2(3).name, Shape.__abstractmethods__ == frozenset({"area", "name"}))
class Duck:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter([])
print(isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Iterable), isinstance(Duck(), cabc.Container))
class MySeq(cabc.Sequence):
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 2
s = MySeq()
print(list(s), s.index(4), s.count(2), 4 in s, list(reversed(s)))
@cabc.Hashable.register
class Reg:
    pass
class Tuplish(ABC):
    pass
Tuplish.register(tuple)
print(isinstance((1,), Tuplish), issubclass(tuple, Tuplish), issubclass(list, Tuplish))
for t in [list, tuple, dict, set, str, bytes, int, type(iter([])), type((x for x in []))]:
    print(t.__name__, [a.__name__ for a in (cabc.Iterable, cabc.Iterator, cabc.Sequence, cabc.MutableSequence,
                                              cabc.Mapping, cabc.Set, cabc.Hashable, cabc.Generator) if issubclass(t, a)])
class MyMap(cabc.Mapping):
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = MyMap({"a": 1})
print(m.get("a"), m.get("b", 2), list(m.items()), m == {"a": 1}, "a" in m, m.keys() | {"b"} == {"a", "b"})
