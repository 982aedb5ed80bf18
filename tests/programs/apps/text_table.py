# Formatting a table of records with alignment, widths computed from data, totals and unicode text.
rows = [
    ("Widget", 4, 3.5),
    ("Gadget Pro", 12, 129.99),
    ("Café crème", 1, 2.8),
    ("Gizmo", 0, 45.0),
]
headers = ("Item", "Qty", "Price", "Total")
table = [(name, str(q), f"{p:.2f}", f"{q * p:,.2f}") for name, q, p in rows]
widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(headers)]
def line(cells, aligns="<>>>"):
    return " | ".join(f"{c:{a}{w}}" for c, a, w in zip(cells, aligns, widths))
print(line(headers, "<<<<"))
print("-+-".join("-" * w for w in widths))
for r in table:
    print(line(r))
print("-+-".join("-" * w for w in widths))
total = sum(q * p for _, q, p in rows)
print(line(("TOTAL", str(sum(q for _, q, _ in rows)), "", f"{total:,.2f}")))
print(f"{'centered':^{sum(widths) + 9}}|")
print(max(rows, key=lambda r: r[1] * r[2])[0], min(rows, key=lambda r: r[2])[0], sorted(r[0] for r in rows if r[1]))
