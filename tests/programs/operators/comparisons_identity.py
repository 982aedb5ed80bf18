# is vs ==, membership tests via __contains__/__iter__/__getitem__, chained comparisons evaluation.
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, None is None, [] == [], () == ())
class AlwaysEq:
    def __eq__(self, other):
        return True
x = AlwaysEq()
print(x in [1, 2], 5 in [x], [x] == [1], (x,) == (2,), {1: 2} == {1: 2})
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan], (nan,) == (nan,))
class Contains:
    def __contains__(self, item):
        print("__contains__", item)
        return item == "yes"
print("yes" in Contains(), "no" in Contains(), "no" not in Contains())
class IterOnly:
    def __iter__(self):
        print("__iter__ used")
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i
print(16 in GetItemOnly(), 5 in GetItemOnly())
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
def v(n):
    print("evaluating", n)
    return n
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2))
print("abc" in "xabcx", b"ab" in b"cab", 2 in range(5), 2.0 in range(5), "a" in {"a": 1}, 1 in {"a": 1}.values())
try:
    [] in "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    2 in b"abc" and "x" in b"abc"
except TypeError as e:
    print("TypeError:", e)
print(1 < 2.5 < 3, "a" < "b" < "c", (1, 2) < (1, 3) < (2,), [1] < [1, 0] < [2])
