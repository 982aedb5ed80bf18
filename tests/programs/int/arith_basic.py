# Integer arithmetic: the operators, signs, floor division and modulo rules.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (12345678901234567890, 97)]
for a, b in pairs:
    print(a, b, "+", a + b, "-", a - b, "*", a * b)
    print("  //", a // b, "%", a % b, "divmod", divmod(a, b))
    print("  /", a / b)
print(2 ** 10, 2 ** 0, (-2) ** 3, 2 ** -1, (-8) ** -1)
print(0 ** 0, 1 ** 1000, (-1) ** 1001)
print(-(-5), +(-5), abs(-5), abs(5), abs(0))
print(~0, ~5, ~-1, -~5)
for expr in ["1 // 0", "1 % 0", "divmod(1, 0)", "1 / 0", "0 ** -1"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
x = 17
x += 3; print(x)
x -= 30; print(x)
x *= -2; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
print(True + True, True * 10, False - 1, -True)
print(7 .__add__(3), (7).__rsub__(10), int.__mul__(6, 7))
print((5).__truediv__(2), (5).__floordiv__(0) if False else "skip")
print(int.__add__(1, 2.0))
