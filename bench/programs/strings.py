"""String building and str methods: join, split, replace, find, case, strip, translate, slicing."""
# QUICK_SIZE: 200
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "ax", "qu", "zen"]


def make_words(count):
    seed = 12345
    words = []
    for _ in range(count):
        seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
        k = 1 + (seed >> 28) % 4
        parts = []
        s = seed
        for _ in range(k):
            parts.append(SYLLABLES[s % len(SYLLABLES)])
            s //= len(SYLLABLES)
        words.append("".join(parts))
    return words


def fold(text):
    # order-sensitive checksum of a string, kept in 32 bits
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def process(words):
    sentence_parts = []
    for i in range(0, len(words), 7):
        chunk = words[i:i + 7]
        sentence = " ".join(chunk).capitalize() + "."
        sentence_parts.append(sentence)
    text = "  ".join(sentence_parts)
    stats = []
    stats.append(len(text))
    stats.append(text.count("ka"))
    stats.append(text.find("zenzen"))
    stats.append(text.rfind("quqa"))
    upper = text.upper()
    stats.append(upper.count("QU"))
    swapped = text.replace("ka", "KA").replace(".", "!").swapcase()
    stats.append(swapped.count("ka"))
    table = str.maketrans("aeiou", "uoiea", "x")
    shifted = text.translate(table)
    stats.append(len(shifted))
    pieces = text.split(".")
    stripped = [p.strip() for p in pieces if p.strip()]
    stats.append(len(stripped))
    titled = [s.title() for s in stripped[:200]]
    stats.append(sum(1 for t in titled if t.istitle()))
    padded = "|".join(w.center(12, "*") for w in words[:500])
    stats.append(padded.count("**"))
    rev = text[::-1]
    stats.append(sum(1 for w in words if w == w[::-1]))
    starts = sum(1 for w in words if w.startswith(("ka", "zen")) or w.endswith("ax"))
    stats.append(starts)
    parts = text.partition("lomi")
    stats.append(len(parts[0]))
    lines = []
    for w in words[:3000]:
        lines.append(w.ljust(10, ".") + w.rjust(10) + str(len(w)).zfill(3))
    block = "\n".join(lines)
    stats.append(len(block.splitlines()))
    return stats, fold(shifted[:20000]) ^ fold(rev[:20000]) ^ fold(block[:20000])


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 250000
    words = make_words(n)
    total = 0
    for rep in range(4):
        stats, h = process(words[rep:])
        total = (total + h + sum(stats)) & 0xFFFFFFFF
    print("stats", " ".join(map(str, stats)))
    print(f"checksum {total}")


main()
