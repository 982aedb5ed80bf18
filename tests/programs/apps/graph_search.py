# BFS, DFS, Dijkstra and topological sort on small fixed graphs.
import heapq
from collections import deque
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order
def dfs(n, seen=None):
    seen = seen if seen is not None else []
    seen.append(n)
    for m in graph[n]:
        if m not in seen:
            dfs(m, seen)
    return seen
def topo():
    indeg = {n: 0 for n in graph}
    for ms in graph.values():
        for m in ms:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
weighted = {"A": {"B": 4, "C": 1}, "B": {"D": 1}, "C": {"B": 2, "D": 5}, "D": {}}
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, n = heapq.heappop(pq)
        if d > dist.get(n, float("inf")):
            continue
        for m, w in sorted(weighted[n].items()):
            nd = d + w
            if nd < dist.get(m, float("inf")):
                dist[m], prev[m] = nd, n
                heapq.heappush(pq, (nd, m))
    return dist, prev
print(bfs("a"), dfs("a"), topo())
dist, prev = dijkstra("A")
print(dict(sorted(dist.items())))
path, node = [], "D"
while node != "A":
    path.append(node)
    node = prev[node]
print(["A"] + path[::-1])
import graphlib
print(list(graphlib.TopologicalSorter({"x": {"y"}, "y": {"z"}}).static_order()))
try:
    list(graphlib.TopologicalSorter({"x": {"y"}, "y": {"x"}}).static_order())
except graphlib.CycleError as e:
    print("CycleError:", e.args[0])
