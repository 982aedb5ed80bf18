# sorted/min/max/sum with keys, defaults and stability, over many element types.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 22)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]), max(people), min(people))
print(sorted("Banana", key=str.lower), sorted(["10", "9", "100"], key=len), sorted([3, 1, 2], key=None))
print(max([], default=0), min([], key=abs, default="none"), max([-3, 2], key=abs), min([-3, 2], key=abs))
print(max(1, 2, 3, key=lambda v: -v), min("abc", "abd", key=lambda s: s[::-1]), max(range(10), key=lambda v: v % 4))
print(sorted([1.5, -2, 0, True, False]), sorted([[3], [1, 2], [1]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True), sorted(set([5, 3, 9])))
print(sum([1.5, 2.5]), sum(range(100), 0.0), sum([], start=[]), sum([[1], [2, 3]], start=[0]))
print(max("hello"), min(b"hello"), max([b"a", b"b"]), max([(1, 2), (1, 3)]), min([[2], [1, 5]]))
for bad in ["max(1)", "min([], default=1, key=len, x=1)", "sorted([1, 'a'])", "max([1, None])", "sum(['a'])"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "TypeError:", e)
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"Rev({self.v})"
print(sorted([Rev(1), Rev(3), Rev(2)]), max([Rev(1), Rev(3)]), min([Rev(1), Rev(3)]))
stable = sorted([("x", 1), ("y", 0), ("z", 1), ("w", 0)], key=lambda t: t[1])
print(stable, sorted(stable, key=lambda t: t[1], reverse=True))
