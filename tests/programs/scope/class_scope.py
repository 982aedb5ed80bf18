# Class bodies: names are not visible in methods or nested comprehension iterables; __class__ cell.
y = "module y"
class C:
    y = "class y"
    z = y + "!"
    doubled = [y * 2 for _ in range(1)]
    items = [n for n in range(3)]
    def method(self):
        return y
    def uses_class(self):
        return __class__.__name__
print(C.z, C.doubled, C.items, C().method(), C().uses_class())
class D:
    vals = [1, 2, 3]
    try:
        total = [v + len(vals) for v in vals]
    except NameError as e:
        total = str(e)
print(D.total)
class E:
    vals = [1, 2]
    squares = [v * v for v in vals]
print(E.squares)
def f():
    x = "function x"
    class Inner:
        x = "inner class x"
        def get(self):
            return x
        got = x
    return Inner().get(), Inner.got
print(f())
def g():
    v = "free"
    class J:
        print("class body without assignment sees", v)
    class K:
        # v is assigned in the class body, so the read looks in globals, not the function.
        try:
            print("class body sees", v)
        except NameError as e:
            print("NameError:", e)
        v = "class-local"
        print("then", v)
    return K.v
print(g())
class Outer:
    name = "Outer"
    class Nested:
        def who(self):
            return type(self).__qualname__
print(Outer.Nested().who(), Outer.Nested.__qualname__)
class WithLocals:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(WithLocals.names)
