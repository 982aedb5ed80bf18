# Laziness of zip/map/filter/enumerate/reversed: evaluation order, short-circuit on the shortest input, strict zip.
log = []
def tracked(name, items):
    for x in items:
        log.append(f"{name}:{x}")
        yield x
z = zip(tracked("a", [1, 2, 3]), tracked("b", "xy"))
print(log, list(z), log)
log.clear()
m = map(lambda a, b: a + b, tracked("p", [1, 2]), tracked("q", [10, 20, 30]))
print(next(m), log)
print(list(m), log)
log.clear()
f = filter(lambda v: v % 2, tracked("f", range(5)))
print(next(f), log, list(f), log[-1])
try:
    list(zip(tracked("s1", [1, 2]), tracked("s2", [1]), strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(range(3), range(3), strict=True)), list(zip(*[])), list(zip("ab", range(5), [None] * 2)))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
e = enumerate(tracked("e", "ab"), start=-1)
print(list(e))
print(list(map(None.__class__, [])) if False else list(map(str.upper, [])), list(filter(None, [])), list(zip()))
try:
    map(5, [1])
    print("map accepts non-callable lazily")
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    map(abs)
except TypeError as e:
    print("TypeError:", e)
