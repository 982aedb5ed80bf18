# ast.unparse round trips, literal_eval, NodeTransformer, fix_missing_locations and compile of a changed tree.
import ast
for src in ["x = (1 + 2) * 3", "def f(a, *, b=1):\n    return a ** -b", "print(f'{a!r:>4}', *args, sep='')",
            "lambda: (yield)", "a[1:2, ...] = {**d, 'k': [i for i in range(3) if i]}", "class A(B, metaclass=M):\n    pass",
            "match p:\n    case [1, *r] if r:\n        pass", "with (a as b, c as d):\n    pass", "x = 1 if y else 2"]:
    print(ast.unparse(ast.parse(src)))
print(ast.literal_eval("[1, 2.5, 'three', (4, None), {'k': True}, {5}, -6, 1+2j, b'x']"))
for bad in ["__import__('os')", "1 + x", "f()"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        # The message ends with the node's repr, which holds its address.
        print("ValueError:", str(e).split(" at 0x")[0])
class DoubleNumbers(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
tree = DoubleNumbers().visit(ast.parse("result = 1 + 20 * 3"))
ast.fix_missing_locations(tree)
ns = {}
exec(compile(tree, "<transformed>", "exec"), ns)
print(ast.unparse(tree), ns["result"])
class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
c = Counter()
c.visit(ast.parse("a = b + c(d, e=f)"))
print(c.names, [type(n).__name__ for n in ast.walk(ast.parse("x = 1"))])
print(ast.get_docstring(ast.parse('"""Module doc."""\nx = 1')), ast.increment_lineno(ast.parse("x"), 3).body[0].lineno)
