# Module caching in sys.modules, deleting entries to force re-execution, importlib.reload keeping identity.
import sys, importlib
import _helpers.counter_mod as c1
print(c1.value())
import _helpers.counter_mod as c2
print(c2 is c1, c2.value())
c3 = importlib.reload(c1)
print(c3 is c1, c1.value())
del sys.modules["_helpers.counter_mod"]
import _helpers.counter_mod as c4
print(c4 is c1, c4.value(), c1.value())
old = sys.modules.pop("_helpers.counter_mod")
c5 = importlib.import_module("_helpers.counter_mod")
print(c5 is old, c5.value())
try:
    importlib.reload(5)
except TypeError as e:
    print("TypeError:", e)
import types
fake = types.ModuleType("never_on_disk")
try:
    importlib.reload(fake)
except ImportError as e:
    print("ImportError:", e)
print(importlib.import_module("json") is sys.modules["json"], "json.decoder" in sys.modules)
