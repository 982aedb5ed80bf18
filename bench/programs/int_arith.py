"""Small-int arithmetic: sieve, gcd, collatz, modular exponentiation, digit sums, bit tricks."""
# QUICK_SIZE: 2000
import sys


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return [i for i, f in enumerate(flags) if f]


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def collatz_len(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps


def powmod(base, exp, mod):
    result = 1
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 70000
    primes = sieve(n * 4)
    coprime = 0
    for a in range(1, 300):
        for b in range(a, a + n // 300):
            if gcd(a, b) == 1:
                coprime += 1
    longest = max(range(1, n), key=collatz_len)
    fermat = sum(1 for p in primes[1:2000] if powmod(2, p - 1, p) == 1)
    digits = 0
    for i in range(n):
        x = i * 7919
        while x:
            digits += x % 10
            x //= 10
    bits = sum(popcount(i ^ (i >> 1)) for i in range(n))
    acc = 0
    for i in range(n):
        acc = (acc + (i * i) % 1009 - (i << 2) + (i // 3)) & 0xFFFFF
    print(f"primes {len(primes)} last {primes[-1]} coprime {coprime}")
    print(f"collatz {longest} fermat {fermat} digits {digits} bits {bits} acc {acc}")


main()
