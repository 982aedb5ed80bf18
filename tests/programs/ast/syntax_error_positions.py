# SyntaxError objects from ast.parse: message, filename, line, offset and the offending text.
import ast
for src in ["x = (", "def f(:\n    pass", "a b", "for x in range(3) print(x)", "f(**a, *b)", "x = 5 +\n", "print('a' 'b' c)",
            "class C(\n", "lambda: (yield", "if x:\npass"]:
    try:
        ast.parse(src, filename="case.py")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, "|", e.msg, "|", e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, "|", repr(e.text))
try:
    ast.parse("x = 1", feature_version=(3, 12))
    print("feature_version accepted")
except Exception as e:
    print(type(e).__name__, e)
print(ast.dump(ast.parse("pass", type_comments=True)))
