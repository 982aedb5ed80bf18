# Patterns the compiler rejects, with CPython's messages.
bad = [
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case {**r, 'k': 1}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case 1 + 1:\n        pass\n",
    "match x:\n    case f():\n        pass\n" if False else "match x:\n    case _ | 1:\n        pass\n",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "match x:\n    case Point(x=1, x=2):\n        pass\n",
]
for src in bad:
    try:
        compile(src, "<match>", "exec")
        print("compiled?!")
    except SyntaxError as e:
        print(f"line {e.lineno} col {e.offset}: {e.msg}")
match = 5
case = [match]
print(match, case, "soft keywords still work as names")
def match_fn(match):
    return match
print(match_fn(3))
