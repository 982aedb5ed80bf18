# exec/eval/compile: modes, namespaces, code objects, and their errors.
ns = {}
exec("a = 1\nb = a + 1\ndef f(): return a + b", ns)
print(ns["a"], ns["b"], ns["f"](), sorted(k for k in ns if k != "__builtins__"))
print(eval("a * 10", ns), eval("[x for x in range(3)]"), eval("(lambda q: q)(5)"))
code = compile("x * 2", "<expr>", "eval")
print(type(code).__name__, code.co_filename, code.co_name, eval(code, {"x": 21}))
code2 = compile("for i in range(2): print('single', i)", "<s>", "exec")
exec(code2)
code3 = compile("1 + 1", "<single>", "single")
exec(code3)
exec(compile("None", "<single>", "single"))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("x", "<s>", "bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
def with_locals():
    loc = {}
    exec("z = 5", globals(), loc)
    return loc
print(with_locals())
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
src = "def g(n):\n    return n ** 2\n"
mod_ns = {"__name__": "fake"}
exec(src, mod_ns)
print(mod_ns["g"](7), mod_ns["g"].__module__, mod_ns["g"].__globals__ is mod_ns)
c = compile("pass", "file.py", "exec", dont_inherit=True)
print(c.co_filename, c.co_firstlineno, c.co_consts)
print(eval("  1 + 2  "), eval("\n3\n") if False else eval("3"))
try:
    eval("")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(eval(b"40 + 2"), exec("") is None)
import ast
tree = ast.parse("y = 6 * 7")
ns2 = {}
exec(compile(tree, "<ast>", "exec"), ns2)
print(ns2["y"])
