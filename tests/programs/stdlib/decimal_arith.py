# decimal: exact arithmetic, contexts, rounding, quantize, special values and signals.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero, Inexact
import decimal
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal(10) / Decimal(3))
print(Decimal("1.30") + Decimal("1.20"), Decimal("1e3"), Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"), Decimal((1, (1, 4), -1)))
print(repr(Decimal("3.14")), str(Decimal("1E+2")), Decimal("100").normalize(), Decimal("0.00").normalize())
print(Decimal("2").sqrt(), Decimal("1").exp(), Decimal("10").ln(), Decimal("100").log10())
print(Decimal("7.325").quantize(Decimal("0.01")), Decimal("7.325").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("2.5").to_integral_value(), Decimal("3.5").to_integral_value(), round(Decimal("2.675"), 2), round(Decimal("1.5")))
print(Decimal(7) // Decimal(-2), Decimal(7) % Decimal(-2), divmod(Decimal(-7), Decimal(2)), -Decimal("5"), abs(Decimal("-2.5")))
print(Decimal("1.5") < 2, Decimal("2") == 2, Decimal("0.5") == 0.5, hash(Decimal("2")) == hash(2), int(Decimal("9.99")), float(Decimal("0.25")))
print(getcontext().prec, getcontext().rounding, sorted(k.__name__ for k, v in getcontext().traps.items() if v))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3))
print(Decimal(1) / Decimal(7))
for expr in ["Decimal(1) / Decimal(0)", "Decimal('abc')", "Decimal('inf') - Decimal('inf')", "Decimal(-1).sqrt()"]:
    try:
        eval(expr)
    except (InvalidOperation, DivisionByZero) as e:
        print(expr, type(e).__name__, [c.__name__ for c in type(e).__mro__[:3]])
with localcontext() as ctx:
    ctx.traps[Inexact] = True
    try:
        Decimal(1) / Decimal(3)
    except Inexact as e:
        print("Inexact trapped", type(e).__name__)
print(Decimal("1.23E-7"), Decimal("123E+20"), Decimal("0.000001"), Decimal("0.0000001"), f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.5'):%}")
print(Decimal("3.0").as_tuple(), Decimal("12.5").as_integer_ratio(), Decimal.from_float(0.5), Decimal(2) ** 100)
print(sum([Decimal("0.1")] * 10), Decimal("1") / 8, max(Decimal("1.0"), Decimal("1")), sorted([Decimal("2"), Decimal("1.5"), 1]))
print(decimal.Context(prec=3).create_decimal("3.14159"), Decimal("1.000").compare(Decimal("1")), Decimal("5").fma(2, 3))
