# RecursionError raised through __repr__ of a self-referential object, caught, then re-raised uncaught.
class Loop:
    def __repr__(self):
        return f"Loop({self!r})"
try:
    repr(Loop())
except RecursionError as e:
    print("caught:", e)
def deep(n):
    return deep(n + 1) if n < 10 ** 6 else n
deep(0)
