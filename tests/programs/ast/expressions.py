# ast.dump of expressions: operators, precedence, comparisons, calls, subscripts, lambdas, comprehensions.
import ast
sources = [
    "1 + 2 * 3 ** -4",
    "a < b <= c != d is not e in f not in g",
    "not a and b or c",
    "f(x, *args, k=1, **kw)",
    "obj.attr[1:2, ::3, ...]",
    "lambda a, /, b=1, *c, d, e=2, **f: a",
    "[x for x in y if x async for z in w]",
    "{k: v for k, v in items}",
    "(x := 5)",
    "a if b else c",
    "-x, +y, ~z",
    "await something",
    "yield from gen",
    "{1, 2, *rest}",
    "{**a, 'b': 1}",
    "x[a:b], x[a, b], x[(a, b)]",
]
for src in sources:
    mode = "exec" if src.startswith(("await", "yield")) else "eval"
    if mode == "exec":
        tree = ast.parse(f"async def f():\n    {src}" if "await" in src else f"def f():\n    {src}")
        node = tree.body[0].body[0]
    else:
        node = ast.parse(src, mode="eval")
    print(src)
    print("  ", ast.dump(node))
