"""JSON round trips: build nested records, json.dumps (plain, indented, sorted), json.loads, compare."""
# QUICK_SIZE: 50
import json
import sys


def make_records(n):
    seed = 77
    records = []
    for i in range(n):
        seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
        records.append({
            "id": i,
            "name": f"user-{seed % 10007}",
            "active": seed % 3 == 0,
            "score": (seed % 100000) / 128.0,
            "tags": ["t%d" % ((seed >> k) % 50) for k in range(seed % 5)],
            "address": {"city": "Town %d" % (seed % 97), "zip": "%05d" % (seed % 99999),
                        "geo": [seed % 180 - 90.5, seed % 360 - 180.25]},
            "note": None if seed % 4 else "caf\u00e9 \"quoted\" line\nbreak \u2603",
            "history": [{"t": j, "v": (seed >> j) % 1000} for j in range(seed % 4)],
        })
    return records


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9000
    records = make_records(n)
    total = 0
    for rnd in range(4):
        chunk = records[rnd * n // 8:]
        text = json.dumps(chunk)
        back = json.loads(text)
        assert back == chunk
        pretty = json.dumps(chunk[: n // 4], indent=2, sort_keys=True)
        again = json.loads(pretty)
        ascii_text = json.dumps(chunk[: n // 4], ensure_ascii=False, separators=(",", ":"))
        total += len(text) + len(pretty) + len(ascii_text) + len(again)
        for rec in back:
            total += len(json.dumps(rec["address"])) + len(rec["tags"])
    small = json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "\\u00e9\\n"}}')
    print(json.dumps(small, sort_keys=True))
    print(json.dumps(records[1], sort_keys=True)[:120])
    print(f"checksum {total}")


main()
