# __repr__ conventions: recursive containers, reprlib.recursive_repr, reprlib.Repr limits, repr of classes.
import reprlib
a = [1, 2]
a.append(a)
d = {"self": None}
d["self"] = d
print(a, d, repr([a, d]))
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"
root = Node("root")
root.children.append(Node("leaf"))
root.children.append(root)
print(root)
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
print(r.repr(list(range(10))), r.repr("a" * 30), reprlib.repr(set(range(20))), reprlib.repr({i: i for i in range(10)}))
print(repr(int), repr(type), repr(Node), repr(None), repr(print), repr(len), repr(str.upper), repr([].append)[:26])
class Plain:
    pass
print(repr(Plain).startswith("<class '__main__.Plain'>"), str(Plain) == repr(Plain))
class StrOnly:
    def __str__(self):
        return "str form"
s = StrOnly()
print(str(s), repr(s).startswith("<__main__.StrOnly object at"), [str(s)], f"{s}", "%s" % s)
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
print(str(ReprOnly()), repr(ReprOnly()), [ReprOnly()], f"{ReprOnly()!r}", format(ReprOnly()))
t = (1,)
l = [t, t]
print(l, (l,), {1: l})
import collections
dq = collections.deque([1])
dq.append(dq)
print(dq)
od = collections.OrderedDict(a=1)
od["self"] = od
print(od)
