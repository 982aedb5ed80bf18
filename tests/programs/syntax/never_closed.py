# Unclosed and mismatched brackets: CPython's "was never closed" and "does not match" messages.
cases = [
    "x = (1, 2",
    "x = [1, 2\ny = 3",
    "x = {1: 2",
    "x = (1, 2]",
    "x = [1, 2)",
    "x = 1)",
    "x = ]",
    "f(",
    "print(\"abc\"",
    "x = {'a': [1, 2}",
    "s = 'unterminated",
    "s = \"\"\"never\nclosed",
    "x = ((1, 2)",
    "x = '''a\n''' + (",
    "foo(bar(baz)",
]
for src in cases:
    try:
        compile(src, "<brackets>", "exec")
        print(repr(src), "-> compiled")
    except SyntaxError as e:
        print(repr(src), "->", repr(e.msg), e.lineno, e.offset)
