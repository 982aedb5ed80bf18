# ast.dump of 3.12 f-strings (JoinedStr/FormattedValue), match statements and type parameters.
import ast
for src in [
    'f"a{b!r:>{w}}c{d=}"',
    'f"{x:{y}.{z}f}" f"plain"',
    'f"""{\n1 + 2\n}"""',
]:
    print(src)
    print("  ", ast.dump(ast.parse(src, mode="eval").body))
match_src = """
match command:
    case ["go", direction] if direction in DIRS:
        pass
    case {"type": "click", **rest}:
        pass
    case Point(x=0, y=_) | Point(0, _):
        pass
    case [1, *others] as whole:
        pass
    case -1 | 1.5 | "s" | None | True | Color.RED:
        pass
    case _:
        pass
"""
for case in ast.parse(match_src).body[0].cases:
    print(ast.dump(case.pattern), "| guard:", ast.dump(case.guard) if case.guard else None)
for src in ["type Alias[T: int = 0] = list[T]" if False else "type Alias[T: int, *Ts, **P] = list[T]",
            "def f[T](x: T) -> T: pass", "class C[T: (int, str)]: pass"]:
    print(ast.dump(ast.parse(src).body[0]))
