# More PEP 701 cases: nested format specs, same-quote nesting depth, lambda and walrus in fields, dict access.
data = {"name": "Ann", "scores": [90, 85]}
print(f"{data["name"]} scored {max(data["scores"])} and {min(data['scores'])}")
print(f"{f"{data["name"]:>{len(data["name"]) + 2}}"}|")
width = 8
for align in "<^>":
    print(f"[{'x':{align}{width}}]", f"[{3.14159:{align}{width}.{2}f}]")
print(f"{(lambda x: x * 2)(21)}", f"{(y := 10) + y}", f"{[1, 2, 3][1:]}", f"{ {'a': 1}['a'] }")
print(f"{'nested {braces}'}", f"{{{{double}}}}", f"{'}'}", f"{'{'}")
print(f"{"\\"}", f"{'\''}", f"{"tab:\t|"}")
print(f"""{
    ", ".join(
        str(n)
        for n in range(3)
    )
}""")
values = [("a", 1.5), ("bb", 22.25)]
for name, val in values:
    print(f"{name:<4}|{val:>8.2f}|{val:^10.1e}|{name!r:>6}")
import datetime
d = datetime.date(2024, 2, 29)
print(f"{d:%Y}", f"{d:%d %b}", f"{d!s:>12}", f"{d!r}")
print(f"{'abc'[1]}", f"{'abc'!r:{'*'}^{9}}", f"{-1:{'+'}}", f"{10:{'#'}{'x'}}")
print(f"{3}{4}", f"{'a'}" f"{'b'}", f"{1}" "{2}", "{3}" f"{4}")
x = 5
print(f"{x = }", f"{x=:>4}", f"{x=!r}", f"{ x = }")
print(f"{x:{'>'}{x}}|", f"{x:0{x}d}", f"{'%s' % x}", f"{x:{'0'}>{x}}")
