"""Dict-heavy work: counting, grouping, nested dicts, get/setdefault/pop, tuple keys, merges."""
# QUICK_SIZE: 2000
import sys


def tokens(n):
    seed = 99
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append("w" + str(seed % 5000))
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 520000
    words = tokens(n)
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    by_len = {}
    for w, c in counts.items():
        by_len.setdefault(len(w), []).append(c)
    bigrams = {}
    for a, b in zip(words, words[1:]):
        key = (a, b)
        if key in bigrams:
            bigrams[key] += 1
        else:
            bigrams[key] = 1
    nested = {}
    for i, w in enumerate(words):
        inner = nested.get(w[:3])
        if inner is None:
            inner = nested[w[:3]] = {}
        inner[w] = inner.get(w, 0) + i % 7
    inverted = {}
    for w, c in counts.items():
        inverted.setdefault(c, set()).add(w)
    removed = 0
    for w in words[::3]:
        if not w.endswith("7"):
            continue
        if counts.pop(w, None) is not None:
            removed += 1
    merged = {**counts, **{k: len(v) for k, v in inverted.items()}}
    merged.update((str(k), v) for k, v in by_len.items())
    copy = dict(merged)
    for k in list(copy):
        if isinstance(k, int) and k % 2:
            del copy[k]
    int_keys = {}
    for i in range(n):
        int_keys[i * 7 % 10007] = int_keys.get(i * 13 % 10007, 0) + i
    total = sum(int_keys.values()) % 1000000007
    print(f"distinct {len(bigrams)} bigrams, top count {max(counts.values(), default=0)}")
    print(f"by length {sorted((k, len(v)) for k, v in by_len.items())}")
    print(f"nested {len(nested)} removed {removed} merged {len(merged)} copy {len(copy)}")
    print(f"checksum {total} {sum(bigrams.values())} {sum(sum(d.values()) for d in nested.values())}")


main()
