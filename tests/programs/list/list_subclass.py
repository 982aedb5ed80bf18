# Subclassing list: overridden methods, what built-in methods return, __init__ and extend interplay.
class Tracked(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
t = Tracked([1, 2])
t.append(3)
t[0] = 10
t.extend([4])
t += [5]
print(t, type(t).__name__, type(t + [6]).__name__, type(t * 2).__name__, type(t[:2]).__name__, type(t.copy()).__name__)
print(isinstance(t, list), t == [10, 2, 3, 4, 5], len(t), sorted(t, reverse=True))
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s.pop(), s, repr(s))
class WithRepr(list):
    def __repr__(self):
        return f"WithRepr({super().__repr__()})"
print(WithRepr([1, [2]]), str(WithRepr()), [WithRepr([1])])
class Validated(list):
    def __init__(self, items=()):
        super().__init__()
        for i in items:
            self.append(i)
    def append(self, x):
        if not isinstance(x, int):
            raise TypeError(f"only ints, got {type(x).__name__}")
        super().append(x)
v = Validated([1, 2])
try:
    v.append("x")
except TypeError as e:
    print("TypeError:", e)
v.extend(["not validated"])
print(v)
class NoInit(list):
    def __init__(self, *a):
        pass
print(NoInit([1, 2, 3]), len(NoInit([1])))
class Hashable(list):
    def __hash__(self):
        return 0
print({Hashable([1]): "ok"}[Hashable([1])])
