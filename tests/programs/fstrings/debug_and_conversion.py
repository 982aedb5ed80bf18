# The = specifier, conversions !r !s !a, and format specs together.
name = "Ann"
value = 3.14159
items = [1, 2]
print(f"{name=}", f"{value=:.2f}", f"{items=}", f"{len(items)=}", f"{name = }", f"{value = !s}")
print(f"{name!r}", f"{name!s}", f"{'é'!a}", f"{name!r:>10}", f"{value!s:^12}|")
print(f"{1 + 2 = }", f"{items[0]=}", f"{name.upper()=}", f"{value=!r:>20}")
print(f"{3=}", f"{None=}", f"{'x' * 3=}")
class Obj:
    def __repr__(self):
        return "Obj()"
    def __str__(self):
        return "an Obj"
    def __format__(self, spec):
        return f"Obj formatted with {spec!r}"
o = Obj()
print(f"{o}", f"{o!r}", f"{o!s}", f"{o:spec}", f"{o=}", f"{o=:x}", f"{o=!s}")
width, prec = 10, 3
print(f"{value:{width}.{prec}f}|", f"{value:<{width}}|", f"{name:*^{width}}")
print(f"{1234567:,}", f"{1234567:_}", f"{0.25:%}", f"{255:#x}", f"{255:08b}", f"{-5:+}", f"{5: }")
import datetime
d = datetime.datetime(2024, 3, 5, 14, 7, 9)
print(f"{d:%Y-%m-%d %H:%M:%S}", f"{d:%a %b %d}", f"{d=}")
print(f"{{}}", f"{{{name}}}", f"{{name}}", f"}}{{")
for bad in ['f"{}"', 'f"{!r}"', 'f"{x!z}"', 'f"{x:{y:{z}}}"', 'f"{"', 'f"}"', 'f"{x=!}"', "f'{a b}'"]:
    try:
        compile(bad, "<f>", "eval")
        print(bad, "compiled")
    except SyntaxError as e:
        print(bad, "SyntaxError:", e.msg)
