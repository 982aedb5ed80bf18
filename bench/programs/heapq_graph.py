"""Priority queues with heapq: Dijkstra on a weighted grid graph, k-way merge, top-k, running median."""
# QUICK_SIZE: 10
import heapq
import sys


def grid_graph(size):
    seed = 17
    weights = []
    for _ in range(size * size):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        weights.append(1 + seed % 9)
    return weights


def dijkstra(weights, size, source):
    inf = float("inf")
    dist = [inf] * (size * size)
    dist[source] = 0
    heap = [(0, source)]
    pops = 0
    while heap:
        d, node = heapq.heappop(heap)
        pops += 1
        if d > dist[node]:
            continue
        x, y = divmod(node, size)
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < size and 0 <= ny < size:
                nb = nx * size + ny
                nd = d + abs(weights[nb] - weights[node]) * 3 + 1
                if nd < dist[nb]:
                    dist[nb] = nd
                    heapq.heappush(heap, (nd, nb))
    return dist, pops


def running_median(values):
    low, high = [], []  # max-heap (negated) and min-heap
    out = 0
    for v in values:
        if not low or v <= -low[0]:
            heapq.heappush(low, -v)
        else:
            heapq.heappush(high, v)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out += -low[0]
    return out


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 350
    weights = grid_graph(size)
    dist, pops = dijkstra(weights, size, 0)
    dist2, pops2 = dijkstra(weights, size, size * size - 1)
    far = max(dist)
    streams = [sorted(weights[i::7]) for i in range(7)]
    merged = list(heapq.merge(*streams))
    top = heapq.nlargest(5, range(len(weights)), key=lambda i: (weights[i], i))
    bottom = heapq.nsmallest(5, dist2)
    med = running_median(weights[: size * size // 2])
    h = list(range(size * 10, 0, -1))
    heapq.heapify(h)
    replaced = 0
    for i in range(size * 10):
        replaced += heapq.heapreplace(h, i * 3 % 1000)
    print(f"pops {pops} {pops2} farthest {far} corner {dist[-1]} {dist2[0]}")
    print(f"merged {len(merged)} sorted {merged == sorted(weights)} top {top} bottom {bottom}")
    print(f"median sum {med} replaced {replaced}")


main()
