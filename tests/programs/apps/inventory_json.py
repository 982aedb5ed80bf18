# Loading, transforming and dumping JSON-shaped data with comprehensions and grouping.
import json
from itertools import groupby
from operator import itemgetter
raw = """[
  {"sku": "A1", "name": "widget", "qty": 10, "price": 2.5, "tags": ["tools"]},
  {"sku": "B2", "name": "gadget", "qty": 0, "price": 10.0, "tags": ["tools", "new"]},
  {"sku": "C3", "name": "doohickey", "qty": 5, "price": 0.99, "tags": []},
  {"sku": "D4", "name": "gizmo", "qty": 2, "price": 99.95, "tags": ["new"]}
]"""
items = json.loads(raw)
in_stock = [i for i in items if i["qty"]]
print([i["sku"] for i in in_stock])
value = sum(i["qty"] * i["price"] for i in items)
print(f"inventory value: {value:.2f}")
by_tag = {}
for i in items:
    for t in i["tags"] or ["untagged"]:
        by_tag.setdefault(t, []).append(i["name"])
print(json.dumps(by_tag, sort_keys=True))
rows = sorted(((t, i["name"]) for i in items for t in i["tags"]), key=itemgetter(0))
print({k: [n for _, n in g] for k, g in groupby(rows, key=itemgetter(0))})
cheapest = min(items, key=itemgetter("price"))
print(cheapest["name"], max(items, key=lambda i: i["qty"] * i["price"])["sku"])
summary = {"count": len(items), "skus": [i["sku"] for i in items], "avg_price": round(sum(i["price"] for i in items) / len(items), 3)}
print(json.dumps(summary, indent=1))
print(json.dumps(items[0], separators=(",", ":"), sort_keys=True))
