"""Generators: pipelines of generator functions, yield from delegation, send(), generator expressions."""
# QUICK_SIZE: 500
import sys


def numbers(n):
    seed = 3
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed % 10000


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def windows(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            del buf[0]


def chunked(src, size):
    chunk = []
    for x in src:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)


def build_tree(depth, value=1):
    if depth == 0:
        return Node(value)
    return Node(value, [build_tree(depth - 1, value * 3 + i) for i in range(3)])


def walk(node):
    yield node.value
    for child in node.children:
        yield from walk(child)


def running_average():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return total
        total += value
        count += 1
        avg = total // count


def delegator(results):
    while True:
        results.append((yield from running_average()))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600000
    s1 = sum(a * b - c for a, b, c in windows(evens(numbers(n)), 3))
    s2 = sum(max(ch) - min(ch) for ch in chunked(numbers(n), 16))
    tree = build_tree(9)
    s3 = sum(v % 1000 for v in walk(tree))
    results = []
    d = delegator(results)
    next(d)
    last = None
    for i, x in enumerate(numbers(n)):
        last = d.send(x)
        if i % 1000 == 999:
            d.send(None)
    s4 = sum(results)
    squares = (x * x for x in range(n) if x % 3)
    s5 = sum(sq % 97 for sq in squares)
    print(f"windows {s1} chunks {s2} tree {s3}")
    print(f"averages {len(results)} {s4} last {last} squares {s5}")


main()
