# Async forms compile in the right places only; async def objects and their flags.
import inspect
async def coro():
    return 1
async def agen():
    yield 1
async def uses_all():
    async with ctx() as c:
        pass
    async for x in aiter_obj():
        pass
    return [x async for x in aiter_obj()], await coro()
print(inspect.iscoroutinefunction(coro), inspect.isasyncgenfunction(agen), inspect.iscoroutinefunction(agen))
c = coro()
print(type(c).__name__, type(agen()).__name__)
c.close()
for bad in ["def f():\n    await x\n", "def f():\n    async for x in y: pass\n", "def f():\n    async with x: pass\n",
            "async def f():\n    yield from x\n", "async def f():\n    x = [await y for y in z]\n" if False else "await x\n",
            "def f():\n    return [x async for x in y]\n", "async def f():\n    return\n    yield 1\n" if False else "async def f():\n    yield 1\n    return 2\n",
            "lambda: await x\n"]:
    try:
        compile(bad, "<async>", "exec")
        print(repr(bad), "compiled")
    except SyntaxError as e:
        print(repr(bad), "SyntaxError:", e.msg)
import ast
flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
code = compile("await x", "<top>", "exec", flags=flags)
print(bool(code.co_flags & inspect.CO_COROUTINE))
async def inner_gen_expr():
    return (i async for i in agen())
gen_obj = inner_gen_expr()
try:
    gen_obj.send(None)
except StopIteration as e:
    print(type(e.value).__name__)
print("async and await are keywords:", __import__("keyword").iskeyword("async"), __import__("keyword").iskeyword("await"))
