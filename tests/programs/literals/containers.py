# Container displays: list, tuple, dict, set literals, trailing commas, nesting, evaluation order.
print([], [1], [1,], [1, 2,], (), (1,), (1, 2,), {}, {1: 2,}, {1,}, {1, 2, 3})
print([[]], [()], ({},), {(): []}, {frozenset(): 1}, [None, ..., NotImplemented])
def tag(x):
    print("eval", x)
    return x
print([tag(1), tag(2)], {tag("k1"): tag("v1"), tag("k2"): tag("v2")})
print({1: "a", 1: "b"}, {1, 1, 2}, [1] * 0, ("a") , ("a",))
print(type(()).__name__, type((1)).__name__, type((1,)).__name__, type({}).__name__, type({1}).__name__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, repr(NotImplemented), bool(...))
nested = {"list": [1, {"set": {1}}], "tuple": (1, [2]), "dict": {"inner": {}}}
print(nested, len(nested))
print([
    1,
    2,
], {
    "a": 1,
})
print([i for i in (1, 2)], (i for i in ()).__class__.__name__)
print(list(range(3)) == [0, 1, 2], {**{}}, [*()], (*(), 1))
try:
    eval("{[]: 1}")
except TypeError as e:
    print("TypeError:", e)
try:
    eval("{{1}}")
except TypeError as e:
    print("TypeError:", e)
print(None, True, False, type(None).__name__, None.__class__, NotImplemented.__class__.__name__)
