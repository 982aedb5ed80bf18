# complex: construction, arithmetic, repr, attributes and errors.
z = complex(3, 4)
print(z, repr(z), abs(z), z.real, z.imag, z.conjugate())
print(1j, -1j, 2 + 0j, 0j, -0j, complex(-0.0, -0.0), complex(0, -0.0))
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1 + 2j) ** 2, 2 ** (1j) == 2 ** 1j)
print(complex("1+2j"), complex(" 3-4J "), complex("5j"), complex("-1.5"), complex("inf+nanj"))
print(complex(1.5), complex(2, 3.5), complex(1 + 1j, 1j), complex())
for s in ["1 + 2j", "j1", "1+", "abc", ""]:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), "ValueError:", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print("TypeError:", e)
try:
    1j / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (1j) // 2
except TypeError as e:
    print("TypeError:", e)
print(1j == 1j, 1 + 0j == 1, hash(1 + 0j) == hash(1), complex(1e300, 1e300) * 10)
print(format(z, ""), format(z, ".2f"), format(z, "^20"), format(1.5 - 2.25j, "+.1e"))
print(f"{z}", f"{z!r}", str(1e20 + 1e-20j), repr(complex(float("nan"), float("inf"))))
print(pow(1j, 2), pow(2j, 0), 0j ** 0, abs(-3 - 4j), -z, +z)
print(isinstance(z, complex), type(z).__name__, z.__class__ is complex)
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.exp(0j), cmath.isclose(1j, 1j))
