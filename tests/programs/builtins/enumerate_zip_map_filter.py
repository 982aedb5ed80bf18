# Iterator builtins: enumerate, zip (strict), map, filter, reversed, iter with sentinel.
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip("a")), list(zip(*[(1, 2), (3, 4)])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda x, y: x + y, "ab", "cde")))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(lambda x: x % 2, range(6))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(iter(Seq())), 20 in Seq())
data = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(data), 0)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
print(next(iter([]), "dflt"), type(iter([])).__name__, type(iter("")).__name__, type(iter(())).__name__)
e = enumerate("xy")
print(next(e), next(e), next(e, None), type(e).__name__)
z = zip("ab", "cd")
print(iter(z) is z, next(z))
m = map(abs, [-1])
print(list(m), list(m))
print(dict(enumerate("ab")), list(zip(range(3), reversed(range(3)))))
