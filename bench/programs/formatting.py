"""String formatting: f-strings with format specs, %-formatting, str.format, repr and str of numbers."""
# QUICK_SIZE: 300
import sys


class Item:
    def __init__(self, name, qty, price):
        self.name = name
        self.qty = qty
        self.price = price

    def __repr__(self):
        return f"Item({self.name!r}, {self.qty}, {self.price})"


def make_items(n):
    seed = 7
    items = []
    for i in range(n):
        seed = (seed * 69069 + 1) & 0xFFFFFFFF
        name = "item%05d" % (seed % 100000)
        qty = seed % 977 - 200
        price = (seed % 100003) / 37.0
        items.append(Item(name, qty, price))
    return items


def render(items):
    total_len = 0
    h = 0
    for i, it in enumerate(items):
        a = f"{it.name:<12}|{it.qty:>6d}|{it.price:10.3f}|{it.price * it.qty:+14.2f}"
        b = "%-12s|%6d|%10.3f|%x|%o" % (it.name, it.qty, it.price, abs(it.qty), i)
        c = "{0:>12}|{1:^8}|{2:.4e}|{3:08.2f}".format(it.name, it.qty, it.price, it.price)
        d = f"{i:,} {it.price:_.2f} {it.qty:#x} {i / 7:.3%} {it.qty!s:>5} {it!r}"
        e = "{name}:{qty}:{price:g}".format(name=it.name, qty=it.qty, price=it.price)
        f = str(it.price) + repr(it.qty) + str(i * 1.5)
        for s in (a, b, c, d, e, f):
            total_len += len(s)
            h = (h * 33 + len(s) + ord(s[-1])) & 0xFFFFFFFF
    return total_len, h, (a, b, c, d, e, f)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 65000
    items = make_items(n)
    total_len, h, last = render(items)
    for s in last:
        print(s)
    print(f"total length {total_len} checksum {h}")


main()
