# dataclasses: generated methods, defaults, field(), ordering, frozen, post_init, asdict.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: int = field(default=0, repr=False, compare=False)
a = Item("pen", 1.5)
b = Item("pen", 1.5, secret=9)
print(a, a == b, asdict(a), astuple(b), replace(a, price=2.0))
print([f.name for f in fields(Item)], Item.__dataclass_fields__["tags"].default_factory)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
print(sorted([Ver(1, 2), Ver(1), Ver(0, 9)]), Ver(1) < Ver(1, 1), hash(Ver(1)) == hash(Ver(1)))
try:
    Ver(1).major = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class WithPost:
    w: int
    h: int
    area: int = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(WithPost(2, 3))
@dataclass(kw_only=True)
class KW:
    x: int
    y: int = 2
print(KW(x=1), KW(y=3, x=0))
@dataclass(slots=True)
class Slotted:
    a: int
print(Slotted(1), hasattr(Slotted(1), "__dict__"), Slotted.__slots__)
@dataclass
class Node:
    value: int
    children: list["Node"] = field(default_factory=list)
print(Node(1, [Node(2)]), Node.__init__.__annotations__ if False else Node.__match_args__)
