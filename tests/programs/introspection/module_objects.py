# Module objects: attributes, __dict__, __spec__ fields, dir order, and module-level names created at import.
import json, math, sys, types, collections
for m in (json, math, collections, sys):
    spec = m.__spec__
    print(m.__name__, type(m).__name__, spec.name, spec.parent, spec.origin in ("built-in", None) or spec.origin.endswith((".py", ".so")), hasattr(m, "__path__"))
print(json.__package__, collections.__package__, math.__package__ in ("", None), json.__all__[:4])
print(sorted(k for k in vars(json) if k.startswith("__") and k not in ("__builtins__", "__cached__", "__file__", "__loader__", "__spec__", "__path__")))
m = types.ModuleType("scratch")
print(sorted(vars(m)), m.__doc__, m.__package__, m.__loader__, m.__spec__)
m.x = 1
exec("y = x + 1", m.__dict__)
print(m.y, "y" in dir(m), repr(m))
print(type(sys.modules).__name__, isinstance(json, types.ModuleType), json.decoder.__name__, json.decoder.JSONDecodeError.__module__)
this = sys.modules[__name__]
print(this.__name__, hasattr(this, "m"), this.__dict__ is globals(), callable(getattr(this, "print", None)))
