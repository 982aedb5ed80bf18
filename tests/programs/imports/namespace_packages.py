# Namespace packages (PEP 420): portions from two directories, __path__, no __file__.
import sys, os
here = os.path.dirname(os.path.abspath(__file__))
sys.path.append(os.path.join(here, "_nsroot_a"))
sys.path.append(os.path.join(here, "_nsroot_b"))
import nspkg
import nspkg.alpha
import nspkg.beta
print(nspkg.alpha.NAME, "|", nspkg.beta.NAME)
print(type(nspkg.__path__).__name__, sorted(os.path.basename(os.path.dirname(p)) for p in nspkg.__path__))
print(getattr(nspkg, "__file__", None), nspkg.__spec__.origin, nspkg.__spec__.submodule_search_locations is not None)
print(nspkg.__name__, nspkg.__package__, nspkg.alpha.__package__, "nspkg.alpha" in sys.modules)
try:
    import nspkg.gamma
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
