"""Regular expressions: compile, search, findall, finditer, sub with callbacks, split, named groups."""
# QUICK_SIZE: 200
import re
import sys

LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]
PATHS = ["/api/users", "/api/orders/17", "/static/app.js", "/login", "/api/items?id=42&x=y"]


def make_log(n):
    seed = 2024
    lines = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        level = LEVELS[seed % 4]
        ip = f"10.{seed % 256}.{(seed >> 8) % 256}.{(seed >> 16) % 256}"
        path = PATHS[(seed >> 4) % len(PATHS)]
        status = (200, 201, 404, 500, 302)[(seed >> 6) % 5]
        ms = seed % 3000
        hh, mm, ss = (i // 3600) % 24, (i // 60) % 60, i % 60
        lines.append(f"2024-03-{i % 28 + 1:02d} {hh:02d}:{mm:02d}:{ss:02d} {level} {ip} "
                     f"\"GET {path}\" {status} {ms}ms user=u{seed % 500} email=u{seed % 500}@ex{seed % 7}.org")
    return lines


LINE = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+) '
                  r'(?P<ip>\d+(?:\.\d+){3}) "(?P<method>\w+) (?P<path>[^"]+)" (?P<status>\d{3}) (?P<ms>\d+)ms')
EMAIL = re.compile(r"[\w.]+@([\w-]+)\.(?:org|com)")
NUMBER = re.compile(r"\b\d+\b")
QUERY = re.compile(r"[?&](\w+)=(\w+)")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 38000
    lines = make_log(n)
    slow = 0
    by_status = {}
    domains = {}
    params = 0
    for line in lines:
        m = LINE.match(line)
        if m is None:
            continue
        if int(m.group("ms")) > 2000 and m["level"] in ("WARN", "ERROR"):
            slow += 1
        st = m.group("status")
        by_status[st] = by_status.get(st, 0) + 1
        e = EMAIL.search(line)
        if e:
            domains[e.group(1)] = domains.get(e.group(1), 0) + 1
        params += len(QUERY.findall(m.group("path")))
    text = "\n".join(lines)
    numbers = sum(int(x) for x in NUMBER.findall(text[: len(text) // 4]))
    masked = re.sub(r"\d+\.\d+\.\d+\.\d+", lambda mo: mo.group(0).split(".")[0] + ".x.x.x", text)
    swapped = re.sub(r"(\d\d):(\d\d):(\d\d)", r"\3-\2-\1", text)
    fields = re.split(r"[\s=@]+", lines[-1])
    errors = sum(1 for _ in re.finditer(r"^\S+ \S+ ERROR .* 5\d\d ", text, re.M))
    words = len(re.findall(r"(?i)get\s+/API/\w+", text))
    print(f"slow {slow} statuses {sorted(by_status.items())}")
    print(f"domains {sorted(domains.items())} params {params}")
    print(f"numbers {numbers} masked {len(masked)} swapped {swapped[:40]!r}")
    print(f"fields {fields[:4]} errors {errors} api {words}")


main()
