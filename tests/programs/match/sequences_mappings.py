# Sequence and mapping patterns: star captures, nested patterns, **rest, and what counts as a sequence.
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x},{y}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3, 4], "ab", b"ab", range(3), {1: 2}, iter([1])]:
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", seq(v))
def nested(v):
    match v:
        case [("add" | "sub") as op, int(a), int(b)]:
            return f"{op} {a} {b}"
        case [("neg", int(a))]:
            return f"neg {a}"
        case [[x, y], [z, *_]]:
            return f"matrix starts {x} {y} {z}"
        case _:
            return "unknown"
print(nested(["add", 1, 2]), nested([("neg", 5)]), nested([[1, 2], [3, 4, 5]]), nested(["mul", 1, 2]))
def mapping(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} extra {rest}"
        case {}:
            return "some mapping"
        case _:
            return "no"
print(mapping({"type": "point", "x": 1, "y": 2, "z": 3}), mapping({"type": "circle", "r": 5, "c": "red"}))
print(mapping({"other": 1}), mapping({}), mapping([]))
from collections import defaultdict, OrderedDict
dd = defaultdict(int, {"type": "point", "x": 0, "y": 0})
print(mapping(dd), mapping(OrderedDict(type="circle", r=1)))
match {"k": 1}:
    case {"missing": _}:
        print("no")
    case {"k": 1 | 2 as val}:
        print("k is", val)
match (1, (2, (3, 4))):
    case (a, (b, (c, d))):
        print(a + b + c + d)
match [1, 2, 3]:
    case [*all_items]:
        print(all_items)
match "text":
    case [*chars]:
        print("sequence?", chars)
    case str():
        print("str is not a sequence pattern")
