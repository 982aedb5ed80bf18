# Star-imports with and without __all__, relative imports inside a package.
from _helpers.with_all import *
print(public_a, public_b, "not_exported" in globals(), "_hidden" in globals())
from _helpers.no_all import *
print(visible, "_invisible" in globals(), "_os_alias" in globals())
import _helpers.pkg as pkg
print(pkg.PKG_NAME, pkg.sub_value, pkg.sibling.SIBLING, pkg.sub.whoami())
from _helpers.pkg import sub
print(sub.__package__, sub.__name__, sub.__spec__.parent)
for src in ["from . import x", "from .. import y"]:
    try:
        exec(src, {"__name__": "__main__", "__package__": None})
    except ImportError as e:
        print(type(e).__name__ + ":", e)
try:
    exec("from .x import *")
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    compile("def f():\n    from os import *\n", "<star>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
