# Word frequencies, line statistics and text wrapping over an embedded text.
import collections, textwrap, re
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = re.findall(r"[a-z']+", TEXT.lower())
freq = collections.Counter(words)
print(len(words), len(freq))
for word, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{word:>12} {n:3} {'#' * n}")
lines = TEXT.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
print(textwrap.fill(" ".join(lines), width=40))
print(textwrap.shorten(TEXT, width=50, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "))
by_len = collections.defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k])
print(" ".join(w.capitalize() for w in words[:6]), TEXT.count("it was"), TEXT.find("wisdom"))
print(sum(1 for w in words if w.startswith("w")), sorted({w[0] for w in words}))
