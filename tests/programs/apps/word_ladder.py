# Breadth-first search over a word graph with deque, path reconstruction and deterministic ordering.
from collections import deque, defaultdict
WORDS = ["cold", "cord", "card", "ward", "warm", "word", "worm", "wore", "core", "care", "cart", "wart", "corm"]
def neighbours_index(words):
    buckets = defaultdict(list)
    for w in words:
        for i in range(len(w)):
            buckets[w[:i] + "_" + w[i + 1:]].append(w)
    return buckets
def ladder(start, goal, words):
    buckets = neighbours_index(words)
    prev = {start: None}
    q = deque([start])
    while q:
        w = q.popleft()
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for i in range(len(w)):
            for n in sorted(buckets[w[:i] + "_" + w[i + 1:]]):
                if n not in prev:
                    prev[n] = w
                    q.append(n)
    return None
print(ladder("cold", "warm", WORDS))
print(ladder("card", "wore", WORDS))
print(ladder("cold", "xyzw", WORDS))
idx = neighbours_index(WORDS)
print(sorted((k, sorted(v)) for k, v in idx.items() if len(v) > 2))
