# Recursive generators: tree walks, permutations, flattening, and deep yield-from chains.
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, [5]])], [], 6])))
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [head] + rest
print(["".join(p) for p in perms("abc")], sum(1 for _ in perms(list(range(5)))))
tree = {"value": 1, "children": [{"value": 2, "children": [{"value": 4, "children": []}]}, {"value": 3, "children": []}]}
def preorder(node, depth=0):
    yield depth, node["value"]
    for c in node["children"]:
        yield from preorder(c, depth + 1)
def postorder(node):
    for c in node["children"]:
        yield from postorder(c)
    yield node["value"]
print(list(preorder(tree)), list(postorder(tree)))
def deep(n):
    if n == 0:
        yield "bottom"
        return "returned from bottom"
    result = yield from deep(n - 1)
    yield f"level {n} got {result!r}"[:30]
    return f"level {n}"
g = deep(50)
out = list(g)
print(len(out), out[0], out[1], out[-1])
def subsets(s):
    if not s:
        yield ()
        return
    for rest in subsets(s[1:]):
        yield rest
        yield (s[0],) + rest
print(sorted(subsets((1, 2, 3)), key=lambda t: (len(t), t)))
def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
print(list(hanoi(3)), sum(1 for _ in hanoi(10)))
