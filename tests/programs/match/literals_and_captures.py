# match statement: literal, capture, wildcard, or, guard, and value patterns.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case Color.RED:
            return "red"
        case -1.5:
            return "neg float"
        case 1j:
            return "imaginary"
        case b"raw":
            return "bytes"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s if len(s) > 5:
            return f"long str {s}"
        case other:
            return f"other {other!r}"
for v in [0, 2, "hello", True, None, Color.RED, Color.GREEN, -1.5, 1j, b"raw", 500, "lengthy", 50, 1.0, False]:
    print(repr(v), "->", describe(v))
def wild(v):
    match v:
        case _:
            return "always"
print(wild(object) == "always")
x = 5
match x:
    case 5 if x > 10:
        print("not here")
    case 5:
        print("matched 5 after failed guard")
match 3:
    case 4:
        print("no")
print("no case matched is fine")
match [1, 2]:
    case [a, b] if a > b:
        print("desc")
    case [a, b]:
        print("asc", a, b)
print(a, b)
