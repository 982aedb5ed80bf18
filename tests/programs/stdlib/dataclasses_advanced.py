# dataclasses: inheritance and field order, InitVar, KW_ONLY, field metadata, __eq__/__hash__ rules, make_dataclass.
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, make_dataclass, is_dataclass, asdict
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Child(Base):
    z: int = 5
    x: int = 100
print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])
@dataclass
class WithInitVar:
    value: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.value *= scale
print(WithInitVar(3, 4), [f.name for f in fields(WithInitVar)])
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Mixed(1, c=9), Mixed(1))
try:
    Mixed(1, 2)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Meta:
    v: int = field(default=0, metadata={"unit": "m"})
print(fields(Meta)[0].metadata["unit"], type(fields(Meta)[0].metadata).__name__)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class EqNoHash:
    a: int
print(EqNoHash.__hash__)
@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(Hashed(1)) == hash(Hashed(1, [2])))
P = make_dataclass("P", [("x", int), ("y", int, field(default=7))], namespace={"norm": lambda self: self.x + self.y})
print(P(1), P(1).norm(), is_dataclass(P), is_dataclass(P(1)), is_dataclass(int))
@dataclass
class Tree:
    name: str
    kids: list["Tree"] = field(default_factory=list)
print(asdict(Tree("root", [Tree("a"), Tree("b", [Tree("c")])])))
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object at"))
@dataclass(match_args=False)
class NoMatch:
    a: int
print(hasattr(NoMatch, "__match_args__"), Child.__match_args__)
