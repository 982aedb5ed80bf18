"""Spectral norm of an implicit infinite matrix: float math, nested loops, function calls."""
# QUICK_SIZE: 20
import sys


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(u):
    n = len(u)
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(i, j) * u[j]
        out.append(acc)
    return out


def times_transposed(u):
    n = len(u)
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(j, i) * u[j]
        out.append(acc)
    return out


def times_ata(u):
    return times_transposed(times(u))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 290
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    print(f"spectral norm {(vbv / vv) ** 0.5:.9f}")


main()
