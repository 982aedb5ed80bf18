# import, from-import, aliases, module caching and module attributes.
import sys
import _helpers
import _helpers.mathutil
from _helpers.mathutil import square as sq, PI_ISH
import _helpers.mathutil as mu
print(_helpers.PACKAGE_CONSTANT, sq(3), PI_ISH, mu is _helpers.mathutil, mu.calls)
import _helpers.mathutil
print("second import does not re-run the module")
print(mu.__name__, mu.__package__, mu.__file__.endswith("mathutil.py"), mu.__spec__.name, type(mu).__name__)
print(_helpers.__path__[0].endswith("_helpers"), _helpers.__spec__.submodule_search_locations is not None)
print("_helpers.mathutil" in sys.modules, sys.modules["_helpers.mathutil"] is mu)
print(sorted(n for n in dir(mu) if not n.startswith("__")))
print(mu._private(), hasattr(_helpers, "mathutil"))
import importlib
mu.calls = 100
reloaded = importlib.reload(mu)
print(reloaded is mu, mu.calls)
m = importlib.import_module("_helpers.mathutil")
print(m is mu, importlib.import_module(".mathutil", "_helpers") is mu)
import json as j, os.path as osp
print(j.__name__, osp.__name__ in ("posixpath", "ntpath"), osp.join("a", "b"))
