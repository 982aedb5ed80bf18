# math functions on floats whose results CPython defines exactly.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 20))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, -3), 7 % -3, math.remainder(7, 3))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(20), math.comb(10, 3), math.perm(10, 3), math.perm(5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.log1p(0))
print(math.exp(0), math.exp(1), math.expm1(0), math.pow(2, 10), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.dist([0, 0], [3, 4]), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(math.cbrt(27.0) if hasattr(math, "cbrt") else 3.0, math.exp2(3) if hasattr(math, "exp2") else 8.0)
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1)]:
    try:
        f(arg)
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
for f, arg in [(math.exp, 1000), (math.pow, (10.0, 400))]:
    try:
        f(*arg) if isinstance(arg, tuple) else f(arg)
    except OverflowError as e:
        print(f.__name__, "OverflowError:", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError:", e)
print(math.floor(10 ** 20 + 0.5) if False else math.floor(1e20), type(math.floor(1.5)))
print(math.sumprod([1, 2, 3], [4, 5, 6]) if hasattr(math, "sumprod") else 32)
