# typing at run time: get_type_hints, Generic, Protocol with runtime_checkable, TypedDict, Literal, Annotated, NewType.
from typing import (Generic, TypeVar, Protocol, runtime_checkable, TypedDict, Literal, Annotated, NewType, Optional,
                    Union, Callable, get_type_hints, get_args, get_origin, cast, overload, Any, Final, ClassVar)
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
s = Stack[int]()
s.push(1)
print(s.items, Stack[int], Stack.__parameters__, type(s).__name__, Stack[int].__origin__ is Stack)
@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        pass
print(isinstance(File(), Closeable), isinstance(5, Closeable))
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie.__total__)
def f(a: int, b: "Optional[str]" = None, *, c: Annotated[float, "unit"] = 1.0) -> Literal["x", "y"]:
    return "x"
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True)["c"])
print(get_args(Union[int, str]), get_origin(Union[int, str]), get_args(Literal[1, 2]), get_origin(list[int]), get_args(Callable[[int], str]))
UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__, type(UserId(5)).__name__, cast(str, 5))
print(Optional[int], Union[int, None] == Optional[int], Union[int, int], int | str, Any, Literal["a"], Final[int], ClassVar[str])
print(repr(Callable[..., int]), repr(dict[str, list[int]]), Annotated[int, "meta"].__metadata__)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(3), g("s"))
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
class Base:
    x: int
    y: "str"
class Sub(Base):
    z: float
print(get_type_hints(Sub), Sub.__annotations__)
