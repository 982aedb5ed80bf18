# None, True, False, Ellipsis, NotImplemented, __debug__: identity, immutability, and what cannot be assigned.
print(None, True, False, ..., NotImplemented, __debug__)
print(type(None)(), type(True)(), type(...)(), type(NotImplemented)() is NotImplemented)
print(None is None, True is True, ... is Ellipsis, True is not 1, False == 0, None == False, not None)
print(id(None) == id(None), hash(None) == hash(None), bool(...), bool(None))
for src in ["None = 1", "True = 0", "False += 1", "__debug__ = 0", "def f(None): pass", "class None: pass",
            "import x as None", "for True in []: pass", "... = 1", "with x as False: pass", "lambda True: 0"]:
    try:
        compile(src, "<const>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
import builtins
print(hasattr(builtins, "None"), hasattr(builtins, "Ellipsis"), builtins.Ellipsis is ..., builtins.NotImplemented is NotImplemented)
Ellipsis_alias = Ellipsis
print(Ellipsis_alias is ..., [1, 2, 3][...] if False else "no ellipsis indexing on lists")
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[...], g[1, ...], g[..., 2], g[:, ...], g[::2, ..., None])
print(repr(None), str(None), format(None), f"{None!r}", repr(...), str(...), repr(NotImplemented))
try:
    None.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    NotImplemented()
except TypeError as e:
    print("TypeError:", e)
