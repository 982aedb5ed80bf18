# inf and nan: arithmetic, comparisons, containment, hashing, formatting and conversions.
import math
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf, inf * -1, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, math.isnan(nan * 0))
lst = [nan]
print(nan in lst, float("nan") in lst, lst == lst, [float("nan")] == [float("nan")], lst.count(nan), lst.index(nan))
print({nan: 1}.get(nan), {float("nan"): 1}.get(float("nan")), len({nan, nan}), len({float("nan"), float("nan")}))
print(max(1, nan), max(nan, 1), min(nan, 1), sorted([3, 1, 2]), inf > 10 ** 400, -inf < -(10 ** 400))
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0), math.copysign(1, -0.0), 0.0 == -0.0, repr(-0.0))
print(str(inf), repr(-inf), format(inf, "f"), format(nan, "e"), format(-inf, "10"), f"{nan:^9}|", "%f %e %g" % (inf, nan, -inf))
print(math.inf == inf, math.isinf(-inf), math.isfinite(nan), round(inf, 2), abs(-inf), -nan == nan)
for f in [int, round]:
    for v in [inf, nan]:
        try:
            f(v)
        except (OverflowError, ValueError) as e:
            print(f.__name__, v, type(e).__name__ + ":", e)
print(inf.is_integer(), nan.is_integer(), inf.hex(), float.fromhex("inf"), float.fromhex("-nan"), inf.as_integer_ratio.__name__)
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2, 2.0 ** 1023 * 2, math.fsum([inf, 1]))
try:
    2.0 ** 1024
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(divmod(inf, 1) if False else "skip", math.fmod(5.5, inf), 5.5 % inf, -5.5 % inf, inf % 5 if False else "")
