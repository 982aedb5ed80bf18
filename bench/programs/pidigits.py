"""Digits of pi by an unbounded spigot: big-integer multiply, add and floor division."""
# QUICK_SIZE: 50
import sys


def pi_digits(count):
    # state of a linear fractional transformation (q r / 0 t) applied to the series for pi
    q, r, t = 1, 0, 1
    k = 1
    out = []
    while len(out) < count:
        # consume one term
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        if q > r:
            continue
        d3 = (q * 3 + r) // t
        d4 = (q * 4 + r) // t
        if d3 != d4:
            continue
        out.append(d3)
        q, r = q * 10, (r - d3 * t) * 10
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    digits = pi_digits(n)
    text = "".join(map(str, digits))
    for i in range(0, min(len(text), 60), 20):
        print(text[i:i + 20])
    print(f"last digits {text[-20:]}")
    print(f"digit sum {sum(digits)}")


main()
