# CPython's ast.py over the C# _ast module: parse, dump, walk, transformers, literal_eval, unparse,
# and the deprecated aliases ast.py defines on top of the node classes.
import ast
import warnings
warnings.simplefilter('ignore', DeprecationWarning)

src = "def f(a, b=2):\n    return a * b + 1\nx = f(3) if y else [1, 'two', 3.0]\n"
tree = ast.parse(src)
print(ast.dump(tree))
print(ast.dump(tree, include_attributes=True))
print(ast.dump(tree.body[0], indent=2))
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print([n.id for n in ast.walk(tree) if isinstance(n, ast.Name)])
print(ast.get_docstring(ast.parse('"""Doc."""\nx = 1')))
print(ast.literal_eval("{'a': (1, 2.5, -3j), 'b': [None, True, b'x'], 'c': {1, 2}}"))
try:
    ast.literal_eval("f(1)")
except ValueError as e:
    print('ValueError', str(e).split(':')[0])
print(ast.unparse(tree))

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

new = ast.fix_missing_locations(Doubler().visit(ast.parse("r = 1 + 2 * 3")))
ns = {}
exec(compile(new, '<ast>', 'exec'), ns)
print(ns['r'], ast.unparse(new))

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.calls = 0
    def visit_Call(self, node):
        self.calls += 1
        self.generic_visit(node)
c = Counter()
c.visit(ast.parse("f(g(x), h())"))
print(c.calls)

n = ast.Num(42)
print(type(n).__name__, n.value, n.n, isinstance(n, ast.Num), isinstance(ast.Constant('s'), ast.Str))
print(ast.dump(ast.Str('s')), ast.dump(ast.Bytes(b'b')), ast.dump(ast.NameConstant(None)), ast.dump(ast.Ellipsis()))
print(ast.Constant(3).n, ast.Constant('t').s)
print(ast.increment_lineno(ast.parse('x')).body[0].lineno)
e = ast.parse('a + b', mode='eval')
print(type(e).__name__, eval(compile(e, '', 'eval'), {'a': 1, 'b': 2}))
print(ast.dump(ast.parse('(int, str) -> bool', mode='func_type')))
m = ast.parse('match x:\n case [1, *r]: pass')
print(ast.dump(m.body[0].cases[0].pattern))
print(ast.Load() == ast.Load(), repr(ast.AST.__doc__), ast.Add.__doc__)
try:
    ast.parse('x = (')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.offset)
