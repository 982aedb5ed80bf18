# match with guards using bound names, AS patterns around OR, mapping with non-str keys, value patterns via dotted names.
import math
class Consts:
    ZERO = 0
    ORIGIN = (0, 0)
def classify(v):
    match v:
        case Consts.ZERO:
            return "zero constant"
        case (0, 0) | [0, 0] as pt:
            return f"origin {pt!r}"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (int() | float() as x, int() | float() as y) if math.hypot(x, y) < 2:
            return "near origin"
        case {1: "one", **rest} if not rest:
            return "exactly one->'one'"
        case {1: _, 2: _}:
            return "has 1 and 2"
        case [int() | float() as a, str() as b, *_] :
            return f"num {a} then str {b}"
        case (("a" | "b") as letter, *more) if len(more) < 2:
            return f"letter {letter} with {more}"
        case float(f) if f.is_integer():
            return f"integral float {f}"
        case _:
            return "unmatched"
inputs = [0, (0, 0), [0, 0], (3, 3), (1, 0.5), {1: "one"}, {1: "one", 3: 3}, {1: 1, 2: 2, 3: 3}, [1, "s", None], [2.5, "t"],
          ("a", 1), ("b", 1, 2), 4.0, 4.5, "zzz"]
for i in inputs:
    print(repr(i), "->", classify(i))
def eval_expr(node):
    match node:
        case ("num", n):
            return n
        case ("add", left, right):
            return eval_expr(left) + eval_expr(right)
        case ("mul", left, right):
            return eval_expr(left) * eval_expr(right)
        case ("neg", inner):
            return -eval_expr(inner)
        case _:
            raise ValueError(f"bad node {node!r}")
tree = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(eval_expr(tree))
try:
    eval_expr(("div", 1, 2))
except ValueError as e:
    print("ValueError:", e)
match {"status": 200, "body": {"items": [1, 2]}}:
    case {"status": 200 | 201, "body": {"items": [first, *_]}}:
        print("ok, first item", first)
match "hello world".split():
    case [("hello" | "hi"), name]:
        print("greeting for", name)
