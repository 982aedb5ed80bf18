# compile() with ASTs: source to tree, tree to code, and CPython's errors for malformed trees.
import _ast

def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(type(r).__name__, '' if type(r).__name__ == 'code' else r)

L = dict(lineno=1, col_offset=0)
t(lambda: _ast.Name('x', _ast.Load(), 1))
t(lambda: _ast.Pass(1))
t(lambda: _ast.Name('x', id='y'))
t(lambda: _ast.AST(1))
t(lambda: _ast.Name().ctx)
t(lambda: compile(_ast.Module([_ast.Expr(_ast.Name('x', _ast.Load()))], []), '', 'exec'))
t(lambda: compile(_ast.Module([_ast.Expr(None, **L)], []), '', 'exec'))
t(lambda: compile(_ast.Module([_ast.Expr(3, **L)], []), '', 'exec'))
t(lambda: compile(_ast.Module([_ast.Expr(**L)], []), '', 'exec'))
t(lambda: compile(_ast.Module([_ast.Expr(_ast.Name('x', 3, **L), **L)], []), '', 'exec'))
t(lambda: compile(_ast.Module(3, []), '', 'exec'))
t(lambda: compile(_ast.Module((), []), '', 'exec'))
t(lambda: compile(_ast.Module([]), '', 'exec'))
t(lambda: compile(_ast.Expression(_ast.Constant(1, **L)), '', 'exec'))
t(lambda: compile(_ast.Expression(_ast.Constant([1], **L)), '', 'eval'))
t(lambda: compile(_ast.Expression(_ast.Constant((1, [2]), **L)), '', 'eval'))
t(lambda: compile(_ast.Expression(_ast.Name(3, _ast.Load(), **L)), '', 'eval'))
t(lambda: compile(_ast.Expression(_ast.Name('x', _ast.Load(), lineno='a', col_offset=0)), '', 'eval'))
t(lambda: compile(_ast.Expression(_ast.Name('x', _ast.Load(), lineno=2**70, col_offset=0)), '', 'eval'))
t(lambda: compile(_ast.Expression(_ast.Constant(1, 3, **L)), '', 'eval'))
t(lambda: compile(3, '', 'eval'))
t(lambda: compile(_ast.Load(), '', 'eval'))
t(lambda: type(compile(_ast.Load(), '', 'eval', _ast.PyCF_ONLY_AST)).__name__)
t(lambda: compile('x', '', 'func_type'))
t(lambda: compile(_ast.Module([_ast.Expr(_ast.BinOp(_ast.Name('f', _ast.Load(), **L), _ast.Add, _ast.Name('f', _ast.Load(), **L), **L), **L)]), '', 'exec'))
t(lambda: compile(_ast.Module([_ast.Expr(_ast.Name(None, _ast.Load(), **L), **L)]), '', 'exec'))
t(lambda: compile(_ast.Module([_ast.Expr(_ast.Name(ctx=_ast.Load(), **L), **L)]), '', 'exec'))
t(lambda: compile(_ast.Module([_ast.Expr(_ast.Lambda(body=_ast.Name('f', _ast.Load(), **L), **L), **L)]), '', 'exec'))
t(lambda: compile(_ast.Module([_ast.Expr(_ast.Lambda(args=_ast.arguments(args=[3]), body=_ast.Name('f', _ast.Load(), **L), **L), **L)]), '', 'exec'))
t(lambda: compile(_ast.Module([_ast.Pass(lineno=None, col_offset=0)]), '', 'exec'))
t(lambda: compile(_ast.Module([_ast.Pass(lineno=1.0, col_offset=0)]), '', 'exec'))
t(lambda: compile(_ast.Module([_ast.Pass(**L)], [3]), '', 'exec'))
t(lambda: compile(_ast.Module([_ast.Expr(_ast.Name('x', _ast.Load(), **L), **L)], [_ast.TypeIgnore(1)]), '', 'exec'))
t(lambda: compile('x = (', 'f.py', 'exec', _ast.PyCF_ONLY_AST))

# A hand-built tree runs.
tree = _ast.Expression(_ast.BinOp(_ast.Constant(2, **L), _ast.Mult(), _ast.Constant(21, **L), **L))
print(eval(compile(tree, '<tree>', 'eval')))
tree = compile('def f(a, *b, c=3, **d):\n    return a + c\nr = f(1) * 2\n', '<src>', 'exec', _ast.PyCF_ONLY_AST)
ns = {}
exec(compile(tree, '<tree>', 'exec'), ns)
print(ns['r'])
tree = compile('s = 0\nfor i in range(5):\n    if i % 2: s += i\n', '<src>', 'exec', _ast.PyCF_ONLY_AST)
tree.body[1].body[0].body[0].op = _ast.Mult()
tree.body[0].value.value = 1
ns = {}
exec(compile(tree, '<tree>', 'exec'), ns)
print(ns['s'])
