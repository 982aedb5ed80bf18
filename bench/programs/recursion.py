"""Recursion: naive fib, Ackermann, building and checking binary trees, recursive permutations."""
# QUICK_SIZE: 12
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def make_tree(depth):
    if depth == 0:
        return (None, None)
    return (make_tree(depth - 1), make_tree(depth - 1))


def check(tree):
    left, right = tree
    if left is None:
        return 1
    return 1 + check(left) + check(right)


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves[src * 3 + dst] += 1
    hanoi(n - 1, via, dst, src, moves)


def perms(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    sys.setrecursionlimit(20000)
    f = fib(n)
    a = ack(2, n * 20)
    a3 = ack(3, min(n // 4, 6))
    nodes = 0
    for depth in range(4, n // 2 + 4, 2):
        nodes += check(make_tree(depth))
    moves = [0] * 9
    hanoi(n // 2 + 4, 0, 2, 1, moves)
    p = perms(list(range(min(n // 3, 8))))
    print(f"fib({n}) = {f} ack(2,{n * 20}) = {a} ack(3,{min(n // 4, 6)}) = {a3}")
    print(f"tree nodes {nodes} hanoi {moves} perms {len(p)} last {p[-1]}")


main()
