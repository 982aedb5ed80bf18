# Edge cases: mapping patterns use get() via __getitem__ semantics, keys must be literals/values, class patterns with self-match types.
from collections import defaultdict
class Tracker(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)
    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)
match Tracker(a=1, b=2):
    case {"a": 1, "z": _}:
        print("has z")
    case {"a": 1, **rest}:
        print("rest", rest)
dd = defaultdict(lambda: "made", {"x": 1})
match dd:
    case {"missing": v}:
        print("defaultdict factory used?", v)
    case {"x": v}:
        print("x is", v, "and missing was not created:", "missing" in dd)
for value in [1, 1.0, True, "1", b"1", [1], (1,), {1}, frozenset({1}), bytearray(b"1"), None]:
    match value:
        case bool(b):
            kind = f"bool {b}"
        case int(i):
            kind = f"int {i}"
        case float(f):
            kind = f"float {f}"
        case str(s) | bytes(s) | bytearray(s):
            kind = f"text-like {s!r}"
        case list(l) | tuple(l):
            kind = f"sequence {l!r}"
        case set(s) | frozenset(s):
            kind = f"set-like {sorted(s)}"
        case _:
            kind = "none of the above"
    print(repr(value), "->", kind)
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
match Point(1, 2):
    case Point(x, y=2) if x == 1:
        print("mixed positional and keyword")
match Point(1, 2):
    case Point(z=3):
        print("no z attribute")
    case Point():
        print("missing attribute just fails the pattern")
match 42:
    case int(real=42, imag=0):
        print("int attributes in keyword patterns")
