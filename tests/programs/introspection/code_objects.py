# Code object attributes that libraries read.
def sample(a, b=1, *args, c, d=2, **kw):
    "docstring"
    x = a + b
    def inner():
        return x
    return inner
co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
print(co.co_filename.endswith("code_objects.py"), co.co_firstlineno, type(co.co_code).__name__, type(co.co_lnotab).__name__)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20), co.co_consts[0])
inner = sample(1, c=2)
print(inner.__code__.co_freevars, inner.__code__.co_qualname, inner.__closure__[0].cell_contents)
lines = [l for _, _, l in co.co_lines() if l is not None]
print(min(lines) >= co.co_firstlineno, max(lines) <= co.co_firstlineno + 6)
pos = list(co.co_positions())
print(all(len(p) == 4 for p in pos))
c2 = co.replace(co_name="renamed")
print(c2.co_name, c2 is not co, co.co_name)
import types, inspect
print(isinstance(co, types.CodeType), inspect.iscode(co), inspect.getdoc(sample))
print(inspect.signature(sample), inspect.getfullargspec(sample).args, inspect.getfullargspec(sample).kwonlyargs)
def gen():
    yield
async def coro():
    pass
print([n for n, flag in [("generator", 0x20), ("coroutine", 0x80), ("varargs", 0x04), ("varkw", 0x08)]
       if gen.__code__.co_flags & flag], [n for n, flag in [("coroutine", 0x80)] if coro.__code__.co_flags & flag])
print(compile("a = 1\nb = a", "<m>", "exec").co_names, compile("lambda: 0", "<l>", "eval").co_consts[0].co_name)
print(inspect.getsource(sample).splitlines()[0], inspect.getsourcelines(sample)[1])
print(inspect.getmodule(sample).__name__, inspect.isfunction(sample), inspect.ismethod(sample), inspect.isbuiltin(len))
