# importlib: util.find_spec, spec_from_file_location, module_from_spec, import_module, machinery.
import importlib, importlib.util, importlib.machinery, os, sys
spec = importlib.util.find_spec("_helpers.mathutil")
print(spec.name, spec.parent, spec.origin.endswith("mathutil.py"), spec.has_location, type(spec.loader).__name__)
print(importlib.util.find_spec("no_such_thing_abc"), importlib.util.find_spec("json") is not None)
path = os.path.join(os.path.dirname(__file__), "_helpers", "with_all.py")
spec2 = importlib.util.spec_from_file_location("loaded_by_path", path)
mod = importlib.util.module_from_spec(spec2)
spec2.loader.exec_module(mod)
print(mod.__name__, mod.public_a, mod.__all__, "loaded_by_path" in sys.modules)
print(importlib.machinery.SOURCE_SUFFIXES, type(importlib.machinery.PathFinder).__name__)
print(importlib.util.resolve_name(".sub", "_helpers.pkg"), importlib.util.resolve_name("..mathutil", "_helpers.pkg"))
try:
    importlib.util.resolve_name("...x", "a")
except ImportError as e:
    print("ImportError:", e)
try:
    importlib.import_module(".mathutil")
except TypeError as e:
    print("TypeError:", e)
print(importlib.import_module("_helpers.pkg.sub").sub_value)
import importlib.resources
print(importlib.resources.files("_helpers").joinpath("with_all.py").read_text().splitlines()[0])
