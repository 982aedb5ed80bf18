# difflib (ndiff, unified_diff, SequenceMatcher, get_close_matches) and pprint formatting.
import difflib, pprint
a = ["one\n", "two\n", "three\n", "four\n"]
b = ["one\n", "2\n", "three\n", "four\n", "five\n"]
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt")), end="")
print("".join(difflib.ndiff(["abcd\n"], ["abed\n"])), end="")
sm = difflib.SequenceMatcher(None, "abcdefg", "abxdefgh")
print(round(sm.ratio(), 4), sm.get_matching_blocks(), sm.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("x", ["y"]))
print(list(difflib.context_diff(["a\n"], ["b\n"], lineterm=""))[:4])
data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "meta": {"age": 31}}, {"name": "bob", "roles": [], "meta": {}}],
        "count": 2, "flags": set(range(3)), "long": "x" * 30}
pprint.pprint(data, width=60)
print(pprint.pformat(list(range(30)), width=40, compact=True))
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False), pprint.saferepr([1, [2]]))
pprint.pprint({"deep": {"deeper": {"deepest": [1, 2]}}}, depth=2)
print(pprint.isreadable([1, "a"]), pprint.isrecursive([]))
