# Comparisons between ints, floats, bools, and chained comparisons.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(10 ** 30 < float("inf"), -(10 ** 30) > float("-inf"), 1 < float("nan"), 1 > float("nan"))
print(float("nan") == float("nan"), float("nan") != float("nan"))
print(0 == -0.0, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(max([1, 2.5, 2]), min([3, 2.0, 2]), max(2, 2.0), max(2.0, 2))
print(sorted([3, 1.5, 2, True, 0]))
for a, b in [(1, "1"), ([1], (1,)), (None, 0)]:
    print(a == b, a != b)
for a, b in [(1, "1"), (None, 1), ([], ())]:
    try:
        a < b
    except TypeError as e:
        print("TypeError:", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [1, [2]] == [1, [2]], (2,) > (1, 99))
print("a" < "b", "B" < "a", "abc" < "abd", "" < "a", "Z" < "z")
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 6)
def f(v):
    print("eval", v)
    return v
print(f(1) < f(2) < f(0) < f(3))
print(1 is 1 if False else "skip", None is None, x is not None)
print((1).__lt__(2), (1).__lt__(2.0), (1).__eq__("1"), (1.5).__eq__(1))
