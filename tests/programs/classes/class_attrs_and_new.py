# __new__ vs __init__, singletons, immutable subclasses, __init__ return errors.
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Single(1); b = Single(2)
print(a is b, a.v)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(-5)).__name__, Pos(-5) + 1)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
class Args:
    pass
try:
    Args(1)
except TypeError as e:
    print("TypeError:", e)
class NewOnly:
    def __new__(cls, x):
        return super().__new__(cls)
n = NewOnly(5)
print(type(n).__name__)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
class Tup(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
t = Tup(1, 2)
print(t, t.first, len(t), type(t).__name__)
class Counted:
    instances = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Counted.instances.append(cls.__name__)
class C1(Counted, tag="one"):
    pass
class C2(Counted):
    pass
print(C1.tag, C2.tag, Counted.instances)
try:
    class C3(Counted, bogus=1):
        pass
except TypeError as e:
    print("TypeError:", e)
