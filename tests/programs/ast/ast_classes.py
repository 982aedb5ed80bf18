# The _ast node classes: hierarchy, _fields, _attributes, class-level defaults, docs, constructors.
import _ast

names = sorted(k for k in dir(_ast) if not k.startswith('__'))
print(names)
for name in names:
    cls = getattr(_ast, name)
    if not isinstance(cls, type):
        print(name, cls)
        continue
    base = cls.__bases__[0].__name__
    keys = sorted(vars(cls))
    defaults = sorted(k for k, v in vars(cls).items() if v is None and not k.startswith('__'))
    print(name, cls, base, cls.__module__, cls._fields, cls.__match_args__, cls._attributes, defaults)
    print('  ', keys)
    print('  ', repr(cls.__doc__))

n = _ast.Name('x', _ast.Load(), lineno=3)
print(sorted(n.__dict__), n.id, n.lineno, type(n.ctx).__name__)
print(_ast.Constant(1).kind, _ast.Constant(1).value)
print(vars(_ast.Constant(value=2, kind='u')))
print(vars(_ast.AST(x=1, y=2)))
print(_ast.Name('x').__reduce__())
print(_ast.Load().__reduce__())
print(isinstance(_ast.Load(), _ast.expr_context), isinstance(_ast.Add(), _ast.AST), issubclass(_ast.BinOp, _ast.expr))
print(_ast.Load() is _ast.Load())
t = compile('a = b + c; a - c', '<s>', 'exec', _ast.PyCF_ONLY_AST)
print(t.body[0].value.op is t.body[1].value.op, t.body[0].value.op is _ast.Add())
print(t.body[0].targets[0].ctx is compile('x = 1', '<s>', 'exec', _ast.PyCF_ONLY_AST).body[0].targets[0].ctx)
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

class MyNode(_ast.Name):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.extra = 1
m = MyNode('y', _ast.Store())
print(sorted(vars(m).items(), key=lambda kv: kv[0])[1:], m._fields)
print(m.id, m.extra, type(m).__name__)
