# Format specs delegated to types: datetime strftime codes, Decimal and Fraction formatting, complex and ints.
import datetime as dt
from decimal import Decimal
from fractions import Fraction
d = dt.datetime(2024, 12, 25, 8, 5, 3, 123456)
for spec in ["%Y-%m-%d", "%H:%M:%S.%f", "%a %A %b %B", "%j %U %W %w", "%I %p %y", "%%", "%d/%m/%Y %H%M", "%G-W%V-%u"]:
    print(repr(spec), f"{d:{spec}}")
print(f"{d.date():%d %b %Y}", f"{d.time():%H.%M}", f"{dt.timedelta(hours=25)}", f"{d!r}", f"{d}")
for v in [Decimal("1234.5678"), Decimal("-0.000123"), Decimal("1E+5"), Decimal("NaN")]:
    print(repr(v), f"{v}", f"{v:.2f}", f"{v:,.1f}", f"{v:e}", f"{v:>12}", f"{v:%}" if v.is_finite() else "n/a")
for v in [Fraction(22, 7), Fraction(-1, 3), Fraction(5)]:
    print(v, f"{v:.3f}", f"{v!s:>8}", f"{v:e}", f"{v:.2%}")
    try:
        f"{v:>8}"
    except ValueError as e:
        print("ValueError:", e)
for v in [3 + 4j, -1.5j, complex(1e10, -1e-10)]:
    print(f"{v}", f"{v:.2f}", f"{v:>20}", f"{v:e}", f"{v:g}")
for v in [0, 7, -255, 65536]:
    print(f"{v:#x}|{v:#o}|{v:#b}|{v:+,}|{v:^10}|{v:010.2f}|{v:c}" if 0 < v < 0x110000 else f"{v:#x}|{v:#o}|{v:#b}|{v:+,}")
