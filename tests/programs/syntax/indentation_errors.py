# IndentationError and TabError messages, with positions.
cases = [
    "if True:\npass",
    "def f():\n    x = 1\n      y = 2",
    "if True:\n        a = 1\n    b = 2",
    "  x = 1",
    "for i in x:\n# comment only\n",
    "if True:\n\tx = 1\n        y = 2",
    "class C:\n    def m(self):\n    pass",
    "while x:\n",
    "try:\n    pass\nexcept:\npass",
    "if a:\n    pass\n  else:\n    pass",
]
for src in cases:
    try:
        compile(src, "<indent>", "exec")
        print(repr(src), "-> compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset)
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
try:
    exec("def g():\n  return 1\n g()")
except IndentationError as e:
    print("IndentationError:", e)
try:
    exec("if 1:\n\t  a = 1\n  \tb = 2\n")
except TabError as e:
    print("TabError:", e)
except IndentationError as e:
    print("IndentationError:", e)
