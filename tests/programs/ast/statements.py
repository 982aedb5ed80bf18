# ast.dump of statements: assignments, control flow, functions, classes, imports, with, try, global.
import ast
src = '''
import os, sys as system
from ..pkg import a as b, c
x: int = 5
y += 1
a = b = c
del a[0], b.c
global g
for i, j in pairs:
    continue
else:
    pass
while True:
    break
if a:
    pass
elif b:
    pass
else:
    pass
with open(f) as fh, lock:
    pass
try:
    pass
except (A, B) as e:
    raise C from e
else:
    pass
finally:
    pass
@decorator
def func(a: int = 1, *args, key=None, **kw) -> str:
    """doc"""
    return a
class K(Base, metaclass=M):
    attr = 1
assert x, "msg"
'''
tree = ast.parse(src)
for stmt in tree.body:
    print(ast.dump(stmt))
print(len(tree.body), type(tree).__name__, tree.type_ignores)
