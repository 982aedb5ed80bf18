# Every list method, with the errors they raise.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); print(a)
a.extend([3, 5]); a.extend("ab"); print(a)
a.insert(0, "x"); a.insert(-1, "y"); a.insert(100, "z"); a.insert(-100, "w"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("x"); print(a, a.index(1), a.index(1, 2), a.count(1), a.count("q"))
for op in ["a.remove('q')", "a.index('q')", "[].pop()", "a.pop(99)", "a.index(1, 0, 1)"]:
    try:
        eval(op)
    except (ValueError, IndexError) as e:
        print(op, type(e).__name__ + ":", e)
b = [x for x in a if isinstance(x, int)]
b.sort(); print(b)
b.sort(reverse=True); print(b)
b.reverse(); print(b)
c = b.copy(); c.clear(); print(b, c)
words = ["pear", "Apple", "fig", "banana"]
words.sort(key=len); print(words)
words.sort(key=str.lower, reverse=True); print(words)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    a.sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print(list(), list("abc"), list(range(3)), list({1: 2}), list((1, 2)), [1, 2] + [3], [0] * 3, 2 * [1, 2])
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
x = [1]; x += (2, 3); x *= 2; print(x)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] < [0], [[1]] == [[1]])
print(len(a), 5 in a, "q" not in a, a.__len__(), list.__name__)
