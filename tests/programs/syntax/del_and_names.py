# del on names, attributes, items, slices, and tuples of targets; errors on deleting missing things.
a, b, c = 1, 2, 3
del a
try:
    a
except NameError as e:
    print("NameError:", e)
del b, c
print("b" in globals(), "c" in globals())
lst = list(range(10))
del lst[0], lst[-1]
print(lst)
del lst[::3]
print(lst)
del lst[:]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["x"], d["y"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del undefined_name_here
except NameError as e:
    print("NameError:", e)
def f():
    local = 1
    del local
    try:
        return local
    except UnboundLocalError as e:
        return str(e)
print(f())
(p, q), r = (1, 2), 3
del (p, q), r
print([n for n in ("p", "q", "r") if n in globals()])
nested = {"a": [1, {"b": 2}]}
del nested["a"][1]["b"]
print(nested)
try:
    del (1).real
except AttributeError as e:
    print("AttributeError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
for src in ["del f()", "del 1", "del (a + b)", "del *x"]:
    try:
        compile(src, "<del>", "exec")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
