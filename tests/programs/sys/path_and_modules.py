# sys.path manipulation affects imports; sys.modules entries can be inspected, replaced and removed.
import sys, os
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.basename(sys.path[0]), sys.path[0] == here)
helper_dir = os.path.join(here, "_paths")
print(os.path.isdir(helper_dir))
try:
    import path_only_module
except ModuleNotFoundError as e:
    print("before:", e)
sys.path.insert(0, helper_dir)
import path_only_module
print("after:", path_only_module.MESSAGE, os.path.basename(os.path.dirname(path_only_module.__file__)))
sys.path.remove(helper_dir)
import path_only_module as again
print(again is path_only_module, "path_only_module" in sys.modules)
del sys.modules["path_only_module"]
try:
    import path_only_module
except ModuleNotFoundError as e:
    print("after removal:", e)
print(type(sys.path_importer_cache).__name__, type(sys.path_hooks).__name__, len(sys.meta_path) >= 2)
print([type(f).__name__ for f in sys.meta_path][-1:], all(hasattr(f, "find_spec") for f in sys.meta_path))
class Finder:
    def find_spec(self, name, path, target=None):
        if name == "virtual_mod":
            import importlib.util
            return importlib.util.spec_from_loader(name, Loader())
        return None
class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.GREETING = "from a meta path finder"
sys.meta_path.insert(0, Finder())
import virtual_mod
print(virtual_mod.GREETING, virtual_mod.__spec__.name, type(virtual_mod.__loader__).__name__)
sys.meta_path.pop(0)
