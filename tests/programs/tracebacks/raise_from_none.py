# raise ... from None hides the original exception in the printed traceback.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"{key!r} not configured") from None
print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
