# abs, divmod, pow, round, sum, min, max, hex/oct/bin, int/float/complex conversions.
print(abs(-3), abs(-3.5), abs(3 + 4j), abs(True), abs(-0.0))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 7))
print(pow(2, 100), pow(2, 0.5), pow(-8, 1 / 3), pow(4, -2), pow(10, 20, 7), pow(base=2, exp=3), pow(2, 3, mod=5))
print(round(3.14159, 2), round(-2.5), round(2.675, 2), round(7, -1), round(15, -1), round(25, -1), round(1e16 + 1, -1))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=100), sum([], 0.0))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
print(min(3, 1, 2), max("abc"), min([4, 5], key=lambda x: -x), max([], default="empty"), min((), default=None))
print(max([1, 3, 3], key=lambda x: x), max([(1, "a"), (1, "b")]), min("b", "a", key=str.upper))
for bad in ["min()", "max([])", "min(1)", "max(1, 2, default=0)", "min([], key=len, bad=1)"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__ + ":", e)
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), hex(0), bin(0))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print(int("ff", 16), float("  1.5e3  "), complex(1, -1), bool("False"), int(-0.5), int(2 ** 0.5 * 1e10))
class N:
    def __index__(self):
        return 10
print(hex(N()), bin(N()), oct(N()), list(range(N()))[-1], [0] * 2 * 1)
print(round(0.5), round(1.5), round(-0.5), round(-1.5), round(0.05, 1), round(0.15, 1), round(0.25, 1))
print(round(123.456, -1), round(123.456, -2), round(-123.456, 1), type(round(5.5)).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(2.5, None), round(10 ** 30 + 0.0, -28))
