"""collections and itertools: deque, Counter, defaultdict, namedtuple, OrderedDict, chain/groupby/accumulate."""
# QUICK_SIZE: 500
import itertools
import sys
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

Point = namedtuple("Point", "x y")
Order = namedtuple("Order", ["customer", "product", "qty"])


def orders(n):
    seed = 4242
    for _ in range(n):
        seed = (seed * 214013 + 2531011) & 0xFFFFFFFF
        yield Order("c%d" % (seed % 300), "p%d" % ((seed >> 9) % 40), 1 + (seed >> 3) % 9)


def bfs_grid(size):
    # shortest path lengths on a grid with walls, using a deque
    walls = {(x, y) for x in range(size) for y in range(size) if (x * 7 + y * 3) % 11 == 0 and x % 5}
    start = Point(0, 0)
    dist = {start: 0}
    queue = deque([start])
    while queue:
        p = queue.popleft()
        d = dist[p] + 1
        for q in (Point(p.x + 1, p.y), Point(p.x - 1, p.y), Point(p.x, p.y + 1), Point(p.x, p.y - 1)):
            if 0 <= q.x < size and 0 <= q.y < size and q not in walls and q not in dist:
                dist[q] = d
                queue.append(q)
    return dist


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 115000
    all_orders = list(orders(n))
    per_customer = defaultdict(list)
    qty_by_product = Counter()
    for o in all_orders:
        per_customer[o.customer].append(o)
        qty_by_product[o.product] += o.qty
    buyers = Counter(o.customer for o in all_orders)
    top = qty_by_product.most_common(3)
    merged = buyers + Counter({"c1": 5, "zz": 2}) - Counter({"c2": 1000})
    recent = deque(maxlen=50)
    rotations = deque(range(64))
    for o in all_orders:
        recent.append(o.qty)
        rotations.rotate(o.qty - 5)
        if o.qty == 9:
            recent.appendleft(rotations[0])
    lru = OrderedDict()
    hits = 0
    for o in all_orders:
        if o.product in lru:
            hits += 1
            lru.move_to_end(o.product)
        else:
            lru[o.product] = o.qty
            if len(lru) > 25:
                lru.popitem(last=False)
    srt = sorted(all_orders, key=lambda o: o.product)
    grouped = {k: sum(o.qty for o in g) for k, g in itertools.groupby(srt, key=lambda o: o.product)}
    running = list(itertools.accumulate(o.qty for o in all_orders))
    chained = sum(1 for _ in itertools.chain.from_iterable(per_customer.values()))
    pairs = sum(a * b for a, b in itertools.combinations(range(60), 2))
    prods = sum(1 for t in itertools.product("abc", repeat=6) if t.count("a") == 2)
    perms = sum(p[0] for p in itertools.permutations(range(7), 4))
    sliced = list(itertools.islice(itertools.cycle("xyz"), 10, 20))
    dist = bfs_grid(int(n ** 0.5) + 20)
    p = Point(3, 4)._replace(y=7)
    print(f"top {top} customers {len(per_customer)} merged {len(merged)} {merged['c1']}")
    print(f"recent {sum(recent)} rotation {rotations[0]} lru hits {hits} grouped {grouped['p7']}")
    print(f"running {running[-1]} chained {chained} {pairs} {prods} {perms} {''.join(sliced)}")
    print(f"bfs reached {len(dist)} farthest {max(dist.values())} point {p} {p._asdict()}")


main()
