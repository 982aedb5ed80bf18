# Runtime errors inside f-string fields propagate unchanged; conversions and specs are applied in order.
class Explodes:
    def __str__(self):
        raise ValueError("__str__ failed")
    def __repr__(self):
        raise KeyError("__repr__ failed")
    def __format__(self, spec):
        raise TypeError(f"__format__ failed with {spec!r}")
e = Explodes()
for label, fn in [("plain", lambda: f"{e}"), ("!s", lambda: f"{e!s}"), ("!r", lambda: f"{e!r}"), ("spec", lambda: f"{e:>5}"),
                  ("=", lambda: f"{e=}"), ("nested spec", lambda: f"{1:{e}}"), ("missing name", lambda: f"{undefined_thing}"),
                  ("bad spec", lambda: f"{1:q}"), ("bad str spec", lambda: f"{'s':d}"), ("index", lambda: f"{[1][5]}")]:
    try:
        print(label, fn())
    except Exception as err:
        print(label, "->", type(err).__name__ + ":", err)
order = []
def v(x):
    order.append(x)
    return x
print(f"{v(1)}{v(2):{v(3)}}{v(4)!r:>{v(5)}}", order)
