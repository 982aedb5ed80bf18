# PEP 562 module __getattr__/__dir__, module objects created by hand, types.ModuleType.
import _helpers.getattr_mod as gm
print(gm.static, gm.dyn_hello, dir(gm))
try:
    gm.other
except AttributeError as e:
    print("AttributeError:", e)
from _helpers.getattr_mod import dyn_world
print(dyn_world)
import types, sys
mod = types.ModuleType("handmade", "docstring")
print(mod.__name__, mod.__doc__, repr(mod), mod.__spec__, mod.__loader__)
exec("def hello(): return 'hi from handmade'", mod.__dict__)
sys.modules["handmade"] = mod
import handmade
print(handmade.hello(), handmade is mod)
try:
    mod.missing
except AttributeError as e:
    print("AttributeError:", e)
import math
try:
    math.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    import math.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(repr(sys), repr(mod), type(math).__name__)
