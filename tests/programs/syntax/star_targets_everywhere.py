# Starred assignment targets in for loops, with statements, comprehension targets and nested patterns.
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
data = [(1, [2, 3, 4]), (5, [6])]
for a, (b, *c) in data:
    print(a, b, c)
*head, tail = range(5)
print(head, tail)
[x, *y], z = [1, 2, 3], 4
print(x, y, z)
print([(h, t) for h, *t in ["xy", "z"]])
print({k: v for k, *v in [(1, 2, 3), (4,)]})
class CM:
    def __enter__(self):
        return (1, 2, 3)
    def __exit__(self, *a):
        return False
with CM() as (p, *q):
    print(p, q)
a, *b, c = "a", "b", "c", "d"
print(a, b, c)
(*d,) = "xyz"
print(d)
*e, = range(3)
print(e)
f, *g = iter({1: "one"})
print(f, g)
m = {}
m["a"], *m["rest"] = [1, 2, 3]
print(m)
class O:
    pass
o = O()
o.x, *o.y = "pqr"
print(o.x, o.y)
lst = [0] * 4
lst[0], *lst[1:3] = [9, 8, 7]
print(lst)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
for src in ["*a, *b = x", "a = *b", "*a = x", "for *a, *b in x: pass", "del *a, b"]:
    try:
        compile(src, "<star>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
print(*range(3), *"ab", *[], sep=",")
