"""Set-heavy work: membership, union/intersection/difference, frozensets as keys, graph reachability."""
# QUICK_SIZE: 2000
import sys


def multiples(limit, step):
    return set(range(0, limit, step))


def reachable(edges, start):
    seen = {start}
    frontier = {start}
    while frontier:
        nxt = set()
        for node in frontier:
            nxt |= edges.get(node, set())
        frontier = nxt - seen
        seen |= frontier
    return seen


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 130000
    evens = multiples(n, 2)
    threes = multiples(n, 3)
    fives = multiples(n, 5)
    both = evens & threes
    either = evens | fives
    only = threes - evens
    sym = fives ^ threes
    print(f"sizes {len(both)} {len(either)} {len(only)} {len(sym)}")
    hits = 0
    for i in range(n):
        if i in both or (i in sym and i not in fives):
            hits += 1
    # a sparse directed graph on n nodes
    edges = {}
    seed = 5
    for i in range(n):
        seed = (seed * 214013 + 2531011) & 0xFFFFFFFF
        targets = {(i * 3 + 1) % n, (seed >> 8) % n}
        if i % 4 == 0:
            targets.add((i + n // 2) % n)
        edges[i] = targets
    comp = reachable(edges, 0)
    comp2 = reachable(edges, n // 3)
    # frozensets as dictionary keys: groups of digits of numbers
    groups = {}
    for i in range(n):
        key = frozenset(str(i))
        groups[key] = groups.get(key, 0) + 1
    subset_pairs = 0
    keys = sorted(groups, key=lambda s: (len(s), sorted(s)))[:120]
    for a in keys:
        for b in keys:
            if a < b:
                subset_pairs += 1
    words = {f"k{i % 977}x{i % 13}" for i in range(n)}
    common = words.intersection(f"k{i}x{i % 13}" for i in range(977))
    print(f"hits {hits} reach {len(comp)} {len(comp2)} overlap {len(comp & comp2)}")
    print(f"groups {len(groups)} subset pairs {subset_pairs} words {len(words)} common {len(common)}")
    print(f"checksum {sum(comp) % 1000003} {sum(x for x in comp2 if x % 7 == 0) % 1000003}")


main()
