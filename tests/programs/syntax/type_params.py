# PEP 695: generic functions and classes, type aliases, bounds, constraints, defaults of scoping.
def first[T](items: list[T]) -> T:
    return items[0]
print(first([3, 4]), first.__type_params__, first.__annotations__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(5).get(), Box.__type_params__, Box[int], Box.__orig_bases__ if hasattr(Box, "__orig_bases__") else None)
T0 = Box.__type_params__[0]
print(type(T0).__name__, T0.__name__, T0.__bound__, T0.__constraints__, T0.__covariant__, T0.__infer_variance__)
class Bounded[T: (int, str), U: float, *Ts, **P]:
    pass
params = Bounded.__type_params__
print([type(p).__name__ for p in params], [p.__name__ for p in params], params[0].__constraints__, params[1].__bound__)
type Alias = list[int]
type Pair[K, V] = tuple[K, V]
print(Alias, Alias.__value__, type(Alias).__name__, Alias.__name__, Pair.__type_params__, Pair[str, int], Pair.__value__)
type Recursive = list[Recursive] | int
print(Recursive.__value__)
type Lazy = UndefinedName
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)
class Sub[T](Box[T]):
    pass
print(Sub.__mro__[1:3], Sub.__type_params__)
def scoped[T]():
    return T
print(scoped(), scoped() is scoped.__type_params__[0])
for bad in ["def f[T, T](): pass", "type A[T] = T\ntype A[T: (int)] = 1" if False else "class C[T, T]: pass",
            "def f[*Ts: int](): pass", "type X = 1\ndel X" if False else "def f[**P: int](): pass"]:
    try:
        compile(bad, "<tp>", "exec")
        print(repr(bad), "compiled")
    except SyntaxError as e:
        print(repr(bad), "SyntaxError:", e.msg)
import typing
print(typing.TypeVar("X"), typing.TypeVar("Y", bound=int).__bound__, Box[int].__origin__ is Box, Box[int].__args__)
print(typing.get_args(Pair[str, int]), typing.get_origin(list[int]))
