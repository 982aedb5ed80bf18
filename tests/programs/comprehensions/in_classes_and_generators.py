# Comprehensions inside class bodies, generator functions and lambdas; interaction with yield and await.
class Table:
    size = 3
    rows = [[0] * 3 for _ in range(3)]
    labels = {f"r{i}": i for i in range(3)}
    try:
        scaled = [size * i for i in range(3)]
    except NameError as e:
        scaled = f"NameError: {e}"
    first_iter_ok = [i for i in range(size)]
print(Table.rows, Table.labels, Table.scaled, Table.first_iter_ok)
def gen_of_comprehensions():
    for n in range(3):
        yield [n * k for k in range(n + 1)]
print(list(gen_of_comprehensions()))
f = lambda xs: {x: [y for y in range(x)] for x in xs}
print(f([1, 3]))
def gen_expr_in_gen():
    total = yield sum(i for i in range(4))
    yield [total for _ in range(2)]
g = gen_expr_in_gen()
print(next(g), g.send("sent"))
import asyncio
async def agen():
    for i in range(3):
        yield i
async def main():
    evens = [x async for x in agen() if x % 2 == 0]
    awaited = [await asyncio.sleep(0, result=i * 10) for i in range(3)]
    nested = {x: [y async for y in agen() if y <= x] async for x in agen()}
    return evens, awaited, nested
print(asyncio.run(main()))
try:
    compile("[x async for x in y]", "<c>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("def f():\n    return [(yield x) for x in y]\n", "<c>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print([[i, j] for i, j in enumerate("ab")], {i: c for i, c in enumerate("xyz") if i != 1})
