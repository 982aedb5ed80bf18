# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2, -7 // 2, -(7 // 2))
print(1 + 2 << 3, 1 << 2 + 3, 0xF0 | 0x0F & 0x3C, 6 ^ 3 & 5, ~5 + 1, not 1 == 2, not (1 and 0))
print(1 < 2 == True, (1 < 2) == True, 1 if 0 else 2 if 1 else 3, "a" "b" * 2)
print(True or False and False, (True or False) and False, 0 or 0.0 or "" or None, 1 and [] and 3)
print([1, 2] * 2 + [3], 3 * "-" + ">", 2 * 3 ** 2, -3 ** 0.5 if False else -(3 ** 2))
x = 5
print(x in [5] == True if False else (x in [5]) == True, x is not None is not False)
print(1 in [1] in [[1]], (1 in [1]) in [True])
print((lambda: 0 if True else 1)(), (lambda: 1 if False else 2)())
f = lambda a, b=2: a * b
print(f(3), (lambda: (yield))().__class__.__name__ if False else "skip")
print(- - 5, + - 5, ~ ~ 5, not not 5, -~5, ~-5)
print(2 @ 3 if False else "matmul only for objects", 5 % 3 ** 2, (5 % 3) ** 2)
print(*[1, 2], *"ab", sep="|")
print(*range(3), **{"sep": "-"})
a = [1, 2, 3]
print(a[-1:], a[:-1], a[::-1][0], [*a, *a][2:4], {**{"k": 1}, "j": 2})
print((1, 2) + (3,), (1,) * 2, "%d%%" % 5 + "!", 3 > 2 > 1 > 0 < 5)
print(0.1 + 0.2 * 3, (0.1 + 0.2) * 3, 1e3 // 7, 2 ** 10 % 1000, -2 ** -2)
print(divmod(-7, 2), -7 % 2, 7 % -2, -7.0 % 2)
