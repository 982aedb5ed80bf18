import math

print(math.pi, math.e, math.tau, math.inf, math.nan)
vals = [0.0, 0.5, 1.0, 2.0, 10.0, -0.5, 1e-300, 123.456]
for name in ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos",
             "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt", "gamma", "lgamma",
             "fabs", "degrees", "radians"]:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
print(math.gamma(5), math.gamma(0.5), math.gamma(-1.5), math.gamma(171.5), math.lgamma(100), math.lgamma(-2.5))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-3.9), math.floor(7), math.ceil(True))
class N:
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __trunc__(self): return "trunc"
print(math.floor(N()), math.ceil(N()), math.trunc(N()))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]))
print(math.fsum([1.0, 2.0 ** -53, 2.0 ** -106]), math.fsum([float("inf"), 1.0]), math.fsum([1, 2, 3]))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1))
print(math.factorial(0), math.factorial(20), math.factorial(30), len(str(math.factorial(1000))))
print(math.comb(10, 3), math.comb(5, 6), math.comb(100, 50), math.perm(5), math.perm(5, 2), math.perm(3, 5))
print(math.gcd(), math.gcd(12, 18), math.gcd(-12, 18, 30), math.gcd(0, 0), math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([2, 3], start=10))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.hypot(3, 4), math.hypot(), math.hypot(1, 1, 1), math.hypot(1e308, 1e308))
print(math.hypot(1e-320, 1e-320), math.hypot(-5), math.hypot(float("nan"), float("inf")))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 2.0, steps=3), math.nextafter(1.0, 1.0 + 2 ** -51, steps=10))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-2.0), math.ulp(float("inf")))
print(math.log(8, 2), math.log(100, 10), math.log(10 ** 400), math.log2(2 ** 1000), math.log10(10 ** 500), math.log(2 ** 1100, 2))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0.0, 0.0), math.pow(float("nan"), 0), math.pow(1, float("nan")))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(1, math.inf), math.remainder(7, 4), math.remainder(5, 2))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.frexp(5e-320), math.ldexp(0.5, 4), math.ldexp(1.0, -1074))
print(math.modf(3.25), math.modf(-3.25), math.modf(math.inf), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 2), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isnan(1))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [3.0, 4.0]), math.sumprod([1.5, 2], [2, 3]), math.sumprod([], []))
print(math.atan2(1, 1), math.atan2(-0.0, -1.0), math.cbrt(-27), math.exp2(10), math.expm1(1e-10), math.log1p(1e-10))
for expr in ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(0, 2)", "math.log(2, 1)", "math.exp(1000)",
             "math.pow(0, -1)", "math.pow(-1, 0.5)", "math.pow(10, 400)", "math.fmod(math.inf, 1)",
             "math.remainder(1, 0)", "math.factorial(-1)", "math.factorial(1.5)", "math.isqrt(-1)",
             "math.comb(-1, 2)", "math.comb(3, -2)", "math.perm(-3)", "math.gamma(0)", "math.gamma(-2)",
             "math.lgamma(-1)", "math.gamma(200)", "math.ldexp(1.0, 2000)", "math.isclose(1, 1, rel_tol=-1)",
             "math.dist((1,), (1, 2))", "math.sqrt('a')", "math.trunc('x')", "math.floor('x')",
             "math.sumprod([1], [1, 2])", "math.nextafter(1.0, 2.0, steps=-1)", "math.acos(2)", "math.atanh(1)",
             "math.log(10 ** 400, 0)", "math.sqrt(10 ** 400)", "math.cosh(1000)", "math.fsum([math.inf, -math.inf])",
             "math.fsum([1e308, 1e308])"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
for v in [-0.9, -0.5, -0.25, -1e-5, 1e-17, 1e-9, 0.001, 0.3, 0.41, 0.42, 0.7, 1.5, 3.0, 1e10, 1e300]:
    print(v, math.log1p(v))
for v in [1e-20, 0.3, 0.7, 1.03, -0.4, -0.7, -2.0, -38.9, -40.0, 12.6, 20.0, 39.0, 50.0, 700.0, 3e-9]:
    print(v, math.expm1(v))
