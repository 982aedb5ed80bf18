# Assignment expressions: in conditions, comprehensions (binding in the enclosing scope), and errors.
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10], y)
total = 0
print([total := total + v for v in data], total)
import re
if m := re.match(r"(\w+)@(\w+)", "user@example"):
    print(m.group(1), m.group(2))
chunks = iter(["a", "b", "", "c"])
while (chunk := next(chunks)) != "":
    print("chunk", chunk)
def f():
    [(last := v) for v in range(4)]
    return last
print(f())
print((z := 5) + z, (w := [1, 2]).append(3) or w)
for bad in ["[i := 0 for i in range(3)]", "x := 5", "def g(): [(g := 1) for _ in range(1)]\n",
            "class C: [(q := 1) for _ in range(1)]", "(a.b := 1)", "(x[0] := 1)", "[(j := 1) for j in range(2)]",
            "[x for x in (y := [1])]", "[x for x in range(3) if (x := 1)]"]:
    try:
        compile(bad, "<walrus>", "exec")
        print(bad, "compiled")
    except SyntaxError as e:
        print(repr(bad), "SyntaxError:", e.msg)
src = [3, 4]
print([(x, (t := x)) for x in src], t)
def g():
    return [(inner := i) for i in range(2)], inner
print(g())
print({(k := key): k * 2 for key in "ab"} if False else {key: (v := key * 2) for key in "ab"}, v)
