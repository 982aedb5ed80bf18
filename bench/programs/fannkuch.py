"""Fannkuch: pancake flips over all permutations; list slicing, reversal, small-int indexing."""
# QUICK_SIZE: 6
import sys


def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    total = 0
    while True:
        # count flips for the current permutation
        p = perm[:]
        flips = 0
        first = p[0]
        while first:
            p[:first + 1] = p[first::-1]
            flips += 1
            first = p[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        total += 1
        # next permutation by rotating prefixes (counting-based order)
        i = 1
        while i < n:
            head = perm[0]
            perm[:i] = perm[1:i + 1]
            perm[i] = head
            count[i] += 1
            if count[i] <= i:
                break
            count[i] = 0
            i += 1
        else:
            return total, checksum, max_flips


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    total, checksum, max_flips = fannkuch(n)
    print(f"permutations {total}")
    print(f"checksum {checksum}")
    print(f"max flips for {n}: {max_flips}")


main()
